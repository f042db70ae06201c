"""Local HTTP servers for flow tests: a webhook receiver and a Windmill API stub.

Both bind 127.0.0.1 on an ephemeral port, serve from a daemon thread and stop
when their `with` block exits. The Windmill API stub is a mock (named as one)
of exactly the routes `wmill.get_resume_urls()` and the resume/cancel links use.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

HOST = "127.0.0.1"
MAX_BODY = 1_000_000


class _Server:
    def __init__(self) -> None:
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    @property
    def url(self) -> str:
        assert self._httpd, "server not started"
        return f"http://{HOST}:{self._httpd.server_address[1]}"

    def __enter__(self):
        self._httpd = ThreadingHTTPServer((HOST, 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)


def _read_body(handler: BaseHTTPRequestHandler) -> bytes:
    length = min(int(handler.headers.get("Content-Length") or 0), MAX_BODY)
    return handler.rfile.read(length) if length else b""


class WebhookReceiver(_Server):
    """Records every POST body (parsed JSON) in `.messages`; `wait_for(n)` blocks boundedly."""

    def __init__(self, status: int = 200) -> None:
        super().__init__()
        self.messages: list[dict[str, Any]] = []
        self.status = status
        self._cond = threading.Condition()

    def _handler(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                body = _read_body(self)
                try:
                    message = json.loads(body or b"{}")
                except ValueError:
                    message = {"raw": body.decode(errors="replace")}
                with receiver._cond:
                    receiver.messages.append(message)
                    receiver._cond.notify_all()
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        return Handler

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        with self._cond:
            self._cond.wait_for(lambda: len(self.messages) >= count, timeout=timeout)
            return list(self.messages)


class WindmillApiStub(_Server):
    """STUB (mock) of Windmill's resume-URL API: GET /api/w/<ws>/jobs/resume_urls/<job>/<nonce>
    returns resume/cancel/approvalPage links served here; hitting one records the decision.
    GET /api/w/<ws>/resources/get_value_interpolated/<path> (what `wmill.get_resource` calls)
    answers from `resources` as the job's user could read them; an unknown path is a 404."""

    def __init__(self, resources: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.resources = resources or {}
        self.decisions: dict[str, list[dict[str, Any]]] = {}
        self._cond = threading.Condition()

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self, code: int, doc: Any) -> None:
                data = json.dumps(doc).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _route(self, payload: Any) -> None:
                parts = self.path.split("?")[0].strip("/").split("/")
                if len(parts) == 7 and parts[:2] == ["api", "w"] and parts[3:5] == ["jobs", "resume_urls"]:
                    job, nonce = parts[5], parts[6]
                    base = f"{stub.url}/api/w/{parts[2]}/jobs_u"
                    return self._reply(
                        200,
                        {
                            "approvalPage": f"{stub.url}/approve/{job}/{nonce}",
                            "resume": f"{base}/resume/{job}/{nonce}/sig",
                            "cancel": f"{base}/cancel/{job}/{nonce}/sig",
                        },
                    )
                marker = "/resources/get_value_interpolated/"
                if parts[:2] == ["api", "w"] and marker in self.path:
                    path = self.path.split("?")[0].split(marker, 1)[1]
                    if path in stub.resources:
                        return self._reply(200, stub.resources[path])
                    return self._reply(404, f"resource {path} not found")
                if len(parts) == 8 and parts[3] == "jobs_u" and parts[4] in ("resume", "cancel"):
                    query = parse_qs(self.path.partition("?")[2])
                    approver = (query.get("approver") or [None])[0]  # the logged-in user, in Windmill
                    with stub._cond:
                        stub.decisions.setdefault(parts[5], []).append(
                            {"approved": parts[4] == "resume", "payload": payload, "approver": approver}
                        )
                        stub._cond.notify_all()
                    return self._reply(200, "ok")
                self._reply(404, {"error": f"not stubbed: {self.path}"})

            def do_GET(self) -> None:  # noqa: N802
                self._route(None)

            def do_POST(self) -> None:  # noqa: N802
                body = _read_body(self)
                self._route(json.loads(body) if body else None)

            def log_message(self, *args: Any) -> None:
                pass

        return Handler

    def wait_for_decision(self, job_id: str, timeout: float, index: int = 0) -> dict[str, Any] | None:
        """The index-th decision posted for job_id (None when none came within timeout)."""
        with self._cond:
            self._cond.wait_for(lambda: len(self.decisions.get(job_id, [])) > index, timeout=timeout)
            found = self.decisions.get(job_id, [])
            return found[index] if len(found) > index else None
