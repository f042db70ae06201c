"""Where the project keeps its state: one lookup for every layer that needs it.

The synthesized stacks point their local Terraform backend below it, and the
deploy runner keeps its working directories, plans, logs and the emulator there:
both must agree, so both use ``state_root()``.
"""

from __future__ import annotations

import os
from pathlib import Path

STATE_DIR_ENV = "PLAYBOOK_STATE_DIR"


def find_repo_root(start: Path | None = None) -> Path:
    """The project root: the nearest ancestor holding pyproject.toml and deploy_runner/ (else cwd)."""
    here = (start or Path(__file__)).resolve()
    for candidate in [here, *here.parents]:
        if (candidate / "pyproject.toml").is_file() and (candidate / "deploy_runner").is_dir():
            return candidate
    return Path.cwd()


def state_root(repo: Path | None = None) -> Path:
    """``$PLAYBOOK_STATE_DIR``, else ``<repo>/.playbook`` — the project-owned, gitignored state directory."""
    override = os.environ.get(STATE_DIR_ENV)
    return Path(override).resolve() if override else (repo or find_repo_root()) / ".playbook"
