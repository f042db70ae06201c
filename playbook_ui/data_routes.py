"""The builder's "Upload files…" and data preview: pipeline_ops.data_ops.put and ls over HTTP.

`playbook data put` reads files from disk; the page sends them in one request, so a batch is refused
or uploaded as a whole, like the CLI's one call. The body is not JSON (a file may be anything), and is
bigger than MAX_BODY_BYTES, so it is bounded here on purpose, before anything is read into a file:

    <one line of JSON: {"playbook"|"yaml", "environment", "node", "files": [{"name", "bytes"}, ...]}>\\n
    <the files' bytes, one after the other, in that order>

(Content-Type application/octet-stream, Content-Length required.) The declared sizes are checked against
data_ops' own limit (data_ops.check_size, the CLI's words) and the Content-Length against the sizes,
then the node is located (deployed? a location a run reads?): each refusal comes before a byte of the
files is read or written anywhere. The files are streamed to a private temporary folder, handed to
data_ops.put (S3 through the emulator or the environment's credentials, as every server operation) and
removed. guard.Guard checks the token and Origin before this runs, as for every /api/ route.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any, AsyncIterator

from pydantic import Field, ValidationError, field_validator
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from pipeline_ops import catalog, data_ops
from pipeline_ops.data_limits import MAX_PUT_BYTES

from .bodies import MAX_BODY_BYTES, DeployBody, _Body
from .redact import redact

NODE_PATH = r"^[a-z][a-z0-9_]{0,39}(/[a-z][a-z0-9_]{0,39}){0,7}$"
PREVIEW_ROWS = 5


class FileEntry(_Body):
    name: str = Field(min_length=1, max_length=200, description="The file's name (no folders): its key under the node.")
    bytes: int = Field(ge=0, description="Its size; the body carries exactly this many bytes for it.")

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if "/" in value or "\\" in value or value in (".", "..") or any(ord(c) < 32 for c in value):
            raise ValueError("expected a file name without folders or control characters")
        return value


class DataBody(DeployBody):
    node: str = Field(pattern=NODE_PATH, description="The data location: a node id, nested ones as parent/child.")


class UploadBody(DataBody):
    files: list[FileEntry] = Field(min_length=1, max_length=1000)


class Refused(Exception):
    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra

    def response(self) -> Response:
        return JSONResponse(redact({"error": self.message, **self.extra}), status_code=self.status)


def _model(raw: bytes, model: type[DataBody]) -> Any:
    try:
        data = json.loads(raw or b"null")
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise Refused(400, f"the upload's first line is not valid JSON: {exc}; nothing was uploaded") from None
    if not isinstance(data, dict):
        raise Refused(400, "the upload's first line must be a JSON object; nothing was uploaded")
    try:
        body = model.model_validate(data)
        body.source()
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in e['loc']) or '<body>'}: {e['msg']}" for e in exc.errors()]
        raise Refused(422, "invalid request: " + "; ".join(problems), problems=problems) from None
    except ValueError as exc:
        raise Refused(422, f"invalid request: {exc}") from None
    return body


class _Stream:
    """The request body as a reader: one line, then exact byte counts."""

    def __init__(self, chunks: AsyncIterator[bytes]) -> None:
        self.chunks, self.buffer = chunks, b""

    async def _more(self) -> bool:
        async for chunk in self.chunks:
            if chunk:
                self.buffer += chunk
                return True
        return False

    async def line(self, limit: int) -> bytes:
        while b"\n" not in self.buffer:
            if len(self.buffer) > limit or not await self._more():
                raise Refused(400, f"the upload must start with one line of JSON of at most {limit} bytes; nothing was uploaded")
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line

    async def copy(self, count: int, path: Path) -> None:
        with path.open("wb") as out:
            while count > 0:
                if not self.buffer and not await self._more():
                    raise Refused(400, "the upload was cut short (fewer bytes than its files' sizes); nothing was uploaded")
                piece, self.buffer = self.buffer[:count], self.buffer[count:]
                out.write(piece)
                count -= len(piece)


def _declared_length(request: Request) -> int:
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/octet-stream":
        raise Refused(415, "expected the files as Content-Type: application/octet-stream (see playbook_ui/data_routes.py)")
    declared = request.headers.get("content-length", "")
    if not declared.isdigit():
        raise Refused(411, "an upload must say its size (Content-Length); nothing was uploaded")
    if int(declared) > MAX_PUT_BYTES + MAX_BODY_BYTES:
        raise Refused(
            413,
            f"the upload is {declared} bytes: the builder uploads at most {MAX_PUT_BYTES / 1_000_000:.1f} MB of files at a "
            "time; nothing was uploaded. Put bigger data in a bucket of your own (`aws s3 cp`) and set the node's `bucket`",
            kind=data_ops.DataRefused.kind,
        )
    return int(declared)


class DataRoutes:
    def __init__(self, library_dirs: list[str]) -> None:
        self.library_dirs = library_dirs

    async def upload(self, request: Request) -> Response:
        try:
            return await self._upload(request)
        except Refused as refused:
            return refused.response()

    async def _upload(self, request: Request) -> Response:
        length = _declared_length(request)
        stream = _Stream(request.stream())
        envelope = await stream.line(MAX_BODY_BYTES)
        body: UploadBody = _model(envelope, UploadBody)
        names = [f.name for f in body.files]
        if len(set(names)) != len(names):
            raise Refused(422, "two files have the same name; they would be one object. Nothing was uploaded")
        total = sum(f.bytes for f in body.files)
        try:
            data_ops.check_size(len(body.files), total, "the builder")
        except data_ops.DataRefused as exc:
            raise Refused(413, str(exc), kind=exc.kind) from None
        if length != len(envelope) + 1 + total:
            raise Refused(400, f"the upload is {length} bytes, but its files' sizes add up to {total}; nothing was uploaded")
        source, env, local = body.source(), body.environment, catalog.is_emulator(body.environment)
        # Not deployed, or no such location: said before a byte of the files is read.
        await run_in_threadpool(lambda: data_ops.locate(source, env, body.node, local=local, library_dirs=self.library_dirs))
        with tempfile.TemporaryDirectory(prefix="playbook-upload-") as folder:
            paths = []
            for entry in body.files:
                path = Path(folder) / entry.name
                await stream.copy(entry.bytes, path)
                paths.append(path)
            result = await run_in_threadpool(
                lambda: data_ops.put(source, env, body.node, paths, local=local, library_dirs=self.library_dirs)
            )
        for item in result["files"]:
            item["file"] = Path(item["file"]).name  # the server's temporary folder means nothing to the page
        return JSONResponse(redact(result))

    async def _json_body(self, request: Request) -> tuple[DataBody, dict[str, Any]]:
        """The request and its validated playbook; a Refused for a bad one."""
        import pipeline_ops

        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise Refused(415, "expected a JSON body (Content-Type: application/json)")
        raw = await request.body()
        if len(raw) > MAX_BODY_BYTES:
            raise Refused(413, f"request body is over {MAX_BODY_BYTES} bytes")
        body: DataBody = _model(raw, DataBody)
        checked = await run_in_threadpool(pipeline_ops.validate, body.source(), self.library_dirs)
        if not checked["valid"]:
            raise Refused(422, "the playbook is invalid; fix it first", errors=checked["errors"])
        return body, checked

    async def preview(self, request: Request) -> Response:
        """What the node's location holds (object count, the first CSV rows); {"deployed": false} before a deploy."""
        from pipeline_ops.deployed import deployment
        from stacks.outputs import stack_id

        try:
            body, checked = await self._json_body(request)
        except Refused as refused:
            return refused.response()
        source, env, dirs, name = body.source(), body.environment, self.library_dirs, checked["name"]
        folder = await run_in_threadpool(example_data, name, checked["version"], body.node, dirs)
        about: dict[str, Any] = {"max_bytes": MAX_PUT_BYTES, "example": _files_in(folder) if folder else None}
        if not await run_in_threadpool(deployment, stack_id(name, env), env):
            message = f"{name} is not deployed in {env} yet: deploy it first; the deploy makes the bucket files go into"
            return JSONResponse({"deployed": False, "name": name, "environment": env, "message": message, **about})
        local = catalog.is_emulator(env)
        listed = await run_in_threadpool(
            lambda: data_ops.ls(source, env, body.node, local=local, head=PREVIEW_ROWS + 1, library_dirs=dirs, limit=20)
        )
        return JSONResponse(redact({**listed, "deployed": True, **about}))

    async def example(self, request: Request) -> Response:
        """ "Use the example data": the library's example-data/<node>/ folder, put as `playbook data put` would."""
        try:
            body, checked = await self._json_body(request)
        except Refused as refused:
            return refused.response()
        folder = await run_in_threadpool(example_data, checked["name"], checked["version"], body.node, self.library_dirs)
        if folder is None:
            message = f"{checked['name']}@{checked['version']} ships no example data for {body.node}; nothing was uploaded"
            return Refused(404, message).response()
        source, env, local = body.source(), body.environment, catalog.is_emulator(body.environment)
        result = await run_in_threadpool(
            lambda: data_ops.put(source, env, body.node, [folder], local=local, library_dirs=self.library_dirs)
        )
        for item in result["files"]:
            item["file"] = Path(item["file"]).relative_to(folder.parent).as_posix()  # not the server's own paths
        return JSONResponse(redact(result))


def example_data(name: str, version: str, node: str, library_dirs: list[str]) -> Path | None:
    """`<library>/<name>/example-data/<node>/` when the library publishes this version with example data for the node
    (run_ops.EXAMPLE_DATA_DIR: what `playbook init --template` tells to put in and `playbook demo` uploads)."""
    from pipeline_ops.run_ops import EXAMPLE_DATA_DIR

    try:
        found = catalog.get_playbook(name, version, library_dirs)
    except (catalog.NotFound, ValueError):
        return None
    folder = Path(found["file"]).parent / EXAMPLE_DATA_DIR / node
    return folder if folder.is_dir() and any(p.is_file() for p in folder.rglob("*")) else None


def _files_in(folder: Path) -> dict[str, Any]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return {"files": len(files), "bytes": sum(p.stat().st_size for p in files)}


def data_routes(library_dirs: list[str]) -> list[BaseRoute]:
    routes = DataRoutes(library_dirs)
    return [
        Route("/api/data/upload", routes.upload, methods=["POST"]),
        Route("/api/data/preview", routes.preview, methods=["POST"]),
        Route("/api/data/example", routes.example, methods=["POST"]),
    ]
