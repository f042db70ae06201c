"""Which OS processes are emulator servers of a state directory, and stopping them safely.

A pid is only signalled after checking that the process is an emulator serving
that directory (command line marker plus ``PLAYBOOK_EMULATOR_DIR`` in its
environment, or its cwd), so a recycled pid or another directory's emulator
(a parallel test session) is never killed. Linux ``/proc`` only, like the rest
of the local runner.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

MARKER = "deploy_runner.emulator_ext"  # the server's module: on its command line
DIR_VAR = "PLAYBOOK_EMULATOR_DIR"  # in each server's environment: which state dir it serves


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def emulator_dir_of(pid: int) -> Path | None:
    """The state directory an emulator process serves: its ``PLAYBOOK_EMULATOR_DIR``, else its cwd.

    ``start`` sets both (the cwd since the first version, so servers started by
    older code are recognised too).
    """
    try:
        for item in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0"):
            if item.startswith(DIR_VAR.encode() + b"="):
                return Path(item.split(b"=", 1)[1].decode(errors="replace"))
    except OSError:
        pass
    try:
        return Path(os.readlink(f"/proc/{pid}/cwd"))
    except OSError:
        return None


def is_our_process(pid: int, directory: Path | None = None) -> bool:
    """True when ``pid`` is an emulator server (and, given ``directory``, the one of that state dir).

    Checked before any signal so a recycled pid, or another state directory's
    emulator (a parallel test session), is never touched.
    """
    if pid <= 0 or MARKER not in cmdline(pid) or is_zombie(pid):
        return False
    if directory is None:
        return True
    served = emulator_dir_of(pid)
    return served is not None and same_dir(served, directory)


def same_dir(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def servers_of(directory: Path) -> set[int]:
    """Every live emulator process serving ``directory``, found by its command line marker."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and is_our_process(int(entry.name), directory):
            found.add(int(entry.name))
    return found


def read_pids(path: Path) -> list[int]:
    try:
        return [int(line) for line in path.read_text().split() if line.isdigit()]
    except OSError:
        return []


def wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)  # reap if it is our child
            if done == pid:
                return True
        except ChildProcessError:
            pass
        if not is_our_process(pid) or is_zombie(pid):
            return True
        time.sleep(0.1)
    return False


def is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except (OSError, IndexError):
        return True


def terminate(pid: int, timeout: float = 10.0) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    if not wait_gone(pid, timeout):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        wait_gone(pid, 5.0)
