"""One job at a time per stack, from synthesis to the end of its plan or apply.

Every job of a stack shares its working directory, ``<state root>/work/stacks/<stack>/``
(stack_workdir.py): a synthesis syncs into it and Terraform plans what it finds there.
Terraform's state lock covers only Terraform's own calls, so two jobs interleaved as
"A syncs, B syncs, A plans" had A's plan (and its report) hold B's playbook. The stack
lock closes that gap: it is taken before anything of the job is written and held until
its plan, or its confirmation and apply, is over; a second job of the stack is refused at
once with who holds it since when (waiting would leave a builder tab or a CI job hanging
behind a plan that waits for a person).

``flock`` on ``<state root>/locks/<stack>.lock``: the kernel drops it when the holder
exits or is killed, so a crash never leaves a stale lock. The file also records the
holder (pid, job, command, start), read only to word the refusal. The lock is re-entrant
within one thread, so ``deploy`` can hold it around ``plan_for_apply``; another thread
of the same process (two builder jobs) is refused like another process.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from deploy_runner.tf_errors import DeployError


class StackBusy(DeployError):
    """Another job holds the stack; nothing of this job was written (front ends: exit 1, kind stack_busy)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="stack_busy")


_held: dict[str, tuple[int, int]] = {}  # stack -> (thread id, depth) for re-entrancy
_held_guard = threading.Lock()
_HOLDER_LOOKS = 40  # x _HOLDER_PAUSE_S: how long a refused job waits for the holder's record (2 s)
_HOLDER_PAUSE_S = 0.05


def lock_path(stack: str) -> Path:
    from deploy_runner.cli_config import state_root
    from deploy_runner.private_files import make_private_dir, secure_state_root

    root = secure_state_root(state_root())
    make_private_dir(root / "locks")
    return root / "locks" / f"{stack}.lock"


def _read_holder(path: Path) -> dict[str, str]:
    """The holder's record, or {} while it is being written (between its flock and its write) or cleared."""
    try:
        holder = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


def _describe_holder(holder: dict[str, str], stack: str, what: str) -> str:
    since = holder.get("since", "a moment ago")
    by = holder.get("job") or (f"pid {holder['pid']}" if holder.get("pid") else "another process")
    doing = f" ({holder['command']})" if holder.get("command") else ""
    return (
        f"{holder.get('what', 'a plan')} of {stack} in progress since {since}, by {by}{doing}; "
        f"this {what} was refused and changed nothing: retry when that one has finished"
    )


def _acquire(fd: int, path: Path, stack: str, what: str) -> None:
    """Take the flock or raise StackBusy naming the holder.

    The record is written just after the holder's flock and cleared just before its release, so
    a refused job can find it empty for a moment: it looks again, briefly, and either finds the
    record or finds the lock free (a holder that was finishing) and takes it.
    """
    for _ in range(_HOLDER_LOOKS):
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            holder = _read_holder(path)
        if holder:
            raise StackBusy(_describe_holder(holder, stack, what))
        time.sleep(_HOLDER_PAUSE_S)
    raise StackBusy(_describe_holder({}, stack, what))


@contextlib.contextmanager
def stack_lock(stack: str, what: str, job: str | None = None) -> Iterator[None]:
    """Hold the stack for the block, or raise StackBusy naming the holder (`what`: "plan", "deploy", ...)."""
    me = threading.get_ident()
    with _held_guard:
        owner = _held.get(stack)
        reentered = owner is not None and owner[0] == me
        if owner is not None and reentered:
            _held[stack] = (me, owner[1] + 1)
    if reentered:
        try:
            yield
        finally:
            with _held_guard:
                thread, depth = _held[stack]
                _held[stack] = (thread, depth - 1)  # the outermost block releases it
        return
    path = lock_path(stack)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        _acquire(fd, path, stack, what)
        holder = {
            "what": what,
            "pid": os.getpid(),
            "job": job,
            "command": " ".join(["playbook", *sys.argv[1:]]) if job is None else None,
            "since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        with _held_guard:
            _held[stack] = (me, 1)
        try:
            yield
        finally:
            with _held_guard:
                _held.pop(stack, None)
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing the description releases the lock
