"""data put | ls: a deployed pipeline's input data (pipeline_ops.data_ops does the work)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import EXIT_INVALID, EXIT_OK, emit_json
from .deploy_commands import env_of, target_args
from .reporting import guarded


def register(sub: argparse._SubParsersAction[Any]) -> None:
    from pipeline_ops.data_limits import MAX_PUT_BYTES

    data = sub.add_parser("data", help="put files into the S3 location a node reads, list what is there")
    commands = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")

    p = commands.add_parser(
        "put",
        help=f"upload files (CSV, Parquet, anything; directories recursively; at most {MAX_PUT_BYTES // 1_000_000} MB in all) "
        "into the location NODE reads",
    )
    target_args(p, env_default=None)
    p.add_argument("node", metavar="NODE", help="the data source node (nested: parent/child), or a pipeline input")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--local", action="store_true", help="the local emulator (environment local)")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout (progress as JSON lines on stderr)")
    p.set_defaults(handler=put)

    p = commands.add_parser("ls", help="the objects in the location NODE reads (keys, sizes, count)")
    target_args(p, env_default=None)
    p.add_argument("node", metavar="NODE")
    p.add_argument("--local", action="store_true")
    p.add_argument("--head", type=int, default=0, metavar="N", help="also show the first N rows of the first CSV")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=ls)


def _refused(args: argparse.Namespace, exc: Exception) -> int:
    if args.json:
        emit_json({"ok": False, "command": args.command, "error": {"kind": "data_refused", "message": str(exc), "errors": []}})
    else:
        print(f"error: {exc}", file=sys.stderr)
    return EXIT_INVALID


@guarded
def put(args: argparse.Namespace) -> int:
    import json

    from pipeline_ops import data_ops

    def each(item: dict[str, Any]) -> None:
        if args.json:
            print(json.dumps({"event": "uploaded", **item}), file=sys.stderr, flush=True)
        else:
            print(f"  [{item['index']}/{item['of']}] {item['file']} ({item['bytes']} bytes) -> {item['uri']}", flush=True)

    try:
        result = data_ops.put(
            args.target,
            env_of(args),
            args.node,
            args.files,
            local=args.local,
            library_dirs=args.library,
            lock_file=args.lock_file,
            on_file=each,
        )
    except data_ops.DataRefused as exc:
        return _refused(args, exc)
    if args.json:
        emit_json({"ok": True, **result})
    else:
        print(f"uploaded {len(result['files'])} file(s), {result['bytes']} bytes to {result['node']} ({result['uri']})")
    return EXIT_OK


@guarded
def ls(args: argparse.Namespace) -> int:
    from pipeline_ops import data_ops

    result = data_ops.ls(
        args.target,
        env_of(args),
        args.node,
        local=args.local,
        head=args.head,
        library_dirs=args.library,
        lock_file=args.lock_file,
    )
    if args.json:
        emit_json({"ok": True, **result})
        return EXIT_OK
    print(f"{result['node']} ({result['what']}): {result['uri']}")
    for obj in result["objects"]:
        print(f"  {obj['bytes']:>12}  {obj['key']}")
    shown = "" if len(result["objects"]) == result["count"] else f" ({len(result['objects'])} listed)"
    print(f"{result['count']} object(s), {result['bytes']} bytes{shown}" if result["count"] else "empty: no objects")
    head = result.get("head")
    if head:
        if head["key"] is None:
            print(head["note"])
        else:
            print(f"first rows of {head['key']}:")
            for row in head["rows"]:
                print("  " + ",".join(row))
    return EXIT_OK
