"""When Terraform could not save the state: keep its rescue copy, stop, and say how to recover.

Terraform (internal/command/meta_backend.go, `handleErroredState` / "Failed to persist state to
backend") writes the state it could not persist to ``errored.tfstate`` in its working directory:
the stack's working directory here (``-chdir``), created 0644 like any file Terraform writes.
That copy is the only record of what the apply created. So:

- it is made 0600 at once (it holds resolved values, like the state itself);
- stack_workdir.sync_tree keeps it (it used to delete every file the synthesis did not write);
- while it is there, ``plan`` and ``apply`` of the stack are refused (a plan against the old
  state would create everything again: ``BucketAlreadyExists``, orphans), naming the command
  that recovers it: ``playbook terraform TARGET --env ENV -- state push errored.tfstate``;
- once the saved state has caught up with it (same lineage, serial at least as high: what a
  successful ``state push`` leaves), it is moved aside as ``errored.tfstate.recovered-<time>``.

A Terraform killed by a signal it could not handle (SIGKILL: the out-of-memory killer, `kill -9`)
saves nothing on the way out; the message says so and what may exist outside the state.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

from .tf_errors import DeployError

ERRORED_STATE = "errored.tfstate"
_BLOCKED = ("plan", "apply")  # state push, state list, show, output, init stay allowed: they are the way out


def _target(doc: dict[str, Any], stack: str) -> tuple[str, str]:
    """(playbook name, environment) of a stack, from the provider's default tags (fallback: the stack name)."""
    for provider in (doc.get("provider") or {}).get("aws") or []:
        for tags in provider.get("default_tags") or []:
            found = tags.get("tags") or {}
            if found.get("playbook") and found.get("environment"):
                return str(found["playbook"]), str(found["environment"])
    return stack, "ENV"


def recovery_command(doc: dict[str, Any], stack: str) -> str:
    name, env = _target(doc, stack)
    return f"playbook terraform {name} --env {env} -- state push {ERRORED_STATE}"


def unsaved_state_error(text: str, stack: str, stack_dir: Path, doc: dict[str, Any]) -> DeployError | None:
    """The error for a run whose state could not be saved (None when that is not what happened)."""
    errored = stack_dir / ERRORED_STATE
    if "Failed to persist state" not in text and "errored.tfstate" not in text and not errored.exists():
        return None
    if errored.exists():
        os.chmod(errored, 0o600)
    return DeployError(
        f"Terraform could not save the state of stack {stack} (see its error below: a full disk, or a backend "
        f"that stopped accepting writes), so the resources this run created are recorded only in its rescue copy "
        f"{errored}. Further plans and applies of {stack} are refused until it is recovered: make room (or fix "
        f"the backend), then run `{recovery_command(doc, stack)}`, then rerun. Do not delete that file.",
        kind="state_not_saved",
        output=text,
    )


def killed_error(command: str, code: int, stack: str, doc: dict[str, Any], log_file: Path) -> DeployError | None:
    """The error for a Terraform that a signal killed outright (negative exit code; None otherwise)."""
    if code >= 0:
        return None
    try:
        name = signal.Signals(-code).name
    except ValueError:
        name = f"signal {-code}"
    who = "the out-of-memory killer, or `kill -9`" if -code == signal.SIGKILL else "a signal it could not handle"
    return DeployError(
        f"terraform {command} of stack {stack} was killed by {name} ({who}) before it finished, so it saved "
        f"nothing on the way out: resources it created after its last state save may exist in the cloud but "
        f"not in the state (the next plan shows them as new, and the apply fails with 'already exists': delete "
        f"them or `playbook terraform {_target(doc, stack)[0]} -- import ADDRESS ID`). Check what the state holds "
        f"with `playbook terraform {_target(doc, stack)[0]} -- state list`. Terraform's log: {log_file}",
        kind="killed",
    )


def failure_error(command: str, code: int, text: str, runner: Any, log_file: Path) -> DeployError | None:
    """A killed Terraform or an unsaved state, said as such (None: an ordinary failure for tf_errors.classify)."""
    return killed_error(command, code, runner.stack, runner.doc, log_file) or unsaved_state_error(
        text, runner.stack, runner.stack_dir, runner.doc
    )


def refuse_while_unsaved(command: str, stack: str, stack_dir: Path, state_file: Path, doc: dict[str, Any]) -> None:
    """Before a Terraform command: refuse plan/apply while a rescue copy waits; retire it once recovered."""
    errored = stack_dir / ERRORED_STATE
    if not errored.exists():
        return
    os.chmod(errored, 0o600)
    if _recovered(errored, state_file):
        errored.rename(stack_dir / f"{ERRORED_STATE}.recovered-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}")
        return
    if command not in _BLOCKED:
        return
    raise DeployError(
        f"the last run of stack {stack} could not save its state; its rescue copy {errored} holds resources the "
        f"saved state does not. Recover it first: `{recovery_command(doc, stack)}` (after making room on the "
        "disk or fixing the backend), then rerun; with a remote backend, move the file away once the push "
        "succeeded. A plan now would try to create those resources again.",
        kind="state_not_saved",
    )


def _recovered(errored: Path, state_file: Path) -> bool:
    try:
        rescue = json.loads(errored.read_text())
        saved = json.loads(state_file.read_text())
    except (OSError, ValueError):
        return False
    return bool(
        rescue.get("lineage")
        and saved.get("lineage") == rescue.get("lineage")
        and int(saved.get("serial", -1)) >= int(rescue.get("serial", 0))
    )
