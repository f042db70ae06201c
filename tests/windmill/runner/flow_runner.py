"""LocalFlowRunner: a TEST TOOL that executes an OpenFlow's modules in order,
the way Windmill's workers would, without a Windmill server.

What it honours (the subset our flow uses, each checked, unknown features refused):
  - modules of type `script` (path f/<folder>/<name> -> <export>/f/<folder>/<name>.py),
    each job ROUTED BY ITS TAG to a worker group of windmill/docker-compose.yml and run
    there as that worker would: cleared environment + WHITELIST_ENVS, imports only from
    the script's lock and the worker image (see workers.py, with the Windmill sources
    it follows), in its own process and job directory, stdout streamed to the run log;
  - input_transforms: `static` (with `$res:<path>` resolved from `resources`) and
    `javascript` (evaluated by Node.js in a sandbox with flow_input/results/error);
  - skip_if, stop_after_if (with error_message / error_include_result), retry
    (constant / exponential, retry_if; waits capped by `max_retry_wait`), suspend (resume URLs
    from WindmillApiStub, bounded wait for the decision, refused as the server refuses it by
    edition: server_rules.py), failure_module with `error`; direct runs (`run_script`) with
    the server's custom-tags check;
  - script metadata `concurrency_key` + `concurrent_limit` only with edition="ee":
    Community Edition (our compose file) ignores them.
It is not Windmill: no caching, no parallel branches or loops, no nsjail.
What a run returns (FlowRun, StepRecord) and its errors are flow_results.py.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Callable

import yaml

from playbook_windmill.paths import WORKSPACE_PREFIX
from playbook_windmill.signatures import run_tool

from .flow_results import FlowDefinitionError, FlowRun, JobFailed, StepRecord, job_error as _error
from .server_rules import ServerRefused, approval_refusal, check_direct_run_tag, instance_custom_tags
from .workers import (
    WINDMILL_DEFAULT_PYTHON,
    NoWorkerForTag,
    PackageDirs,
    WorkerGroup,
    image_python,
    job_environment,
    lock_python,
    parse_lock,
    project_packages,
    project_requirements,
    python_command,
    route,
    this_python,
    worker_groups,
)

WRAPPER = Path(__file__).with_name("wrapper.py")

SUPPORTED_MODULE_KEYS = {"id", "summary", "value", "skip_if", "stop_after_if", "retry", "suspend"}
_KEY_LOCKS: dict[str, threading.Lock] = {}
_KEY_LOCKS_GUARD = threading.Lock()


class LocalFlowRunner:
    """Runs a flow against an export directory (what `wmill sync push` would upload).

    export_dir: the `playbook windmill export` output: each step's script is read from
    there with its `.script.yaml` (tag, concurrency) and `.script.lock` (its packages).
    host_values: host paths for worker variables that name container paths (e.g.
    PLAYBOOK_STATE_DIR); only variables the worker defines can be given.
    edition: "ce" (what windmill/docker-compose.yml runs) ignores concurrency limits, as
    Windmill Community Edition does; "ee" queues runs that share a concurrency key.
    """

    def __init__(
        self,
        flow: dict[str, Any],
        *,
        export_dir: Path,
        resources: dict[str, Any] | None = None,
        host_values: dict[str, str] | None = None,
        groups: list[WorkerGroup] | None = None,
        edition: str = "ce",
        api_stub: Any = None,
        approval: Callable[[dict[str, Any]], None] | None = None,
        approval_timeout: float = 30.0,
        job_timeout: float = 900.0,
        max_retry_wait: float = 0.0,
        on_log: Callable[[str], None] | None = None,
        workdir: Path | None = None,
        started_by: str = "deployer@example.com",
        user_groups: dict[str, tuple[str, ...]] | None = None,
        custom_tags: list[str] | None = None,
    ):
        self.flow = flow
        self.started_by = started_by  # the email of the user who runs the flow (job.email)
        self.user_groups = user_groups or {}  # approver email -> the Windmill groups they are in
        # the instance setting `custom_tags`, as windmill/README.md has the admin set it
        self.custom_tags = instance_custom_tags() if custom_tags is None else custom_tags
        self.export_dir = Path(export_dir)
        self.resources = resources or {}
        self.script_metadata = load_script_metadata(self.export_dir)
        self.host_values = host_values or {}
        self.groups = groups if groups is not None else worker_groups()
        if edition not in ("ce", "ee"):
            raise ValueError("edition is 'ce' or 'ee'")
        self.edition = edition
        self.api_stub = api_stub
        self.approval, self.approval_timeout, self.job_timeout = approval, approval_timeout, job_timeout
        self.max_retry_wait, self.on_log, self.workdir = max_retry_wait, on_log, workdir
        self.packages = PackageDirs(Path(tempfile.mkdtemp(prefix="wm-pkgs-", dir=workdir)))
        self.jobs: list[dict[str, Any]] = []  # one row per job: script, tag, worker group, env names
        self._check(flow)

    # -- definition checks --------------------------------------------------
    @staticmethod
    def _check(flow: dict[str, Any]) -> None:
        modules = list(flow["value"]["modules"]) + [m for m in [flow["value"].get("failure_module")] if m]
        for module in modules:
            unknown = set(module) - SUPPORTED_MODULE_KEYS
            if unknown:
                raise FlowDefinitionError(f"module {module.get('id')}: unsupported keys {sorted(unknown)}")
            if module["value"]["type"] != "script":
                raise FlowDefinitionError(f"module {module['id']}: only `script` modules are emulated")

    # -- expressions ----------------------------------------------------------
    @staticmethod
    def evaluate(exprs: dict[str, str], context: dict[str, Any]) -> dict[str, Any]:
        if not exprs:
            return {}
        _, out = run_tool("eval_js.mjs", [], stdin=json.dumps({"context": context, "exprs": exprs}))
        answer = json.loads(out)
        if answer["errors"]:
            name, message = next(iter(answer["errors"].items()))
            raise JobFailed(_error("InputTransformError", f"input transform {name}: {message}"))
        return answer["values"]

    def _resolve_resources(self, value: Any) -> Any:
        if isinstance(value, str) and value.startswith("$res:"):
            path = value[len("$res:") :]
            if path not in self.resources:
                raise JobFailed(_error("ResourceNotFound", f"resource {path} not found"))
            return self.resources[path]
        return value

    def _args(self, module: dict[str, Any], context: dict[str, Any]) -> dict[str, Any]:
        transforms = module["value"]["input_transforms"]
        statics = {k: t.get("value") for k, t in transforms.items() if t["type"] == "static"}
        exprs = {k: t["expr"] for k, t in transforms.items() if t["type"] == "javascript"}
        values = {**statics, **self.evaluate(exprs, context)}
        return {k: self._resolve_resources(values[k]) for k in transforms}

    # -- one job ----------------------------------------------------------------
    def _script_file(self, module: dict[str, Any]) -> Path:
        path = module["value"]["path"]
        if not path.startswith(WORKSPACE_PREFIX + "/"):
            raise FlowDefinitionError(f"script path {path} is outside {WORKSPACE_PREFIX}")
        script = self.export_dir / f"{path}.py"
        if not script.exists():
            raise FlowDefinitionError(f"script {path} is not in the export {self.export_dir}")
        return script

    def _log(self, line: str, sink: list[str]) -> None:
        sink.append(line)
        if self.on_log:
            self.on_log(line)

    def _python_path(self, script: Path, group: WorkerGroup) -> list[Path]:
        """The worker's ADDITIONAL_PYTHON_PATHS (the project, in our image), then each lock line
        installed --no-deps; the job's Python must be the one the image's wheels were built for."""
        lock_file = script.with_name(f"{script.stem}.script.lock")
        if not lock_file.exists():
            raise JobFailed(_error("LockMissing", f"{lock_file.name} is missing: Windmill would resolve the imports itself"))
        lock = lock_file.read_text()
        paths = []
        if group.additional_python_paths:
            if not group.image_has_project:
                raise JobFailed(
                    _error(
                        "WorkerImage", f"{group.service} sets ADDITIONAL_PYTHON_PATHS but is not built from windmill/Dockerfile"
                    )
                )
            job_python, wheels_python = lock_python(lock), image_python()
            if job_python != wheels_python:
                raise JobFailed(
                    _error(
                        "ImportError",
                        f"the job runs on Python {job_python} (its lock's `# py:` line, else Windmill's default "
                        f"{WINDMILL_DEFAULT_PYTHON}) but the image's compiled wheels are for Python {wheels_python}: "
                        f"cannot import name 'ArgsKwargs' from 'pydantic_core._pydantic_core'",
                    )
                )
            if job_python != this_python():
                raise FlowDefinitionError(f"the job needs Python {job_python}; this runner has {this_python()}")
            paths.append(self.packages.for_requirements(project_requirements(), project_packages()))
        paths.append(self.packages.for_requirements(parse_lock(lock), no_deps=True))
        return paths

    def run_job(self, script: Path, args: dict[str, Any], job_id: str, log: list[str], step_id: str = "") -> Any:
        meta = self.script_metadata.get(script.stem) or {}
        try:
            group = route(meta.get("tag"), self.groups)
        except NoWorkerForTag as exc:
            raise JobFailed(_error("NoWorkerForTag", str(exc))) from exc
        job_dir = Path(tempfile.mkdtemp(prefix=f"wm-job-{script.stem}-", dir=self.workdir))
        (job_dir / "args.json").write_text(json.dumps(args))
        shutil.copy(script, job_dir / script.name)
        shutil.copy(WRAPPER, job_dir / "wrapper.py")
        reserved = {
            "WM_JOB_ID": job_id,
            "WM_WORKSPACE": "local",
            "WM_TOKEN": "local-test-token",
            "WM_JOB_PATH": f"{WORKSPACE_PREFIX}/{script.stem}",
            "WM_FLOW_STEP_ID": step_id,
            "WM_WORKER_GROUP": group.service,
            "BASE_INTERNAL_URL": self.api_stub.url if self.api_stub is not None else "http://127.0.0.1:9",
        }
        env = job_environment(
            group, host_values=self.host_values, reserved=reserved, python_path=self._python_path(script, group)
        )
        self.jobs.append({"script": script.stem, "tag": meta.get("tag"), "group": group.service, "env": sorted(env)})
        proc = subprocess.Popen(
            [*python_command(), "-m", "wrapper", script.name, "args.json", "result.json"],
            cwd=job_dir,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + self.job_timeout
        timer = threading.Timer(self.job_timeout, proc.kill)
        timer.start()
        try:
            for line in proc.stdout:  # ends when the job exits (or is killed at the deadline)
                self._log(f"[{script.stem}@{group.service}] {line.rstrip()}", log)
            proc.wait(timeout=max(1.0, deadline - time.monotonic()))
        finally:
            timer.cancel()
        result_file = job_dir / "result.json"
        if not result_file.exists():
            raise JobFailed(_error("JobCrashed", f"job exited with code {proc.returncode} without a result"))
        out = json.loads(result_file.read_text())
        if not out["ok"]:
            raise JobFailed(out["error"])
        return out["result"]

    def _concurrency_lock(self, script: Path, args: dict[str, Any]) -> threading.Lock | None:
        meta = self.script_metadata.get(script.stem) or {}
        if self.edition == "ce":
            return None  # Community Edition ignores script concurrency limits
        key = meta.get("concurrency_key")
        if not key or not meta.get("concurrent_limit"):
            return None
        key = re.sub(r"\$args\[(\w+)\]", lambda m: str(args.get(m.group(1), "")), key)
        with _KEY_LOCKS_GUARD:
            return _KEY_LOCKS.setdefault(key, threading.Lock())

    def _run_with_retries(self, module: dict[str, Any], args: dict[str, Any], record: StepRecord, log: list[str]) -> Any:
        retry = module.get("retry") or {}
        policy = retry.get("constant") or retry.get("exponential") or {}
        attempts = 1 + int(policy.get("attempts", 0))
        script = self._script_file(module)
        lock = self._concurrency_lock(script, args)
        for attempt in range(1, attempts + 1):
            record.attempts = attempt
            try:
                if lock:
                    if lock.locked():
                        self._log(
                            f"[{module['id']}] another run holds concurrency key of {script.stem}; "
                            f"waiting (Windmill queues it the same way)",
                            log,
                        )
                    with lock:
                        record.started = time.time()
                        return self.run_job(script, args, str(uuid.uuid4()), log, module["id"])
                record.started = time.time()
                return self.run_job(script, args, str(uuid.uuid4()), log, module["id"])
            except JobFailed as failed:
                retry_if = retry.get("retry_if")
                if retry_if and not self.evaluate({"retry": retry_if["expr"]}, {"error": failed.error, "result": None})["retry"]:
                    raise
                if attempt == attempts:
                    raise
                wait = policy.get("seconds", 0) * (policy.get("multiplier", 1) ** (attempt - 1) if "exponential" in retry else 1)
                self._log(f"[{module['id']}] attempt {attempt} failed; retrying", log)
                time.sleep(min(wait, self.max_retry_wait))
        raise AssertionError("unreachable")

    # -- the flow -----------------------------------------------------------------
    def run(self, flow_input: dict[str, Any]) -> FlowRun:
        results: dict[str, Any] = {}
        steps: list[StepRecord] = []
        log: list[str] = []
        last: Any = None
        for module in self.flow["value"]["modules"]:
            record = StepRecord(id=module["id"], status="success", started=time.time())
            steps.append(record)
            context = {"flow_input": flow_input, "results": results, "previous_result": last}
            try:
                if module.get("skip_if") and self.evaluate({"skip": module["skip_if"]["expr"]}, context)["skip"]:
                    record.status, record.finished = "skipped", time.time()
                    results[module["id"]] = None
                    continue
                record.args = self._args(module, context)
                last = results[module["id"]] = record.result = self._run_with_retries(module, record.args, record, log)
                record.finished = time.time()
                stop = module.get("stop_after_if")
                if stop and self.evaluate({"stop": stop["expr"]}, {**context, "result": last, "results": results})["stop"]:
                    if stop.get("error_message") is not None:
                        error = {"name": "StopAfterIfError", "message": stop["error_message"] or "stopped", "stack": ""}
                        if stop.get("error_include_result"):
                            error["result"] = last
                        raise JobFailed(error)
                    record.status = "stopped"
                    return FlowRun(True, last, steps, log=log)
                if module.get("suspend"):
                    self._wait_for_approval(module, record, last, log)
            except JobFailed as failed:
                record.status, record.error, record.finished = "failure", failed.error, time.time()
                if record.error.get("name") == "Canceled":
                    record.status = "canceled"
                error = {**failed.error, "step_id": module["id"]}
                return self._fail(flow_input, results, error, steps, log)
        return FlowRun(True, last, steps, log=log)

    def _wait_for_approval(self, module: dict[str, Any], record: StepRecord, result: Any, log: list[str]) -> None:
        if self.api_stub is None:
            raise FlowDefinitionError(f"module {module['id']} suspends: pass api_stub=WindmillApiStub()")
        urls = (result or {}).get("urls") or {}
        job_id = urls.get("resume", "").split("/")[-3] if urls.get("resume") else ""
        self._log(f"[{module['id']}] suspended, waiting for approval ({urls.get('approvalPage')})", log)
        if self.approval:
            self.approval(urls)
        timeout = min(float(module["suspend"].get("timeout") or self.approval_timeout), self.approval_timeout)
        suspend = module["suspend"]
        deadline = time.monotonic() + timeout
        index = 0
        while True:
            decision = self.api_stub.wait_for_decision(job_id, max(0.1, deadline - time.monotonic()), index)
            index += 1
            refusal = self._refusal(suspend, decision) if decision else None
            if refusal is None:
                break
            # Windmill answers the request with an error and the flow keeps waiting.
            self._log(f"[{module['id']}] decision refused: {refusal}", log)
        if not decision or not decision["approved"]:
            reason = "approval timed out" if not decision else "approval denied (canceled)"
            raise JobFailed(_error("Canceled", f"{reason} at step {module['id']}"))
        record.approver = decision.get("approver")
        self._log(f"[{module['id']}] approved by {decision.get('approver') or 'an anonymous link'}", log)

    def _refusal(self, suspend: dict[str, Any], decision: dict[str, Any]) -> str | None:
        """Why Windmill's resume/cancel endpoint would reject this decision (None: accepted)."""
        approver = decision.get("approver")
        return approval_refusal(
            suspend,
            edition=self.edition,
            approver=approver,
            started_by=self.started_by,
            approver_groups=self.user_groups.get(approver or "", ()),
        )

    def run_script(self, name: str, args: dict[str, Any], *, superadmin: bool = False) -> Any:
        """A direct run of one script (script page, `wmill script run`, webhook): the server checks
        the script's tag against the instance's custom tags first (server_rules.py)."""
        script = self.export_dir / WORKSPACE_PREFIX / f"{name}.py"
        tag = (self.script_metadata.get(name) or {}).get("tag")
        try:
            check_direct_run_tag(tag, custom_tags=self.custom_tags, superadmin=superadmin)
        except ServerRefused as refused:
            raise JobFailed(_error("BadRequest", str(refused))) from refused
        return self.run_job(script, args, str(uuid.uuid4()), [])

    def _fail(self, flow_input, results, error, steps, log) -> FlowRun:
        failure = self.flow["value"].get("failure_module")
        failure_result = None
        if failure:
            record = StepRecord(id=failure["id"], status="success", started=time.time())
            steps.append(record)
            context = {"flow_input": flow_input, "results": results, "error": error, "previous_result": error}
            try:
                record.args = self._args(failure, context)
                failure_result = record.result = self._run_with_retries(failure, record.args, record, log)
            except JobFailed as failed:
                record.status, record.error = "failure", failed.error
            record.finished = time.time()
        return FlowRun(False, None, steps, error=error, failure_result=failure_result, log=log)


def load_script_metadata(sync_dir: Path) -> dict[str, dict[str, Any]]:
    """{script name: .script.yaml mapping} from a sync export (for concurrency keys)."""
    return {
        p.name[: -len(".script.yaml")]: yaml.safe_load(p.read_text())
        for p in sorted((sync_dir / WORKSPACE_PREFIX).glob("*.script.yaml"))
    }
