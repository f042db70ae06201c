"""Command-line TARGETs: a playbook file path, or NAME[@RANGE] resolved in the library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .errors import PlaybookInvalid
from .failures import PlaybookFailure
from .library import Library, ReferenceError_, display_path
from .loader import LoadedPlaybook, load_file
from .resolver import DEFAULT_MAX_DEPTH, resolve
from .spec.resolved import ResolvedPipeline


class TargetNotFound(PlaybookFailure):
    """The file or library entry does not exist (exit 1, like Terraform's unknown names)."""

    kind = "unknown_name"


def looks_like_path(target: str) -> bool:
    return target.endswith((".yaml", ".yml")) or "/" in target or Path(target).exists()


def open_target(target: str, library: Library) -> LoadedPlaybook:
    if looks_like_path(target):
        path = Path(target)
        if not path.exists() and not path.is_symlink():
            raise TargetNotFound(f"no such playbook file: {target}")
        # Anything else there (a FIFO, a device, a dangling or looping symlink) gets load_file's own error.
        if path.exists():
            library.check_not_tampered(path)
        return load_file(path, display_path(path))
    try:
        return library.resolve(target)
    except ReferenceError_ as exc:
        raise TargetNotFound(str(exc)) from None


@dataclass(frozen=True)
class Target:
    loaded: LoadedPlaybook
    pipeline: ResolvedPipeline
    used: dict[str, LoadedPlaybook]  # every library playbook the tree uses, "name@version" -> playbook


def load_target(
    target: str, library: Library, *, max_depth: int = DEFAULT_MAX_DEPTH, pins: dict[str, str] | None = None
) -> Target:
    """Open, validate and resolve one TARGET; raises PlaybookInvalid or TargetNotFound."""
    from .resolver import Resolver

    loaded = open_target(target, library)
    resolver = Resolver(library, max_depth, dict(pins or {}))
    pipeline = resolver.resolve(loaded)
    return Target(loaded, pipeline, dict(resolver.used))


def load_resolved(
    target: str,
    library_dirs: Iterable[str | Path] = (),
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    pins: dict[str, str] | None = None,
) -> ResolvedPipeline:
    return load_target(target, Library.open(library_dirs), max_depth=max_depth, pins=pins).pipeline


__all__ = ["PlaybookInvalid", "TargetNotFound", "load_target", "load_resolved", "open_target", "resolve"]
