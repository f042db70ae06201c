"""Emulator extension 15: every request must be signed with the emulator's own key (SigV4, verified).

Why: plain moto accepts any credentials, and this emulator runs code on the
host (Python Lambdas, extension 12; SageMaker jobs, extension 11) as the user
who started it. Any local user who could reach ``127.0.0.1:<port>`` could
create a role and a function and have it run as us. Now the server recomputes
each request's AWS Signature Version 4 with the secret of its state directory
(``emulator_credentials``) and refuses every other request before moto sees it,
with the error AWS gives for that protocol:

* query protocol (IAM, STS, RDS, SNS, ...): 403 ``InvalidClientTokenId`` /
  ``SignatureDoesNotMatch`` / ``MissingAuthenticationToken`` in an
  ``<ErrorResponse>`` document;
* JSON protocol (``X-Amz-Target``: SageMaker, Step Functions, Logs, KMS, ...):
  400 ``UnrecognizedClientException`` / ``InvalidSignatureException`` /
  ``MissingAuthenticationTokenException`` as ``{"__type", "message"}``;
* REST-JSON (Lambda, API Gateway, ...): the same codes with 403 and ``x-amzn-ErrorType``;
* S3 (REST-XML): 403 ``InvalidAccessKeyId`` / ``SignatureDoesNotMatch`` /
  ``AccessDenied`` (an anonymous request) in an ``<Error>`` document;
* EC2: 401 ``AuthFailure``.

The signature is computed as the SigV4 specification says ("Create a canonical
request for Signature Version 4", AWS General Reference), as botocore's
``botocore/auth.py`` ``SigV4Auth``/``S3SigV4Auth`` and aws-sdk-go-v2's
``aws/signer/v4`` build it: canonical URI (the path URI-encoded once more,
except for S3), sorted canonical query string, the signed headers with
trimmed values, and the payload hash (``X-Amz-Content-SHA256`` when sent, else
SHA-256 of the body); then the HMAC chain over date, region and service.
Presigned URLs (``X-Amz-Signature`` in the query) are verified the same way.

Not modelled: the 15-minute clock-skew window, session tokens (the key is a
long-term pair), the per-chunk signatures of ``aws-chunked`` uploads (the seed
signature, which covers the headers, is checked), SigV2 and SigV4A (refused).
A public API Gateway stage (``authorization: NONE``) is public on AWS; here its
invoke URL also needs the signature — stricter, on purpose.

moto's control API (``/moto-api/``: reset, recorder, config, the data dump)
takes the secret itself in ``X-Playbook-Emulator-Secret`` instead (our
health checks and the recording replay use it); without it, 403.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import uuid
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import quote, unquote

from .emulator_credentials import EmulatorKey, read_key

CONTROL_HEADER = "X-Playbook-Emulator-Secret"
_CONTROL_ENV = "HTTP_" + CONTROL_HEADER.upper().replace("-", "_")
_AUTH = re.compile(
    r"AWS4-HMAC-SHA256\s+Credential=(?P<credential>[^,\s]+),\s*SignedHeaders=(?P<signed>[^,\s]+),\s*Signature=(?P<signature>[0-9a-f]+)"
)
_REST_XML = {"s3", "route53", "cloudfront"}
_MESSAGES = {
    "key": "The security token included in the request is invalid.",
    "signature": (
        "The request signature we calculated does not match the signature you provided. "
        "Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
    ),
    "missing": "Missing Authentication Token",
}


class Refused(Exception):
    def __init__(self, why: str, service: str = "", access_key: str = "") -> None:
        super().__init__(why)
        self.why, self.service, self.access_key = why, service, access_key


class RequireSignature:
    """WSGI middleware, outermost: a request reaches moto only when signed with the emulator's key."""

    def __init__(self, app: Any, key_file: Path) -> None:
        self.app = app
        self.key_file = Path(key_file)
        self._key: tuple[Any, EmulatorKey] | None = None

    def key(self) -> EmulatorKey:
        """Read once, re-read when the file changes (a new pair is used without a restart)."""
        st = self.key_file.stat()
        stamp = (st.st_ino, st.st_mtime_ns)
        if self._key is None or self._key[0] != stamp:
            self._key = (stamp, read_key(self.key_file))
        return self._key[1]

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        key = self.key()
        control = environ.get(_CONTROL_ENV, "")
        if control and hmac.compare_digest(control.encode(), key.secret_access_key.encode()):
            answer: Iterable[bytes] = self.app(environ, start_response)
            return answer
        if environ.get("PATH_INFO", "").startswith("/moto-api"):
            return _respond(
                start_response,
                "403 Forbidden",
                [("Content-Type", "application/json")],
                json.dumps({"message": f"the emulator's control API needs {CONTROL_HEADER}"}).encode(),
            )
        try:
            verify(environ, key)
        except Refused as refused:
            return _refusal(environ, start_response, refused)
        signed: Iterable[bytes] = self.app(environ, start_response)
        return signed


