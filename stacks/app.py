"""The `cdktf.json` app: `cdktf synth|diff|deploy` from a project's root (this repository's, or one
`playbook init` made).

Selection (environment variables):
- PLAYBOOK_TARGETS: comma-separated playbook targets (file paths or NAME[@RANGE]);
  default: the latest version of every playbook in the project's library.
- PLAYBOOK_ENVS: comma-separated environment names from the project's environments.yaml; default: dev
  (or the only environment defined).
- PLAYBOOK_PATH: extra library directories (os.pathsep-separated), as for the CLI.
cdktf passes the output directory in CDKTF_OUTDIR.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from playbooks import PlaybookInvalid, TargetNotFound, load_resolved

from playbooks.project import ProjectError, current_project

from .environments import EnvironmentError_, default_environment, select_environments
from .synth import synth_stacks

TARGETS_ENV = "PLAYBOOK_TARGETS"
ENVS_ENV = "PLAYBOOK_ENVS"


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def default_targets() -> list[str]:
    """Every playbook name in the project's libraries (each resolves to its latest version)."""
    names = set()
    for library in current_project().libraries:
        if library.is_dir():
            names |= {p.name for p in library.iterdir() if p.is_dir() and any(p.glob("*.yaml"))}
    return sorted(names)


def main() -> int:
    library_dirs = tuple(p for p in os.environ.get("PLAYBOOK_PATH", "").split(os.pathsep) if p)
    try:
        targets = _split(os.environ.get(TARGETS_ENV)) or default_targets()
        envs = _split(os.environ.get(ENVS_ENV)) or [default_environment()]
        select_environments(envs)  # unknown names fail here, with the list of known ones
        pipelines = [load_resolved(target, library_dirs=library_dirs) for target in targets]
    except PlaybookInvalid as error:
        for item in error.errors:
            print(f"error: {item}", file=sys.stderr)
        return 1
    except (TargetNotFound, EnvironmentError_, ProjectError) as error:
        print(f"error: {error} (set by {ENVS_ENV}/{TARGETS_ENV})", file=sys.stderr)
        return 1
    out_dir = Path(os.environ.get("CDKTF_OUTDIR") or current_project().root / "cdktf.out")
    for stack in synth_stacks(pipelines, envs, out_dir):
        print(f"synthesized {stack.name} -> {stack.directory}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
