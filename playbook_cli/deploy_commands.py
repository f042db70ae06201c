"""synth, plan, deploy, destroy, status, output, terraform: commands that reach cdktf or terraform.

Heavy imports happen inside the handlers, so `playbook validate` stays fast.
Output and error contracts: see reporting.py.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Callable

from .common import EXIT_INVALID, EXIT_OK, add_library_option
from .reporting import Progress, emit, guarded

EXIT_CHANGES = 2  # plan --detailed-exitcode, as terraform plan -detailed-exitcode


def target_args(p: argparse.ArgumentParser, env_default: str | None = "dev") -> None:
    p.add_argument("target", metavar="TARGET", help="playbook file or NAME[@RANGE]")
    p.add_argument(
        "--env",
        default=env_default,
        help="environment from the project's environments.yaml (default: dev, or the only one defined; local with --local)",
    )
    p.add_argument(
        "--lock-file",
        default=None,
        metavar="FILE",
        help="lock file to honour if it exists (default: the project's playbooks.lock)",
    )
    add_library_option(p)


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--json", action="store_true", help="print exactly one JSON document on stdout (progress as JSON lines on stderr)"
    )


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("synth", help="synthesize Terraform JSON for a pipeline and environment")
    target_args(p, env_default=None)
    p.add_argument("--out", default=None, metavar="DIR", help="default: cdktf.out at the project's root")
    p.set_defaults(out_in_project=True)
    _json_flag(p)
    p.set_defaults(handler=synth)

    for name, helptext in (
        ("plan", "synthesize and show what would change, grouped by pipeline node"),
        ("deploy", "apply exactly the shown plan, with progress per node"),
        ("destroy", "tear a deployed pipeline down"),
    ):
        p = sub.add_parser(name, help=helptext)
        target_args(p, env_default=None)
        p.add_argument("--local", action="store_true", help="use the local AWS emulator (started when needed)")
        _json_flag(p)
        p.add_argument("--verbose", "-v", action="store_true", help="also stream Terraform's own output")
        if name == "plan":
            p.add_argument(
                "--detailed-exitcode",
                action="store_true",
                help="exit 0 = no changes, 1 = error, 2 = changes (like terraform plan)",
            )
            p.add_argument(
                "--out", metavar="FILE", help="also save the plan to FILE (0600), for `playbook deploy TARGET --plan FILE`"
            )
        else:
            p.add_argument("--auto-approve", action="store_true", help="do not ask for confirmation")
        if name == "deploy":
            p.add_argument(
                "--plan",
                metavar="FILE",
                dest="plan_file",
                help="apply this plan saved by `playbook plan --out FILE` and plan nothing "
                "(refused when the state changed since, or when it was made for another stack)",
            )
        p.set_defaults(handler={"plan": plan, "deploy": deploy, "destroy": destroy}[name])

    p = sub.add_parser("status", help="which playbook version runs in which environment")
    p.add_argument("name", nargs="?", metavar="NAME")
    p.add_argument("--env")
    _json_flag(p)
    add_library_option(p)
    p.set_defaults(handler=status)

    p = sub.add_parser("output", help="the deployed stack's outputs (all, or one value)")
    target_args(p, env_default=None)
    p.add_argument("name", nargs="?", metavar="NAME", help="one output: prints its bare value")
    p.add_argument("--local", action="store_true", help="the emulator stack (environment local)")
    _json_flag(p)
    p.set_defaults(handler=output)

    p = sub.add_parser(
        "terraform",
        help="run terraform itself on a stack (state, import, force-unlock...)",
        description="Runs `terraform ARGS` in the stack's working directory with the project's "
        "CLI config, backend and credentials. Example: "
        "playbook terraform churn-prediction --env local -- state list",
    )
    target_args(p, env_default=None)
    p.add_argument("--local", action="store_true", help="the emulator stack (environment local)")
    p.add_argument("tf_args", nargs=argparse.REMAINDER, metavar="-- ARGS", help="terraform arguments after --")
    p.set_defaults(handler=terraform)


def env_of(args: argparse.Namespace) -> str:
    from stacks.environments import default_environment

    return args.env or ("local" if getattr(args, "local", False) else default_environment())


@guarded
def synth(args: argparse.Namespace) -> int:
    import pipeline_ops

    result = pipeline_ops.synth(args.target, env_of(args), out_dir=args.out, library_dirs=args.library, lock_file=args.lock_file)
    if args.json:
        emit({"ok": True, **result})
    else:
        for stack in result["stacks"]:
            print(f"synthesized {stack['name']} ({result['name']}@{result['version']}) -> {stack['directory']}/cdk.tf.json")
    return EXIT_OK


def _progress(args: argparse.Namespace) -> Progress:
    return Progress(json_mode=args.json, verbose=args.verbose)


@guarded
def plan(args: argparse.Namespace) -> int:
    import pipeline_ops

    progress = _progress(args)
    result = pipeline_ops.plan(
        args.target,
        env_of(args),
        local=args.local,
        library_dirs=args.library,
        on_output=progress.line,
        on_event=progress.event,
        lock_file=args.lock_file,
    )
    if args.out:
        result["plan_file"] = _save_plan_copy(result["plan_file"], args.out)
    if args.json:
        emit({"ok": True, **result})
    else:
        print(result["text"])
        print(f"saved plan: {result['plan_file']}")
    if args.detailed_exitcode and result["has_changes"]:
        return EXIT_CHANGES
    return EXIT_OK


def _save_plan_copy(plan_file: str, out: str) -> str:
    """Copy the saved plan to ``out``, readable by its owner only (a plan holds resolved values)."""
    import os
    from pathlib import Path

    dest = Path(out).expanduser()
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an existing file keeps its mode through O_CREAT
    with os.fdopen(fd, "wb") as copy:
        copy.write(Path(plan_file).read_bytes())
    return str(dest.resolve())


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        print(f"{question} no (stdin is not a terminal; pass --auto-approve)", file=sys.stderr)
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def _confirmer(args: argparse.Namespace, verb: str) -> Callable[[dict[str, Any]], bool]:
    def confirm(planned: dict[str, Any]) -> bool:
        if not args.json:
            print(planned["text"])
            if planned.get("rollback"):
                print(
                    f"This is a ROLLBACK of {planned['name']} in {planned['environment']}: "
                    f"{planned['previous_version']} -> {planned['version']}."
                )
        if not planned["has_changes"] or args.auto_approve:
            return True
        return _ask(f"{verb} {planned['stack']}?")

    return confirm


@guarded
def deploy(args: argparse.Namespace) -> int:
    import pipeline_ops

    progress = _progress(args)
    common: dict[str, Any] = dict(
        local=args.local,
        library_dirs=args.library,
        on_output=progress.line,
        on_event=progress.event,
        confirm=_confirmer(args, "Deploy"),
        lock_file=args.lock_file,
    )
    from pipeline_ops.infra_ops import StoppedAfterApply

    try:
        if args.plan_file:
            from pipeline_ops.saved_plan import deploy_saved_plan

            result = deploy_saved_plan(args.target, env_of(args), args.plan_file, **common)
        else:
            result = pipeline_ops.deploy(args.target, env_of(args), **common)
    except StoppedAfterApply as stopped:  # asked to stop, but the apply it let finish completed
        if args.json:
            emit({"ok": False, **stopped.result, "error": {"kind": stopped.kind, "message": str(stopped), "errors": []}})
        else:
            print(str(stopped), file=sys.stderr)
            _print_outputs(stopped.result["outputs"])
        return 128 + stopped.signum
    if args.json:
        emit({"ok": result["applied"], **result, **_not_confirmed(result, "deploy")})
        return EXIT_OK if result["applied"] else EXIT_INVALID
    if not result["applied"]:
        print("Nothing applied.")
        return EXIT_INVALID
    kind = "rolled back" if result.get("rollback") else "deployed"
    took = f"in {result['seconds']:.0f} s" if result["has_changes"] else "(already up to date, nothing applied)"
    print(f"{kind} {result['name']}@{result['version']} to {result['environment']} ({result['stack']}) {took}")
    _print_outputs(result["outputs"])
    return EXIT_OK


def _not_confirmed(result: dict[str, Any], verb: str) -> dict[str, Any]:
    """The error of a plan that was shown but not confirmed (nothing was changed)."""
    if result["applied"]:
        return {}
    message = f"the {verb} of {result['stack']} was not confirmed: nothing applied (pass --auto-approve to skip the question)"
    return {"error": {"kind": "not_confirmed", "message": message, "errors": []}}


def _print_outputs(values: dict[str, Any]) -> None:
    if not values:
        return
    print("outputs:")
    width = max(len(k) for k in values)
    for key, value in sorted(values.items()):
        print(f"  {key:<{width}} = {value}")


@guarded
def destroy(args: argparse.Namespace) -> int:
    import pipeline_ops

    progress = _progress(args)
    result = pipeline_ops.destroy(
        args.target,
        env_of(args),
        local=args.local,
        library_dirs=args.library,
        on_output=progress.line,
        on_event=progress.event,
        confirm=_confirmer(args, "Destroy"),
        lock_file=args.lock_file,
    )
    if args.json:
        emit({"ok": result["applied"], **result, **_not_confirmed(result, "destroy")})
    elif result["applied"]:
        print(f"destroyed {result['stack']}" + (f" in {result['seconds']:.0f} s" if result.get("seconds") else ""))
    else:
        print("Nothing destroyed.")
    return EXIT_OK if result["applied"] else EXIT_INVALID


@guarded
def status(args: argparse.Namespace) -> int:
    import pipeline_ops

    result = pipeline_ops.status(args.name, args.env, args.library)
    if args.json:
        emit({"ok": True, **result})
        return EXIT_OK
    rows = result["deployments"]
    for note in result.get("notes", []):
        print(f"note: {note}", file=sys.stderr)
    if not rows:
        print("nothing deployed" + (f" for {args.name}" if args.name else "") + (f" in {args.env}" if args.env else ""))
        return EXIT_OK
    print(f"{'PIPELINE':<22} {'ENV':<8} {'VERSION':<9} {'LATEST':<9} NOTE")
    for r in rows:
        note = []
        if r.get("partial"):
            note.append(f"partial: an apply did not finish ({r['resources']} resources in the state; deploy again or destroy)")
        if r["behind_latest"]:
            note.append(f"behind latest {r['latest']}")
        if not r["digest_matches_library"] and not r.get("partial"):
            note.append("digest not in library (unpublished or edited config)")
        print(
            f"{r['name']:<22} {r['environment']:<8} {r['version'] or '-':<9} {r['latest'] or '-':<9} {'; '.join(note) or 'up to date'}"
        )
    return EXIT_OK


@guarded
def output(args: argparse.Namespace) -> int:
    import json

    import pipeline_ops

    progress = Progress(json_mode=args.json)
    result = pipeline_ops.outputs(
        args.target,
        env_of(args),
        name=args.name,
        local=args.local,
        library_dirs=args.library,
        lock_file=args.lock_file,
        on_event=progress.event,
    )
    if args.json:
        emit({"ok": True, **result})
    elif args.name:
        value = result["outputs"][args.name]
        print(value if isinstance(value, str) else json.dumps(value))  # bare, for $(playbook output ...)
    else:
        _print_outputs(result["outputs"])
    return EXIT_OK


@guarded
def terraform(args: argparse.Namespace) -> int:
    import pipeline_ops

    from .common import UsageError

    # argparse.REMAINDER takes every word after TARGET: options before `--` are ours.
    words = list(args.tf_args)
    ours, tf_args = (words[: words.index("--")], words[words.index("--") + 1 :]) if "--" in words else ([], words)
    if ours:
        own = argparse.ArgumentParser(prog="playbook terraform", add_help=False)
        own.add_argument("--env", default=args.env)
        own.add_argument("--local", action="store_true", default=args.local)
        own.add_argument("--lock-file", default=args.lock_file)
        own.add_argument("--library", action="append", default=list(args.library))
        parsed, unknown = own.parse_known_args(ours)
        if unknown:
            raise UsageError(f"unknown option(s) before --: {' '.join(unknown)}")
        args.env, args.local, args.lock_file, args.library = parsed.env, parsed.local, parsed.lock_file, parsed.library
    if not tf_args:
        raise UsageError(
            "give terraform's arguments after --, e.g. `playbook terraform churn-prediction --env local -- state list`"
        )
    runner = pipeline_ops.stack_runner(
        args.target,
        env_of(args),
        local=args.local,
        library_dirs=args.library,
        lock_file=args.lock_file,
        on_event=Progress(json_mode=False).event,
    )
    print(f"# terraform -chdir={runner.stack_dir} {' '.join(tf_args)}", file=sys.stderr)
    return runner.terraform_command(tf_args)
