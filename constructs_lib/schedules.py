"""EventBridge Scheduler schedules that start a node's work outside pipeline runs.

An API source pulls on its schedule, a database source extracts on its own, a batch
deployment scores nightly: each is one `schedule_target` call. Its own module because
three node kinds share it and none of them owns it.
"""

from __future__ import annotations

from typing import Any

from . import cdk
from .iam import ServiceRole
from .node_base import NodeContext


def schedule_target(
    scope: cdk.Construct,
    context: NodeContext,
    purpose: str,
    expression: str,
    target_arn: str,
    action: str,
    dead_letter_arn: str | None = None,
) -> None:
    """An EventBridge Scheduler schedule invoking `target_arn` with a role allowed only `action` on it."""
    namer, kit = context.namer, context.kit
    role = ServiceRole(
        scope,
        f"{purpose}-schedule-role",
        name=namer.name("iam_role", f"{purpose}-schedule"),
        service="scheduler.amazonaws.com",
        account_id=kit.account.account_id,
        tags=context.tags,
    )
    statements: list[dict[str, Any]] = [{"Effect": "Allow", "Action": action, "Resource": target_arn}]
    if dead_letter_arn:
        statements.append({"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": dead_letter_arn})
    statements.append({"Effect": "Allow", "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": kit.key_arn})
    role.add_policy(f"invoke-{purpose}", statements)
    target: dict[str, Any] = {"arn": target_arn, "role_arn": role.arn, "retry_policy": {"maximum_retry_attempts": 3}}
    if dead_letter_arn:
        target["dead_letter_config"] = {"arn": dead_letter_arn}
    cdk.SchedulerSchedule(
        scope,
        f"{purpose}-schedule",
        name=namer.name("scheduler", purpose),
        schedule_expression=expression,
        flexible_time_window=cdk.struct({"mode": "OFF"}),
        target=cdk.struct(target),
        kms_key_arn=kit.key_arn,
        state="ENABLED",
    )
