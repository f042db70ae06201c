"""Run one Terraform command so that stopping it never orphans a resource.

How Terraform stops (hashicorp/terraform ``internal/backend/local/backend_apply.go``
``opWait`` and ``internal/terraform/context.go`` ``Stop``/``watchStop``): on the first
SIGINT it prints "Interrupt received ... Stopping operation", starts no new
operation, calls ``Stop`` on every provider and writes the state; a second SIGINT
makes it exit at once. The AWS provider's ``Stop`` cancels the contexts of the
calls in flight, so a create whose request reached AWS but whose answer did not
is lost to the state: measured here, a SIGINT during ``aws_kms_key`` creation left
a key in the emulator that the state did not know (the re-run made a second one).

So the runner:

* starts terraform in its own session (``start_new_session``): a Ctrl-C in the
  terminal or a signal to the CLI's process group reaches only the CLI;
* never connects terraform to a pipe: its stdout/stderr go to a log file that
  the runner tails. If the runner is killed hard (SIGKILL, OOM, a builder
  restart), terraform does not get SIGPIPE/EPIPE on its next write, keeps
  running, finishes the apply and writes the state;
* on the first SIGINT/SIGTERM during an **apply** (``finish_first``) lets
  Terraform finish the apply it started (at most ``STOP_GRACE`` seconds, then
  it forwards SIGINT), so nothing is half-created, and says so on stderr; a
  second signal is forwarded as SIGINT (Terraform's own graceful stop, which may
  cancel calls in flight), a third makes Terraform exit at once. Plans and other
  read-only commands get the first signal forwarded at once;
* records the running terraform in ``.terraform-run.<cli pid>.json`` next to
  the stack; a later run that finds such a record whose CLI is gone but whose
  terraform still runs waits for it instead of racing it.

A server front end (``playbook ui``) runs Terraform in worker threads, where no signal
arrives: each job holds a ``tf_control.StopToken``, its runs take it from the job's
``tf_control.controlled`` scope, and a request on the token counts like a signal received
(same rules). Notices ("stopping ...") go where that scope says.

``StopRequested`` is raised by the CLI's signal handlers (it subclasses
KeyboardInterrupt so both signals take the same path). ``run()`` returns
``Completed(code, text, stopped_by, forwarded)``.
"""

from __future__ import annotations
from types import FrameType
from typing import Any

import json
import os
import secrets
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import tf_control
from .tf_control import RunControls

# How long an apply may take to finish after a stop request before it is interrupted
# (an S3 lifecycle configuration alone waits ~55 s for consistency); then as long for
# Terraform's own graceful stop before it is killed.
STOP_GRACE = 300.0
POLL = 0.1
# A run's target (the local emulator) is checked this often; after TARGET_LOST_AFTER seconds of no
# answer Terraform is interrupted: the AWS provider's waiters retry a dead endpoint for many minutes,
# and nothing can be created on it any more. A second SIGINT TARGET_GRACE later makes it exit.
TARGET_CHECK_EVERY = 5.0
TARGET_LOST_AFTER = 30.0
TARGET_GRACE = 30.0


class StopRequested(KeyboardInterrupt):
    """SIGTERM (or SIGINT) asked the CLI to stop; carries the signal number."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def install_stop_handlers() -> None:
    """Make SIGTERM behave like Ctrl-C in the main thread (raise StopRequested)."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise StopRequested(signum)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _queue_stop_signals(pending: list[int]) -> dict[int, Any] | None:
    """While terraform runs, SIGINT/SIGTERM append to ``pending`` (main thread only; elsewhere None)."""
    try:
        return {signum: signal.signal(signum, lambda received, frame: pending.append(received)) for signum in _STOP_SIGNALS}
    except ValueError:  # not the main thread: signals are not delivered here (request_stop is)
        return None


def _restore_handlers(previous: dict[int, Any] | None) -> None:
    for signum, handler in (previous or {}).items():
        signal.signal(signum, handler)


@dataclass
class Completed:
    code: int
    text: str
    stopped_by: int | None = None  # signal number that interrupted the run
    forwarded: bool = False  # whether terraform itself was interrupted (vs. let finish)
    timed_out: bool = False
    log_file: Path | None = None
    target_lost: bool = False  # the target (emulator) stopped answering and terraform was interrupted


