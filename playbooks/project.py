"""The user's project: the directory a team commits, found the way Terraform and cdktf find theirs.

A project is a directory holding ``playbook-project.yaml`` (``playbook init`` writes one). Every
command finds it by walking up from the current directory, as ``cdktf`` looks for ``cdktf.json``
and Databricks bundles for ``databricks.yml``; ``--project DIR`` (or ``PLAYBOOK_PROJECT``) names it
instead. The project owns its playbook library (the search path), its ``environments.yaml``, its lock
file and its state directory (Terraform state of local backends, plans, logs, the synth cache, the
emulator). Nothing is ever written into the installed package.

Outside any project, commands still work on a file you name: the bundled examples are on the search
path, the bundled environments apply, and state goes to one per-user directory
(``$XDG_STATE_HOME/ml-pipeline-playbooks``, default ``~/.local/state/ml-pipeline-playbooks``), so a
deploy is found again whatever directory the next command runs from.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml
from .failures import PlaybookFailure

PROJECT_FILE = "playbook-project.yaml"
PROJECT_VAR = "PLAYBOOK_PROJECT"
STATE_DIR_VAR = "PLAYBOOK_STATE_DIR"
# A library entry naming the example playbooks shipped inside the package (never on a project's path
# unless listed: a team's `feature-prep@1.3.0` must not collide with an example of that name).
BUNDLED_EXAMPLES = "bundled:examples"
BUNDLED_LIBRARY = Path(__file__).resolve().parent / "library"
_KEYS = {"name", "library", "environments", "lock", "state_dir"}


class ProjectError(PlaybookFailure, ValueError):
    """The project file is unreadable or invalid, or --project names no project; the message says which."""

    kind = "project"


@dataclass(frozen=True)
class Project:
    """Where a command's inputs and state live. ``file`` is None outside any project."""

    root: Path
    file: Path | None
    name: str
    libraries: tuple[Path, ...]
    environments_file: Path | None  # None: the environments bundled with the package
    lock_file: Path
    state_dir: Path

    @property
    def found(self) -> bool:
        return self.file is not None

    def describe(self) -> dict[str, Any]:
        return {
            "project": str(self.root) if self.found else None,
            "file": str(self.file) if self.file else None,
            "name": self.name,
            "libraries": [str(p) for p in self.libraries],
            "environments": str(self.environments_file) if self.environments_file else "(bundled with the package)",
            "lock": str(self.lock_file),
            "state_dir": str(state_root(self)),
        }


def user_state_dir(env: Mapping[str, str] | None = None) -> Path:
    """The per-user state directory used outside any project (XDG base directory spec)."""
    env = os.environ if env is None else env
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "ml-pipeline-playbooks"


def find_project_file(start: Path) -> Path | None:
    for candidate in [start, *start.parents]:
        path = candidate / PROJECT_FILE
        if path.is_file():
            return path
    return None


def current_project(env: Mapping[str, str] | None = None) -> Project:
    """The project of this process: ``PLAYBOOK_PROJECT``, else the nearest one above the current directory."""
    env = os.environ if env is None else env
    named = env.get(PROJECT_VAR)
    if named:
        root = Path(named).expanduser().resolve()
        path = root / PROJECT_FILE
        if not path.is_file():
            raise ProjectError(
                f"{root}: not a playbook project (no {PROJECT_FILE}; set by --project or {PROJECT_VAR}); "
                f"create one with: playbook init {named}"
            )
    else:
        try:
            cwd = Path.cwd()
        except OSError as exc:  # the current directory was deleted under us
            raise ProjectError(f"the current directory is gone ({exc}); cd somewhere and run the command again") from exc
        found = find_project_file(cwd)
        if found is None:
            return _no_project(cwd, user_state_dir(env))
        path = found
    stat = path.stat()
    return _load(path, stat.st_mtime_ns, stat.st_size)


def state_root(project: Project | None = None) -> Path:
    """``$PLAYBOOK_STATE_DIR``, else the project's state directory (outside a project: the per-user one)."""
    override = os.environ.get(STATE_DIR_VAR)
    if override:
        return Path(override).resolve()
    return (project or current_project()).state_dir


def _no_project(cwd: Path, state: Path) -> Project:
    return Project(
        root=cwd,
        file=None,
        name=cwd.name,
        libraries=(BUNDLED_LIBRARY,),
        environments_file=None,
        lock_file=Path("playbooks.lock"),
        state_dir=state,
    )


@lru_cache(maxsize=16)
def _load(path: Path, _mtime_ns: int, _size: int) -> Project:  # the file's stamp keys the cache: an edit is seen
    text = _read(path)
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ProjectError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    lines = _key_lines(node)

    def fail(key: str, expected: str) -> ProjectError:
        return ProjectError(f"{path}:{lines.get(key, 1)}: {key}: expected {expected}")

    if not isinstance(data, dict):
        raise ProjectError(f"{path}:1: expected a mapping with keys {', '.join(sorted(_KEYS))}")
    unknown = sorted(set(map(str, data)) - _KEYS)
    if unknown:
        raise fail(unknown[0], f"one of {', '.join(sorted(_KEYS))} (unknown key {unknown[0]!r})")
    root = path.parent.resolve()
    name = data.get("name", root.name)
    if not isinstance(name, str) or not name:
        raise fail("name", "a non-empty string")
    entries = data.get("library", ["playbooks"])
    if isinstance(entries, str):
        entries = [entries]
    if not isinstance(entries, list) or not all(isinstance(e, str) and e for e in entries):
        raise fail("library", f"a list of directories relative to the project (or {BUNDLED_EXAMPLES!r})")
    libraries = tuple(BUNDLED_LIBRARY if e == BUNDLED_EXAMPLES else _under(root, e) for e in entries)
    files = {}
    for key, default in (("environments", "environments.yaml"), ("lock", "playbooks.lock"), ("state_dir", ".playbook")):
        value = data.get(key, default)
        if not isinstance(value, str) or not value:
            raise fail(key, "a path relative to the project")
        files[key] = _under(root, value)
    environments = files["environments"]
    if not environments.is_file():
        raise fail("environments", f"an environments file; {environments} does not exist (`playbook init` writes one)")
    return Project(root, path, name, libraries, environments, files["lock"], files["state_dir"])


def _read(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(256 * 1024 + 1)
    except OSError as exc:
        raise ProjectError(f"{path}: cannot read the project file ({exc.strerror or exc})") from None
    if len(raw) > 256 * 1024:
        raise ProjectError(f"{path}: over 256 KiB; a project file is a few lines")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProjectError(f"{path}: not UTF-8 text ({exc})") from None


def _key_lines(node: yaml.Node | None) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(key.value): key.start_mark.line + 1 for key, _value in node.value}


def _under(root: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else root / path
