"""Entry point of the `playbook` console script."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable, NoReturn

from . import data_commands, infra_commands, project_commands, spec_commands, windmill_commands
from playbooks.failures import PlaybookFailure

from .common import EXIT_INVALID, EXIT_USAGE, PlaybookInvalid, print_errors


class _Parser(argparse.ArgumentParser):
    """argparse that keeps the --json contract for usage errors too (one JSON document on stdout, exit 2)."""

    def error(self, message: str) -> NoReturn:
        if "--json" in sys.argv[1:]:
            from .reporting import emit

            from .common import current_command

            words = self.prog.split()  # a subcommand's parser is "playbook NAME"
            command = words[1] if len(words) > 1 else current_command[0]
            emit({"ok": False, "command": command, "error": {"kind": "usage", "message": message, "errors": []}})
            self.exit(EXIT_USAGE)
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="playbook", description="ML pipeline playbooks: validate, graph, synth and deploy.")
    parser.add_argument("--version", action=_VersionAction, help="show program's version number and exit")
    parser.add_argument(
        "--project",
        metavar="DIR",
        help="the playbook project to use (default: the nearest playbook-project.yaml above the current directory; "
        "PLAYBOOK_PROJECT also sets it). Accepted anywhere on the command line.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    project_commands.register(sub)
    spec_commands.register(sub)
    infra_commands.register(sub)  # handlers import cdktf/terraform layers lazily
    data_commands.register(sub)
    windmill_commands.register(sub)
    from playbook_ui.cli import register as register_ui  # `playbook ui`: the visual builder

    register_ui(sub)
    _add_json_everywhere(sub)
    return parser


_NO_JSON = {"ui"}  # a long-running server: nothing to put in one document


def _add_json_everywhere(sub: argparse._SubParsersAction[Any]) -> None:
    """Give every command a --json flag; commands without their own JSON output get the envelope below."""
    for name, parser in sub.choices.items():
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            _add_json_everywhere(nested[0])
            continue
        if name in _NO_JSON or "--json" in parser._option_string_actions:
            continue
        parser.add_argument(
            "--json", action="store_true", help="exactly one JSON document on stdout: {ok, command, exit_code, output, messages}"
        )
        parser.set_defaults(json_envelope=True)


def _run_in_envelope(args: argparse.Namespace) -> int:
    """Run a text command with --json: its stdout and stderr become fields of one JSON document."""
    import contextlib
    import io

    from .reporting import emit

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = _dispatch(args)
    messages = [line for line in err.getvalue().splitlines() if line.strip()]
    document: dict[str, Any] = {"ok": code == 0, "command": args.command, "exit_code": code, "output": out.getvalue()}
    document["messages"] = messages
    if code != 0:
        errors = [m.removeprefix("error: ") for m in messages if m.startswith("error: ")]
        document["error"] = getattr(args, "error_payload", None) or {
            "kind": "usage" if code == EXIT_USAGE else "error",
            "message": "; ".join(errors) or (messages[-1] if messages else f"exit {code}"),
            "errors": [],
        }
    emit(document)
    return code


# Options naming a directory the command writes into (`schema --out` and `plan --out` name a file instead).
_DIRECTORY_OPTIONS = {"out": "--out", "to": "--to"}


def path_option_problem(args: argparse.Namespace) -> str | None:
    """A usage error when an output option points at the wrong kind of thing (checked before any work)."""
    for attr, flag in _DIRECTORY_OPTIONS.items():
        value = getattr(args, attr, None)
        if not isinstance(value, str) or not value:
            continue
        path = Path(value)
        wants_file = args.command in ("schema", "plan")
        if wants_file and path.is_dir():
            return f"{flag} {value} is a directory; expected a file to write"
        if not wants_file and (path.exists() or path.is_symlink()) and not path.is_dir():
            return f"{flag} {value} is not a directory (a file is in the way); expected a directory to write into"
    return None


# Packages only some commands need, and the extra that installs them (the base install is the
# construct library and the playbook model; see pyproject.toml).
EXTRA_OF_MODULE = {
    "boto3": "cli",
    "botocore": "cli",
    "uvicorn": "ui",
    "starlette": "ui",
    "wmill": "windmill",
    "moto": "emulator",
    "xgboost": "emulator",
}


class _VersionAction(argparse.Action):
    """argparse's "version" action, reading the version only when asked (reading installed
    packages' metadata costs every other command a few milliseconds)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        parser._print_message(f"playbook {_version()}\n", sys.stdout)
        parser.exit()


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("ml-pipeline-playbooks")
    except metadata.PackageNotFoundError:  # a source tree on PYTHONPATH, not installed
        return "unknown (not installed)"


def _take_project_option(argv: list[str]) -> tuple[list[str], str | None]:
    """`--project DIR` anywhere on the line (users put it after the command, as with terraform -chdir)."""
    rest: list[str] = []
    project = None
    items = iter(argv)
    for item in items:
        if item == "--":
            rest += [item, *items]
            break
        if item == "--project":
            project = next(items, None)
            if project is None:
                rest.append(item)  # argparse reports the missing value
        elif item.startswith("--project="):
            project = item.partition("=")[2]
        else:
            rest.append(item)
    return rest, project


