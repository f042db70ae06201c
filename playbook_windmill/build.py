"""Regenerate windmill/flows/*.json and windmill/apps/*.json from their Python
definitions and the committed playbook JSON Schema. (The `wmill sync` layout is
not committed: `playbook windmill export DIR` writes it from these files.)

    python -m playbook_windmill.build          # write
    python -m playbook_windmill.build --check  # exit 1 when a committed file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .paths import APP_FILE, FLOW_FILE, PLAYBOOK_SCHEMA


def dumps(doc: Any) -> str:
    return json.dumps(doc, indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def playbook_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(PLAYBOOK_SCHEMA.read_text())
    return schema


def sources() -> dict[Path, str]:
    from .app_definition import build_app
    from .flow_definition import build_flow

    schema = playbook_schema()
    flow = build_flow(schema)
    return {FLOW_FILE: dumps(flow), APP_FILE: dumps(build_app(schema, flow))}


def stale(files: dict[Path, str]) -> list[Path]:
    return [path for path, text in files.items() if not path.exists() or path.read_text() != text]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m playbook_windmill.build", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    files = sources()
    if args.check:
        old = stale(files)
        for path in old:
            print(f"stale: {path} (run `python -m playbook_windmill.build`)", file=sys.stderr)
        return 1 if old else 0
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    print(f"wrote {', '.join(str(p) for p in files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
