"""`playbook invoke TARGET NODE --data FILE|-`: score rows with a deployed API endpoint (pipeline_ops.invoke_ops)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .common import EXIT_INVALID, EXIT_OK, emit_json
from .deploy_commands import env_of as _env
from .deploy_commands import target_args as _target_args
from .reporting import guarded as _guard


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("invoke", help="score rows with a deployed pipeline's API endpoint: one prediction per row")
    _target_args(p, env_default=None)
    p.add_argument("node", metavar="NODE", help="the API endpoint node's id")
    p.add_argument(
        "--data", required=True, metavar="FILE", help="CSV rows (features only, no header) or JSON lines; - reads stdin"
    )
    p.add_argument("--local", action="store_true", help="the endpoint on the local emulator")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=invoke)


def _fail(args: argparse.Namespace, kind: str, message: str) -> int:
    if args.json:
        emit_json({"ok": False, "command": "invoke", "error": {"kind": kind, "message": message, "errors": []}})
    else:
        print(f"error: {message}", file=sys.stderr)
    return EXIT_INVALID


@_guard
def invoke(args: argparse.Namespace) -> int:
    from pipeline_ops.invoke_ops import InvokeFailed, invoke

    if args.data == "-":
        data, where = sys.stdin.read(), "stdin"
    else:
        try:
            data, where = Path(args.data).read_text(), args.data
        except (OSError, UnicodeDecodeError) as exc:
            return _fail(args, "invalid_data", f"cannot read --data {args.data}: {exc}")
    try:
        result = invoke(
            args.target,
            args.node,
            data,
            _env(args),
            local=args.local,
            data_source=where,
            library_dirs=args.library,
            lock_file=args.lock_file,
        )
    except InvokeFailed as exc:
        return _fail(args, exc.kind, str(exc))
    if args.json:
        emit_json({"ok": True, "command": "invoke", **result})
    else:
        print("\n".join(p if isinstance(p, str) else json.dumps(p) for p in result["predictions"]))
    return EXIT_OK


def print_endpoint_hints(args: argparse.Namespace, out: Any) -> dict[str, str]:
    """After a run that succeeded: each endpoint's name and how to call it (nothing when there is none)."""
    from pipeline_ops.invoke_ops import invoke_hints, served_endpoints

    try:
        found = served_endpoints(args.target, _env(args), library_dirs=args.library, lock_file=args.lock_file)
    except Exception:  # the run's outcome stands without the hint
        return {}
    local = bool(args.local or found.get("emulator"))
    for line in invoke_hints(str(args.target), _env(args), found["endpoints"], local, found.get("text_nodes", ())):
        print(line, file=out)
    return dict(found["endpoints"])