def _project_defaults(args: argparse.Namespace) -> None:
    """Paths a command defaults to come from the project: its lock file and its cdktf.out."""
    needs_lock = getattr(args, "lock_file", "") is None
    needs_out = getattr(args, "out_in_project", False) and args.out is None
    if not (needs_lock or needs_out):
        return
    from playbooks.project import current_project

    project = current_project()
    if needs_lock:
        args.lock_file = str(project.lock_file)
    if needs_out:
        args.out = str(project.root / "cdktf.out")


# Commands that write Terraform state, plans or runs: outside a project they say where that goes.
_STATEFUL = {"plan", "deploy", "destroy", "run", "terraform", "ui"}


def _say_where_state_goes(args: argparse.Namespace) -> None:
    import os

    from playbooks.project import STATE_DIR_VAR, ProjectError, current_project

    if args.command not in _STATEFUL or os.environ.get(STATE_DIR_VAR):
        return
    try:
        project = current_project()
    except ProjectError:
        return  # reported by the command itself
    if not project.found:
        print(
            f"note: no playbook project here (`playbook init` makes one); state goes to {project.state_dir}",
            file=sys.stderr,
        )


def main(argv: list[str] | None = None) -> int:
    from .safe_output import escaped_standard_streams

    with escaped_standard_streams():  # what we print comes from files and other programs: no raw control characters
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    import os

    argv, project = _take_project_option(list(sys.argv[1:] if argv is None else argv))
    if project is not None:
        from playbooks.project import PROJECT_VAR

        os.environ[PROJECT_VAR] = str(Path(project).expanduser().resolve())
    from .common import current_command

    parser = build_parser()
    # Named before parsing, so a usage error found by the top-level parser still names its command.
    current_command[0] = next((word for word in argv if word in _command_names(parser)), None)
    args = parser.parse_args(argv)
    current_command[0] = args.command
    try:
        _project_defaults(args)
    except ValueError as exc:  # the project file is invalid: one line naming it
        return _fail(args, exc, EXIT_INVALID, "project", str(exc))
    _say_where_state_goes(args)
    problem = path_option_problem(args)
    if problem:
        if getattr(args, "json", False):
            from .reporting import emit

            emit({"ok": False, "command": args.command, "error": {"kind": "usage", "message": problem, "errors": []}})
        else:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE

    from deploy_runner.tf_process import install_stop_handlers

    install_stop_handlers()  # SIGTERM stops like Ctrl-C: Terraform gets to finish and save the state
    from deploy_runner.tf_control import controlled

    # With --json a stop notice is one more event line on stderr, as pipeline_ops' events are.
    with controlled(notice=_json_notice if getattr(args, "json", False) else None):
        if getattr(args, "json", False) and getattr(args, "json_envelope", False):
            return _run_in_envelope(args)
        return _dispatch(args)


def _json_notice(text: str) -> None:
    from .reporting import Progress

    Progress(json_mode=True).event({"event": "notice", "message": text})


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions if isinstance(action, argparse._SubParsersAction) for name in action.choices}


def _dispatch(args: argparse.Namespace) -> int:
    """Run the handler; every failure that reaches here is one message (or one JSON document) and an exit code."""
    try:
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except ModuleNotFoundError as exc:  # a front-end dependency that comes with an extra (pyproject.toml)
        extra = EXTRA_OF_MODULE.get((exc.name or "").split(".")[0])
        if extra is None:
            raise
        return _fail(
            args,
            exc,
            EXIT_INVALID,
            "missing_extra",
            f"`playbook {args.command}` needs the {exc.name!r} package, which is not installed; "
            f"install it with: pip install 'ml-pipeline-playbooks[{extra}]'",
        )
    except PlaybookInvalid as exc:
        if not getattr(args, "json", False) or getattr(args, "json_envelope", False):
            print_errors(exc.errors)
            _keep_error(args, exc)
            return EXIT_INVALID
        return _fail(args, exc, EXIT_INVALID)
    except PlaybookFailure as exc:  # every failure a user can act on: its own kind and exit code, never a class name
        return _fail(args, exc, exc.exit_code)
    except ValueError as exc:  # a construct refusing its input at synth (e.g. a state machine over 1 MB)
        return _fail(args, exc, EXIT_INVALID)
    except OSError as exc:  # a file system problem found mid-way: one line naming the path, never a traceback
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        return _fail(args, exc, EXIT_INVALID, "file_system", f"{where}{exc.strerror or exc}")
    except KeyboardInterrupt as exc:
        return _fail(args, exc, 128 + int(getattr(exc, "signum", 2)), "interrupted", "interrupted")


def _fail(args: argparse.Namespace, exc: BaseException, code: int, kind: str | None = None, message: str | None = None) -> int:
    """One JSON error document with --json (native JSON commands), else one `error:` line on stderr."""
    if getattr(args, "json", False) and not getattr(args, "json_envelope", False):
        from .reporting import emit, error_payload

        payload = error_payload(exc)
        if kind:
            payload["kind"] = kind
        if message:
            payload["message"] = message
        emit({"ok": False, "command": args.command, "error": payload})
    else:
        print(f"error: {message or exc}", file=sys.stderr)
        _keep_error(args, exc, kind, message)
    return code


def _keep_error(args: argparse.Namespace, exc: BaseException, kind: str | None = None, message: str | None = None) -> None:
    """The envelope (--json of a text command) reports the structured error, not only its text."""
    from .reporting import error_payload

    payload = error_payload(exc)
    if kind:
        payload["kind"] = kind
    if message:
        payload["message"] = message
    args.error_payload = payload


if __name__ == "__main__":
    sys.exit(main())
