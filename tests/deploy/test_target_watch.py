"""A run whose target (the local emulator) stops answering is interrupted, not left to the
provider's waiters: they retry a dead endpoint for many minutes (seen: over 300 s in CI)."""

from __future__ import annotations

import sys
import time

import pytest

from deploy_runner import tf_process

# Sub-second check intervals and a deadline: alone, after the parallel pass (tests/conftest.py).
pytestmark = pytest.mark.serial


def test_a_run_whose_target_stops_answering_is_interrupted(tmp_path, monkeypatch):
    monkeypatch.setattr(tf_process, "TARGET_CHECK_EVERY", 0.2)
    monkeypatch.setattr(tf_process, "TARGET_LOST_AFTER", 1.0)
    monkeypatch.setattr(tf_process, "TARGET_GRACE", 2.0)
    started = time.monotonic()
    # Stands in for a Terraform stuck in a provider waiter: ignores the first interrupt, like Terraform
    # finishing its calls in flight, and exits on the second.
    stuck = (
        "import signal, sys, time\n"
        "hits = []\n"
        "signal.signal(signal.SIGINT, lambda *a: sys.exit(1) if hits else hits.append(1))\n"
        "print('waiting on a dead endpoint', flush=True)\n"
        "time.sleep(120)\n"
    )
    done = tf_process.run(
        [sys.executable, "-c", stuck], env={}, log_file=tmp_path / "run.log", target_alive=lambda: False, timeout=100
    )
    assert done.target_lost and not done.timed_out
    assert done.code != 0 and "waiting on a dead endpoint" in done.text
    assert time.monotonic() - started < 20


def test_a_run_whose_target_answers_is_left_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(tf_process, "TARGET_CHECK_EVERY", 0.1)
    monkeypatch.setattr(tf_process, "TARGET_LOST_AFTER", 0.3)
    checks = []
    done = tf_process.run(
        [sys.executable, "-c", "import time; time.sleep(1.5); print('applied')"],
        env={},
        log_file=tmp_path / "run.log",
        target_alive=lambda: checks.append(1) or True,
    )
    assert not done.target_lost and done.code == 0 and "applied" in done.text and len(checks) >= 3