def _signal_group(proc: subprocess.Popen[Any], signum: int) -> None:
    try:
        os.killpg(proc.pid, signum)
    except ProcessLookupError:
        pass


RECORD_GLOB = ".terraform-run.*.json"


def record_file(stack_dir: Path) -> Path:
    return stack_dir / f".terraform-run.{os.getpid()}.json"


def _alive(pid: int, name: bytes | None = None) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        if Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z"):
            return False
    except (OSError, IndexError):
        return False
    return name is None or bool(cmdline and cmdline[0].endswith(name))


def orphans(stack_dir: Path) -> list[dict[str, Any]]:
    """Terraform processes whose CLI died (killed hard) and that still run; stale records are removed."""
    found: list[dict[str, Any]] = []
    for path in stack_dir.glob(RECORD_GLOB):
        try:
            record = json.loads(path.read_text())
            pid, owner = int(record["pid"]), int(record["owner"])
        except (OSError, ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)
            continue
        if _alive(owner):
            continue  # a concurrent run: the state lock decides
        if _alive(pid, b"terraform"):
            found.append(record)
        else:
            path.unlink(missing_ok=True)
    return found


def wait_for_orphans(stack_dir: Path, timeout: float) -> list[dict[str, Any]]:
    """Wait until no orphaned terraform runs in ``stack_dir``; returns those still running at the timeout."""
    deadline = time.monotonic() + timeout
    left = orphans(stack_dir)
    while left and time.monotonic() < deadline:
        time.sleep(0.5)
        left = orphans(stack_dir)
    return left


def run(
    cmd: list[str],
    *,
    env: dict[str, str],
    log_file: Path,
    pid_file: Path | None = None,
    on_line: Callable[[str], None] | None = None,
    timeout: float | None = None,
    finish_first: bool = False,
    target_alive: Callable[[], bool] | None = None,
    controls: RunControls | None = None,
) -> Completed:
    """Run ``cmd`` detached from our fate, stream its lines, forward stop signals (see the module doc)."""
    started = _TerraformRun(cmd, env=env, log_file=log_file, pid_file=pid_file, on_line=on_line)
    return started.follow(
        timeout=timeout, finish_first=finish_first, target_alive=target_alive, controls=controls or tf_control.current()
    )


