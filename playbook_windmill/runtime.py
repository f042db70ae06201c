"""Glue the Windmill scripts share. No business logic: that lives in pipeline_ops.

- ``aws_credentials(resource)``: expose a Windmill ``aws`` resource to the
  terraform/boto3 subprocesses for the duration of a job (env vars of this job's
  process only; a Windmill job is its own process, so nothing leaks across jobs).
- ``log``: print a progress line to the job log immediately (Windmill streams
  stdout), used as pipeline_ops' ``on_output`` callback.
- ``failure``: turn a pipeline_ops error dict into one readable exception.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from typing import Any, Iterator, Mapping

# Windmill's hub resource type `aws` (https://hub.windmill.dev/resource_types/aws).
_AWS_ENV = {
    "awsAccessKeyId": "AWS_ACCESS_KEY_ID",
    "awsSecretAccessKey": "AWS_SECRET_ACCESS_KEY",
    "sessionToken": "AWS_SESSION_TOKEN",
    "region": "AWS_REGION",
}
LOCAL_ENVIRONMENT = "local"


def is_local(environment: str) -> bool:
    """The `local` environment deploys to the project's AWS emulator, never to AWS."""
    return environment == LOCAL_ENVIRONMENT


@contextlib.contextmanager
def aws_credentials(resource: Mapping[str, Any] | None) -> Iterator[None]:
    """Set AWS_* variables from a Windmill `aws` resource, restoring them afterwards."""
    saved = {name: os.environ.get(name) for name in [*_AWS_ENV.values(), "AWS_DEFAULT_REGION"]}
    try:
        for key, env_name in _AWS_ENV.items():
            value = (resource or {}).get(key)
            if value:
                os.environ[env_name] = str(value)
        if resource and resource.get("region"):
            os.environ["AWS_DEFAULT_REGION"] = str(resource["region"])
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def require_credentials(resource: Mapping[str, Any] | None, environment: str) -> None:
    if is_local(environment):
        return
    if not resource or not resource.get("awsAccessKeyId") or not resource.get("awsSecretAccessKey"):
        raise ValueError(
            f"environment {environment!r} deploys to AWS: pass an `aws` resource "
            f"(awsAccessKeyId, awsSecretAccessKey, region) as the `aws` input"
        )


def log(line: str) -> None:
    """One line to the Windmill job log, flushed at once so the UI shows progress live."""
    sys.stdout.write(line if line.endswith("\n") else line + "\n")
    sys.stdout.flush()


def format_errors(errors: list[Mapping[str, Any]]) -> str:
    lines = []
    for e in errors:
        where = f"{e.get('file', '<config>')}:{e.get('line', 0)}:{e.get('column', 0)}"
        lines.append(f"{where}: {e.get('path', '')}: {e.get('message', '')}")
    return "\n".join(lines)


class InvalidConfiguration(ValueError):
    """The pipeline configuration is invalid; the message lists every error."""


def plan_fingerprint(planned: Mapping[str, Any]) -> str:
    """sha256 of what a plan would do: the stack, the playbook digest and every resource/output change.

    The approval shows the plan of the `plan` step; the apply step re-plans on its worker (the
    plan file cannot travel between workers) and refuses unless it computes the same fingerprint.
    """
    summary = planned.get("summary") or {}
    essence = {
        "stack": planned.get("stack"),
        "digest": planned.get("digest"),
        "destroy": planned.get("destroy"),
        "add": summary.get("add"),
        "change": summary.get("change"),
        "remove": summary.get("destroy"),
        "by_node": summary.get("by_node"),
        "output_changes": summary.get("output_changes"),
    }
    return hashlib.sha256(json.dumps(essence, sort_keys=True, default=str).encode()).hexdigest()


class PlanChanged(RuntimeError):
    """The plan to apply differs from the approved one: nothing was applied."""
