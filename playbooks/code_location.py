"""Where a node's local `code:` directory lives: decided once, read by validation, synth, the cache key and the upload.

The root relative `code:` resolves against (`code_root_for`, called by the resolver for every level):
  - a playbook with a file of its own: that file's directory;
  - a playbook without one (sent by the builder or Windmill): the library's folder for that playbook,
    `<library dir>/<metadata.name>/`, when it exists; otherwise only `s3://` code is accepted.
The resolver records it as an absolute path on the ResolvedPipeline (`code_root`), so the commands
that read code later (synth bundles it, the step and synth caches hash it, `playbook run` uploads
it) find the same directory whatever directory they run from; never the process's working directory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, TypeGuard

_REPO_ROOT = Path(__file__).resolve().parent.parent


def source_file(display: str) -> Path | None:
    """The playbook file behind a display path (cwd- or repo-relative), or None when there is no file."""
    if not display or display.startswith("<"):
        return None
    for candidate in (Path(display), _REPO_ROOT / display):
        try:
            if candidate.is_file():
                return candidate.resolve()
        except OSError:
            continue
    return None


def code_root_for(display: str, name: str, library_dirs: Iterable[Path]) -> Path | None:
    """Directory relative `code:` paths of this playbook resolve against (None: only s3:// code)."""
    file = source_file(display)
    if file is not None:
        return file.parent
    for directory in library_dirs:
        candidate = Path(directory) / name
        try:
            if candidate.is_dir():
                return candidate.resolve()
        except OSError:
            continue
    return None


def is_local_code(code: object) -> TypeGuard[str]:
    """A `code:` value naming a directory beside the playbook (not an s3:// URI, not unset)."""
    return isinstance(code, str) and bool(code) and not code.startswith("s3://")


def pipeline_code_root(pipeline: Any) -> Path | None:
    """The root of one resolved pipeline level: the one the resolver checked, else (a tree built by
    hand, not by the resolver) the directory of the level's own file; None when it has neither."""
    if getattr(pipeline, "code_root", ""):
        return Path(pipeline.code_root)
    file = source_file(re.sub(r" \(.*\)$", "", str(getattr(pipeline, "source", "") or "")))
    return file.parent if file is not None else None


@dataclass(frozen=True)
class LocalCode:
    node: str  # node path in the tree: "prep", or "features/clean" inside a sub-pipeline
    code: str  # the `code:` value as written
    root: Path | None  # what it resolves against (None: nothing; validation refuses such a playbook)

    @property
    def directory(self) -> Path | None:
        return code_directory(self.root, self.code) if self.root is not None else None


def code_directory(root: Path, code: str) -> Path:
    return (root / code).resolve()


def local_code_dirs(pipeline: Any, _prefix: str = "") -> list[LocalCode]:
    """Every local `code:` directory in the tree, nested pipelines included, each with its level's root."""
    found: list[LocalCode] = []
    root = pipeline_code_root(pipeline)
    for node in getattr(pipeline, "nodes", ()):
        if getattr(node, "child", None) is not None:
            found += local_code_dirs(node.child, f"{_prefix}{node.id}/")
            continue
        code = getattr(getattr(node, "config", None), "code", None)
        if is_local_code(code):
            found.append(LocalCode(f"{_prefix}{node.id}", code, root))
    return found
