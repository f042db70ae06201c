"""Commands that reach cdktf, terraform or the cloud: registered here, one module per concern.

- deploy_commands: synth, plan, deploy, destroy, status, output, terraform
- emulator_commands: emulator start|stop|status|env
- run, runs, logs (below): start the orchestrator, list runs, show a run's logs
- invoke_commands: invoke (score rows with a deployed API endpoint)
- schedule_commands: schedule ls|trigger (a deployment's EventBridge schedules)

Heavy imports happen inside the handlers, so `playbook validate` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import deploy_commands, emulator_commands, invoke_commands, retry_commands, schedule_commands
from .common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, emit_json
from .deploy_commands import env_of as _env
from .deploy_commands import target_args as _target_args
from .reporting import guarded as _guard


def register(sub: argparse._SubParsersAction[Any]) -> None:
    deploy_commands.register(sub)

    p = sub.add_parser("run", help="upload the pipeline's code and start its orchestrator (after deploy)")
    _target_args(p, env_default=None)
    p.add_argument("--local", action="store_true")
    p.add_argument("--no-start", action="store_true", help="upload artifacts only")
    p.add_argument("--wait", action="store_true", help="follow the run state by state until it ends; exit 1 unless it SUCCEEDED")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="with --wait: stop the run after this long")
    p.add_argument(
        "--allow-empty",
        action="store_true",
        help="start even when an S3 location the run reads holds no objects (a pipeline that fills its own inputs)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="run every job, even those whose config, code, parameters and inputs match an earlier run's",
    )
    part = p.add_mutually_exclusive_group()  # a retry continues its run as it was started: no --from/--only
    part.add_argument(
        "--retry",
        metavar="RUN",
        help="continue a failed run (its name as `runs` shows it, or its ARN) from its failed states, keeping what succeeded",
    )
    part.add_argument(
        "--from",
        dest="from_node",
        metavar="NODE",
        help="run NODE and everything downstream of it; the nodes before it reuse their latest successful output",
    )
    part.add_argument("--only", dest="only_node", metavar="NODE", help="run NODE alone, on its upstream nodes' latest outputs")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout (with --wait: the run's summary)")
    p.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set a declared parameter for this run (repeatable; typed against the declaration: "
        "integer 10, number 0.1, boolean true, list/object as JSON)",
    )
    p.set_defaults(handler=run)

    p = sub.add_parser("runs", help="a deployed pipeline's runs: start, status, duration, failing state")
    _target_args(p, env_default=None)
    p.add_argument("--local", action="store_true", help="the local emulator's runs")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=runs)

    p = sub.add_parser("logs", help="a run's states and its jobs' log tails")
    p.add_argument("run", metavar="RUN", help="execution ARN, or the run name `playbook runs` shows")
    p.add_argument("--env", default=None, help="environment (default: dev; local with --local)")
    p.add_argument("--local", action="store_true")
    p.add_argument("--lines", type=int, default=20, help="log lines per job (default 20)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=logs)

    invoke_commands.register(sub)
    schedule_commands.register(sub)
    emulator_commands.register(sub)


@_guard
def run(args: argparse.Namespace) -> int:
    import pipeline_ops
    from pipeline_ops import run_selection
    from pipeline_ops.data_inputs import InputsEmpty
    from pipeline_ops.run_input import RunInputInvalid, parse_assignments

    out = sys.stderr if args.json else sys.stdout
    if args.retry:
        return retry_commands.retry(args, out, _follow)
    try:  # a --param that is not NAME=VALUE, names no declared parameter or does not fit its type: usage (2)
        result = pipeline_ops.run_pipeline(
            args.target,
            _env(args),
            local=args.local,
            start=not args.no_start,
            library_dirs=args.library,
            lock_file=args.lock_file,
            parameters=parse_assignments(args.param),
            parameters_from_text=True,
            allow_empty=args.allow_empty,
            no_cache=args.no_cache,
            selection=run_selection.Selection(args.from_node, args.only_node) if args.from_node or args.only_node else None,
        )
    except InputsEmpty as exc:
        if args.json:
            emit_json({"ok": False, "command": "run", "error": {"kind": exc.kind, "message": str(exc), "errors": []}})
            return EXIT_INVALID
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        print("run refused: nothing was uploaded or started (--allow-empty starts it anyway)", file=sys.stderr)
        return EXIT_INVALID
    except RunInputInvalid as exc:
        if args.json:
            message = "; ".join(exc.problems) + "; run refused: nothing was uploaded or started"
            emit_json({"ok": False, "error": {"kind": "usage", "message": message, "errors": []}})
            return EXIT_USAGE
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        print("run refused: nothing was uploaded or started", file=sys.stderr)
        return EXIT_USAGE
    if result.get("execution_arn"):  # what `playbook logs RUN` accepts (as well as the ARN)
        result["run_name"] = result["execution_arn"].rsplit(":", 1)[-1]
    for art in result.get("artifacts", []):
        print(f"uploaded {art['node']}: {art['uploaded']} file(s), {art['unchanged']} unchanged -> {art['uri']}", file=out)
    if result.get("execution_arn"):
        print(f"started {result['execution_arn']} ({result['execution_status']})", file=out)
        for line in cache_lines(result.get("cache") or {}):
            print(line, file=out)
    if not (args.wait and result.get("execution_arn")):
        if args.json:
            emit_json({"ok": True, **result})
        return EXIT_OK
    return _follow(args, result, out)


def _follow(args: argparse.Namespace, result: dict[str, Any], out: Any, attempt: int | None = None) -> int:
    """`--wait`: each state as it enters and exits, then the outcome (exit 1 unless it SUCCEEDED)."""
    from pipeline_ops import run_ops

    def show(event: dict[str, Any]) -> None:
        if event["event"] == "entered":
            print(f"  -> {event['state']}", file=out, flush=True)
        elif event["event"] == "exited":
            print(f"  <- {event['state']}", file=out, flush=True)
        elif event["event"] in ("TaskFailed", "TaskTimedOut"):
            print(f"  !  {event['state']}: {event['error']} (fails the run unless a Catch handles it)", file=out, flush=True)
        elif event["event"] == "retried":
            print(f"  retry {event['attempt']}: the failed states run again", file=out, flush=True)

    summary = run_ops.wait_for_run(
        result["execution_arn"], _env(args), local=args.local, on_event=show, timeout_seconds=args.timeout, attempt=attempt
    )
    succeeded = summary["status"] == "SUCCEEDED"
    if args.json:
        # One status: the run's final one replaces the one seen at the start (execution_arn and
        # run_name are at the top already).
        run = {k: v for k, v in summary.items() if k not in ("status", "execution_arn", "name")}
        document = {"ok": succeeded, **result, "execution_status": summary["status"], "run": run}
        if not succeeded:
            failure = summary.get("failure") or {}
            where = f" in state {failure['state']}: {failure.get('error')}" if failure.get("state") else ""
            message = f"run {result['run_name']} ended {summary['status']}{where}"
            document["error"] = {"kind": "run_failed", "message": message, "errors": []}
        if succeeded:
            document["endpoints"] = invoke_commands.print_endpoint_hints(args, sys.stderr)
        emit_json(document)
    else:
        _print_outcome(summary)
        if succeeded:
            invoke_commands.print_endpoint_hints(args, sys.stdout)
    return EXIT_OK if succeeded else EXIT_INVALID


def _print_outcome(summary: dict[str, Any]) -> None:
    took = f" in {summary['seconds']} s" if summary.get("seconds") is not None else ""
    for node, uri in sorted((summary.get("written") or {}).items()):
        print(f"  {node} wrote {uri}")
    print(f"{summary['status']}{took}: {summary['execution_arn']}")  # last: scripts read the outcome there
    failure = summary.get("failure")
    if not failure:
        return
    print(f"  failed state: {failure['state']}")
    print(f"  error: {failure['error']}")
    if failure.get("reason"):
        print(f"  reason: {failure['reason']}")
    elif failure.get("cause"):
        print(f"  cause: {failure['cause'][:2000]}")
    if failure.get("log_tail"):
        print(f"  last log lines of {failure['job']}:")
        for line in failure["log_tail"]:
            print(f"    | {line}")


@_guard
def runs(args: argparse.Namespace) -> int:
    from pipeline_ops import run_ops

    result = run_ops.list_runs(
        args.target, _env(args), local=args.local, limit=args.limit, library_dirs=args.library, lock_file=args.lock_file
    )
    if args.json:
        emit_json({"ok": True, **result})
        return EXIT_OK
    if not result["runs"]:
        print(f"no runs of {result['name']} in {result['environment']}")
        return EXIT_OK
    print(f"{'RUN':<34} {'STARTED':<26} {'STATUS':<10} {'SECONDS':>8} {'CACHED':>7}  FAILED STATE")
    for row in result["runs"]:
        seconds = "-" if row["seconds"] is None else f"{row['seconds']:.1f}"
        failed = f"{row['failed_state']} ({row['error']})" if row["failed_state"] else ""
        cache = row.get("cache") or {}
        cached = f"{sum(item['status'] in ('cached', 'reused') for item in cache.values())}/{len(cache)}" if cache else "-"
        retried = f"  (retried {row['retries']}x)" if row.get("retries") else ""
        # one line per run (scripts read the table); each node's why is in `logs RUN` and `--json`
        print(f"{row['name']:<34} {row['start']:<26} {row['status']:<10} {seconds:>8} {cached:>7}  {failed}{retried}")
    return EXIT_OK


@_guard
def logs(args: argparse.Namespace) -> int:
    from pipeline_ops import run_ops

    result = run_ops.run_logs(args.run, _env(args), local=args.local, lines=args.lines)
    if args.json:
        emit_json({"ok": True, **result})
        return EXIT_OK
    _print_run_log(result, indent="")
    return EXIT_OK


def cache_lines(cache: dict[str, Any], indent: str = "") -> list[str]:
    """Per node: `clean cached (from run R, key k)`, `clean reused (latest output, ...)`, `fit skipped (--only clean)`
    or `clean ran: config changed: ...` (the step cache's decision; each why but a ran one names its status)."""
    return [
        f"{indent}  {node} {item['why']}" if item["status"] != "ran" else f"{indent}  {node} ran: {item['why']}"
        for node, item in sorted(cache.items())
    ]


def _print_run_log(log: dict[str, Any], indent: str) -> None:
    took = "" if log.get("seconds") is None else f" in {log['seconds']} s"
    retried = f", retried {log['retries']}x, last at {log['retried_at']}" if log.get("retries") else ""
    print(f"{indent}{log['name']}: {log['status']}{took} (started {log['start']}{retried})")
    attempt = 0
    for state in log["states"]:
        if state.get("attempt", 0) != attempt:
            attempt = state["attempt"]
            print(f"{indent}  retry {attempt}: the states that had not succeeded ran again")
        seconds = "" if state["seconds"] is None else f" {state['seconds']} s"
        error = f" {state['error']}" if state.get("error") else ""
        print(f"{indent}  {state['status']:<9} {state['state']}{seconds}{error}")
    for line in cache_lines(log.get("cache") or {}, indent):
        print(line)
    for node, uri in sorted((log.get("written") or {}).items()):
        print(f"{indent}  {node} wrote {uri}")
    for job in log["jobs"]:
        print(f"{indent}  {job['job']} (state {job['state']}):")
        for line in job["log_tail"] or ["(no log lines)"]:
            print(f"{indent}    | {line}")
    for child in log["children"]:
        print(f"{indent}  child pipeline run by state {child['state']}:")
        _print_run_log(child, indent + "    ")
