"""Pieces every command shares: library options, exit codes, error printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Iterable, TextIO

from playbooks import Library, PlaybookInvalid, TargetNotFound
from playbooks.errors import PlaybookError
from playbooks.failures import PlaybookFailure

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageError(PlaybookFailure):
    """Exit 2: the command line itself is wrong (missing file, unknown name)."""

    kind = "usage"
    exit_code = EXIT_USAGE


def add_library_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--library",
        action="append",
        default=[],
        metavar="DIR",
        help="extra playbook library directory (repeatable); PLAYBOOK_PATH is also read",
    )


def open_library(args: argparse.Namespace) -> Library:
    return Library.open(args.library)


def print_errors(errors: Iterable[PlaybookError], stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    for error in errors:
        print(f"error: {error}", file=stream)


# The command whose --json document is being printed (main sets it once the line is parsed).
current_command: list[str | None] = [None]


def emit_json(payload: dict[str, Any]) -> None:
    """Print one --json document: ``ok`` and ``command`` first, then the command's own fields.

    Every document has the same head (README, "For scripts"): a failure (``"ok": false``)
    always carries ``error: {kind, message, errors}``.
    """
    if "ok" not in payload or (payload["ok"] is False and "error" not in payload):
        raise AssertionError(f"a --json document needs ok (and error when not ok): {sorted(payload)}")
    document = {"ok": payload["ok"], "command": payload.get("command", current_command[0]), **payload}
    print(json.dumps(document, indent=2, sort_keys=False, default=str), flush=True)


__all__ = [
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_USAGE",
    "PlaybookInvalid",
    "TargetNotFound",
    "UsageError",
    "add_library_option",
    "emit_json",
    "open_library",
    "print_errors",
]
