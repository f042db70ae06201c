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
arrives as an exception: its signal handler calls ``request_stop(signum)`` instead, and
every ``run()`` in the process treats each request like a signal received (same rules).

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
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


# Stop requests of this process (signal numbers, in order), for runs in threads other than the main one.
_stop_requests: list[int] = []


def request_stop(signum: int = signal.SIGTERM) -> None:
    """Ask every Terraform run of this process to stop as if it had received ``signum`` (thread-safe)."""
    _stop_requests.append(signum)


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


_notice_hook: Callable[[str], None] | None = None


def set_notice(hook: Callable[[str], None] | None) -> None:
    """Where stop notices go (default: a line on stderr); the CLI's --json mode sends JSON lines."""
    global _notice_hook
    _notice_hook = hook


def _notice(text: str) -> None:
    if _notice_hook is not None:
        _notice_hook(text)
        return
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # no terminal left to tell


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
) -> Completed:
    """Run ``cmd`` detached from our fate, stream its lines, forward stop signals."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as log:
        proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True
        )
    if pid_file is not None:
        pid_file.write_text(
            json.dumps(
                {"pid": proc.pid, "owner": os.getpid(), "command": cmd[2:3], "log": str(log_file), "started_at": time.time()}
            )
        )
    lines: list[str] = []
    partial = b""
    # Stop signals are queued by our own handlers, not raised: a second Ctrl-C that arrived while the
    # first was being handled escaped this loop as a KeyboardInterrupt, so the CLI exited "stopped by
    # SIGINT" while the detached terraform went on applying, unreported (found by the second-signal test).
    pending: list[int] = []
    previous = _queue_stop_signals(pending)
    stopped_by: int | None = None
    signals = 0
    forwarded = False
    finish_deadline: float | None = None
    stop_deadline: float | None = None
    timed_out = False
    started = time.monotonic()
    next_check, silent_since, target_lost, second_interrupt = started + TARGET_CHECK_EVERY, None, False, None
    requests_seen = 0
    try:
        with open(log_file, "rb") as reader:

            def drain() -> None:
                nonlocal partial
                chunk = reader.read()
                if not chunk:
                    return
                *complete, partial = (partial + chunk).split(b"\n")
                for raw in complete:
                    line = raw.decode(errors="replace").rstrip("\r")
                    lines.append(line)
                    if on_line:
                        on_line(line)

            def stop(signum: int) -> None:
                nonlocal stopped_by, signals, finish_deadline, forwarded, stop_deadline
                stopped_by = stopped_by or signum
                signals += 1
                if finish_first and signals == 1:
                    _notice(
                        f"stopping ({signal.Signals(signum).name}): letting Terraform finish the apply it "
                        f"started so that no resource is left half-created (at most {STOP_GRACE:.0f} s); "
                        f"signal again to interrupt Terraform now"
                    )
                    finish_deadline = time.monotonic() + STOP_GRACE
                    return
                # Terraform's own stop: the first SIGINT stops gracefully, the next one exits at once.
                _signal_group(proc, signal.SIGINT)
                forwarded = True
                stop_deadline = stop_deadline or time.monotonic() + STOP_GRACE

            while True:
                try:
                    while requests_seen < len(_stop_requests):
                        requests_seen += 1
                        pending.append(_stop_requests[requests_seen - 1])
                    while pending:
                        stop(pending.pop(0))
                    drain()
                    if proc.poll() is not None:
                        drain()
                        break
                    now = time.monotonic()
                    if target_alive and not target_lost and now >= next_check:
                        if target_alive():
                            silent_since = None
                        else:
                            silent_since = silent_since or now
                            if now - silent_since >= TARGET_LOST_AFTER:
                                target_lost = True
                                _signal_group(proc, signal.SIGINT)
                                second_interrupt = time.monotonic() + TARGET_GRACE
                        next_check = time.monotonic() + TARGET_CHECK_EVERY
                    if second_interrupt and now > second_interrupt:
                        _signal_group(proc, signal.SIGINT)  # Terraform's own rule: a second interrupt exits at once
                        second_interrupt, stop_deadline = None, now + TARGET_GRACE
                    if timeout and not timed_out and now - started > timeout:
                        timed_out = True
                        _signal_group(proc, signal.SIGINT)
                        stop_deadline = now + STOP_GRACE
                    if finish_deadline and now > finish_deadline and not forwarded:
                        _notice(f"terraform did not finish within {STOP_GRACE:.0f} s; interrupting it")
                        _signal_group(proc, signal.SIGINT)
                        forwarded, finish_deadline = True, None
                        stop_deadline = now + STOP_GRACE
                    if stop_deadline and now > stop_deadline:
                        _signal_group(proc, signal.SIGKILL)  # Terraform ignored the interrupt for minutes
                        stop_deadline = None
                    time.sleep(POLL)
                except KeyboardInterrupt as exc:  # a handler other than ours (we queue), e.g. in a test harness
                    pending.append(getattr(exc, "signum", signal.SIGINT))
            if partial:
                lines.append(partial.decode(errors="replace"))
    finally:
        _restore_handlers(previous)
    stopped_by = stopped_by or (pending[0] if pending else None)  # asked to stop as terraform ended
    if pid_file is not None:
        pid_file.unlink(missing_ok=True)
    return Completed(proc.returncode, "\n".join(lines), stopped_by, forwarded, timed_out, log_file, target_lost)


def unique_stamp() -> str:
    """Time, pid and a random part for a log or plan file name: two jobs of one process (builder
    threads) in the same second never share a file."""
    return f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.getpid()}-{secrets.token_hex(4)}"
