"""`playbook schedule ls|trigger TARGET ...`: a deployed pipeline's schedules (pipeline_ops.schedule_ops)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import EXIT_INVALID, EXIT_OK, emit_json
from .deploy_commands import env_of as _env
from .deploy_commands import target_args as _target_args
from .reporting import guarded as _guard


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("schedule", help="a deployed pipeline's EventBridge schedules: list them, start one now")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = actions.add_parser("ls", help="each schedule: node, expression, state, next fire time (UTC), what it starts")
    _target_args(ls, env_default=None)
    ls.add_argument("--local", action="store_true", help="the deployment on the local emulator")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=schedule_ls)
    trigger = actions.add_parser("trigger", help="start what NODE's schedule starts, with the schedule's input")
    _target_args(trigger, env_default=None)
    trigger.add_argument("node", metavar="NODE", help="the scheduled node's id (a/b inside a sub-pipeline)")
    trigger.add_argument("--local", action="store_true", help="the deployment on the local emulator")
    trigger.add_argument("--wait", action="store_true", help="follow the started run until it ends; exit 1 unless it SUCCEEDED")
    trigger.add_argument("--timeout", type=float, metavar="SECONDS", help="with --wait: stop the run after this long")
    trigger.add_argument("--json", action="store_true")
    trigger.set_defaults(handler=schedule_trigger)


@_guard
def schedule_ls(args: argparse.Namespace) -> int:
    from pipeline_ops.schedule_ops import list_schedules

    result = list_schedules(args.target, _env(args), local=args.local, library_dirs=args.library, lock_file=args.lock_file)
    if args.json:
        emit_json({"ok": True, "command": "schedule", "action": "ls", **result})
        return EXIT_OK
    if not result["schedules"]:
        print(f"{result['name']} has no scheduled node in {result['environment']}")
    for row in result["schedules"]:
        when = row["next_fire"] or "never"
        print(f"{row['node']:<20} {row['expression']:<24} {row['state']:<8} next {when:<20} {row['starts']} {row['target']}")
    return EXIT_OK


@_guard
def schedule_trigger(args: argparse.Namespace) -> int:
    from pipeline_ops import run_ops
    from pipeline_ops.schedule_ops import trigger

    result = trigger(args.target, args.node, _env(args), local=args.local, library_dirs=args.library, lock_file=args.lock_file)
    out = sys.stderr if args.json else sys.stdout
    print(f"started {result['starts']} of {result['target']} (schedule {result['schedule']}): {result['id']}", file=out)
    if result["state"] != "ENABLED":
        print(f"note: the schedule is {result['state']}: it does not fire by itself", file=out)
    print(f"follow it: {result['follow']}", file=out)
    waits = args.wait and result["starts"] == "states:StartExecution"
    if not waits:
        if args.json:
            emit_json({"ok": True, "command": "schedule", "action": "trigger", **result})
        return EXIT_OK

    def show(event: dict[str, Any]) -> None:
        if event["event"] in ("entered", "exited"):
            print(f"  {'->' if event['event'] == 'entered' else '<-'} {event['state']}", file=out, flush=True)

    summary = run_ops.wait_for_run(result["id"], _env(args), local=args.local, on_event=show, timeout_seconds=args.timeout)
    succeeded = summary["status"] == "SUCCEEDED"
    if args.json:
        document = {"ok": succeeded, "command": "schedule", "action": "trigger", **result, "execution_status": summary["status"]}
        if not succeeded:
            message = f"{result['id']} ended {summary['status']}"
            document["error"] = {"kind": "run_failed", "message": message, "errors": []}
        emit_json(document)
    else:
        from .infra_commands import _print_outcome

        _print_outcome(summary)
    return EXIT_OK if succeeded else EXIT_INVALID
