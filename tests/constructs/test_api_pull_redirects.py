"""The bundled API-pull function against real HTTP(S) servers on 127.0.0.1 that redirect.

Credentials (Authorization, and headers whose value came from a secret reference) go only to
the origin they were configured for; http:// is never fetched, neither first nor after a
redirect; the URL comes from the function's configuration, an invoker only gives parameter
values. boto3 is replaced by a stand-in that records S3 writes and answers secret reads.
"""

from __future__ import annotations

import http.server
import importlib.util
import json
import ssl
import sys
import threading
import types
from pathlib import Path

import pytest

from .db_servers import ThrowawayCA

BUNDLED = Path(__file__).parents[2] / "constructs_lib" / "bundled" / "api_pull.py"
TOKEN = "Bearer sekret-token-from-ssm"
API_KEY = "key-from-secrets-manager"


class RecordingServer:
    """A threaded HTTP(S) server on 127.0.0.1 answering from a route table, recording each request's headers."""

    def __init__(self, routes: dict[str, tuple[int, str]], context: ssl.SSLContext | None) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                code, target = routes.get(self.path.split("?")[0], (404, ""))
                self.send_response(code)
                if target:
                    self.send_header("Location", target)
                body = b"" if target else json.dumps({"path": self.path}).encode()
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.timeout = 5
        if context is not None:
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        scheme = "https" if context else "http"
        self.base = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """`api` (https, redirects), `other` (https, another port: another origin) and `plain` (http)."""
    directory = tmp_path_factory.mktemp("api-pull-tls")
    ca = ThrowawayCA.create("api pull test CA")
    crt, key = ca.issue_server_cert(directory, None)
    (directory / "ca.pem").write_text(ca.cert_pem)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(crt, key)
    other = RecordingServer({"/landing": (200, "")}, context)
    plain = RecordingServer({"/landing": (200, "")}, None)
    routes = {
        "/rows": (200, ""),
        "/same": (302, "/rows"),
        "/to-other": (302, f"{other.base}/landing"),
        "/to-plain": (301, f"{plain.base}/landing"),
        "/missing": (404, ""),
    }
    api = RecordingServer(routes, context)
    try:
        yield types.SimpleNamespace(api=api, other=other, plain=plain, ca_file=str(directory / "ca.pem"))
    finally:
        for server in (api, other, plain):
            server.stop()


@pytest.fixture
def pull(servers, monkeypatch):
    """The bundled module loaded with a stand-in boto3; returns (module, S3 writes)."""
    writes: list[dict] = []

    class StandInClient:  # stands in for boto3's s3 / ssm / secretsmanager clients
        def __init__(self, service: str) -> None:
            self.service = service

        def get_parameter(self, Name: str, WithDecryption: bool) -> dict:
            return {"Parameter": {"Value": TOKEN}}

        def get_secret_value(self, SecretId: str) -> dict:
            return {"SecretString": API_KEY}

        def put_object(self, **kwargs: object) -> None:
            writes.append(kwargs)

    monkeypatch.setitem(sys.modules, "boto3", types.SimpleNamespace(client=StandInClient))
    spec = importlib.util.spec_from_file_location("api_pull_redirect_test", BUNDLED)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setenv("SSL_CERT_FILE", servers.ca_file)  # ssl.create_default_context() trusts the test CA
    for name, value in {
        "HEADERS": json.dumps({"Authorization": "ssm:/team/api/bearer", "X-Api-Key": "secretsmanager:api-key", "Accept": "x"}),
        "BUCKET": "bucket",
        "PREFIX": "pulls/",
        "FORMAT": "json",
        "KMS_KEY_ARN": "arn:aws:kms:eu-west-1:123456789012:key/k",
        "TIMEOUT": "10",
    }.items():
        monkeypatch.setenv(name, value)
    return module, writes


def test_credentials_are_not_sent_to_another_origin(servers, pull, monkeypatch):
    module, writes = pull
    monkeypatch.setenv("URL", f"{servers.api.base}/to-other")
    module.handler({}, None)
    assert len(writes) == 1
    path, headers = servers.other.requests[-1]
    assert path == "/landing"
    assert "authorization" not in headers and "x-api-key" not in headers, headers
    assert headers["accept"] == "x"  # what is not a credential still goes
    assert servers.api.requests[-1][1]["authorization"] == TOKEN  # the configured origin got them


def test_credentials_follow_a_redirect_within_the_origin(servers, pull, monkeypatch):
    module, _ = pull
    monkeypatch.setenv("URL", f"{servers.api.base}/same")
    module.handler({}, None)
    path, headers = servers.api.requests[-1]
    assert path == "/rows" and headers["authorization"] == TOKEN and headers["x-api-key"] == API_KEY


def test_a_redirect_to_http_is_refused(servers, pull, monkeypatch):
    module, writes = pull
    before = len(servers.plain.requests)
    monkeypatch.setenv("URL", f"{servers.api.base}/to-plain")
    with pytest.raises(module.PullRefused, match="only https:// redirects are followed"):
        module.handler({}, None)
    assert len(servers.plain.requests) == before and writes == []


def test_an_http_url_is_refused(servers, pull, monkeypatch):
    module, _ = pull
    monkeypatch.setenv("URL", f"{servers.plain.base}/landing")
    with pytest.raises(Exception, match="only https:// URLs are pulled"):  # refused before, too: kept refused
        module.handler({}, None)


def test_an_invoker_cannot_choose_the_url(servers, pull, monkeypatch):
    """An event's `url` is ignored; its `params` only fill the configured template, percent-encoded."""
    module, _ = pull
    monkeypatch.setenv("URL", f"{servers.api.base}/rows?day=2026-01-01")
    monkeypatch.setenv("URL_TEMPLATE", f"{servers.api.base}/rows?day={{{{ params.day }}}}")
    module.handler({"url": f"{servers.other.base}/landing", "params": {"day": "x@evil.example/&admin=1"}}, None)
    path, headers = servers.api.requests[-1]
    assert path == "/rows?day=x%40evil.example%2F%26admin%3D1"
    assert headers["authorization"] == TOKEN
    other_before = len(servers.other.requests)
    module.handler({"url": f"{servers.other.base}/landing"}, None)  # no params: the configured URL
    assert servers.api.requests[-1][0] == "/rows?day=2026-01-01" and len(servers.other.requests) == other_before


def test_a_failed_pull_names_the_url_with_secrets_redacted(servers, pull, monkeypatch):
    module, _ = pull
    monkeypatch.setenv("URL", f"{servers.api.base}/missing?api_key=abc123&day=2026-01-01")
    with pytest.raises(module.PullFailed) as failure:
        module.handler({}, None)
    message = str(failure.value)
    assert message == f"GET {servers.api.base}/missing?api_key=***&day=2026-01-01 failed: HTTP 404 Not Found"
