"""A stop asked of one job's Terraform runs reaches those runs only, and its notice shows in that job.

The builder runs Terraform in job threads, where no signal arrives; it stops a job through the job's
stop token (deploy_runner/tf_control.py). The children stand in for Terraform: one applies until it
is interrupted, the other finishes a short apply on its own.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

from deploy_runner import tf_control, tf_process
from playbook_ui.jobs import Jobs

APPLYING_UNTIL_INTERRUPTED = "import time\nprint('applying', flush=True)\ntime.sleep(60)\n"
SHORT_APPLY = "import time\nprint('applying', flush=True)\ntime.sleep(2)\nprint('Apply complete!', flush=True)\n"


def _applying(log) -> bool:
    return log.exists() and "applying" in log.read_text()


def _run_in_thread(results: dict, name: str, code: str, log, token: tf_control.StopToken) -> threading.Thread:
    def job() -> None:
        with tf_control.controlled(stop=token, notice=lambda text: None):
            results[name] = tf_process.run([sys.executable, "-c", code], env=dict(os.environ), log_file=log)

    thread = threading.Thread(target=job, daemon=True)
    thread.start()
    return thread


def test_a_request_on_one_token_stops_its_run_and_no_other_even_one_started_later(tmp_path):
    stopped, other = tf_control.StopToken(), tf_control.StopToken()
    results: dict[str, tf_process.Completed] = {}
    started = time.monotonic()
    threads = [
        _run_in_thread(results, "stopped", APPLYING_UNTIL_INTERRUPTED, tmp_path / "stopped.log", stopped),
        _run_in_thread(results, "other", SHORT_APPLY, tmp_path / "other.log", other),
    ]
    deadline = time.monotonic() + 30
    while not _applying(tmp_path / "stopped.log"):
        assert time.monotonic() < deadline, "the child never started"
        time.sleep(0.05)
    stopped.request(signal.SIGTERM)
    for thread in threads:
        thread.join(timeout=45)
    assert time.monotonic() - started < 40  # not the 60 s the stopped child would take
    assert results["stopped"].stopped_by == signal.SIGTERM and results["stopped"].forwarded
    assert results["other"].stopped_by is None and results["other"].code == 0
    assert "Apply complete!" in results["other"].text

    # A run started afterwards under a fresh token is not stopped by what was asked of the earlier job.
    later: dict[str, tf_process.Completed] = {}
    _run_in_thread(later, "later", SHORT_APPLY, tmp_path / "later.log", tf_control.StopToken()).join(timeout=30)
    assert later["later"].stopped_by is None and later["later"].code == 0


def test_stopping_the_builder_lets_a_job_finish_its_apply_and_says_so_in_that_job(tmp_path):
    jobs = Jobs(persist=False)

    def deploy(job) -> dict:
        done = tf_process.run(
            [sys.executable, "-c", SHORT_APPLY], env=dict(os.environ), log_file=tmp_path / "apply.log", finish_first=True
        )
        return {"applied": True, "code": done.code, "stopped_by": done.stopped_by, "forwarded": done.forwarded}

    job = jobs.start("deploy", deploy, name="demo", environment="local")
    deadline = time.monotonic() + 30
    while not _applying(tmp_path / "apply.log"):
        assert time.monotonic() < deadline, "the job's apply never started"
        time.sleep(0.05)
    waiting = jobs.stop_all(signal.SIGTERM)
    assert waiting == [job]
    jobs.drain(timeout=30)
    assert job.result == {"applied": True, "code": 0, "stopped_by": signal.SIGTERM, "forwarded": False}
    assert any(line.startswith("stopping (SIGTERM): letting Terraform finish the apply") for line in job.lines), job.lines
