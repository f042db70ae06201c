"""`playbook windmill export DIR`: the `wmill sync push` layout of windmill/."""

from __future__ import annotations

import argparse
from typing import Any

import sys

from .common import EXIT_INVALID, EXIT_OK


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("windmill", help="Windmill artifacts")
    wsub = p.add_subparsers(dest="windmill_command", required=True, metavar="ACTION")
    e = wsub.add_parser("export", help="write the scripts, flow and app in the layout `wmill sync push` expects")
    e.add_argument("dest", metavar="DIR")
    e.add_argument(
        "--edition",
        choices=("ce", "ee"),
        default="ce",
        help="ce: Community Edition approvals (resume/cancel links); ee: also logged-in, non-self, group approvers",
    )
    e.set_defaults(handler=export)


def export(args: argparse.Namespace) -> int:
    from playbook_windmill.export import ExportError, export as write_export

    try:
        files = write_export(args.dest, args.edition)
    except ExportError as exc:  # e.g. Node.js / windmill-cli missing for wmill-lock.yaml
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(f"wrote {len(files)} files to {args.dest}; push them with: cd {args.dest} && wmill sync push")
    return EXIT_OK
