"""Files that can hold state, plans or synthesized configuration stay private and bounded.

Terraform state and plan files carry every attribute of every resource (and so
anything a playbook put into configuration); synthesized stacks embed the
shipped code. Under the project's state root ($PLAYBOOK_STATE_DIR, default
<repo>/.playbook) every directory is 0700 and every file we touch 0600, so
other users of the machine read nothing, whatever umask Terraform ran with.

Run directories (runs/<stack>/<run>/) and saved plans (plans/<stack>/*.tfplan)
are pruned to the newest few per stack; entries younger than a grace period
are never removed, so a concurrent run's directory is not pulled from under it.
"""

from __future__ import annotations

import os
import shutil
import stat
import time
from pathlib import Path

PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600
KEEP_RUNS = 10
KEEP_PLANS = 10
GRACE_SECONDS = 15 * 60
STATE_SUBDIRS = ("runs", "state", "plans", "work", "logs", "synth-cache", "tmp")


def make_private_dir(path: Path) -> Path:
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    os.chmod(path, PRIVATE_DIR)
    return path


def private_file_mode(path: Path) -> int:
    """0600, or 0700 for an executable (a working directory's .terraform/ holds provider binaries)."""
    return PRIVATE_DIR if path.stat().st_mode & stat.S_IXUSR else PRIVATE_FILE


def make_private_tree(root: Path) -> None:
    """Directories 0700, regular files 0600 (executables 0700), below and including `root`; symlinks untouched."""
    root = Path(root)
    if not root.exists() or root.is_symlink():
        return
    if root.is_file():
        os.chmod(root, private_file_mode(root))
        return
    os.chmod(root, PRIVATE_DIR)
    for current, dirs, files in os.walk(root, followlinks=False):
        for name in dirs:
            path = Path(current) / name
            if not path.is_symlink():
                os.chmod(path, PRIVATE_DIR)
        for name in files:
            path = Path(current) / name
            if not path.is_symlink():
                os.chmod(path, private_file_mode(path))


def secure_state_root(root: Path) -> Path:
    """The state root and its well-known subdirectories exist and are 0700."""
    make_private_dir(root)
    for name in STATE_SUBDIRS:
        make_private_dir(root / name)
    return root


def prune_old(
    directory: Path, keep: int, *, pattern: str = "*", grace_seconds: float = GRACE_SECONDS, now: float | None = None
) -> list[Path]:
    """Remove all but the `keep` newest entries of `directory` matching `pattern` (older than the grace period)."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    now = time.time() if now is None else now
    entries = sorted(directory.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = []
    for old in entries[keep:]:
        if now - old.stat().st_mtime < grace_seconds:
            continue
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)
        removed.append(old)
    return removed