def _body(environ: dict[str, Any]) -> bytes:
    """The request body, put back for the next layer."""
    length = environ.get("CONTENT_LENGTH")
    stream = environ["wsgi.input"]
    if length:
        body = stream.read(int(length))
    elif environ.get("wsgi.input_terminated"):
        body = stream.read()
    else:
        body = b""
    environ["wsgi.input"] = io.BytesIO(body)
    if length or body:
        environ["CONTENT_LENGTH"] = str(len(body))
    return bytes(body)


def _header(environ: dict[str, Any], name: str) -> str:
    if name == "content-type":
        value = environ.get("CONTENT_TYPE", "")
    elif name == "content-length":
        value = environ.get("CONTENT_LENGTH", "")
    else:
        value = environ.get("HTTP_" + name.upper().replace("-", "_"), "")
    return " ".join(str(value).split())


def _query_pairs(raw: str) -> list[tuple[str, str]]:
    pairs = []
    for part in raw.split("&"):
        if part:
            name, _, value = part.partition("=")
            pairs.append((quote(unquote(name), safe="-_.~"), quote(unquote(value), safe="-_.~")))
    return pairs


def verify(environ: dict[str, Any], key: EmulatorKey) -> None:
    """Raise ``Refused`` unless the request carries a valid SigV4 signature made with ``key``."""
    raw_query = environ.get("QUERY_STRING", "")
    query = dict(_query_pairs(raw_query))
    match = _AUTH.match(environ.get("HTTP_AUTHORIZATION", "").strip())
    if match:
        credential, signed, signature = match["credential"], match["signed"], match["signature"]
        amz_date = environ.get("HTTP_X_AMZ_DATE", "")
    elif query.get("X-Amz-Algorithm") == "AWS4-HMAC-SHA256":
        credential = unquote(query.get("X-Amz-Credential", ""))
        signed = unquote(query.get("X-Amz-SignedHeaders", ""))
        signature = query.get("X-Amz-Signature", "")
        amz_date = query.get("X-Amz-Date", "")
    else:
        service = _service_of_scope(environ.get("HTTP_AUTHORIZATION", ""))
        raise Refused("missing" if not environ.get("HTTP_AUTHORIZATION") else "signature", service)
    access_key, _, scope = credential.partition("/")
    parts = scope.split("/")
    service = parts[2] if len(parts) == 4 else ""
    if not hmac.compare_digest(access_key.encode(), key.access_key_id.encode()):
        raise Refused("key", service, access_key)
    if len(parts) != 4 or parts[3] != "aws4_request" or not amz_date.startswith(parts[0]):
        raise Refused("signature", service, access_key)
    raw_uri = environ.get("RAW_URI") or environ.get("REQUEST_URI") or quote(environ.get("PATH_INFO", "/"))
    path = raw_uri.split("?", 1)[0] or "/"
    canonical_uri = path if service == "s3" else quote(path, safe="/-_.~")
    pairs = _query_pairs(raw_query)
    if not match:
        pairs = [(k, v) for k, v in pairs if k != "X-Amz-Signature"]
    canonical_query = "&".join(f"{k}={v}" for k, v in sorted(pairs))
    names = signed.split(";")
    canonical_headers = "".join(f"{name}:{_header(environ, name)}\n" for name in names)
    payload = environ.get("HTTP_X_AMZ_CONTENT_SHA256") or (
        "UNSIGNED-PAYLOAD" if not match and service == "s3" else hashlib.sha256(_body(environ)).hexdigest()
    )
    canonical = "\n".join(
        [environ.get("REQUEST_METHOD", "GET"), canonical_uri, canonical_query, canonical_headers, signed, payload]
    )
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    signing = ("AWS4" + key.secret_access_key).encode()
    for part in parts:
        signing = hmac.new(signing, part.encode(), hashlib.sha256).digest()
    expected = hmac.new(signing, to_sign.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode()):
        raise Refused("signature", service, access_key)