class _TerraformRun:
    """One started terraform process: its log, the stop requests it took, and each deadline it keeps.

    Each deadline has its own method, and ``follow`` is a loop over them: the grace given to an
    apply after a first stop, Terraform's own graceful stop before a kill, the command's timeout, and
    the watch on the target (an emulator that stopped answering).
    """

    def __init__(
        self,
        cmd: list[str],
        *,
        env: dict[str, str],
        log_file: Path,
        pid_file: Path | None,
        on_line: Callable[[str], None] | None,
    ) -> None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as log:
            self.proc = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True
            )
        self.log_file, self.pid_file, self.on_line = log_file, pid_file, on_line
        if pid_file is not None:
            pid_file.write_text(
                json.dumps(
                    {
                        "pid": self.proc.pid,
                        "owner": os.getpid(),
                        "command": cmd[2:3],
                        "log": str(log_file),
                        "started_at": time.time(),
                    }
                )
            )
        self.lines: list[str] = []
        self._partial = b""
        self.stopped_by: int | None = None
        self.signals = 0
        self.forwarded = False
        self.timed_out = False
        self.target_lost = False
        self._finish_by: float | None = None  # a first stop lets an apply finish until then
        self._kill_by: float | None = None  # Terraform's graceful stop gets until then, then SIGKILL
        self._second_interrupt_at: float | None = None  # after the target was lost
        self._silent_since: float | None = None

    def follow(
        self,
        *,
        timeout: float | None,
        finish_first: bool,
        target_alive: Callable[[], bool] | None,
        controls: RunControls,
    ) -> Completed:
        # Stop signals are queued by our own handlers, not raised: a second Ctrl-C that arrived while the
        # first was being handled escaped this loop as a KeyboardInterrupt, so the CLI exited "stopped by
        # SIGINT" while the detached terraform went on applying, unreported (found by the second-signal test).
        pending: list[int] = []
        previous = _queue_stop_signals(pending)
        started = time.monotonic()
        next_check = started + TARGET_CHECK_EVERY
        taken = 0  # requests of the token already handled
        try:
            with open(self.log_file, "rb") as reader:
                while True:
                    try:
                        if controls.stop is not None:
                            requests = controls.stop.since(taken)
                            taken += len(requests)
                            pending.extend(requests)
                        while pending:
                            self._stop(pending.pop(0), finish_first, controls)
                        self._drain(reader)
                        if self.proc.poll() is not None:
                            self._drain(reader)
                            break
                        now = time.monotonic()
                        if target_alive is not None and not self.target_lost and now >= next_check:
                            self._watch_target(target_alive, now)
                            next_check = time.monotonic() + TARGET_CHECK_EVERY
                        self._keep_deadlines(now, started, timeout, controls)
                        time.sleep(POLL)
                    except KeyboardInterrupt as exc:  # a handler other than ours (we queue), e.g. in a test harness
                        pending.append(getattr(exc, "signum", signal.SIGINT))
                if self._partial:
                    self.lines.append(self._partial.decode(errors="replace"))
        finally:
            _restore_handlers(previous)
        self.stopped_by = self.stopped_by or (pending[0] if pending else None)  # asked to stop as terraform ended
        if self.pid_file is not None:
            self.pid_file.unlink(missing_ok=True)
        return Completed(
            self.proc.returncode,
            "\n".join(self.lines),
            self.stopped_by,
            self.forwarded,
            self.timed_out,
            self.log_file,
            self.target_lost,
        )

    def _drain(self, reader: Any) -> None:
        chunk = reader.read()
        if not chunk:
            return
        *complete, self._partial = (self._partial + chunk).split(b"\n")
        for raw in complete:
            line = raw.decode(errors="replace").rstrip("\r")
            self.lines.append(line)
            if self.on_line:
                self.on_line(line)

    def _stop(self, signum: int, finish_first: bool, controls: RunControls) -> None:
        self.stopped_by = self.stopped_by or signum
        self.signals += 1
        if finish_first and self.signals == 1:
            controls.say(
                f"stopping ({signal.Signals(signum).name}): letting Terraform finish the apply it "
                f"started so that no resource is left half-created (at most {STOP_GRACE:.0f} s); "
                f"signal again to interrupt Terraform now"
            )
            self._finish_by = time.monotonic() + STOP_GRACE
            return
        # Terraform's own stop: the first SIGINT stops gracefully, the next one exits at once.
        self._interrupt()
        self.forwarded = True
        self._kill_by = self._kill_by or time.monotonic() + STOP_GRACE

    def _watch_target(self, target_alive: Callable[[], bool], now: float) -> None:
        if target_alive():
            self._silent_since = None
            return
        self._silent_since = self._silent_since or now
        if now - self._silent_since >= TARGET_LOST_AFTER:
            self.target_lost = True
            self._interrupt()
            self._second_interrupt_at = time.monotonic() + TARGET_GRACE

    def _keep_deadlines(self, now: float, started: float, timeout: float | None, controls: RunControls) -> None:
        if self._second_interrupt_at and now > self._second_interrupt_at:
            self._interrupt()  # Terraform's own rule: a second interrupt exits at once
            self._second_interrupt_at, self._kill_by = None, now + TARGET_GRACE
        if timeout and not self.timed_out and now - started > timeout:
            self.timed_out = True
            self._interrupt()
            self._kill_by = now + STOP_GRACE
        if self._finish_by and now > self._finish_by and not self.forwarded:
            controls.say(f"terraform did not finish within {STOP_GRACE:.0f} s; interrupting it")
            self._interrupt()
            self.forwarded, self._finish_by = True, None
            self._kill_by = now + STOP_GRACE
        if self._kill_by and now > self._kill_by:
            _signal_group(self.proc, signal.SIGKILL)  # Terraform ignored the interrupt for minutes
            self._kill_by = None

    def _interrupt(self) -> None:
        _signal_group(self.proc, signal.SIGINT)


def unique_stamp() -> str:
    """Time, pid and a random part for a log or plan file name: two jobs of one process (builder
    threads) in the same second never share a file."""
    return f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.getpid()}-{secrets.token_hex(4)}"
