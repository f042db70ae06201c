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

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REGISTRY_FILE = "registry.json"


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
    data = json.loads(path.read_text(encoding="utf-8"))
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
    tmp = directory / (REGISTRY_FILE + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, directory / REGISTRY_FILE)  # atomic: a crash never leaves half a registry


def now_utc() -> str:
    # SOURCE_DATE_EPOCH makes publishing reproducible in tests and release tooling.
    epoch = float(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
