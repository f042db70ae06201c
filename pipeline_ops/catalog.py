"""Read-only questions about the library and the environments, shared by the
standalone server and the Windmill raw app's backend runnables."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

from playbooks import Library, PlaybookInvalid
from playbooks.failures import PlaybookFailure


class NotFound(PlaybookFailure, LookupError):
    kind = "unknown_name"


def list_playbooks(library_dirs: Iterable[str | Path] = ()) -> list[dict[str, Any]]:
    library = Library.open(library_dirs)
    rows = []
    for name in library.names():
        versions = library.versions(name)
        latest = library.get(name, versions[-1]).model if versions else None
        rows.append(
            {
                "name": name,
                "versions": [str(v) for v in versions],
                "latest": str(versions[-1]) if versions else None,
                "description": latest.metadata.description if latest else "",
                "inputs": dict(latest.spec.inputs) if latest else {},
                "parameters": {k: v.model_dump(mode="json") for k, v in latest.spec.parameters.items()} if latest else {},
            }
        )
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
    return {"name": name, "version": str(wanted), "file": str(loaded.file), "yaml": loaded.doc.text, "playbook": loaded.doc.data}


# NAME[@RANGE] and nothing else: a library name (playbooks' metadata.name rule) and a SemVer
# range's characters. No '/', no '\\', no leading '.', so nothing here can name a file.
USE_RE = re.compile(r"^[a-z][a-z0-9-]{2,39}(@[0-9A-Za-z.^~*<>=|+\- ]{1,100})?$")


class BadReference(PlaybookFailure, ValueError):
    kind = "bad_reference"


def resolve_use(use: str, library_dirs: Iterable[str | Path] = ()) -> dict[str, Any]:
    """A sub-pipeline reference NAME@RANGE -> the published playbook it resolves to.

    Only library names and ranges are accepted, never paths: this is reachable from the
    builder's HTTP API and the Windmill raw app, and must not read files by name."""
    from playbooks.library import ReferenceError_

    if not isinstance(use, str) or not USE_RE.match(use):
        raise BadReference(f"expected NAME@RANGE with a library playbook name (e.g. feature-prep@^1.2), found {str(use)[:80]!r}")
    try:
        loaded = Library.open(library_dirs).resolve(use)
    except (ReferenceError_, PlaybookInvalid) as exc:
        raise NotFound(str(exc)) from None
    return {"use": use, "name": loaded.model.metadata.name, "version": loaded.model.metadata.version, "playbook": loaded.doc.data}


def environments() -> dict[str, Any]:
    try:
        from stacks.environments import load_environments
    except ImportError as exc:
        return {"environments": [], "error": f"environments are not available: {exc}"}
    return {
        "environments": [
            {"name": n, "emulator": bool(getattr(e, "emulator", False))} for n, e in sorted(load_environments().items())
        ]
    }


def is_emulator(env: str) -> bool:
    return any(e["name"] == env and e["emulator"] for e in environments()["environments"])
