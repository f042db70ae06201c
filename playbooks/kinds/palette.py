"""The builder's palette, generated from the node-kind registry.

`ui/src/kinds.generated.json` holds the built-in kinds' palette entries (the same
`x-kind` objects the JSON Schema carries), so the builder draws its palette before the
schema arrives; kinds added by installed plugins arrive with the served schema
(playbooks.schema, `x-kind` on each node definition). tests/spec/test_kind_registry.py
fails when the file is stale. Regenerate with

    .venv/bin/python -m playbooks.kinds.palette --write
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .registry import KindRegistry

PALETTE_FILE = Path(__file__).resolve().parents[2] / "ui" / "src" / "kinds.generated.json"


def builtin_palette() -> list[dict[str, Any]]:
    registry = KindRegistry()  # a fresh one: built-ins only, whatever plugins this process loaded
    return [desc.palette() for desc in registry.kinds().values()]


def render() -> str:
    return json.dumps(builtin_palette(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m playbooks.kinds.palette", description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {PALETTE_FILE.name} (default: print it)")
    args = parser.parse_args(argv)
    if args.write:
        PALETTE_FILE.write_text(render(), encoding="utf-8")
        print(f"wrote {PALETTE_FILE}")
    else:
        sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
