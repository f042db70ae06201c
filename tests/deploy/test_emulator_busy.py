"""A busy emulator is waited for, not replaced by an empty one (deploy_runner/emulator.py).

`Emulator.start()` reused a recorded server only if it answered its health check within 2 s; a live
server that was slow to answer (a deploy's burst of requests on a loaded machine) was stopped and a new,
empty one started in its place: everything deployed to it was gone (found by the parallel test suite,
where a UI test's second step found the first step's deployment missing). SIGSTOP stands in for "too
busy to answer": the process is alive and owns its port, but does not answer until SIGCONT.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from deploy_runner.emulator import Emulator

from .conftest import aws

pytestmark = pytest.mark.emulator


def _resume(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGCONT)
    except ProcessLookupError:
        pass


def test_a_server_that_answers_late_is_kept_with_what_was_deployed_to_it(tmp_path: Path) -> None:
    emu = Emulator(tmp_path / "emu", busy_grace=30)
    first = emu.start()
    try:
        assert first.endpoint and first.pid
        aws("s3", first.endpoint).create_bucket(Bucket="deployed-before")
        os.kill(first.pid, signal.SIGSTOP)
        wake = threading.Timer(4.0, _resume, (first.pid,))  # busier than one 2 s health check, within the grace
        wake.start()
        try:
            again = emu.start()
        finally:
            wake.cancel()
            _resume(first.pid)
        assert again.pid == first.pid
        assert again.endpoint
        buckets = [b["Name"] for b in aws("s3", again.endpoint).list_buckets()["Buckets"]]
        assert "deployed-before" in buckets
    finally:
        _resume(first.pid or 0)
        emu.stop()


def test_a_server_silent_past_the_grace_is_replaced(tmp_path: Path) -> None:
    emu = Emulator(tmp_path / "emu", busy_grace=3)
    first = emu.start()
    try:
        assert first.pid
        os.kill(first.pid, signal.SIGSTOP)
        second = emu.start()
        assert second.running and second.pid != first.pid
    finally:
        _resume(first.pid or 0)
        emu.stop()
