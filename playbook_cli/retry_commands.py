"""`playbook run TARGET --retry RUN`: continue a failed run from its failed states (pipeline_ops/run_retry.py).

What the user sees: `retried <ARN> (attempt N of run R, RUNNING)`, a line saying what runs again, and
with `--wait` the states of this attempt only, then the outcome line like any run's.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Callable

from .common import EXIT_OK, EXIT_USAGE, emit_json
from .deploy_commands import env_of

Follow = Callable[[argparse.Namespace, dict[str, Any], Any, int | None], int]


def _conflicts(args: argparse.Namespace) -> list[str]:
    """Options that choose what a new run does; a retry runs the failed run's own input and definition."""
    given = [("--param", bool(args.param)), ("--no-cache", args.no_cache), ("--no-start", args.no_start)]
    given += [("--allow-empty", args.allow_empty)]
    given += [(f"--{name.replace('_', '-')}", True) for name in ("from_node", "only") if getattr(args, name, None)]
    return [flag for flag, present in given if present]


def retry(args: argparse.Namespace, out: Any, follow: Follow) -> int:
    from pipeline_ops.run_retry import retry_run

    conflicts = _conflicts(args)
    if conflicts:
        message = (
            f"--retry continues a run with the input and definition it started with; "
            f"{', '.join(conflicts)} cannot change it (start a new run instead)"
        )
        if args.json:
            emit_json({"ok": False, "command": "run", "error": {"kind": "usage", "message": message, "errors": []}})
        else:
            print(f"error: {message}", file=sys.stderr)
        return EXIT_USAGE
    result = retry_run(
        args.target, args.retry, env_of(args), local=args.local, library_dirs=args.library, lock_file=args.lock_file
    )
    attempt = result["retried"]["redrive_count"]
    print(
        f"retried {result['execution_arn']} (attempt {attempt + 1} of run {result['run_name']}, {result['execution_status']})",
        file=out,
    )
    print(
        f"  the states that did not succeed run again with the input they received; "
        f"the ones that succeeded keep their results (run {result['run_name']} was {result['retried']['from_status']})",
        file=out,
    )
    if not args.wait:
        if args.json:
            emit_json({"ok": True, **result})
        return EXIT_OK
    return follow(args, result, out, attempt)
