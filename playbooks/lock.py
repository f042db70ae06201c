"""playbooks.lock: the exact version and content digest of every playbook a
target resolves to, so a synth is reproducible.

    lockVersion: 1
    pipelines:
      churn-prediction@1.2.0:
        digest: sha256:...
        references: {"feature-prep@^1.2": 1.2.0, ...}   # every `use:` range -> pinned version
        playbooks: {"feature-prep@1.2.0": sha256:..., ...}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import PlaybookError, PlaybookInvalid
from .failures import PlaybookFailure
from .library import Library
from .resolver import DEFAULT_MAX_DEPTH, Resolver
from .targets import Target, open_target

DEFAULT_LOCK = Path("playbooks.lock")
HEADER = "# Written by `playbook lock`. Do not edit: run `playbook lock` or `playbook lock --upgrade [NAME]`.\n"


class LockError(PlaybookFailure):
    """The lock disagrees with the library; the message says which entry and how to fix it."""

    kind = "lock_file"


@dataclass
class LockFile:
    path: Path
    pipelines: dict[str, dict[str, Any]]

    @classmethod
    def read(cls, path: Path | str = DEFAULT_LOCK) -> "LockFile":
        path = Path(path)
        if not path.exists():
            return cls(path, {})
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise LockError(f"{path}: not valid YAML ({exc}); delete it and run `playbook lock`") from None
        if not isinstance(data, dict) or data.get("lockVersion") != 1 or not isinstance(data.get("pipelines", {}), dict):
            raise LockError(f"{path}: not a lockVersion 1 lock file; delete it and run `playbook lock`")
        return cls(path, dict(data.get("pipelines") or {}))

    def write(self) -> None:
        body = yaml.safe_dump({"lockVersion": 1, "pipelines": dict(sorted(self.pipelines.items()))}, sort_keys=True)
        self.path.write_text(HEADER + body, encoding="utf-8")


def lock_entry(target: Target, references: dict[str, str]) -> dict[str, Any]:
    return {
        "digest": target.pipeline.digest,
        "references": dict(sorted(references.items())),
        "playbooks": {key: used.digest for key, used in sorted(target.used.items())},
    }


def resolve_with_lock(
    target_text: str, library: Library, lock: LockFile, *, max_depth: int = DEFAULT_MAX_DEPTH, require_entry: bool = False
) -> Target:
    """Resolve a target using the lock's pins; refuse a stale or missing lock entry."""
    loaded = open_target(target_text, library)
    key = f"{loaded.name}@{loaded.version}"
    entry = lock.pipelines.get(key)
    if entry is None:
        if require_entry:
            raise LockError(f"{lock.path} has no entry for {key}; run `playbook lock {target_text}`")
        resolver = Resolver(library, max_depth)
        pipeline = resolver.resolve(loaded)
        return Target(loaded, pipeline, dict(resolver.used))
    if entry.get("digest") != loaded.digest:
        raise LockError(
            f"{lock.path} is stale: {key} ({loaded.file}) changed since it was locked "
            f"(locked {entry.get('digest')}, now {loaded.digest}); run `playbook lock {target_text}`"
        )
    pins = dict(entry.get("references") or {})
    resolver = Resolver(library, max_depth, pins, strict_pins=True)
    try:
        pipeline = resolver.resolve(loaded)
    except PlaybookInvalid as exc:
        missing = [e for e in exc.errors if "no lock entry" in e.message]
        if missing:
            raise LockError(f"{lock.path} is stale: {missing[0].message}") from None
        raise
    for used_key, used in resolver.used.items():
        want = (entry.get("playbooks") or {}).get(used_key)
        if want != used.digest:
            raise LockError(
                f"{lock.path} is stale: {used_key} ({used.file}) has digest {used.digest}, the lock says {want}; "
                f"run `playbook lock {target_text}` (or publish a new version instead of editing {used_key})"
            )
    return Target(loaded, pipeline, dict(resolver.used))


def update_lock(
    targets: list[str],
    library: Library,
    lock: LockFile,
    *,
    upgrade: set[str] | None = None,
    upgrade_all: bool = False,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> list[str]:
    """(Re)write lock entries for `targets`; keep existing pins unless upgrading. Returns change lines."""
    changes: list[str] = []
    for text in targets:
        loaded = open_target(text, library)
        key = f"{loaded.name}@{loaded.version}"
        old = lock.pipelines.get(key, {})
        pins = (
            {}
            if upgrade_all
            else {
                ref: ver for ref, ver in (old.get("references") or {}).items() if not (upgrade and ref.split("@")[0] in upgrade)
            }
        )
        resolver = Resolver(library, max_depth, pins)
        pipeline = resolver.resolve(loaded)
        target = Target(loaded, pipeline, dict(resolver.used))
        entry = lock_entry(target, resolver.references)
        for ref, version in entry["references"].items():
            before = (old.get("references") or {}).get(ref)
            if before is None:
                changes.append(f"{key}: {ref} pinned to {version}")
            elif before != version:
                changes.append(f"{key}: {ref} {before} -> {version}")
        for ref in old.get("references") or {}:
            if ref not in entry["references"]:
                changes.append(f"{key}: {ref} no longer used")
        lock.pipelines[key] = entry
    lock.write()
    return changes


__all__ = ["DEFAULT_LOCK", "LockError", "LockFile", "PlaybookError", "resolve_with_lock", "update_lock"]
