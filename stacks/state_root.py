"""Where the project keeps its state: one lookup for every layer that needs it.

The synthesized stacks point their local Terraform backend below it, and the
deploy runner keeps its working directories, plans, logs and the emulator there:
both must agree, so both use ``state_root()``. The project (``playbooks.project``)
decides where that is; ``$PLAYBOOK_STATE_DIR`` overrides it for one machine or run.
"""

from __future__ import annotations

from pathlib import Path

from playbooks.project import STATE_DIR_VAR, current_project
from playbooks.project import state_root as _project_state_root

STATE_DIR_ENV = STATE_DIR_VAR


def find_repo_root(start: Path | None = None) -> Path:
    """The root of the current project (outside any project: the current directory)."""
    return current_project().root


def state_root(repo: Path | None = None) -> Path:
    """``$PLAYBOOK_STATE_DIR``, else the project's state directory (``<project>/.playbook`` by default)."""
    return _project_state_root()
