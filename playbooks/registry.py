"""Published versions: immutable, recorded with their digest in `<library>/registry.json`.

A library directory with a registry.json only *publishes* what the registry
lists; other files there are drafts (usable by path, not by NAME@RANGE). A
directory without a registry publishes every playbook in it (a plain folder
of playbooks, as PLAYBOOK_PATH users expect).

Editing a published file in place changes its digest; the library then
refuses that version everywhere (validate, synth, deploy) and says how to
publish a new one instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .bounded_read import read_regular_file

REGISTRY_FILE = "registry.json"
MAX_REGISTRY_BYTES = 16_000_000  # ~100,000 published versions; a registry.json pointing at /dev/zero stops here


@dataclass(frozen=True)
class PublishedRecord:
    name: str
    version: str
    digest: str
    published_at: str
    file: str  # relative to the library directory


def read_registry(directory: Path) -> dict[tuple[str, str], PublishedRecord] | None:
    path = directory / REGISTRY_FILE
    if not path.exists():
        return None
    data = json.loads(read_regular_file(path, MAX_REGISTRY_BYTES).decode("utf-8"))
    records = {}
    for name, versions in (data.get("playbooks") or {}).items():
        for version, rec in versions.items():
            records[(name, version)] = PublishedRecord(name, version, rec["digest"], rec["published_at"], rec["file"])
    return records


def write_registry(directory: Path, records: dict[tuple[str, str], PublishedRecord]) -> None:
    data: dict[str, Any] = {"registryVersion": 1, "playbooks": {}}
    for (name, version), rec in sorted(records.items()):
        data["playbooks"].setdefault(name, {})[version] = {
            "digest": rec.digest,
            "published_at": rec.published_at,
            "file": rec.file,
        }
    write_atomically(directory / REGISTRY_FILE, (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step: readers see the old file or the new one, never half of one.

    The temporary name is unique (mkstemp), so two writers never share it; the mode is the old
    file's, or 0644 for a new one (a library is shared, not private).
    """
    import tempfile

    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def now_utc() -> str:
    # SOURCE_DATE_EPOCH makes publishing reproducible in tests and release tooling.
    epoch = float(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
