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
    p.set_defaults(handler=run)

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
    from playbooks.lock import LockError

    return (DeployError, EmulatorError, LockError)


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

    result = pipeline_ops.run_pipeline(args.target, _env(args), local=args.local, start=not args.no_start,
                                       library_dirs=args.library, lock_file=args.lock_file)
    for art in result.get("artifacts", []):
        print(f"uploaded {art['node']}: {art['uploaded']} file(s), {art['unchanged']} unchanged -> {art['uri']}")
    if result.get("execution_arn"):
        print(f"started {result['execution_arn']} ({result['execution_status']})")
    return EXIT_OK


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
