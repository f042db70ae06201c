"""Accept what callers have: a TARGET string, YAML text, or a playbook mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, TypeGuard

from playbooks import Library, PlaybookInvalid
from playbooks.errors import PlaybookError
from playbooks.loader import LoadedPlaybook, load_data, load_text
from playbooks.resolver import Resolver
from playbooks.targets import Target, open_target

MAX_CONFIG_BYTES = 1_000_000
PlaybookInput = str | dict[str, Any]


def is_target(source: PlaybookInput) -> TypeGuard[str]:
    """A library TARGET (``name`` / ``name@1.2``), as opposed to YAML/JSON text or a mapping.

    The one test every operation uses: text has a newline or starts like a document.
    """
    return isinstance(source, str) and "\n" not in source and not source.lstrip().startswith(("apiVersion", "{"))


def load_input(source: PlaybookInput, library: Library, name: str = "<config>") -> LoadedPlaybook:
    if isinstance(source, dict):
        import json

        from playbooks.yaml_source import MAX_DEPTH, nesting_depth

        # Checked iteratively before anything recursive (json.dumps, yaml.safe_dump) walks the value:
        # a mapping nested thousands of levels would otherwise raise RecursionError.
        if nesting_depth(source) > MAX_DEPTH:
            raise PlaybookInvalid(
                [
                    PlaybookError(
                        name,
                        0,
                        0,
                        "<document>",
                        f"configuration is nested more than {MAX_DEPTH} levels deep; expected a playbook mapping",
                    )
                ]
            )
        size = len(json.dumps(source, default=str))
        if size > MAX_CONFIG_BYTES:
            raise PlaybookInvalid(
                [
                    PlaybookError(
                        name, 0, 0, "<document>", f"configuration is {size} bytes; expected at most {MAX_CONFIG_BYTES} bytes"
                    )
                ]
            )
        return load_data(source, name)
    if is_target(source):
        return open_target(source, library)
    if isinstance(source, str):
        return load_text(source, name)
    raise PlaybookInvalid(
        [
            PlaybookError(
                name, 0, 0, "<document>", f"found a {type(source).__name__}; expected a playbook mapping, YAML text or a TARGET"
            )
        ]
    )


def resolve_input(
    source: PlaybookInput, library_dirs: Iterable[str | Path] = (), *, max_depth: int = 8, pins: dict[str, str] | None = None
) -> Target:
    library = Library.open(library_dirs)
    loaded = load_input(source, library)
    resolver = Resolver(library, max_depth, dict(pins or {}))
    pipeline = resolver.resolve(loaded)
    return Target(loaded, pipeline, dict(resolver.used))
