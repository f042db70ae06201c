"""Read-only questions about the library and the environments, shared by the
standalone server and the Windmill raw app's backend runnables."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from playbooks import Library, PlaybookInvalid, TargetNotFound


class NotFound(LookupError):
    pass


def list_playbooks(library_dirs: Iterable[str | Path] = ()) -> list[dict[str, Any]]:
    library = Library.open(library_dirs)
    rows = []
    for name in library.names():
        versions = library.versions(name)
        latest = library.get(name, versions[-1]).model if versions else None
        rows.append({"name": name, "versions": [str(v) for v in versions],
                     "latest": str(versions[-1]) if versions else None,
                     "description": latest.metadata.description if latest else "",
                     "inputs": dict(latest.spec.inputs) if latest else {},
                     "parameters": {k: v.model_dump(mode="json") for k, v in latest.spec.parameters.items()}
                     if latest else {}})
    return rows


def get_playbook(name: str, version: str, library_dirs: Iterable[str | Path] = ()) -> dict[str, Any]:
    from playbooks.semver import Version

    library = Library.open(library_dirs)
    try:
        wanted = Version.parse(version)
    except Exception:
        raise ValueError(f"'{version}' is not a SemVer version (e.g. 1.2.0)") from None
    if wanted not in library.versions(name):
        known = ", ".join(str(v) for v in library.versions(name)) or "none"
        raise NotFound(f"playbook {name}@{version} is not in the library; published versions: {known}")
    loaded = library.get(name, wanted)
    return {"name": name, "version": str(wanted), "file": str(loaded.file), "yaml": loaded.doc.text,
            "playbook": loaded.doc.data}


def resolve_use(use: str, library_dirs: Iterable[str | Path] = ()) -> dict[str, Any]:
    """A sub-pipeline reference NAME@RANGE -> the published playbook it resolves to."""
    from playbooks.targets import open_target

    try:
        loaded = open_target(use, Library.open(library_dirs))
    except (TargetNotFound, PlaybookInvalid) as exc:
        raise NotFound(str(exc)) from None
    return {"use": use, "name": loaded.model.metadata.name, "version": loaded.model.metadata.version,
            "playbook": loaded.doc.data}


def environments() -> dict[str, Any]:
    try:
        from stacks.environments import load_environments
    except ImportError as exc:
        return {"environments": [], "error": f"environments are not available: {exc}"}
    return {"environments": [{"name": n, "emulator": bool(getattr(e, "emulator", False))}
                             for n, e in sorted(load_environments().items())]}


def is_emulator(env: str) -> bool:
    return any(e["name"] == env and e["emulator"] for e in environments()["environments"])
