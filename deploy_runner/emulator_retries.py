"""Emulator extension 13: a retried write gets the answer its first attempt got.

Why: every AWS SDK marks each attempt of one operation with the same
``amz-sdk-invocation-id`` and ``amz-sdk-request: attempt=N; max=M`` headers
(aws-sdk-go-v2 ``aws/retry`` middleware, which the Terraform AWS provider
uses; botocore and the JS/Kotlin SDKs do the same). When the answer to a
write is lost on the way back (a connection reset after moto already acted),
the SDK sends the same request again. Against AWS the answer is almost never
lost; against moto's development server it was (CI, 2026-11-27: ``CreateRole``
answered 200, the provider retried, the retry got 409 ``EntityAlreadyExists``
and the deploy failed). The stand-in then failed where AWS would not, so
the emulator keeps the answers to writes by invocation id and answers a
retry of an operation that already succeeded with that same answer, logged
as ``EMULATOR-RETRY-REPLAYED``. A *new* operation (a new invocation id) with
the same content still gets AWS's real answer (409 for a second CreateRole).

Reads (GET/HEAD) are not kept: repeating them is harmless.

Not modelled: a retry that arrives while its first attempt is still being handled (it runs again, as
without this extension); AWS's own idempotency tokens (``ClientToken`` and the like, which moto handles
per service or not at all); answers lost for a reason other than transport. Against AWS a lost answer
to a create is rare but possible, and the provider would then fail the same way: this extension removes
a failure the local server adds, not one AWS has.
"""

from __future__ import annotations

import io
import re
import sys
import threading
from collections import OrderedDict
from typing import Any, Callable, Iterable

MARKER = "EMULATOR-RETRY-REPLAYED"
RETRY_MARKER = "EMULATOR-RETRY"
MAX_KEPT = 4096  # answers kept (oldest dropped first)
MAX_BODY = 1 << 20  # larger answers (big S3 objects) are not kept
_ATTEMPT = re.compile(r"attempt=(\d+)")
_ACTION = re.compile(rb"(?:^|&)Action=([A-Za-z0-9]+)")


def _attempt(environ: dict[str, Any]) -> int:
    match = _ATTEMPT.search(environ.get("HTTP_AMZ_SDK_REQUEST", ""))
    return int(match.group(1)) if match else 1


def _operation(environ: dict[str, Any], body: bytes) -> str:
    """``iam CreateRole``-style name for the log: X-Amz-Target or the query protocol's Action."""
    target = environ.get("HTTP_X_AMZ_TARGET")
    if target:
        return str(target)
    found = _ACTION.search(body) or _ACTION.search(environ.get("QUERY_STRING", "").encode())
    action = found.group(1).decode() if found else ""
    return f"{environ.get('REQUEST_METHOD')} {environ.get('PATH_INFO', '')} {action}".strip()


class RetryLedger:
    """WSGI middleware: replay the kept answer to a retried write (see module docstring)."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app
        self.kept: OrderedDict[str, tuple[str, list[tuple[str, str]], bytes]] = OrderedDict()
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        invocation = environ.get("HTTP_AMZ_SDK_INVOCATION_ID")
        if not invocation or environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            return self.app(environ, start_response)
        key = f"{invocation}:{environ.get('REQUEST_METHOD')}:{environ.get('PATH_INFO', '')}"
        attempt = _attempt(environ)
        if attempt > 1:
            with self.lock:
                kept = self.kept.get(key)
            body = self._buffer(environ)
            if kept is not None:
                status, headers, answer = kept
                print(
                    f"{MARKER} {_operation(environ, body)} attempt={attempt}: the first attempt succeeded "
                    "and its answer was lost in transport; answering it again",
                    file=sys.stderr,
                    flush=True,
                )
                start_response(status, headers)
                return [answer]
            print(f"{RETRY_MARKER} {_operation(environ, body)} attempt={attempt}", file=sys.stderr, flush=True)
        return self._call_and_keep(key, environ, start_response)

    @staticmethod
    def _buffer(environ: dict[str, Any]) -> bytes:
        length = environ.get("CONTENT_LENGTH")
        body = environ["wsgi.input"].read(int(length)) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return body

    def _call_and_keep(self, key: str, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        seen: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[[bytes], None]:
            seen["status"], seen["headers"] = status, headers
            return lambda data: None  # moto answers through the iterable, never write()

        result = self.app(environ, capture)
        try:
            chunks = list(result)
        finally:
            close = getattr(result, "close", None)
            if close:
                close()
        answer = b"".join(chunks)
        status, headers = seen["status"], seen["headers"]
        if status.startswith("2") and len(answer) <= MAX_BODY:
            with self.lock:
                self.kept[key] = (status, headers, answer)
                while len(self.kept) > MAX_KEPT:
                    self.kept.popitem(last=False)
        start_response(status, headers)
        return [answer]
