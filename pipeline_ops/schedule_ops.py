"""A deployed pipeline's EventBridge Scheduler schedules: list them, start what one starts (`playbook schedule`).

Which nodes have a schedule comes from the playbook and each kind's descriptor (`schedule`: a batch deployment's `schedule`, a database
source's `extraction_schedule`, an API source's `schedule`); the schedule itself — expression,
state, dates, target and input — is read live with `scheduler:GetSchedule`, under the name the
constructs give it (`constructs_lib.schedules`: `Namer(...).name("scheduler", purpose)`), so a
schedule someone disabled in the console shows as disabled. `trigger` makes the target call the
schedule would make (`deploy_runner.schedule_targets`): on the emulator with its clients, on AWS
with the environment's session — AWS has no "run this schedule now" API, so it is the caller's own
permission (`states:StartExecution` / `lambda:InvokeFunction`), not the schedule's role, that counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable

from constructs_lib.naming import Namer
from playbooks.kinds import REGISTRY
from playbooks.failures import PlaybookFailure
from playbooks.lock import DEFAULT_LOCK
from stacks.outputs import stack_id

from .inputs import PlaybookInput


class ScheduleFailed(PlaybookFailure):
    """A schedule could not be listed or started; `kind` says why (not_deployed, no_schedule, unknown_node)."""

    kind = "no_schedule"

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class ScheduledNode:
    node: str  # path: "score", or "prep/clean" inside a sub-pipeline
    purpose: str
    name: str  # the schedule's name


def scheduled_nodes(pipeline: Any, prefix: str) -> tuple[list[ScheduledNode], list[str]]:
    """Every node with a schedule (recursively), and every node path (for messages)."""
    found: list[ScheduledNode] = []
    paths: list[str] = []

    def walk(level: Any, namer: Namer) -> None:
        for node in level.nodes:
            child = namer.child(node.id)
            path = "/".join(child.path)
            paths.append(path)
            if node.child is not None:
                walk(node.child, child)
                continue
            desc = REGISTRY.get(node.kind, node.subtype)
            purpose = desc.scheduled(node.config) if desc is not None else None
            if purpose:
                found.append(ScheduledNode(path, purpose, child.name("scheduler", purpose)))

    walk(pipeline, Namer(prefix, pipeline.name))
    return found, paths


def _clients(env: str, local: bool) -> Callable[[str], Any]:
    from deploy_runner.aws_clients import aws_client

    from .stack_prep import emulator_endpoint, load_environment

    environment = load_environment(env)
    endpoint = emulator_endpoint(env, local)
    return lambda service: aws_client(service, environment, emulator_endpoint=endpoint)


def _resolved(source: PlaybookInput, env: str, library_dirs: Iterable[str | Path], lock_file: str | Path | None) -> Any:
    from .deployed import deployment, state_location
    from .stack_prep import load_environment, resolve_for_deploy

    environment = load_environment(env)
    pipeline = resolve_for_deploy(source, library_dirs, lock_file).pipeline
    stack = stack_id(pipeline.name, env)
    if not deployment(stack, env):
        raise ScheduleFailed(
            "not_deployed",
            f"{pipeline.name} is not deployed in {env} (no Terraform state at {state_location(stack, env)}); "
            f"deploy it first: playbook deploy {pipeline.name} --env {env}",
        )
    return pipeline, environment


def _describe(scheduler: Any, scheduled: ScheduledNode, now: datetime) -> dict[str, Any]:
    from deploy_runner.schedule_expressions import as_utc, next_fire
    from deploy_runner.schedule_targets import target_action

    found = scheduler.get_schedule(Name=scheduled.name)
    target = found.get("Target") or {}
    state = found.get("State", "ENABLED")
    expression = found["ScheduleExpression"]
    upcoming = None
    if state == "ENABLED":
        upcoming = next_fire(
            expression,
            now,
            zone=found.get("ScheduleExpressionTimezone"),
            start=as_utc(found.get("StartDate")),
            end=as_utc(found.get("EndDate")),
            created=as_utc(found.get("CreationDate")),
        )
    return {
        "node": scheduled.node,
        "schedule": scheduled.name,
        "expression": expression,
        "timezone": found.get("ScheduleExpressionTimezone") or "UTC",
        "state": state,
        "next_fire": upcoming.strftime("%Y-%m-%dT%H:%M:%SZ") if upcoming else None,
        "starts": target_action(str(target.get("Arn", ""))),
        "target": target.get("Arn"),
        "input": target.get("Input"),
        "_target": target,
        "_arn": found.get("Arn", ""),
    }


def _live(scheduler: Any, scheduled: ScheduledNode, name: str, env: str, now: datetime) -> dict[str, Any]:
    try:
        return _describe(scheduler, scheduled, now)
    except scheduler.exceptions.ResourceNotFoundException:
        raise ScheduleFailed(
            "not_deployed",
            f"the schedule {scheduled.name} of '{scheduled.node}' does not exist in {env}: the deployment predates it "
            f"or it was deleted; deploy again: playbook deploy {name} --env {env}",
        ) from None


def list_schedules(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
    now: datetime | None = None,
) -> dict[str, Any]:
    """{name, environment, schedules: [{node, schedule, expression, timezone, state, next_fire, starts, target, input}]}."""
    pipeline, environment = _resolved(source, env, library_dirs, lock_file)
    scheduler = _clients(env, local)("scheduler")
    moment = now or datetime.now(timezone.utc)
    nodes, _paths = scheduled_nodes(pipeline, environment.naming_prefix)
    rows = [_live(scheduler, s, pipeline.name, env, moment) for s in nodes]
    return {
        "name": pipeline.name,
        "environment": env,
        "schedules": [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows],
    }


def trigger(
    source: PlaybookInput,
    node: str,
    env: str = "dev",
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> dict[str, Any]:
    """Start what `node`'s schedule starts, with its input: {name, node, schedule, starts, target, input, id, follow}."""
    from deploy_runner.schedule_targets import start_target

    pipeline, environment = _resolved(source, env, library_dirs, lock_file)
    nodes, paths = scheduled_nodes(pipeline, environment.naming_prefix)
    chosen = next((s for s in nodes if s.node == node), None)
    if chosen is None:
        if node not in paths:
            raise ScheduleFailed("unknown_node", f"{pipeline.name} has no node '{node}'; its nodes: {', '.join(paths)}")
        hint = f"nodes with a schedule: {', '.join(s.node for s in nodes)}" if nodes else "no node of it has a schedule"
        raise ScheduleFailed("no_schedule", f"node '{node}' of {pipeline.name} has no schedule ({hint})")
    client_for = _clients(env, local)
    now = datetime.now(timezone.utc)
    row = _live(client_for("scheduler"), chosen, pipeline.name, env, now)
    started = start_target(client_for, row["_target"], row["_arn"], now)
    flag = " --local" if local else ""
    follow = (
        f"playbook logs {started.id} --env {env}{flag}"
        if started.action == "states:StartExecution"
        else f"the function's log group /aws/lambda/{started.target_arn.rsplit(':', 1)[-1]}"
    )
    return {
        "name": pipeline.name,
        "environment": env,
        "node": node,
        "schedule": chosen.name,
        "state": row["state"],
        "starts": started.action,
        "target": started.target_arn,
        "input": started.input,
        "id": started.id,
        "follow": follow,
    }
