"""Read a file the way a library must: regular files only, never more than a bound.

A library directory is shared (PLAYBOOK_PATH, a checkout, a mounted volume), so a name ending in
.yaml may be a symlink to /dev/zero (an endless read: memory runs out), a FIFO (`open()` blocks
until someone writes: the command hangs) or a device. The file type is checked before opening
and again on the open descriptor (the name could be swapped in between); the open is
non-blocking, so even a FIFO that slipped through returns at once, and the read stops one byte
past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from .failures import PlaybookFailure


class UnreadableFile(PlaybookFailure, ValueError):
    """Not a regular file, or larger than allowed; the message says which and what was expected."""

    kind = "unreadable_file"


def _kind(mode: int) -> str | None:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _name(path: Path) -> str:
    return f"{path} (a symlink to {os.path.realpath(path)})" if path.is_symlink() else str(path)


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The bytes of `path` (symlinks followed); UnreadableFile when it is not a regular file or over `limit` bytes.

    OSError (missing, permission denied, a symlink loop) passes through for the caller to name.
    """
    path = Path(path)
    kind = _kind(os.stat(path).st_mode)
    if kind:
        raise UnreadableFile(f"{_name(path)} is {kind}; expected a regular file")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        kind = _kind(info.st_mode)
        if kind:
            raise UnreadableFile(f"{_name(path)} is {kind}; expected a regular file")
        if info.st_size > limit:
            raise UnreadableFile(f"{path} is {info.st_size} bytes; expected at most {limit} bytes")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # grew while we read
            raise UnreadableFile(f"{path} is more than {limit} bytes; expected at most {limit} bytes")
        return b"".join(chunks)
    finally:
        os.close(fd)