def _service_of_scope(authorization: str) -> str:
    found = re.search(r"Credential=[^/]*/[^/]*/[^/]*/([^/]+)/", authorization)
    return found.group(1) if found else ""


def _protocol(environ: dict[str, Any], service: str) -> str:
    """Which AWS protocol the refused request spoke, so the error has the shape its client parses."""
    if service == "ec2":
        return "ec2"
    if service in _REST_XML:
        return "s3" if service == "s3" else "query"
    if environ.get("HTTP_X_AMZ_TARGET") or "amz-json" in environ.get("CONTENT_TYPE", ""):
        return "json"
    if "Action=" in environ.get("QUERY_STRING", "") or "x-www-form-urlencoded" in environ.get("CONTENT_TYPE", ""):
        return "query"
    if not service:  # an anonymous REST request: most likely a bucket (curl), answered as S3 answers it
        return "s3" if not re.match(r"^/\d{4}-\d{2}-\d{2}/", environ.get("PATH_INFO", "")) else "rest-json"
    return "rest-json"


def _refusal(environ: dict[str, Any], start_response: Callable[..., Any], refused: Refused) -> Iterable[bytes]:
    request_id = str(uuid.uuid4())
    protocol = _protocol(environ, refused.service)
    message = _MESSAGES[refused.why]
    if protocol == "s3":
        code = {"key": "InvalidAccessKeyId", "signature": "SignatureDoesNotMatch", "missing": "AccessDenied"}[refused.why]
        if refused.why == "key":
            message = "The AWS Access Key Id you provided does not exist in our records."
        elif refused.why == "missing":
            message = "Access Denied"
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message>'
            f"<RequestId>{request_id}</RequestId></Error>"
        )
        return _respond(
            start_response,
            "403 Forbidden",
            [("Content-Type", "application/xml"), ("x-amz-request-id", request_id)],
            body.encode(),
        )
    if protocol == "ec2":
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>AuthFailure</Code>'
            "<Message>AWS was not able to validate the provided access credentials</Message></Error></Errors>"
            f"<RequestID>{request_id}</RequestID></Response>"
        )
        return _respond(start_response, "401 Unauthorized", [("Content-Type", "text/xml")], body.encode())
    if protocol == "query":
        code = {"key": "InvalidClientTokenId", "signature": "SignatureDoesNotMatch", "missing": "MissingAuthenticationToken"}[
            refused.why
        ]
        body = (
            f"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>"
            f"<RequestId>{request_id}</RequestId></ErrorResponse>"
        )
        return _respond(
            start_response, "403 Forbidden", [("Content-Type", "text/xml"), ("x-amzn-RequestId", request_id)], body.encode()
        )
    code = {
        "key": "UnrecognizedClientException",
        "signature": "InvalidSignatureException",
        "missing": "MissingAuthenticationTokenException",
    }[refused.why]
    status = "400 Bad Request" if protocol == "json" else "403 Forbidden"
    headers = [
        ("Content-Type", "application/x-amz-json-1.1" if protocol == "json" else "application/json"),
        ("x-amzn-RequestId", request_id),
        ("x-amzn-ErrorType", code),
    ]
    return _respond(start_response, status, headers, json.dumps({"__type": code, "message": message}).encode())


def _respond(start_response: Callable[..., Any], status: str, headers: list[tuple[str, str]], body: bytes) -> Iterable[bytes]:
    start_response(status, [*headers, ("Content-Length", str(len(body)))])
    return [body]
