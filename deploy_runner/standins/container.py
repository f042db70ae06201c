"""What every local stand-in container shares: the serving contract's HTTP side and the failure file.

A SageMaker serving container answers ``GET /ping`` (200 once its model is loaded) and
``POST /invocations`` on ``SAGEMAKER_BIND_TO_PORT`` and starts even when the model does not load,
so that ``/ping`` can report it ("Use Your Own Inference Code with Hosting Services" in the
SageMaker developer guide). A job container that fails writes its reason to
``/opt/ml/output/failure``, which SageMaker reports as the job's ``FailureReason``. Each stand-in
keeps only what its image does differently: how it loads a model and answers an invocation.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FAILURE_FILE = Path("/opt/ml/output/failure")


class ServingHandler(BaseHTTPRequestHandler):
    """``/ping`` and the answer helper; a stand-in subclasses it with its own ``do_POST``."""

    model: Any = None
    load_error: str | None = None

    def log_message(self, format: str, *args: Any) -> None:
        print(f"{self.command} {self.path} {args[1] if len(args) > 1 else ''}", flush=True)

    def _answer(self, status: int, body: str = "", content_type: str = "text/plain") -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path != "/ping":
            return self._answer(404, "not found")
        self._answer(200 if self.model is not None else 500, "" if self.model is not None else str(self.load_error))


def serve(handler: type[ServingHandler], load: Callable[[], Any], model_dir: Path) -> int:
    """Load the model (a failure is kept for ``/ping``, the container still starts), then serve."""
    port = int(os.environ.get("SAGEMAKER_BIND_TO_PORT", "8080"))
    try:
        handler.model = load()
        print(f"model loaded from {model_dir}", flush=True)
    except Exception as exc:  # the container still starts; /ping reports it unhealthy
        handler.load_error = f"{type(exc).__name__}: {exc}"
        print(f"ERROR: could not load the model: {handler.load_error}", flush=True)
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)  # port 0: a free one, announced below
    print(f"serving on 127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
    return 0


def report_failure(exc: BaseException, failure: Path = FAILURE_FILE, *, make_dir: bool = False) -> int:
    """The reason on stderr and in the job's failure file (when the job has an output directory); exit 1."""
    print(f"ERROR: {exc}", file=sys.stderr, flush=True)
    if make_dir:
        failure.parent.mkdir(parents=True, exist_ok=True)
    if failure.parent.is_dir():
        failure.write_text(str(exc))
    return 1
