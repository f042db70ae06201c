"""The process's one jsii kernel: a lock around it and a temp directory we own.

jsii drives one Node.js child per Python process over a pipe, and its Python
client is not thread-safe: two threads synthesizing at once interleave
requests and replies (`argument of type 'ObjRef' is not iterable`, values of
one stack landing in another, a reader waiting forever). Every use of cdktf
in this process therefore holds `JSII_LOCK` (stacks.synth.synth_stacks does;
the builder's jobs, the CLI and Windmill all synthesize through it).

jsii also unpacks its runtime into a fresh temp directory (Python side) and
Node.js creates `jsii-kernel-*` directories (its os.tmpdir()); both are removed
at a clean exit only. `owned_tempdir()` points both at
`$PLAYBOOK_STATE_DIR/tmp/jsii-<pid>` (mode 0700) while the kernel starts, and
removes the directories of processes that no longer exist, so a killed server
leaves nothing in /tmp and its leftovers are swept by the next start.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Iterator

JSII_LOCK = threading.RLock()


def temp_root() -> Path:
    from playbooks.project import state_root  # the project's state dir: never the installed package

    return state_root() / "tmp"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale(root: Path | None = None) -> list[Path]:
    """Remove jsii-<pid> directories whose process is gone; returns what was removed."""
    root = root or temp_root()
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    for entry in root.glob("jsii-*"):
        pid = entry.name.removeprefix("jsii-")
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


@contextlib.contextmanager
def owned_tempdir() -> Iterator[Path]:
    """While the kernel starts, temp files go to this process's own directory."""
    root = temp_root()
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o700)
    sweep_stale(root)
    mine = root / f"jsii-{os.getpid()}"
    mine.mkdir(mode=0o700, exist_ok=True)
    atexit.register(shutil.rmtree, mine, True)
    saved_env, saved_tempdir = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"], tempfile.tempdir = str(mine), str(mine)
    try:
        yield mine
    finally:
        tempfile.tempdir = saved_tempdir
        if saved_env is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved_env
