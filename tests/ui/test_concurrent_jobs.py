"""Two builder tabs plan at the same moment: the real server process runs both
jobs in its threads through one jsii kernel; both must succeed, each with its own pipeline's plan,
and neither may hang (bounded: 10 minutes for both against the local emulator)."""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path

import pytest

from ui_harness import running_server, token_headers

pytestmark = [pytest.mark.synth, pytest.mark.terraform, pytest.mark.emulator]
REPO = Path(__file__).resolve().parents[2]
PLAYBOOKS = {"data-quality": "1.0.0", "llm-finetune": "1.0.0"}
DEADLINE_SECONDS = 600


def _call(url: str, path: str, body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url + path, data=data, headers={**token_headers(url), **({"content-type": "application/json"} if data else {})}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def test_two_plans_at_once_both_succeed_with_their_own_values(tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    with running_server(tmp_path, {"PLAYBOOK_STATE_DIR": str(state), "PLAYBOOK_SYNTH_CACHE": "0"}) as url:
        try:
            texts = {name: (REPO / f"playbooks/library/{name}/{version}.yaml").read_text() for name, version in PLAYBOOKS.items()}
            jobs = {name: _call(url, "/api/plan", {"yaml": text, "environment": "local"})["id"] for name, text in texts.items()}
            deadline = time.monotonic() + DEADLINE_SECONDS
            views: dict[str, dict] = {}
            while len(views) < len(jobs):
                assert time.monotonic() < deadline, f"jobs still running after {DEADLINE_SECONDS}s: {set(jobs) - set(views)}"
                for name, job_id in jobs.items():
                    view = _call(url, f"/api/jobs/{job_id}")
                    if view["state"] in ("succeeded", "failed"):
                        views[name] = view
                time.sleep(2)
        finally:
            from deploy_runner.emulator import Emulator

            Emulator(state / "emulator").stop()
    for name, view in views.items():
        assert view["state"] == "succeeded", f"{name}: {view['error']}\n" + "\n".join(view["lines"][-20:])
        assert view["result"]["name"] == name and view["result"]["stack"] == f"{name}-local"
        other = next(n for n in PLAYBOOKS if n != name)
        assert other not in json.dumps(view["result"]), f"{other}'s values appear in {name}'s plan"
