"""Start what an EventBridge Scheduler schedule starts: its templated target, with its input.

Used by the emulator's due-schedule loop (extension 22) with the emulator's own clients, and by
`playbook schedule trigger` with the environment's clients (on AWS there is no "run this schedule
now" API, so the CLI makes the target call the schedule would make). After AWS's "Using templated
targets in EventBridge Scheduler": a target ARN of a Step Functions state machine means
`states:StartExecution`, of a Lambda function `lambda:Invoke` (asynchronous, `Event`, as the
scheduler invokes functions), each with `Target.Input` (botocore's scheduler model: "If you do
not specify anything for this field, EventBridge Scheduler delivers a default notification to
the target"; its exact shape is not documented, so here it is `{}`). The context attributes
`<aws.scheduler.schedule-arn>`, `<aws.scheduler.scheduled-time>`, `<aws.scheduler.execution-id>`
and `<aws.scheduler.attempt-number>` in the input are replaced as the scheduler replaces them.
Other target kinds (universal targets, SQS, SNS, ECS...) are refused: no construct makes one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable

from playbooks.failures import PlaybookFailure

DEFAULT_INPUT = "{}"


class UnsupportedTarget(PlaybookFailure):
    """The schedule's target is not a state machine or a Lambda function."""

    kind = "unsupported_target"


@dataclass(frozen=True)
class Started:
    """What a target call started: `action` (e.g. states:StartExecution), `id` (execution ARN or request id)."""

    action: str
    target_arn: str
    id: str
    input: str


def target_action(target_arn: str) -> str:
    """The API action a templated target ARN means (what the schedule's role must allow)."""
    parts = target_arn.split(":")
    service = parts[2] if len(parts) > 5 else ""
    resource = parts[5] if len(parts) > 5 else ""
    if service == "states" and resource == "stateMachine":
        return "states:StartExecution"
    if service == "lambda" and resource == "function":
        return "lambda:InvokeFunction"
    raise UnsupportedTarget(
        f"target {target_arn}: only Step Functions state machines and Lambda functions are started by schedules here "
        "(universal and other templated targets are not)"
    )


def target_input(target: dict[str, Any], schedule_arn: str, scheduled_time: datetime, attempt: int = 1) -> str:
    """`Target.Input` with the scheduler's context attributes filled in."""
    text = target.get("Input") or DEFAULT_INPUT
    when = scheduled_time.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for name, value in (
        ("schedule-arn", schedule_arn),
        ("scheduled-time", when),
        ("execution-id", str(uuid.uuid4())),
        ("attempt-number", str(attempt)),
    ):
        text = text.replace(f"<aws.scheduler.{name}>", value)
    return text


def start_target(
    client_for: Callable[[str], Any], target: dict[str, Any], schedule_arn: str, scheduled_time: datetime
) -> Started:
    """Make the schedule's target call with `client_for(service)`'s client; what it started."""
    arn = str(target.get("Arn") or "")
    action = target_action(arn)
    payload = target_input(target, schedule_arn, scheduled_time)
    if action == "states:StartExecution":
        answer = client_for("stepfunctions").start_execution(stateMachineArn=arn, input=payload)
        return Started(action, arn, str(answer["executionArn"]), payload)
    answer = client_for("lambda").invoke(FunctionName=arn, InvocationType="Event", Payload=payload.encode())
    request_id = answer.get("ResponseMetadata", {}).get("RequestId", "")
    return Started(action, arn, str(request_id), payload)
