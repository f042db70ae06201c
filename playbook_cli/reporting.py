"""How infra commands talk: one JSON document or a short text, progress per node, errors with exit codes.

Contracts (tested through the CLI as a subprocess, tests/cli/test_cli_contracts.py):

* ``--json``: exactly one JSON document on stdout, success (``"ok": true``) or
  failure (``"ok": false, "error": {"kind", "message", "errors": [{file, line, column, path, message}]}``);
  progress and notices go to stderr as JSON lines (``{"event": ...}``).
* text: a summary grouped by pipeline node, one live progress line per node on
  a terminal (a line per finished node and per long wait otherwise), the
  outputs once. ``--verbose`` adds Terraform's own lines.
* exit codes: 0 ok, 1 error (invalid playbook, unknown name or environment,
  Terraform failure), 2 command-line usage, 130/143 stopped by SIGINT/SIGTERM
  (Terraform finished its calls in flight and saved the state first).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from typing import Any, Callable, TextIO

from playbooks.failures import PlaybookFailure

from .common import EXIT_INVALID
from .safe_output import write_control


def error_payload(exc: BaseException) -> dict[str, Any]:
    errors = getattr(exc, "errors", None)
    if errors is not None:  # PlaybookInvalid
        items = [e.to_dict() if hasattr(e, "to_dict") else {"message": str(e)} for e in errors]
        return {"kind": "invalid_playbook", "message": "; ".join(str(e) for e in errors), "errors": items}
    return {"kind": getattr(exc, "kind", None) or "error", "message": str(exc), "errors": []}


def exit_code(exc: BaseException) -> int:
    signum = getattr(exc, "signum", None)
    if signum:
        return 128 + int(signum)
    return int(getattr(exc, "exit_code", EXIT_INVALID))


def guarded(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Run a command; turn every known failure into (one JSON document or) one error message and an exit code."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except PlaybookFailure as exc:
            payload = error_payload(exc)
            if getattr(args, "json", False):
                emit({"ok": False, "command": args.command, "error": payload})
            elif payload["errors"]:
                for item in payload["errors"]:
                    where = ":".join(str(item[k]) for k in ("file", "line", "column") if item.get(k) is not None)
                    print(f"error: {where}: {item.get('path', '')}: {item.get('message', '')}", file=sys.stderr)
            else:
                print(f"error: {exc}", file=sys.stderr)
            return exit_code(exc)
        except KeyboardInterrupt as exc:  # stopped outside a Terraform run: nothing to wait for
            signum = getattr(exc, "signum", signal.SIGINT)
            name = signal.Signals(signum).name
            if getattr(args, "json", False):
                emit(
                    {
                        "ok": False,
                        "command": args.command,
                        "error": {"kind": "interrupted", "message": f"stopped by {name}", "errors": []},
                    }
                )
            else:
                print(f"stopped by {name}", file=sys.stderr)
            return 128 + int(signum)

    wrapper.__name__ = fn.__name__
    return wrapper


def emit(payload: dict[str, Any]) -> None:
    from .common import emit_json

    emit_json(payload)


class Progress:
    """Renders pipeline_ops events: JSON lines on stderr (--json) or short text lines."""

    def __init__(self, *, json_mode: bool, verbose: bool = False, stream: TextIO | None = None) -> None:
        self.json_mode = json_mode
        self.verbose = verbose
        self.stream = stream or (sys.stderr if json_mode else sys.stdout)
        self.live = not json_mode and self.stream.isatty()
        from deploy_runner.progress import LogLines  # here: `validate` imports this module and needs no deploy layer

        self.log_lines = LogLines()  # which node events get a line when none can be redrawn
        self.started = time.monotonic()
        self._live_line = False

    def line(self, text: str) -> None:
        """Terraform's own line (only with --verbose)."""
        if self.verbose:
            self._clear()
            print(text, file=sys.stderr if self.json_mode else self.stream, flush=True)

    def _clear(self) -> None:
        if self._live_line:
            write_control(self.stream, "\r\033[K")
            self._live_line = False

    def say(self, text: str) -> None:
        if self.json_mode:
            return
        self._clear()
        print(text, file=self.stream, flush=True)

    def event(self, event: dict[str, Any]) -> None:
        if self.json_mode:
            print(json.dumps(event, default=str), file=self.stream, flush=True)
            return
        kind = event.get("event")
        if kind == "emulator" and event.get("started"):
            self.say(
                f"started the local AWS emulator at {event['endpoint']} (pid {event['pid']}); "
                f"it keeps running for later commands - stop it with `{event['stop_with']}`"
            )
        elif kind == "phase":
            from deploy_runner.progress import phase_line

            self.say(phase_line(event))
        elif kind == "node":
            self._node(event)

    def _node(self, event: dict[str, Any]) -> None:
        if event["status"] == "working" and self.live:
            write_control(self.stream, "\r\033[K")
            from deploy_runner.progress import node_line

            self.stream.write(node_line(event)[:160])
            self.stream.flush()
            self._live_line = True
            return
        text = self.log_lines.line(event)
        if text:
            self.say(text)
