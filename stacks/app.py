"""The `cdktf.json` app: `cdktf synth|diff|deploy` from the repo root.

Selection (environment variables):
- PLAYBOOK_TARGETS: comma-separated playbook targets (file paths or NAME[@RANGE]);
  default: the latest version of every playbook in the library.
- PLAYBOOK_ENVS: comma-separated environment names from stacks/environments.yaml; default: dev.
- PLAYBOOK_PATH: extra library directories (os.pathsep-separated), as for the CLI.
cdktf passes the output directory in CDKTF_OUTDIR.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from playbooks import PlaybookInvalid, TargetNotFound, load_resolved

from .environments import EnvironmentError_, select_environments
from .synth import synth_stacks

REPO_ROOT = Path(__file__).resolve().parents[1]  # the source tree: its playbooks/library
TARGETS_ENV = "PLAYBOOK_TARGETS"
ENVS_ENV = "PLAYBOOK_ENVS"
DEFAULT_ENVS = ("dev",)


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def default_targets() -> list[str]:
    """Every playbook name in the library (each resolves to its latest version)."""
    library = REPO_ROOT / "playbooks" / "library"
    return sorted(p.name for p in library.iterdir() if p.is_dir() and any(p.glob("*.yaml")))


def main() -> int:
    targets = _split(os.environ.get(TARGETS_ENV)) or default_targets()
    envs = _split(os.environ.get(ENVS_ENV)) or list(DEFAULT_ENVS)
    library_dirs = tuple(p for p in os.environ.get("PLAYBOOK_PATH", "").split(os.pathsep) if p)
    try:
        select_environments(envs)  # unknown names fail here, with the list of known ones
        pipelines = [load_resolved(target, library_dirs=library_dirs) for target in targets]
    except PlaybookInvalid as error:
        for item in error.errors:
            print(f"error: {item}", file=sys.stderr)
        return 1
    except (TargetNotFound, EnvironmentError_) as error:
        print(f"error: {error} (set by {ENVS_ENV}/{TARGETS_ENV})", file=sys.stderr)
        return 1
    out_dir = Path(os.environ.get("CDKTF_OUTDIR") or REPO_ROOT / "cdktf.out")
    for stack in synth_stacks(pipelines, envs, out_dir):
        print(f"synthesized {stack.name} -> {stack.directory}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
