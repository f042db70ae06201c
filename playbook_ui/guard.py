"""Who may use the builder's API: the holder of this start's token, from a page of this server.

The API deploys with the credentials of the user who started `playbook ui` and streams
Terraform's log, so it must answer only that user. A loopback bind alone does not do
it: every local account can reach 127.0.0.1. The defences, in the order they run
(modelled on Jupyter Server's, jupyter_server/base/handlers.py `check_host`,
`check_origin`, `check_xsrf_cookie`, and auth/identity.py's per-start token):

- Host: only loopback names, or (on a non-loopback bind) an IP literal or this machine's
  name. A DNS-rebinding page reaches the server under its own domain name and is refused.
- Token: every /api/ request carries `Authorization: token <secret>` (or `Bearer`); the
  secret is new at each start, printed in the URL that `playbook ui` opens, and compared
  with hmac.compare_digest. The page reads it from that URL once, keeps it in its own
  localStorage (readable by this origin only) and removes it from the address bar.
  The bundle (`/`, `/assets`) is public code and needs no token.
- Origin: a state-changing request (anything but GET/HEAD/OPTIONS) that carries an Origin
  must come from this server's own origin. Browsers always send Origin on a cross-site
  POST; clients without one (curl, scripts) still need the token.
- The bodies' own checks (bodies.py, server._body: JSON only, so a form post is 415) and
  the absence of CORS headers (a cross-origin fetch with a custom header is preflighted
  and the preflight gets no Access-Control-Allow-Origin) stay as a second layer.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import socket
from typing import Any

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
TOKEN_HEADER_SCHEMES = ("token", "bearer")


def new_token() -> str:
    """A fresh secret for one server start (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def is_loopback(host: str) -> bool:
    name = host.strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _split_host(header: str) -> str:
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _is_ip_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
        return True
    except ValueError:
        return False


def machine_names() -> set[str]:
    names = {socket.gethostname().lower()}
    try:
        names.add(socket.getfqdn().lower())
    except OSError:
        pass
    return names


class Guard:
    """ASGI middleware: Host check, token on /api/, Origin on state-changing requests, safe headers."""

    def __init__(self, app: Starlette, *, token: str | None, bind_host: str = "127.0.0.1") -> None:
        if not token and not is_loopback(bind_host):
            raise ValueError(f"refusing to serve on {bind_host} without a token: anyone who can reach it could deploy")
        self.app, self.token = app, token
        self.remote = not is_loopback(bind_host)
        self.names = machine_names() | {bind_host.lower()} if self.remote else set()

    def host_allowed(self, hostname: str) -> bool:
        if hostname.lower() in LOCAL_HOSTS:
            return True
        # A rebinding page comes with its own DNS name; an address or this machine's name cannot be one.
        return self.remote and (_is_ip_literal(hostname) or hostname.lower() in self.names)

    def token_ok(self, headers: dict[bytes, bytes]) -> bool:
        if self.token is None:  # `playbook ui --no-token`: loopback only, every local user is trusted
            return True
        scheme, _, value = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
        if scheme.lower() not in TOKEN_HEADER_SCHEMES:
            return False
        return hmac.compare_digest(value.strip().encode(), self.token.encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        host = headers.get(b"host", b"").decode("latin-1")
        refusal = self._refusal(scope, headers, host)
        if refusal is not None:
            await refusal(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _refusal(self, scope: Scope, headers: dict[bytes, bytes], host: str) -> JSONResponse | None:
        if not self.host_allowed(_split_host(host)):
            return _error(403, f"host '{host}' is not allowed; open the builder on 127.0.0.1")
        if not str(scope.get("path", "")).startswith("/api/"):
            return None
        if not self.token_ok(headers):
            return _error(
                401,
                "this request has no valid builder token: open the address `playbook ui` printed "
                "(it ends in ?token=...); the token changes each time the builder starts",
                www_authenticate=True,
            )
        if scope.get("method", "GET") not in SAFE_METHODS:
            origin = headers.get(b"origin")
            if origin is not None and origin.decode("latin-1") != f"{scope.get('scheme', 'http')}://{host}":
                return _error(403, f"requests from {origin.decode('latin-1')} are not allowed; use the builder's own page")
        return None


def _error(status: int, message: str, *, www_authenticate: bool = False) -> JSONResponse:
    extra: dict[str, Any] = {"WWW-Authenticate": 'token realm="playbook builder"'} if www_authenticate else {}
    return JSONResponse({"error": message}, status_code=status, headers=extra)
