"""The builder's HTTP API and static files (Starlette).

Every body is checked for size, content type and shape before anything runs;
the playbook inside is validated by pipeline_ops like the CLI does. Plan and
deploy run as background jobs whose log the page polls (see jobs.py).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any, Callable, Iterable

from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

import pipeline_ops
from playbooks import PlaybookInvalid
from playbooks.failures import PlaybookFailure
from playbooks.yaml_source import MAX_DEPTH, nesting_depth

from pipeline_ops import catalog
from pipeline_ops.errors import UnknownName
from .guard import Guard, new_token
from .bodies import MAX_BODY_BYTES, ConfirmBody, DeployBody, GraphBody, InvokeBody, PlaybookBody, RunBody
from .data_routes import data_routes
from .endpoints import products_of, try_it
from .jobs import Job, Jobs, since
from .redact import redact

PACKAGE_DIR = Path(__file__).resolve().parent
STATUS_PARAM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,62}")
STATIC_DIR = PACKAGE_DIR / "static"


class ApiError(Exception):
    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra


def _json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(redact(data), status_code=status)


async def _body(request: Request, model: type[BaseModel]) -> Any:
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise ApiError(415, "expected a JSON body (Content-Type: application/json)")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, f"request body is {declared} bytes; expected at most {MAX_BODY_BYTES} bytes")
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY_BYTES:
            raise ApiError(413, f"request body is over {MAX_BODY_BYTES} bytes; expected at most {MAX_BODY_BYTES} bytes")
    try:
        data = json.loads(raw or b"null")
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"request body is not valid JSON: {exc}") from None
    except RecursionError:
        raise ApiError(400, "request body is nested too deeply; expected a playbook (a few levels deep)") from None
    if nesting_depth(data) > MAX_DEPTH:
        raise ApiError(400, f"request body is nested more than {MAX_DEPTH} levels deep; expected a playbook") from None
    if not isinstance(data, dict):
        raise ApiError(400, f"request body is a JSON {type(data).__name__}; expected an object")
    try:
        body = model.model_validate(data)
        if isinstance(body, PlaybookBody):
            body.source()
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in e['loc']) or '<body>'}: {e['msg']}" for e in exc.errors()]
        raise ApiError(422, "invalid request: " + "; ".join(problems), problems=problems) from None
    except ValueError as exc:
        raise ApiError(422, f"invalid request: {exc}") from None
    return body


class BuilderApi:
    def __init__(self, library_dirs: Iterable[str | Path] = ()) -> None:
        self.library_dirs = [str(d) for d in library_dirs]
        self.jobs = Jobs()

    async def playbooks(self, request: Request) -> Response:
        return _json({"playbooks": await run_in_threadpool(catalog.list_playbooks, self.library_dirs)})

    async def playbook(self, request: Request) -> Response:
        try:
            found = await run_in_threadpool(
                catalog.get_playbook, request.path_params["name"], request.path_params["version"], self.library_dirs
            )
        except catalog.NotFound as exc:
            raise ApiError(404, str(exc)) from None
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        return _json(found)

    async def resolve(self, request: Request) -> Response:
        """A sub-pipeline reference NAME@RANGE -> the published playbook it resolves to (for 'expand')."""
        use = request.query_params.get("use", "")
        if not use or len(use) > 200:
            raise ApiError(400, "expected ?use=NAME@RANGE, e.g. feature-prep@^1.2")
        try:
            return _json(await run_in_threadpool(catalog.resolve_use, use, self.library_dirs))
        except catalog.BadReference as exc:
            raise ApiError(400, str(exc)) from None
        except catalog.NotFound as exc:
            raise ApiError(404, str(exc)) from None

    async def validate(self, request: Request) -> Response:
        body = await _body(request, PlaybookBody)
        result = await run_in_threadpool(pipeline_ops.validate, body.source(), self.library_dirs)
        return _json(result)

    async def graph(self, request: Request) -> Response:
        body = await _body(request, GraphBody)
        try:
            result = await run_in_threadpool(
                pipeline_ops.graph, body.source(), self.library_dirs, fmt=body.format, flatten=body.flatten
            )
        except PlaybookInvalid as exc:
            raise ApiError(422, "the playbook is invalid", errors=[e.to_dict() for e in exc.errors]) from None
        return _json(result)

    async def _checked(self, body: PlaybookBody, *, terraform: bool = False) -> dict[str, Any]:
        if self.jobs.stopping:
            raise ApiError(503, "the builder server is stopping; start it again (`playbook ui`) to continue")
        checked = await run_in_threadpool(pipeline_ops.validate, body.source(), self.library_dirs)
        if not checked["valid"]:
            raise ApiError(422, "the playbook is invalid; nothing was planned or deployed", errors=checked["errors"])
        running = self.jobs.busy(checked["name"], getattr(body, "environment", None)) if terraform else None
        if running is not None:  # it holds the stack's state lock: a second plan would only meet Terraform's lock error
            raise ApiError(
                409,
                f"a {'deploy' if running.kind == 'deploy' else 'plan'} of {checked['name']} to {running.environment} is "
                f"running (job {running.id}, since {since(running)}): watch it under Jobs, and deploy again when it has "
                f"ended; nothing new was started",
                running_job=running.summary(),
            )
        return checked

    @staticmethod
    def _about(checked: dict[str, Any], env: str) -> dict[str, Any]:
        return {"target": f"{checked['name']}@{checked['version']}", "name": checked["name"], "environment": env}

    async def review(self, request: Request) -> Response:
        """The deploy review in plain words (pipeline_ops.review): a synth, no Terraform run; a job like plan."""
        body = await _body(request, DeployBody)
        checked = await self._checked(body)
        source, env, dirs, jobs = body.source(), body.environment, self.library_dirs, self.jobs

        def work(job: Job) -> dict[str, Any]:
            return while_deploying(pipeline_ops.review(source, env, library_dirs=dirs), jobs.busy(checked["name"], env))

        return _json(self.jobs.start("review", work, **self._about(checked, env)).view(), status=202)

    async def plan(self, request: Request) -> Response:
        body = await _body(request, DeployBody)
        checked = await self._checked(body, terraform=True)
        source, env, dirs = body.source(), body.environment, self.library_dirs

        def work(job: Job) -> dict[str, Any]:
            job.log(f"planning {env} ...")
            return pipeline_ops.plan(
                source, env, local=_is_local(env), library_dirs=dirs, on_output=job.log, job=f"builder job {job.id}"
            )

        return _json(self.jobs.start("plan", work, **self._about(checked, env)).view(), status=202)

    async def deploy(self, request: Request) -> Response:
        """Plan, then wait in "awaiting_confirmation" for POST /api/jobs/{id}/confirm, then apply that plan."""
        body = await _body(request, DeployBody)
        checked = await self._checked(body, terraform=True)
        source, env, dirs = body.source(), body.environment, self.library_dirs

        def work(job: Job) -> dict[str, Any]:
            job.log(f"deploying to {env}: planning ...")
            result = pipeline_ops.deploy(
                source,
                env,
                local=_is_local(env),
                library_dirs=dirs,
                on_output=job.log,
                on_event=job.progress,
                confirm=job.await_confirmation,
                job=f"builder job {job.id}",
            )
            job.log("applied" if result.get("applied") else "not applied")
            return result

        return _json(self.jobs.start("deploy", work, **self._about(checked, env)).view(), status=202)

    async def run(self, request: Request) -> Response:
        """Start a run of the deployed pipeline with typed parameters, then follow it state by state.

        The values are checked against the declaration first (422, nothing started), like
        `playbook run --param`; the job starts the run through pipeline_ops.run_pipeline (the CLI's
        function) and follows it with run_ops.wait_for_run, keeping each state event for the page;
        its result is the run's outcome (failing state, error, cause, log tail) and its logs.
        """
        body = await _body(request, RunBody)
        if self.jobs.stopping:
            raise ApiError(503, "the builder server is stopping; start it again (`playbook ui`) to continue")
        checked = await run_in_threadpool(
            lambda: pipeline_ops.validate(body.source(), self.library_dirs, parameters=body.parameters or None)
        )
        if not checked["valid"]:
            bad_values = any(e.get("path") == "parameters" for e in checked["errors"])
            raise ApiError(
                422,
                "the run was refused: nothing was started" if bad_values else "the playbook is invalid; nothing was started",
                errors=checked["errors"],
            )
        source, env, dirs, values = body.source(), body.environment, self.library_dirs, dict(body.parameters)
        return _json(
            self.jobs.start(
                "run", lambda job: _run_and_follow(job, source, env, dirs, values), **self._about(checked, env)
            ).view(),
            status=202,
        )

    async def invoke(self, request: Request) -> Response:
        """ "Try it": score the rows with an API endpoint node (endpoints.try_it); a failure answers by its kind."""
        body = await _body(request, InvokeBody)
        args = (body.source(), body.environment, body.node, body.data, self.library_dirs)
        return _json(await run_in_threadpool(try_it, *args))

    async def job_list(self, request: Request) -> Response:
        return _json({"jobs": self.jobs.listing()})

    async def confirm(self, request: Request) -> Response:
        body = await _body(request, ConfirmBody)
        job = self.jobs.get(request.path_params["job_id"])
        if job is None:
            raise ApiError(404, "no such job (the server keeps the last 50)")
        if not job.answer(body.approve):
            raise ApiError(409, f"job {job.id} is not waiting for a confirmation (state: {job.state})")
        since = len(job.lines)
        job.log("confirmed: applying the plan ..." if body.approve else "cancelled by the user")
        return _json(job.view(since))

    async def job(self, request: Request) -> Response:
        job = self.jobs.get(request.path_params["job_id"])
        if job is None:
            earlier = self.jobs.earlier_view(request.path_params["job_id"])
            if earlier is not None:
                return _json(earlier)
            raise ApiError(404, "no such job (the server keeps the last 50)")
        since = request.query_params.get("since", "0")
        return _json(job.view(int(since) if since.isdigit() else 0))

    async def status(self, request: Request) -> Response:
        """What is deployed; an unknown pipeline or environment is a 404 naming the known ones (as `playbook status`)."""
        name, env = request.query_params.get("name") or None, request.query_params.get("env") or None
        for what, value in (("name", name), ("env", env)):
            if value is not None and not STATUS_PARAM.fullmatch(value):
                raise ApiError(400, f"?{what}= must be a pipeline or environment name (a-z, 0-9, '-', '_'); got {value[:60]!r}")
        try:
            return _json(await run_in_threadpool(pipeline_ops.status, name, env, self.library_dirs))
        except UnknownName as exc:
            raise ApiError(404, str(exc)) from None

    async def environments(self, request: Request) -> Response:
        return _json(await run_in_threadpool(catalog.environments))

    async def schema(self, request: Request) -> Response:
        # Generated, not the committed file: kinds from installed plugins (playbooks/kinds) belong in
        # the palette too. The first call loads the plugins' entry points; the text is cached after.
        return Response(await run_in_threadpool(_schema_text), media_type="application/json")


@functools.lru_cache(maxsize=1)
def _schema_text() -> bytes:
    from playbooks.schema import schema_json

    return schema_json().encode()


def while_deploying(review: dict[str, Any], running: Job | None) -> dict[str, Any]:
    """The review's comparison reads the saved state; while a deploy of the stack runs that state is half
    written, so "version X is deployed with the same N resources" would be false: say what is going on."""
    if running is None:
        return review
    changes = dict(review.get("changes") or {})
    changes["deploy_running"] = running.summary()
    changes["sentence"] = (
        f"A {'deploy' if running.kind == 'deploy' else 'plan'} of this pipeline to {running.environment} is running "
        f"(job {running.id}, since {since(running)}): until it ends, which version runs there is not known. "
        "Watch it, then review again."
    )
    return {**review, "changes": changes}


def _is_local(env: str) -> bool:
    return catalog.is_emulator(env)


RUN_TIMEOUT_SECONDS = 60 * 60


def _run_and_follow(
    job: Job, source: dict[str, Any] | str, env: str, library_dirs: list[str], values: dict[str, Any]
) -> dict[str, Any]:
    from pipeline_ops import run_ops

    result = run_ops.start_and_follow(
        source,
        env,
        local=_is_local(env),
        parameters=values,
        library_dirs=library_dirs,
        on_line=job.log,
        on_event=job.events.append,
        timeout_seconds=RUN_TIMEOUT_SECONDS,
    )
    result.pop("events")  # the job's view carries them (job.events), as they arrive
    return {**result, "products": products_of(source, env, library_dirs, result)}


async def _api_error(request: Request, exc: ApiError) -> Response:
    return _json({"error": exc.message, **exc.extra}, status=exc.status)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    return _json({"error": exc.detail}, status=exc.status_code)


# A failure a route did not turn into its own answer: its kind decides the status, never its class name.
_STATUS_OF_KIND = {"unknown_name": 404, "invalid_playbook": 422, "usage": 400, "locked": 409, "stack_busy": 409}
_STATUS_OF_KIND |= {"not_an_endpoint": 400, "invalid_data": 422, "not_deployed": 409, "no_model": 409}
_UPSTREAM_KINDS = {"emulator", "terraform", "credentials", "config", "model_error"}  # what the server depends on failed


async def _failure(request: Request, exc: PlaybookFailure) -> Response:
    body: dict[str, Any] = {"error": str(exc), "kind": exc.kind}
    if isinstance(exc, PlaybookInvalid):
        body["errors"] = [e.to_dict() for e in exc.errors]
    status = _STATUS_OF_KIND.get(exc.kind, 502 if exc.kind in _UPSTREAM_KINDS else 400)
    return _json(body, status=status)


# Starlette types a handler as taking any Exception; each of ours takes the one it is registered for.
_EXCEPTION_HANDLERS: dict[Any, Callable[..., Any]] = {
    ApiError: _api_error,
    HTTPException: _http_error,
    PlaybookFailure: _failure,
}


async def _index(request: Request) -> Response:
    index = STATIC_DIR / "index.html"
    if not index.exists():
        return Response("The builder's web bundle is missing: run `npm run build` in ui/.", status_code=500)
    return FileResponse(index, headers={"Cache-Control": "no-store"})


def create_app(
    library_dirs: Iterable[str | Path] = (),
    static_dir: Path = STATIC_DIR,
    *,
    token: str | None = None,
    bind_host: str = "127.0.0.1",
    require_token: bool = True,
) -> Guard:
    """The app behind guard.Guard; without a token one is made (the caller reads it from `.token`)."""
    api = BuilderApi(library_dirs)
    routes: list[BaseRoute] = [
        Route("/api/playbooks", api.playbooks, methods=["GET"]),
        Route("/api/playbooks/{name}/{version}", api.playbook, methods=["GET"]),
        Route("/api/resolve", api.resolve, methods=["GET"]),
        Route("/api/validate", api.validate, methods=["POST"]),
        Route("/api/graph", api.graph, methods=["POST"]),
        Route("/api/review", api.review, methods=["POST"]),
        Route("/api/plan", api.plan, methods=["POST"]),
        Route("/api/deploy", api.deploy, methods=["POST"]),
        Route("/api/run", api.run, methods=["POST"]),
        Route("/api/invoke", api.invoke, methods=["POST"]),
        Route("/api/jobs", api.job_list, methods=["GET"]),
        Route("/api/jobs/{job_id}", api.job, methods=["GET"]),
        Route("/api/jobs/{job_id}/confirm", api.confirm, methods=["POST"]),
        Route("/api/status", api.status, methods=["GET"]),
        Route("/api/environments", api.environments, methods=["GET"]),
        Route("/api/schema", api.schema, methods=["GET"]),
        *data_routes(api.library_dirs),
        Route("/", _index, methods=["GET"]),
        Route("/favicon.ico", lambda request: Response(status_code=204), methods=["GET"]),
    ]
    if (static_dir / "assets").is_dir():
        routes.append(Mount("/assets", StaticFiles(directory=static_dir / "assets"), name="assets"))
    app = Starlette(routes=routes, exception_handlers=_EXCEPTION_HANDLERS)
    app.state.api = api
    return Guard(app, token=(token or new_token()) if require_token else None, bind_host=bind_host)
