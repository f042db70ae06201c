"""Which version of which pipeline runs where: read through the one reader of deployed state
(pipeline_ops.deployed), for every environment of the project, remote backends included."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from playbooks.semver import Version

from .deployed import deployment, deployments
from .errors import UnknownName
from .stack_prep import load_environment, open_library

# What `status` shows of a deployment (the full record also holds its outputs and resource addresses).
_SHOWN = ("name", "version", "digest", "environment", "stack", "resources", "serial", "partial")


def deployed_version(stack: str, env: str) -> str | None:
    record = deployment(stack, env)
    return record.get("version") if record else None


def status(name: str | None = None, env: str | None = None, library_dirs: Iterable[str | Path] = ()) -> dict[str, Any]:
    """What is deployed in each environment (or in `env`), read from each environment's state backend.

    An unknown environment, or a NAME that is neither in the library nor deployed, is an error.
    """
    from stacks.environments import load_environments

    names = [load_environment(env).name] if env else sorted(load_environments())
    rows: list[dict[str, Any]] = []
    notes: list[str] = []
    for environment in names:
        found, unread = deployments(environment)
        notes += unread
        rows += [{k: r[k] for k in _SHOWN} for r in found if not name or r["name"] == name]
    library = open_library(library_dirs)
    if name and not rows and not library.versions(name):
        known = sorted({n for (n, _v) in library.entries})
        raise UnknownName(f"no pipeline named '{name}' in the library or deployed; known: {', '.join(known)}")
    for row in rows:
        if row["partial"]:
            row.update(latest=None, behind_latest=False, digest_matches_library=False)
            continue
        versions = library.versions(row["name"])
        latest = str(versions[-1]) if versions else None
        row["latest"] = latest
        row["behind_latest"] = bool(latest and row["version"] and Version.parse(row["version"]) < Version.parse(latest))
        published = library.entries.get((row["name"], Version.parse(row["version"]))) if row["version"] else None
        row["digest_matches_library"] = bool(published and published.digest == row["digest"])
    return {"deployments": sorted(rows, key=lambda r: r["stack"]), "notes": notes}
