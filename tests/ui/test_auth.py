"""Only the user who started the builder drives it: a per-start token on every API call, Origin checked
on state-changing requests, the Host check and the JSON-only bodies still in place (playbook_ui/guard.py).

The real-client cases run a real server process (`python -m playbook_ui`, as root, the way a user starts it)
and attack it as another local account (`runuser -u nobody`), with the system Python and with curl.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from playbook_ui import cli, create_app
from ui_harness import api, running_server

REPO = Path(__file__).resolve().parents[2]
CHURN = (REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text()
DEPLOY = {"yaml": CHURN, "environment": "local"}


@pytest.fixture(scope="module")
def app():
    return create_app(token="the-right-token")


def _client(app, base_url="http://127.0.0.1:8765", token: str | None = "the-right-token", **headers):
    if token is not None:
        headers["Authorization"] = f"token {token}"
    return TestClient(app, base_url=base_url, headers=headers)


@pytest.mark.parametrize("token", [None, "", "the-wrong-token", "the-right-token-and-more", "the-right-toke"])
@pytest.mark.parametrize(
    "method, path, body",
    [
        ("GET", "/api/playbooks", None),
        ("GET", "/api/jobs", None),
        ("GET", "/api/jobs/0123456789abcdef", None),
        ("GET", "/api/status", None),
        ("POST", "/api/deploy", DEPLOY),
        ("POST", "/api/run", {**DEPLOY, "parameters": {}}),
        ("POST", "/api/jobs/0123456789abcdef/confirm", {"approve": True}),
    ],
)
def test_every_api_call_without_the_token_is_401_and_starts_nothing(app, token, method, path, body):
    with _client(app, token=token) as c:
        response = c.request(method, path, json=body)
        assert response.status_code == 401, response.text
        assert "?token=" in response.json()["error"] and response.headers["www-authenticate"].startswith("token")
    with _client(app) as c:
        assert c.get("/api/jobs").json()["jobs"] == []  # the refused deploy/run never became a job


def test_the_token_is_accepted_as_token_or_bearer_and_the_page_itself_needs_none(app):
    with _client(app, token=None) as c:
        page = c.get("/")
        assert page.status_code == 200 and "the-right-token" not in page.text
        assert c.get("/api/schema", headers={"Authorization": "Bearer the-right-token"}).status_code == 200
        assert c.get("/api/schema", headers={"Authorization": "token the-right-token"}).status_code == 200
        assert c.get("/api/schema", headers={"Authorization": "Basic the-right-token"}).status_code == 401


def test_each_app_gets_its_own_long_random_token():
    first, second = create_app(), create_app()
    assert first.token != second.token and len(first.token) >= 40


@pytest.mark.parametrize("origin", ["http://attacker.example", "null", "http://127.0.0.1:9999", "https://127.0.0.1:8765"])
def test_a_state_changing_request_from_another_origin_is_refused_even_with_the_token(app, origin):
    with _client(app, Origin=origin) as c:
        response = c.post("/api/validate", json={"yaml": CHURN})
        assert response.status_code == 403 and origin in response.json()["error"]
        assert c.get("/api/playbooks").status_code == 200  # reads are not state changes


def test_the_builders_own_origin_and_clients_without_an_origin_are_served(app):
    with _client(app, Origin="http://127.0.0.1:8765") as c:
        assert c.post("/api/validate", json={"yaml": CHURN}).json()["valid"] is True
    with _client(app) as c:
        assert c.post("/api/validate", json={"yaml": CHURN}).json()["valid"] is True


def test_csrf_and_rebinding_defences_hold_with_the_token(app):
    with _client(app) as c:
        form = c.post("/api/deploy", content=b"playbook=x", headers={"content-type": "application/x-www-form-urlencoded"})
        assert form.status_code == 415
        # A cross-origin fetch with an Authorization header is preflighted: no CORS grant, so the browser stops there.
        preflight = c.options(
            "/api/deploy",
            headers={
                "Origin": "http://attacker.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        assert preflight.status_code >= 400 and "access-control-allow-origin" not in preflight.headers
    with _client(app, base_url="http://attacker.example:8765") as c:  # a rebound DNS name, with the token
        assert c.get("/api/playbooks").status_code == 403


def test_on_a_network_bind_a_peer_sending_host_localhost_still_needs_the_token():
    exposed = create_app(token="the-right-token", bind_host="0.0.0.0")
    with _client(exposed, base_url="http://localhost:8765", token=None) as c:
        assert c.post("/api/deploy", json=DEPLOY).status_code == 401
    with _client(exposed, base_url="http://192.0.2.10:8765") as c:  # the machine's address, with the token
        assert c.get("/api/playbooks").status_code == 200
    with _client(exposed, base_url="http://rebound.attacker.example:8765") as c:
        assert c.get("/api/playbooks").status_code == 403


def test_a_network_bind_without_the_token_is_refused(capsys):
    with pytest.raises(ValueError, match="without a token"):
        create_app(bind_host="0.0.0.0", require_token=False)
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["ui", "--host", "0.0.0.0", "--no-token", "--no-browser", "--port", "1"])
    assert cli.run(args) == 2
    assert "refusing to listen on 0.0.0.0 without a token" in capsys.readouterr().err


def test_a_network_bind_warns_who_can_reach_it():
    (warning,) = cli._warnings("0.0.0.0", 8765, "t")
    assert "every network interface" in warning and "every machine that can reach it" in warning
    assert "plain HTTP" in warning
    assert cli._warnings("127.0.0.1", 8765, "t") == []
    (no_token,) = cli._warnings("127.0.0.1", 8765, None)
    assert "every user of this machine" in no_token


def test_playbook_ui_opens_the_address_it_printed_without_showing_the_token_to_other_users(monkeypatch, capsys, tmp_path):
    from playbook_ui import shutdown

    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path / "state"))
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    monkeypatch.setattr("threading.Timer", lambda delay, fn, args: type("T", (), {"start": lambda self: fn(*args)})())
    monkeypatch.setattr(shutdown.StoppingServer, "run", lambda self: None)
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    assert cli.run(parser.parse_args(["ui", "--port", "0"])) == 0
    printed = capsys.readouterr().err
    url = printed.split("playbook builder: ", 1)[1].split()[0]
    token = url.split("?token=")[1]
    assert url.startswith("http://127.0.0.1:") and len(token) >= 40
    # The browser is started with a private file that forwards to that address: a browser's command
    # line is world-readable in /proc, the file is not.
    (target,) = opened
    assert token not in target and target.startswith("file://")
    page = Path(target.removeprefix("file://"))
    assert oct(page.stat().st_mode & 0o777) == "0o600"
    assert f'url={url.replace("&", "&amp;")}"' in page.read_text()


# -- a real server, attacked by another local user ---------------------------------------------------------

ATTACK = r"""
import json, sys, urllib.request, urllib.error
base, job = sys.argv[1], sys.argv[2]
deploy = json.dumps({"yaml": open(sys.argv[3]).read(), "environment": "local"}).encode()
for method, path, body in [("GET", "/api/jobs", None), ("GET", f"/api/jobs/{job}", None), ("POST", "/api/deploy", deploy),
                           ("POST", f"/api/jobs/{job}/confirm", b'{"approve": true}'), ("GET", "/api/playbooks", None)]:
    request = urllib.request.Request(base + path, data=body, method=method, headers={"Content-Type": "application/json",
                                     "Host": "localhost"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            print(method, path, response.status)
    except urllib.error.HTTPError as exc:
        print(method, path, exc.code)
"""


@pytest.mark.synth
def test_another_local_user_is_refused_by_a_real_server(tmp_path):
    state = tmp_path / "state"
    shared = Path(tempfile.mkdtemp(prefix="ui-attack-"))  # pytest's tmp_path is 0700: the other user reads here
    shared.chmod(0o755)
    playbook, script = shared / "churn.yaml", shared / "attack.py"
    playbook.write_text(CHURN)
    script.write_text(ATTACK)
    procs = []
    with running_server(tmp_path, {"PLAYBOOK_STATE_DIR": str(state)}, on_start=procs.append) as url:
        job = api(url, "/api/review", DEPLOY)["id"]  # the owner's own job, with the token
        as_nobody = subprocess.run(
            ["runuser", "-u", "nobody", "--", "/usr/bin/python3", str(script), str(url), job, str(playbook)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert as_nobody.returncode == 0, as_nobody.stderr
        answers = as_nobody.stdout.split("\n")
        assert [line.rsplit(" ", 1)[1] for line in answers if line] == ["401"] * 5, as_nobody.stdout
        curl = subprocess.run(
            [
                "runuser",
                "-u",
                "nobody",
                "--",
                "curl",
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "-X",
                "POST",
                "-H",
                "Content-Type: application/json",
                "--data",
                json.dumps(DEPLOY),
                f"{url}/api/deploy",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert curl.stdout == "401", (curl.stdout, curl.stderr)
        # The owner sees only the job they started: nothing of the attacker's ran.
        assert [j["id"] for j in api(url, "/api/jobs")["jobs"]] == [job]
        # Nothing another user can read about the process carries the token.
        pid = procs[0].pid
        assert url.token not in Path(f"/proc/{pid}/cmdline").read_text()
        assert url.token not in Path(f"/proc/{pid}/environ").read_bytes().decode("latin-1")
    shutil.rmtree(shared)


def test_the_browser_opened_on_the_redirect_file_lands_on_the_builder_and_drops_the_token(browser, server_url, tmp_path):
    from urllib.parse import urlsplit

    from playbook_ui.cli import redirect_file

    target = redirect_file(server_url.page_url, urlsplit(server_url).port)  # what `playbook ui` opens
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(target.as_uri())
        page.get_by_test_id("palette").wait_for()
        page.get_by_test_id("template-churn-prediction").wait_for()  # the library came through the API: token sent
        assert page.url == f"{server_url}/"  # the token left the address bar (history, bookmarks, screen shares)
        assert page.evaluate("localStorage.getItem('playbook-builder-token')") == server_url.token
    finally:
        context.close()
        target.unlink()
