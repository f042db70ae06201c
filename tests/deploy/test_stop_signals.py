"""Two stop signals in a row reach the run, however fast they come (deploy_runner/tf_process.py).

The impatient double Ctrl-C: a second signal that arrived while the first was being handled
escaped `run()` as a KeyboardInterrupt, so the CLI said "stopped by SIGINT" while the detached
Terraform went on applying (seen end to end in tests/cli/test_cli_signals.py, which is the test
of that race). Here, fast and without Terraform: the second signal interrupts the child, the
first only announces the stop, and the caller's handlers are back afterwards. The child stands
in for Terraform (a process that applies until interrupted).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

import pytest

from deploy_runner import tf_control, tf_process

# Signals sent to this very process, timed against a child: alone, after the parallel pass (tests/conftest.py).
pytestmark = pytest.mark.serial

APPLYING_UNTIL_INTERRUPTED = "import time\nprint('applying', flush=True)\ntime.sleep(60)\n"


def test_a_second_signal_right_after_the_first_interrupts_the_child_and_is_reported(tmp_path):
    log = tmp_path / "run.log"

    def double_ctrl_c() -> None:
        # Only once the child is applying and run() has its handlers in place (a fixed delay raced a busy machine).
        deadline = time.monotonic() + 30
        while not (log.is_file() and "applying" in log.read_text() and signal.getsignal(signal.SIGINT) is not before[0]):
            if time.monotonic() > deadline:
                seen.append(
                    f"gave up: log applying={log.is_file() and 'applying' in log.read_text()}, "
                    f"handler replaced={signal.getsignal(signal.SIGINT) is not before[0]}"
                )
                return  # the asserts below then say the child was never interrupted
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGINT)
        seen.append(f"first SIGINT sent after {time.monotonic() - started:.1f} s")
        # The second once the first was handled (its notice shown), as a user presses Ctrl-C again after
        # reading "stopping": two signals before Python runs its handler count once (a fixed 0.2 s gap was
        # not enough on a busy machine).
        while not notices:
            if time.monotonic() > deadline:
                seen.append("gave up: no notice after the first SIGINT")
                return
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGINT)
        seen.append(f"second SIGINT sent after {time.monotonic() - started:.1f} s")

    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    notices: list[str] = []
    seen: list[str] = []  # what the signalling thread did, for the failure message
    started = time.monotonic()
    threading.Thread(target=double_ctrl_c, daemon=True).start()
    with tf_control.controlled(notice=notices.append):
        done = tf_process.run(
            [sys.executable, "-c", APPLYING_UNTIL_INTERRUPTED], env=dict(os.environ), log_file=log, finish_first=True
        )
    # not the 60 s the child would take
    assert time.monotonic() - started < 45, f"{seen}; SIGINT at the start was {before[0]!r}; notices {notices}"
    assert done.stopped_by == signal.SIGINT and done.forwarded  # the second one interrupted the child
    assert len(notices) == 1 and notices[0].startswith("stopping (SIGINT): letting Terraform finish")
    assert done.code != 0 and "applying" in done.text
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before  # the caller's handlers are back
