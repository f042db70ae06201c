"""Emulator extension 1: a call moto cannot answer fails fast instead of hanging the SDK.

moto answers an action it does not implement with HTTP 500, which every AWS SDK
retries for minutes (botocore's and aws-sdk-go-v2's standard retryers treat 5xx
as transient), so Terraform looks hung. Here such a call gets HTTP 501
``NotImplemented`` (not retried) naming the service and action and pointing to
EMULATOR.md, and the server log gets ``EMULATOR-UNIMPLEMENTED <service> <action>``.
A crash inside moto (a Python exception, also HTTP 500) answers 501
``EmulatorInternalError`` with the exception text, logged as
``EMULATOR-INTERNAL-ERROR``: a deterministic bug in the emulator never succeeds
on retry, so failing fast is the honest answer. Services with their own dispatch
(S3) are covered by the ``FailFast`` WSGI wrapper, which turns any remaining 500,
and any exception that escapes moto's dispatch, into the same 501.
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any

UNIMPLEMENTED_MARKER = "EMULATOR-UNIMPLEMENTED"
EMULATOR_ERROR_MARKER = "EMULATOR-INTERNAL-ERROR"


def install() -> None:
    from moto.core.responses import BaseResponse

    original = BaseResponse.call_action
    if getattr(original, "_playbook_ext", False):
        return

    def call_action(self: BaseResponse) -> Any:
        try:
            return original(self)
        except Exception as exc:  # noqa: BLE001 - every moto failure must answer, not hang the SDK
            service = getattr(self, "service_name", None) or type(self).__module__.split(".")[1]
            action = self._get_action() if hasattr(self, "_get_action") else "?"
            if isinstance(exc, NotImplementedError):
                code = "NotImplemented"
                print(f"{UNIMPLEMENTED_MARKER} {service} {action}", file=sys.stderr, flush=True)
                message = (
                    f"The local emulator (moto) does not implement {service}:{action} ({exc}). See deploy_runner/EMULATOR.md."
                )
            else:
                code = "EmulatorInternalError"
                print(f"{EMULATOR_ERROR_MARKER} {service} {action}", file=sys.stderr, flush=True)
                traceback.print_exc()
                message = (
                    f"The local emulator (moto) failed on {service}:{action}: "
                    f"{type(exc).__name__}: {exc}. See deploy_runner/EMULATOR.md."
                )
            content_type = (self.headers or {}).get("Content-Type", "") if hasattr(self, "headers") else ""
            if "json" in content_type:
                body = json.dumps({"__type": code, "message": message})
                headers = {"Content-Type": content_type, "x-amzn-ErrorType": code, "status": 501}
            else:
                body = (
                    f"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code>"
                    f"<Message>{message}</Message></Error><RequestId>emulator</RequestId></ErrorResponse>"
                )
                headers = {"Content-Type": "text/xml", "status": 501}
            return 501, headers, body

    setattr(call_action, "_playbook_ext", True)  # marks the patch: installing twice would wrap it twice
    BaseResponse.call_action = call_action


class FailFast:
    """WSGI wrapper: any HTTP 500 left (S3 has its own dispatch) becomes a non-retryable 501."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __call__(self, environ: Any, start_response: Any) -> Any:
        seen: dict[str, Any] = {}

        def capture(status: Any, headers: Any, exc_info: Any = None) -> Any:
            seen["status"], seen["headers"] = status, headers
            return lambda data: None

        try:
            result = self.app(environ, capture)
            try:
                chunks = list(result)
            finally:
                if hasattr(result, "close"):
                    result.close()
        except Exception:  # noqa: BLE001 - a crash that escapes moto's dispatch (S3's) would be the server's retried 500
            traceback.print_exc(file=sys.stderr)
            seen["status"] = "500 Internal Server Error"
        if not str(seen.get("status", "")).startswith("500"):
            start_response(seen["status"], seen["headers"])
            return chunks
        where = f"{environ.get('REQUEST_METHOD')} {environ.get('PATH_INFO')}?{environ.get('QUERY_STRING', '')}"
        print(f"{EMULATOR_ERROR_MARKER} {where}", file=sys.stderr, flush=True)
        message = f"The local emulator (moto) failed on {where} (HTTP 500, see the emulator log). See deploy_runner/EMULATOR.md."
        if "json" in environ.get("CONTENT_TYPE", ""):
            body = json.dumps({"__type": "EmulatorInternalError", "message": message}).encode()
            headers = [("Content-Type", environ["CONTENT_TYPE"]), ("x-amzn-ErrorType", "EmulatorInternalError")]
        else:
            body = (
                f"<Error><Code>EmulatorInternalError</Code><Message>{message}</Message><RequestId>emulator</RequestId></Error>"
            ).encode()
            headers = [("Content-Type", "application/xml")]
        start_response("501 Not Implemented", [*headers, ("Content-Length", str(len(body)))])
        return [body]
