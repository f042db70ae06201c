"""In the builder: a job the server's stop cuts off is listed as interrupted on the next start,
with what to do next; never "running" forever, never silently gone.

Real server processes (`python -m playbook_ui`) killed with SIGKILL; the emulator-backed story (SIGTERM in
the middle of a Terraform apply) is in test_run_ui.py.
"""

from __future__ import annotations

import json
import os
import signal
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ui_harness import OUTPUT, axe_violations, open_builder, running_server, token_headers

pytestmark = [pytest.mark.synth]
REVIEW_BODY = {"playbook": None, "environment": "local"}


def _get(url: str):
    with urllib.request.urlopen(urllib.request.Request(url, headers=token_headers(url)), timeout=30) as response:
        return json.load(response)


def _post(url: str, body: dict):
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), method="POST", headers={**token_headers(url), "Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def test_a_job_cut_off_by_a_killed_server_shows_as_interrupted_after_a_restart(browser, tmp_path):
    state = tmp_path / "state"
    env = {"PLAYBOOK_STATE_DIR": str(state)}
    procs = []
    with running_server(tmp_path, env, log_name="first.log", on_start=procs.append) as url:
        playbook = _get(f"{url}/api/playbooks/churn-prediction/1.2.0")["playbook"]
        started = _post(f"{url}/api/review", {"playbook": playbook, "environment": "local"})
        assert started["state"] == "running"
        listed = _get(f"{url}/api/jobs")["jobs"]
        assert [(j["id"], j["state"], j["target"]) for j in listed] == [(started["id"], "running", "churn-prediction@1.2.0")]
        procs[0].send_signal(signal.SIGKILL)  # no handler runs: only what was on disk survives
        procs[0].wait(timeout=30)
    records = list((state / "ui-jobs").glob("*.json"))
    assert len(records) == 1 and json.loads(records[0].read_text())["state"] == "running"
    assert oct(records[0].stat().st_mode & 0o777) == "0o600"

    with running_server(tmp_path, env, log_name="second.log") as url:
        listed = _get(f"{url}/api/jobs")["jobs"]
        assert [(j["id"], j["state"]) for j in listed] == [(started["id"], "interrupted")]
        assert "stopped while this job was running" in listed[0]["error"]
        assert "start it again" in listed[0]["next_step"]
        with open_builder(browser, url, OUTPUT / "interrupted-review-end.png") as page:
            banner = page.get_by_test_id("interrupted-banner")
            expect(banner).to_contain_text("Review of churn-prediction@1.2.0 to local was interrupted")
            expect(banner).to_contain_text("when the builder server stopped")
            page.get_by_test_id("show-jobs-from-banner").click()
            dialog = page.get_by_test_id("jobs-dialog")
            row = dialog.locator("tr[data-kind=review]")
            expect(row).to_have_attribute("data-state", "interrupted")
            expect(row).to_contain_text("What to do: Nothing was changed by this review; start it again.")
            assert axe_violations(page, "[data-testid=jobs-dialog]") == []
            # Keyboard: focus is inside the dialog; Escape closes it and focus returns to the opener.
            assert page.evaluate("document.activeElement.closest('[data-testid=jobs-dialog]') !== null")
            page.keyboard.press("Escape")
            expect(dialog).to_have_count(0)
            assert page.evaluate("document.activeElement.dataset.testid") == "show-jobs-from-banner"
            # A row opens its job, an earlier server's too: its state, what to do, its kept log lines.
            page.get_by_test_id("show-jobs-from-banner").click()
            dialog.locator("tr[data-kind=review]").get_by_test_id("job-open").click()
            job = page.get_by_test_id("job-dialog")
            expect(job).to_have_attribute("data-state", "interrupted")
            expect(job).to_contain_text("What to do: Nothing was changed by this review; start it again.")
            assert axe_violations(page, "[data-testid=job-dialog]") == []
            page.get_by_test_id("close-job").click()
            page.get_by_test_id("dismiss-banner").click()
            expect(banner).to_have_count(0)


def test_records_of_a_live_server_stay_running_and_old_ones_are_pruned(tmp_path):
    from playbook_ui import job_store

    live = {"id": "live", "kind": "deploy", "state": "running", "server_pid": os.getppid(), "target": "x@1.0.0"}
    gone = {
        "id": "gone",
        "kind": "deploy",
        "state": "awaiting_confirmation",
        "server_pid": 2**22 + 7,
        "target": "x@1.0.0",
        "environment": "local",
    }
    job_store.save(live, tmp_path)
    job_store.save(gone, tmp_path)
    (tmp_path / "broken.json").write_text("{not json")
    found = {r["id"]: r for r in job_store.recover(tmp_path, own_pid=os.getpid())}
    assert found["live"]["state"] == "running"  # another server, still alive, owns it
    assert found["gone"]["state"] == "interrupted"
    assert found["gone"]["next_step"].startswith("Nothing was applied")
    assert "broken" not in found and not (tmp_path / "broken.json").exists()
    for i in range(job_store.KEEP + 5):
        job_store.save({"id": f"old{i}", "kind": "plan", "state": "succeeded"}, tmp_path)
        time.sleep(0.001)
    assert len(job_store.recover(tmp_path)) == job_store.KEEP


def test_a_restart_names_a_terraform_that_outlived_the_killed_server(tmp_path, monkeypatch):
    """A deploy's Terraform runs in its own session and survives a SIGKILL of the server; the restarted server
    says so on the interrupted job (the next deploy waits for it: deploy_runner.terraform._before_run)."""
    import subprocess
    import sys

    from playbook_ui import job_store
    from pipeline_ops.stack_workdir import work_dir

    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path / "state"))
    stack_dir = work_dir("demo-local")
    stack_dir.mkdir(parents=True)
    fake = tmp_path / "bin" / "terraform"  # a process named terraform, as tf_process.orphans looks for
    fake.parent.mkdir()
    fake.symlink_to(sys.executable)
    proc = subprocess.Popen([str(fake), "-c", "import time; time.sleep(60)"])
    try:
        deadline = time.monotonic() + 10  # until the child has exec'd (its cmdline names terraform)
        while not Path(f"/proc/{proc.pid}/cmdline").read_bytes().split(b"\0")[0].endswith(b"terraform"):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        dead_server = 2**22 + 11
        (stack_dir / f".terraform-run.{dead_server}.json").write_text(json.dumps({"pid": proc.pid, "owner": dead_server}))
        job_store.save(
            {
                "id": "cut",
                "kind": "deploy",
                "state": "running",
                "server_pid": dead_server,
                "name": "demo",
                "environment": "local",
                "target": "demo@1.0.0",
            }
        )
        [record] = job_store.recover()
        assert record["state"] == "interrupted"
        assert f"Terraform (pid {proc.pid}) was still finishing the deploy on its own" in record["error"]
    finally:
        proc.kill()
        proc.wait(timeout=10)
