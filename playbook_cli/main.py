"""Entry point of the `playbook` console script."""
from __future__ import annotations

import argparse
import sys

from . import infra_commands, spec_commands, windmill_commands
from .common import EXIT_INVALID, EXIT_USAGE, PlaybookInvalid, TargetNotFound, UsageError, print_errors


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="playbook", description="ML pipeline playbooks: validate, graph, synth and deploy.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    spec_commands.register(sub)
    infra_commands.register(sub)  # handlers import cdktf/terraform layers lazily
    windmill_commands.register(sub)
    from playbook_ui.cli import register as register_ui  # `playbook ui`: the visual builder

    register_ui(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except TargetNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PlaybookInvalid as exc:
        print_errors(exc.errors)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
