"""The inputs/outputs tables of constructs_lib/README.md, the keyword types (settings.py) and the
standalone classes (standalone.py, facade_source.py), generated from the kinds' descriptors.

Inputs are the fields of each construct's pydantic config model (name, type, default,
description: the same text the playbook JSON Schema carries); what it makes, its extra
keywords, outputs and grants are the descriptor's `standalone=`. So the README cannot
drift from the code: tests/constructs/test_reference_docs.py fails when any generated
file differs from what this module renders. Regenerate with

    .venv/bin/python -m constructs_lib.reference --write

Pure: imports the descriptors and spec models only (no cdktf), so it runs without Node.js.
"""

from __future__ import annotations

import argparse
import json
import sys
import types
import typing
from pathlib import Path

from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from playbooks.kinds.descriptor import GRANT_METHODS

from .facade_source import STANDALONE_MODULE, render_standalone, standalone_kinds

README = Path(__file__).with_name("README.md")
SETTINGS = Path(__file__).with_name("settings.py")
BEGIN = "<!-- BEGIN GENERATED: python -m constructs_lib.reference --write -->"
END = "<!-- END GENERATED -->"

COMMON = [
    ("config", "the whole config model instead of (or under) the keywords (default: every default below)"),
    ("kit", "a `SecurityKit` (default: the stack's, created on demand)"),
    ("namer", "a `Namer` (default: the stack's)"),
    ("orchestrator", "an `Orchestrator` you finalize yourself (default: the stack's, finalized at synth)"),
]


def _type(annotation: typing.Any) -> str:
    """A readable type: Annotated metadata (patterns, bounds) dropped; the description says what matters."""
    return _type_text(annotation).replace("|", "\\|")


def _type_text(annotation: typing.Any) -> str:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_text(args[0])
    if origin is typing.Literal:
        return " | ".join(repr(a) for a in args)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_text(a) for a in args)
    if annotation is type(None):
        return "None"
    if origin is not None:
        return f"{getattr(origin, '__name__', str(origin))}[{', '.join(_type_text(a) for a in args)}]"
    return getattr(annotation, "__name__", str(annotation))


def _default(field: FieldInfo) -> str:
    if field.default_factory is not None:
        value = field.get_default(call_default_factory=True)
    elif field.default is PydanticUndefined:
        return "required"
    else:
        value = field.default
    return f"`{value!r}`".replace("|", "\\|")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _grants(grants: str | None, on: str) -> str:
    if grants is None:
        return "—"
    methods = ", ".join(f"`{method}(role)`" for method in GRANT_METHODS[grants])
    return f"{methods} (on {on})" if on else methods


def render() -> str:
    parts = [BEGIN, ""]
    for desc, facade in standalone_kinds():
        model, kind = desc.config_model, f"{desc.kind} ({desc.subtype})" if desc.subtype else desc.kind
        parts += [
            f"### `{facade.name}`",
            "",
            f"Playbook node: `{kind}`. Config model: `{model.__name__}`. {facade.makes}",
            "",
            "| input | type | default | description |",
            "|---|---|---|---|",
        ]
        for arg, meaning in facade.arguments:
            parts.append(f"| `{arg}` | | | {_cell(meaning)} |")
        for field_name, field in model.model_fields.items():
            parts.append(
                f"| `{field_name}` | `{_type(field.annotation)}` | {_default(field)} | {_cell(field.description or '')} |"
            )
        parts += ["", "| output | meaning |", "|---|---|"]
        parts += [f"| `{attr}` | {_cell(meaning)} |" for attr, meaning in facade.outputs]
        parts += ["", f"Grants: {_grants(facade.grants, facade.grants_on)}.", ""]
    parts += ["Every construct also takes:", "", "| keyword | meaning |", "|---|---|"]
    parts += [f"| `{arg}` | {_cell(meaning)} |" for arg, meaning in COMMON]
    parts += ["", END]
    return "\n".join(parts)


def _python_type(annotation: typing.Any) -> str:
    """The annotation as Python source (Annotated metadata dropped: pydantic checks it at run time)."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _python_type(args[0])
    if origin is typing.Literal:
        # json.dumps: double-quoted strings, as `ruff format` (run by `make test`) writes them.
        return f"Literal[{', '.join(json.dumps(a) if isinstance(a, str) else repr(a) for a in args)}]"
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_python_type(a) for a in args)
    if annotation is type(None):
        return "None"
    if origin is not None:
        return f"{origin.__name__}[{', '.join(_python_type(a) for a in args)}]"
    name: str = annotation.__name__  # a plain class (str, int, a pydantic model)
    return name


def render_settings() -> str:
    """constructs_lib/settings.py: one TypedDict per config model, for `**settings: Unpack[...]`."""
    lines = [
        '"""Keyword arguments of the standalone constructs, for static type checkers (PEP 692).',
        "",
        "GENERATED from the config models in playbooks/spec/node_configs.py by",
        "`python -m constructs_lib.reference --write`; tests/constructs/test_reference_docs.py fails when stale.",
        "Pydantic validates the values (patterns, bounds) when a construct is built.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Literal, TypedDict",
        "",
    ]
    for desc, facade in standalone_kinds():
        model = desc.config_model
        lines += ["", f"class {facade.name}Settings(TypedDict, total=False):", f'    """Fields of `{model.__name__}`."""', ""]
        for field_name, field in model.model_fields.items():
            lines.append(f"    {field_name}: {_python_type(field.annotation)}")
        lines.append("")
    return "\n".join(lines)


def current_section(text: str) -> str:
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[start:end]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write", action="store_true", help=f"rewrite the generated section of {README} and the generated modules"
    )
    args = parser.parse_args(argv)
    if not args.write:
        print(render())
        return 0
    text = README.read_text()
    README.write_text(text.replace(current_section(text), render()))
    SETTINGS.write_text(render_settings())
    STANDALONE_MODULE.write_text(render_standalone())
    print(f"updated {README}, {SETTINGS} and {STANDALONE_MODULE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
