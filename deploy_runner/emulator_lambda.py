"""Emulator extension 12: Python Lambda functions are invoked as local processes.

Why: the orchestrator invokes Lambda functions (the API data source's pull,
``arn:aws:states:::lambda:invoke``), and moto runs a function only in Docker
(``moto/awslambda/models.py: LambdaFunction._invoke_lambda`` starts a
``lambci``/``mlupdate`` container), which this machine does not have: every
invocation failed with "error running docker". For ``python*`` runtimes the
function's deployment package (the zip moto stores) is unpacked into a temp
directory and the handler (``module.function`` from ``Handler``) is called
with the event in a local Python process, with the function's environment
variables plus the emulator's endpoint/credentials (standard AWS SDK
variables) and its ``Timeout``. The answer follows the Lambda contract: the
handler's JSON result, or ``{"errorMessage", "errorType", "stackTrace"}`` with
the ``X-Amz-Function-Error`` header set. Output goes to the function's log
group (``/aws/lambda/<name>``) as moto does. Other runtimes keep moto's
Docker path. Not honoured: the runtime's exact Python version and
preinstalled libraries (this Python and its packages), memory limits, layers.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from typing import Any

_BOOTSTRAP = r"""
import importlib, json, sys, traceback
sys.path.insert(0, sys.argv[1])
module_name, _, function_name = sys.argv[2].rpartition(".")
event = json.loads(open(sys.argv[3]).read())
class Context:
    function_name = sys.argv[5]
    aws_request_id = "local"
    def get_remaining_time_in_millis(self):
        return 1000
try:
    result = getattr(importlib.import_module(module_name), function_name)(event, Context())
    answer, failed = result, False
except Exception as exc:
    traceback.print_exc()
    answer = {"errorMessage": str(exc), "errorType": type(exc).__name__,
              "stackTrace": traceback.format_tb(exc.__traceback__)}
    failed = True
open(sys.argv[4], "w").write(json.dumps(answer))
sys.exit(1 if failed else 0)
"""


def invoke_locally(
    code_zip: bytes, handler: str, event: Any, environment: dict[str, str], timeout: int, function_name: str
) -> tuple[str, bool, str]:
    """(JSON answer, errored, log text) of one invocation."""
    from . import emulator_loopback

    with tempfile.TemporaryDirectory(prefix=f"playbook-lambda-{function_name[:40]}-") as tmp:
        code = os.path.join(tmp, "task")
        zipfile.ZipFile(io.BytesIO(code_zip)).extractall(code)
        event_file, answer_file = os.path.join(tmp, "event.json"), os.path.join(tmp, "answer.json")
        with open(event_file, "w") as handle:
            handle.write(json.dumps(event if event is not None else {}))
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "PYTHONUNBUFFERED": "1",
            **emulator_loopback.job_environment(),
            "AWS_REGION": "us-east-1",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_LAMBDA_FUNCTION_NAME": function_name,
            "LAMBDA_TASK_ROOT": code,
            **{k: str(v) for k, v in environment.items()},
        }
        try:
            proc = subprocess.run(
                [sys.executable, "-c", _BOOTSTRAP, code, handler, event_file, answer_file, function_name],
                cwd=code,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as exc:
            logs = (exc.stdout or "") + (exc.stderr or "") if isinstance(exc.stdout, str) else ""
            answer = {"errorMessage": f"Task timed out after {timeout:.2f} seconds", "errorType": "Sandbox.Timedout"}
            return json.dumps(answer), True, logs
        logs = proc.stdout + proc.stderr
        if os.path.exists(answer_file):
            return open(answer_file).read(), proc.returncode != 0, logs
        answer = {"errorMessage": f"Runtime exited with error: exit status {proc.returncode}", "errorType": "Runtime.ExitError"}
        return json.dumps(answer), True, logs


def install() -> None:
    from moto.awslambda.models import LambdaFunction

    original = LambdaFunction._invoke_lambda

    def _invoke_lambda(self: Any, event: Any = None) -> Any:
        if not str(self.run_time or "").startswith("python") or not getattr(self, "code_bytes", b""):
            return original(self, event)
        self.logs_backend.ensure_log_group(self.logs_group_name)
        answer, errored, logs = invoke_locally(
            self.code_bytes, self.handler, event, dict(self.environment_vars or {}), int(self.timeout or 3), self.function_name
        )
        self.save_logs(logs or "(no output)")
        return answer, errored, logs

    LambdaFunction._invoke_lambda = _invoke_lambda
