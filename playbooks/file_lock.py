"""An exclusive, bounded-wait advisory lock on a file (``fcntl.flock``).

Why flock: the lock belongs to the open file description, so the kernel drops
it when the holder exits or crashes (no stale lock files to clean up), and it
works between unrelated processes — parallel CLI commands, Windmill workers on
a shared state volume, pytest-xdist workers. Two ``open()`` calls in the same
process are two descriptions, so threads are serialised too.

The server processes we spawn never inherit the descriptor (Python opens files
non-inheritable, PEP 446, and ``subprocess`` closes fds by default), so a
long-running emulator never holds the lock that started it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path


class LockTimeout(Exception):
    """The lock stayed held by another process for longer than the caller allows."""


@contextlib.contextmanager
def exclusive(path: Path, timeout: float, what: str) -> Iterator[None]:
    """Hold ``flock(LOCK_EX)`` on ``path`` (a file, created if missing, or an existing directory) for the block.

    Polls with ``LOCK_NB`` so the wait is bounded by ``timeout`` seconds; the
    ``LockTimeout`` message says what was being waited for and which file.
    Locking a directory itself (Linux and macOS flock a directory's descriptor
    like a file's) leaves no lock file behind in a directory users commit.
    """
    if path.is_dir():
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        delay = 0.02
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(
                        f"another process has held {path} for more than {timeout:.0f} s while {what}; retry when it is done"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 1.5, 0.25)
        yield
    finally:
        os.close(fd)  # closing the description releases the lock
