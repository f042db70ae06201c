"""Which version of which pipeline is deployed where, for every backend: one reader for every command.

`status`, `output`, `run`, `runs`, `logs`, the review ("compared with what is deployed") and deploy's
rollback detection all ask here; the state itself comes from Terraform's backend (a local state file or
an S3 object, deploy_runner.deployed_state), never from a path guessed on this machine.
"""

from __future__ import annotations

from typing import Any

from stacks.outputs import ENVIRONMENT, PLAYBOOK_DIGEST, PLAYBOOK_NAME, PLAYBOOK_VERSION

from .stack_prep import load_environment


class EmulatorNotRunning(Exception):
    """An emulator environment whose state lives in the emulator, which is not running."""


def record_of(stack: str, state: dict[str, Any]) -> dict[str, Any] | None:
    """The deployment a state describes (name, version, digest, outputs, addresses), or None if it holds nothing."""
    outputs = {k: v.get("value") for k, v in (state.get("outputs") or {}).items() if isinstance(v, dict)}
    managed = [r for r in state.get("resources") or [] if r.get("mode") == "managed"]
    if not managed:
        return None  # destroyed stacks keep an empty state
    return {
        # Outputs are written when an apply completes: resources without them are a first apply that failed.
        "partial": not outputs.get(PLAYBOOK_NAME),
        "name": outputs.get(PLAYBOOK_NAME),
        "version": outputs.get(PLAYBOOK_VERSION),
        "digest": outputs.get(PLAYBOOK_DIGEST),
        "environment": outputs.get(ENVIRONMENT),
        "stack": stack,
        "resources": len(state.get("resources") or []),
        "serial": state.get("serial"),
        "outputs": outputs,
        "addresses": sorted(f"{r['type']}.{r['name']}" for r in managed),
    }


def _endpoint(env: str, *, start_emulator: bool) -> str | None:
    """The emulator endpoint an environment's state reader needs (None: a real account, or a local state file)."""
    from stacks.environments import S3Backend

    environment = load_environment(env)
    if not environment.emulator:
        return None
    if start_emulator:
        from .stack_prep import emulator_endpoint

        return emulator_endpoint(env, False)
    if not isinstance(environment.backend, S3Backend):
        return None  # a local state file: readable without the emulator
    from deploy_runner.emulator import Emulator

    status = Emulator().status()
    if not status.running:
        raise EmulatorNotRunning(
            f"environment '{env}' keeps its Terraform state in the local emulator's S3, and the emulator is not running: "
            "nothing is deployed there now (start it with `playbook emulator start`)"
        )
    return status.endpoint


def deployment(stack: str, env: str, *, start_emulator: bool = False) -> dict[str, Any] | None:
    """The deployment of `stack` in `env`, or None when nothing is deployed."""
    from deploy_runner.deployed_state import read_state

    try:
        endpoint = _endpoint(env, start_emulator=start_emulator)
    except EmulatorNotRunning:
        return None
    state = read_state(stack, load_environment(env), emulator_endpoint=endpoint)
    return record_of(stack, state) if state else None


def deployments(env: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Every deployment of one environment, and notes on what could not be read (never starts anything)."""
    from deploy_runner.aws_clients import CredentialsProblem
    from deploy_runner.deployed_state import deployed_states

    try:
        endpoint = _endpoint(env, start_emulator=False)
        states = deployed_states(load_environment(env), emulator_endpoint=endpoint)
    except (EmulatorNotRunning, CredentialsProblem) as exc:
        return [], [str(exc)]
    except Exception as exc:  # a remote backend that refuses (AccessDenied, no network): say so, list the rest
        return [], [f"environment '{env}': cannot read its state backend ({type(exc).__name__}: {exc})"]
    found = []
    for stack, state in states:
        record = record_of(stack, state)
        if record and record["partial"]:  # no outputs yet: the stack's name says what it is
            record.update(name=stack.removesuffix(f"-{env}"), environment=env)
        if record and record["environment"] == env:
            found.append(record)
    return found, []


def state_location(stack: str, env: str) -> str:
    from deploy_runner.deployed_state import state_location as location

    return location(stack, load_environment(env))
