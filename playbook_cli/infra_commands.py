"""synth, plan, deploy, destroy, run, status, emulator: commands that reach cdktf or terraform.

Heavy imports happen inside the handlers, so `playbook validate` stays fast.
"""
from __future__ import annotations

import argparse
import sys

from .common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, add_library_option, emit_json


def _target_args(p: argparse.ArgumentParser, env_default: str | None = "dev") -> None:
    p.add_argument("target", metavar="TARGET", help="playbook file or NAME[@RANGE]")
    p.add_argument("--env", default=env_default, help="environment from stacks/environments.yaml (default: dev; local with --local)")
    p.add_argument("--lock-file", default="playbooks.lock", metavar="FILE", help="lock file to honour if it exists")
    add_library_option(p)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("synth", help="synthesize Terraform JSON for a pipeline and environment")
    _target_args(p)
    p.add_argument("--out", default="cdktf.out", metavar="DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=synth)

    for name, helptext in (("plan", "synthesize and show what would change"),
                           ("deploy", "apply exactly the shown plan"),
                           ("destroy", "tear a deployed pipeline down")):
        p = sub.add_parser(name, help=helptext)
        _target_args(p, env_default=None)
        p.add_argument("--local", action="store_true", help="use the local AWS emulator (starts it when needed)")
        p.add_argument("--json", action="store_true", help="machine-readable result")
        if name != "plan":
            p.add_argument("--auto-approve", action="store_true", help="do not ask for confirmation")
        p.set_defaults(handler={"plan": plan, "deploy": deploy, "destroy": destroy}[name])

    p = sub.add_parser("run", help="upload the pipeline's code and start its orchestrator (after deploy)")
    _target_args(p, env_default=None)
    p.add_argument("--local", action="store_true")
    p.add_argument("--no-start", action="store_true", help="upload artifacts only")
    p.add_argument("--wait", action="store_true", help="follow the run state by state until it ends; exit 1 unless it SUCCEEDED")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="with --wait: stop the run after this long")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout (with --wait: the run's summary)")
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

    p = sub.add_parser("status", help="which playbook version runs in which environment")
    p.add_argument("name", nargs="?", metavar="NAME")
    p.add_argument("--env")
    p.add_argument("--json", action="store_true")
    add_library_option(p)
    p.set_defaults(handler=status)

    p = sub.add_parser("emulator", help="the local AWS emulator (moto server on 127.0.0.1)")
    p.add_argument("action", choices=("start", "stop", "status"))
    p.set_defaults(handler=emulator)


def _env(args: argparse.Namespace) -> str:
    return args.env or ("local" if getattr(args, "local", False) else "dev")


def _deploy_errors():
    from deploy_runner.emulator import EmulatorError
    from deploy_runner.terraform import DeployError
    from pipeline_ops.run_ops import RunNotFound
    from playbooks.lock import LockError

    return (DeployError, EmulatorError, LockError, RunNotFound)


def _guard(fn):
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except _deploy_errors() as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_INVALID
    wrapper.__name__ = fn.__name__
    return wrapper


def _stream(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


@_guard
def synth(args: argparse.Namespace) -> int:
    import pipeline_ops

    result = pipeline_ops.synth(args.target, args.env, out_dir=args.out, library_dirs=args.library, lock_file=args.lock_file)
    if args.json:
        emit_json(result)
    else:
        for stack in result["stacks"]:
            print(f"synthesized {stack['name']} ({result['name']}@{result['version']}) -> {stack['directory']}/cdk.tf.json")
    return EXIT_OK


@_guard
def plan(args: argparse.Namespace) -> int:
    import pipeline_ops

    result = pipeline_ops.plan(args.target, _env(args), local=args.local, library_dirs=args.library,
                               on_output=None if args.json else _stream, lock_file=args.lock_file)
    result.pop("_plan", None)
    if args.json:
        emit_json(result)
    else:
        print(result["text"])
        print(f"saved plan: {result['plan_file']}")
    return EXIT_OK


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        print(f"{question} no (stdin is not a terminal; pass --auto-approve)", file=sys.stderr)
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def _confirmer(args: argparse.Namespace, verb: str):
    def confirm(planned: dict) -> bool:
        if not args.json:
            print(planned["text"])
            if planned.get("rollback"):
                print(f"This is a ROLLBACK of {planned['name']} in {planned['environment']}: "
                      f"{planned['previous_version']} -> {planned['version']}.")
        if args.auto_approve:
            return True
        return _ask(f"{verb} {planned['stack']}?")
    return confirm


@_guard
def deploy(args: argparse.Namespace) -> int:
    import pipeline_ops

    result = pipeline_ops.deploy(args.target, _env(args), local=args.local, library_dirs=args.library,
                                 on_output=None if args.json else _stream, confirm=_confirmer(args, "Deploy"),
                                 lock_file=args.lock_file)
    if args.json:
        emit_json(result)
        return EXIT_OK if result["applied"] else EXIT_INVALID
    if not result["applied"]:
        print("Nothing applied.")
        return EXIT_INVALID
    kind = "rolled back" if result.get("rollback") else "deployed"
    print(f"{kind} {result['name']}@{result['version']} to {result['environment']} ({result['stack']}) in {result['seconds']} s")
    for key, value in sorted(result["outputs"].items()):
        print(f"  {key} = {value}")
    return EXIT_OK


@_guard
def destroy(args: argparse.Namespace) -> int:
    import pipeline_ops

    result = pipeline_ops.destroy(args.target, _env(args), local=args.local, library_dirs=args.library,
                                  on_output=None if args.json else _stream, confirm=_confirmer(args, "Destroy"),
                                  lock_file=args.lock_file)
    if args.json:
        emit_json(result)
    elif result["applied"]:
        print(f"destroyed {result['stack']}")
    else:
        print("Nothing destroyed.")
    return EXIT_OK if result["applied"] else EXIT_INVALID


@_guard
def run(args: argparse.Namespace) -> int:
    import pipeline_ops
    from pipeline_ops import run_ops

    out = sys.stderr if args.json else sys.stdout
    result = pipeline_ops.run_pipeline(args.target, _env(args), local=args.local, start=not args.no_start,
                                       library_dirs=args.library, lock_file=args.lock_file)
    for art in result.get("artifacts", []):
        print(f"uploaded {art['node']}: {art['uploaded']} file(s), {art['unchanged']} unchanged -> {art['uri']}", file=out)
    if result.get("execution_arn"):
        print(f"started {result['execution_arn']} ({result['execution_status']})", file=out)
    if not (args.wait and result.get("execution_arn")):
        if args.json:
            emit_json(result)
        return EXIT_OK

    def show(event: dict) -> None:
        if event["event"] == "entered":
            print(f"  -> {event['state']}", file=out, flush=True)
        elif event["event"] == "exited":
            print(f"  <- {event['state']}", file=out, flush=True)
        elif event["event"] in ("TaskFailed", "TaskTimedOut"):
            print(f"  !  {event['state']}: {event['error']} (fails the run unless a Catch handles it)", file=out, flush=True)

    summary = run_ops.wait_for_run(result["execution_arn"], _env(args), local=args.local, on_event=show,
                                   timeout_seconds=args.timeout)
    if args.json:
        emit_json({**result, "run": summary})
    else:
        _print_outcome(summary)
    return EXIT_OK if summary["status"] == "SUCCEEDED" else EXIT_INVALID


def _print_outcome(summary: dict) -> None:
    took = f" in {summary['seconds']} s" if summary.get("seconds") is not None else ""
    print(f"{summary['status']}{took}: {summary['execution_arn']}")
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

    result = run_ops.list_runs(args.target, _env(args), local=args.local, limit=args.limit,
                               library_dirs=args.library, lock_file=args.lock_file)
    if args.json:
        emit_json(result)
        return EXIT_OK
    if not result["runs"]:
        print(f"no runs of {result['name']} in {result['environment']}")
        return EXIT_OK
    print(f"{'RUN':<34} {'STARTED':<26} {'STATUS':<10} {'SECONDS':>8}  FAILED STATE")
    for row in result["runs"]:
        seconds = "-" if row["seconds"] is None else f"{row['seconds']:.1f}"
        failed = f"{row['failed_state']} ({row['error']})" if row["failed_state"] else ""
        print(f"{row['name']:<34} {row['start']:<26} {row['status']:<10} {seconds:>8}  {failed}")
    return EXIT_OK


@_guard
def logs(args: argparse.Namespace) -> int:
    from pipeline_ops import run_ops

    result = run_ops.run_logs(args.run, _env(args), local=args.local, lines=args.lines)
    if args.json:
        emit_json(result)
        return EXIT_OK
    _print_run_log(result, indent="")
    return EXIT_OK


def _print_run_log(log: dict, indent: str) -> None:
    took = "" if log.get("seconds") is None else f" in {log['seconds']} s"
    print(f"{indent}{log['name']}: {log['status']}{took} (started {log['start']})")
    for state in log["states"]:
        seconds = "" if state["seconds"] is None else f" {state['seconds']} s"
        error = f" {state['error']}" if state.get("error") else ""
        print(f"{indent}  {state['status']:<9} {state['state']}{seconds}{error}")
    for job in log["jobs"]:
        print(f"{indent}  {job['job']} (state {job['state']}):")
        for line in job["log_tail"] or ["(no log lines)"]:
            print(f"{indent}    | {line}")
    for child in log["children"]:
        print(f"{indent}  child pipeline run by state {child['state']}:")
        _print_run_log(child, indent + "    ")


def status(args: argparse.Namespace) -> int:
    import pipeline_ops

    result = pipeline_ops.status(args.name, args.env, args.library)
    if args.json:
        emit_json(result)
        return EXIT_OK
    rows = result["deployments"]
    if not rows:
        print("nothing deployed" + (f" for {args.name}" if args.name else "") + (f" in {args.env}" if args.env else ""))
        return EXIT_OK
    print(f"{'PIPELINE':<22} {'ENV':<8} {'VERSION':<9} {'LATEST':<9} NOTE")
    for r in rows:
        note = []
        if r["behind_latest"]:
            note.append(f"behind latest {r['latest']}")
        if not r["digest_matches_library"]:
            note.append("digest not in library (unpublished or edited config)")
        print(f"{r['name']:<22} {r['environment']:<8} {r['version']:<9} {r['latest'] or '-':<9} {'; '.join(note) or 'up to date'}")
    return EXIT_OK


@_guard
def emulator(args: argparse.Namespace) -> int:
    from deploy_runner.emulator import Emulator

    emu = Emulator()
    if args.action == "start":
        st = emu.start()
        print(f"emulator running at {st.endpoint} (pid {st.pid}, log {st.log_file})")
    elif args.action == "stop":
        print("emulator stopped" if emu.stop() else "emulator was not running")
    else:
        st = emu.status()
        print(f"emulator running at {st.endpoint} (pid {st.pid})" if st.running else "emulator not running")
        return EXIT_OK if st.running else 3  # like `systemctl status`: 3 = not running
    return EXIT_OK
