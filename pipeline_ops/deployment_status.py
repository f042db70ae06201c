"""Which version of which pipeline runs where: read from the Terraform state of every stack deployed
from this machine (local backends). Split from infra_ops.py to keep each module to one concern."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from playbooks.semver import Version

from .errors import UnknownName
from .stack_prep import load_environment, open_library, state_root


def deployed_version(stack: str) -> str | None:
    record = read_local_state(state_root() / "state" / stack / "terraform.tfstate")
    return record.get("version") if record else None


def read_local_state(path: Path) -> dict[str, Any] | None:
    try:
        state = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    outputs = {k: v.get("value") for k, v in (state.get("outputs") or {}).items()}
    if not outputs.get("playbook_name") or not state.get("resources"):
        return None  # destroyed stacks keep an empty state file
    return {
        "name": outputs.get("playbook_name"),
        "version": outputs.get("playbook_version"),
        "digest": outputs.get("playbook_digest"),
        "environment": outputs.get("environment"),
        "stack": path.parent.name,
        "resources": len(state.get("resources") or []),
        "serial": state.get("serial"),
    }


def status(name: str | None = None, env: str | None = None, library_dirs: Iterable[str | Path] = ()) -> dict[str, Any]:
    """Read the real Terraform state of every stack this project deployed (local backends).

    An unknown environment, or a NAME that is neither in the library nor deployed, is an error.
    """
    if env:
        load_environment(env)
    rows = []
    for state_file in sorted((state_root() / "state").glob("*/terraform.tfstate")):
        record = read_local_state(state_file)
        if not record or (name and record["name"] != name) or (env and record["environment"] != env):
            continue
        rows.append(record)
    library = open_library(library_dirs)
    if name and not rows and not library.versions(name):
        known = sorted({n for (n, _v) in library.entries})
        raise UnknownName(f"no pipeline named '{name}' in the library or deployed; known: {', '.join(known)}")
    for row in rows:
        versions = library.versions(row["name"])
        latest = str(versions[-1]) if versions else None
        row["latest"] = latest
        row["behind_latest"] = bool(latest and row["version"] and Version.parse(row["version"]) < Version.parse(latest))
        published = library.entries.get((row["name"], Version.parse(row["version"]))) if row["version"] else None
        row["digest_matches_library"] = bool(published and published.digest == row["digest"])
    return {"deployments": rows}
