"""Pulls one HTTP API response into S3 (an AWS Lambda handler).

Configured through environment variables: URL, HEADERS (JSON), BUCKET, PREFIX,
FORMAT, KMS_KEY_ARN and optionally AUTH_SECRET_ARN (its value is sent as the
Authorization header; it never appears in the function's configuration).
A header value `secretsmanager:NAME_OR_ARN` or `ssm:PARAMETER` is a reference: the
function reads the secret (SecretString) or the parameter (decrypted) on each pull.

What is fetched comes from the function's own configuration, never from whoever invokes
it: URL and HEADERS hold the values with the parameter defaults (scheduled pulls);
URL_TEMPLATE / HEADER_TEMPLATES hold the configured text with `{{ params.NAME }}`
references. The only thing an event may set is `params`, the run's parameter values,
which are put into those templates (percent-encoded in the URL, so a value cannot change
the host, the path's structure or the query's other fields).

Redirects: only to https:// (an http:// target is refused, as the first URL is); to
another origin (scheme, host or port) the credentials are dropped: Authorization and
every header whose value came from a secret reference, the rule python-requests applies
to Authorization (`requests/sessions.py: SessionRedirectMixin.should_strip_auth`, here
without its http->https upgrade exception since http is never followed).
"""

from __future__ import annotations

import datetime
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import boto3

# Must match playbooks/params.py REFERENCE (the function ships alone, without the package).
REFERENCE = re.compile(r"\{\{\s*params\.([a-z][a-z0-9_]*)\s*\}\}")
ALWAYS_CREDENTIALS = ("authorization", "proxy-authorization", "cookie")


class PullRefused(Exception):
    """A request the function will not make (its message says which URL and why)."""


class PullFailed(Exception):
    """The API did not answer with a body; the message names the URL pulled (secrets redacted)."""


SECRET_NAME = re.compile(r"(key|token|secret|passw|pwd|auth|signature|sig|credential|session)", re.IGNORECASE)


def redacted(url: str) -> str:
    """The URL for a log or an error: a password in it and values of secret-looking query fields as `***`."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = f"{parts.username}:***@{netloc.rpartition('@')[2]}"
    query = "&".join(
        f"{name}=***" if SECRET_NAME.search(name) else (f"{name}={value}" if sep else name)
        for name, sep, value in (field.partition("=") for field in parts.query.split("&") if field)
    )
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def resolve_reference(value: str) -> str:
    """The value a header reference points at; plain values come back unchanged."""
    store, _, identifier = value.partition(":")
    if store == "secretsmanager" and identifier:
        secret: str = boto3.client("secretsmanager").get_secret_value(SecretId=identifier)["SecretString"]
        return secret
    if store == "ssm" and identifier:
        parameter: str = boto3.client("ssm").get_parameter(Name=identifier, WithDecryption=True)["Parameter"]["Value"]
        return parameter
    return value


def render(template: str, values: dict[str, Any], *, in_url: bool) -> str:
    """The template with the run's values (JSON spelling for non-strings); in a URL, percent-encoded."""

    def one(match: re.Match[str]) -> str:
        if match.group(1) not in values:
            raise PullRefused(f"the run gave no value for parameter {match.group(1)!r}")
        value = values[match.group(1)]
        text = value if isinstance(value, str) else json.dumps(value)
        return urllib.parse.quote(text, safe="") if in_url else text

    return REFERENCE.sub(one, template)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port or (443 if parts.scheme == "https" else 80)


def require_https(url: str) -> None:
    if urllib.parse.urlsplit(url).scheme.lower() != "https":
        raise PullRefused(f"refusing to fetch {redacted(url)!r}: only https:// URLs are pulled")


class CredentialSafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follows https redirects; refuses http ones; strips credentials when the origin changes."""

    def __init__(self, secret_headers: set[str]) -> None:
        super().__init__()
        self.secret_headers = {name.lower() for name in secret_headers} | set(ALWAYS_CREDENTIALS)

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        try:
            require_https(newurl)
        except PullRefused as exc:
            message = f"{redacted(req.full_url)} redirected to {redacted(newurl)!r}: only https:// redirects are followed"
            raise PullRefused(message) from exc
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and _origin(newurl) != _origin(req.full_url):
            for name in [n for n in new.headers if n.lower() in self.secret_headers]:
                del new.headers[name]
        return new


def fetch(url: str, headers: dict[str, str], secret_headers: set[str], timeout: int) -> bytes:
    """The response body of GET url (redirects as the class above says)."""
    require_https(url)
    opener = urllib.request.build_opener(CredentialSafeRedirects(secret_headers))
    with opener.open(urllib.request.Request(url, headers=headers), timeout=timeout) as response:
        body: bytes = response.read()
        return body


def handler(event: Any, context: Any) -> dict[str, Any]:  # Lambda passes its own event and context objects
    event = event if isinstance(event, dict) else {}
    values = event.get("params") if isinstance(event.get("params"), dict) else None
    configured = json.loads(os.environ.get("HEADERS") or "{}")
    headers = {name: resolve_reference(value) for name, value in configured.items()}
    secret_headers = {name for name, value in configured.items() if headers[name] != value}
    url = os.environ["URL"]
    if values is not None:  # a pipeline run: its parameter values in the configured templates
        # plain text, never resolved as references (a value cannot name a secret to read)
        templates = json.loads(os.environ.get("HEADER_TEMPLATES") or "{}")
        headers.update({name: render(text, values, in_url=False) for name, text in templates.items()})
        url = render(os.environ.get("URL_TEMPLATE") or url, values, in_url=True)
    secret_arn = os.environ.get("AUTH_SECRET_ARN")
    if secret_arn:
        headers["Authorization"] = boto3.client("secretsmanager").get_secret_value(SecretId=secret_arn)["SecretString"]
    print(json.dumps({"pulling": redacted(url)}))  # the function's log says what a failed pull asked for
    try:
        body = fetch(url, headers, secret_headers, int(os.environ.get("TIMEOUT", "50")))
    except urllib.error.HTTPError as exc:
        raise PullFailed(f"GET {redacted(url)} failed: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PullFailed(f"GET {redacted(url)} failed: {reason}") from None
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"{os.environ['PREFIX']}{stamp}.{os.environ.get('FORMAT', 'json')}"
    boto3.client("s3").put_object(
        Bucket=os.environ["BUCKET"], Key=key, Body=body, ServerSideEncryption="aws:kms", SSEKMSKeyId=os.environ["KMS_KEY_ARN"]
    )
    return {"s3_uri": f"s3://{os.environ['BUCKET']}/{key}", "bytes": len(body)}
