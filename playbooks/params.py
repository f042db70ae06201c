"""`{{ params.NAME }}`: references to a pipeline parameter inside node config strings.

A reference is resolved at run time by the orchestrator (from the execution
input, or the declared default), never substituted at synth: the deployed
infrastructure is the same for every run, and a run chooses its values.
This module is the spec-side half: parsing the references and saying where
they may appear. `constructs_lib.runtime_params` turns them into ASL.

No cdktf here: `playbook validate` checks references in milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from .errors import YamlPath

REFERENCE = re.compile(r"\{\{\s*params\.([a-z][a-z0-9_]*)\s*\}\}")
# Anything that looks like an attempt at a reference; what REFERENCE does not match is malformed.
_ATTEMPT = re.compile(r"\{\{\s*params\b[^}]*\}?\}?")

# Where references resolve at run time: each kind's descriptor lists its `runtime_fields`, YAML
# paths inside `config` ("*" standing for any key or list index). These are the fields that reach the
# job through the orchestrator's request (or the function's payload); everything else is infrastructure
# that Terraform creates once, before any run, so a run-time value cannot reach it.


@dataclass(frozen=True)
class Part:
    """A piece of a template: literal text, or (when `parameter` is set) a reference."""

    text: str
    parameter: str | None = None


def parse(text: str) -> list[Part]:
    """Split `text` into literal parts and references, in order."""
    parts: list[Part] = []
    last = 0
    for match in REFERENCE.finditer(text):
        if match.start() > last:
            parts.append(Part(text[last : match.start()]))
        parts.append(Part(match.group(0), match.group(1)))
        last = match.end()
    if last < len(text):
        parts.append(Part(text[last:]))
    return parts


def references(text: str) -> list[str]:
    return [m.group(1) for m in REFERENCE.finditer(text)]


def has_references(value: Any) -> bool:
    return isinstance(value, str) and REFERENCE.search(value) is not None


def whole_reference(text: str) -> str | None:
    """The parameter name when `text` is exactly one reference (so it keeps the parameter's type)."""
    match = REFERENCE.fullmatch(text.strip())
    return match.group(1) if match else None


def malformed(text: str) -> str | None:
    """The first reference-like text that is not a valid `{{ params.NAME }}`, if any."""
    for match in _ATTEMPT.finditer(text):
        if not REFERENCE.match(text, match.start()):
            return match.group(0)
    return None


def with_placeholders(text: str, placeholder: str = "x") -> str:
    """`text` with every reference replaced, to check the rest against a field's format."""
    return REFERENCE.sub(placeholder, text)


def render(text: str, values: dict[str, Any]) -> str:
    """`text` with references replaced by `values` (the JSON spelling for non-strings), for
    places read outside a run (a scheduled pull uses the declared defaults)."""
    import json

    def one(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        return value if isinstance(value, str) else json.dumps(value)

    return REFERENCE.sub(one, text)


def strings(value: Any, path: YamlPath = ()) -> Iterator[tuple[YamlPath, str]]:
    """Every string inside `value` with its path (keys and list indexes)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, path + (index,))


def allowed_at(kind: str, subtype: str | None, path: YamlPath) -> bool:
    from .kinds import REGISTRY

    desc = REGISTRY.get(kind, subtype)
    for pattern in desc.runtime_fields if desc else ():
        if len(pattern) == len(path) and all(p == "*" or p == q for p, q in zip(pattern, path)):
            return True
    return False


def allowed_fields_text() -> str:
    from .kinds import REGISTRY

    names = sorted(
        {".".join(p for p in pattern if p != "*") for desc in REGISTRY.kinds().values() for pattern in desc.runtime_fields}
    )
    return ", ".join(names)
