"""Pieces every command shares: library options, exit codes, error printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Iterable, TextIO

from playbooks import Library, PlaybookInvalid, TargetNotFound
from playbooks.errors import PlaybookError

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Exit 2: the command line itself is wrong (missing file, unknown name)."""


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


def emit_json(payload: object) -> None:
    print(json.dumps(payload, indent=2, sort_keys=False, default=str))


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
