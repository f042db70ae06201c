"""Glue the Windmill scripts share. No business logic: that lives in pipeline_ops.

- ``aws_credentials(resource)``: expose a Windmill ``aws`` resource to the
  terraform/boto3 subprocesses for the duration of a job (env vars of this job's
  process only; a Windmill job is its own process, so nothing leaks across jobs).
- ``log``: print a progress line to the job log immediately (Windmill streams
  stdout), used as pipeline_ops' ``on_output`` callback.
- ``progress_log()``: pipeline_ops' ``on_event`` callback that logs a deploy's phases and per-node
  progress in the lines `playbook deploy` prints (deploy_runner.progress), not Terraform's own.
- ``failure``: turn a pipeline_ops error dict into one readable exception.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from typing import Any, Callable, Iterator, Mapping

from playbooks.failures import PlaybookFailure

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


# Where a run finds its AWS credentials when no `aws` resource is passed (the visual builder, a
# raw app, cannot pass one: the policy `wmill sync push` computes for it lets no field carry the
# viewer's resources, and apps.rs then replaces a `$res:` argument by an "omitted for security
# reasons" text). Read with the job's own permissions (the app's publisher for an app run).
ENVIRONMENT_AWS_RESOURCE = "f/ml_pipelines/aws_{environment}"


def require_credentials(resource: Any, environment: str) -> Mapping[str, Any] | None:
    """The `aws` resource to use: the one passed, else the environment's resource by path."""
    if is_local(environment):
        return None
    if isinstance(resource, Mapping) and resource.get("awsAccessKeyId") and resource.get("awsSecretAccessKey"):
        return resource
    if resource not in (None, ""):
        raise ValueError(
            f"the `aws` input is not an `aws` resource (got {str(resource)[:120]!r}); an app passes "
            f"one only from a field that allows the viewer's resources"
        )
    path = ENVIRONMENT_AWS_RESOURCE.format(environment=environment)
    import wmill  # only on a Windmill worker (the image installs it with the project)

    try:
        found = wmill.get_resource(path, none_if_undefined=True)
    except Exception as exc:  # no worker context (WM_TOKEN/BASE_INTERNAL_URL): say so, with the path
        found = {"error": str(exc)}
    if not isinstance(found, Mapping) or not found.get("awsAccessKeyId") or not found.get("awsSecretAccessKey"):
        raise ValueError(
            f"environment {environment!r} deploys to AWS: pass an `aws` resource "
            f"(awsAccessKeyId, awsSecretAccessKey, region) as the `aws` input, or create the resource "
            f"{path} readable by whoever runs the deploy"
        )
    return found


def log(line: str) -> None:
    """One line to the Windmill job log, flushed at once so the UI shows progress live."""
    sys.stdout.write(line if line.endswith("\n") else line + "\n")
    sys.stdout.flush()


def progress_log() -> Callable[[dict[str, Any]], None]:
    """A deploy's events as the CLI's lines: each phase, each finished (or failed) node, a long wait every 30 s."""
    from deploy_runner.progress import LogLines, phase_line

    lines = LogLines()

    def on_event(event: dict[str, Any]) -> None:
        if event.get("event") == "phase":
            log(phase_line(event))
        elif event.get("event") == "node":
            text = lines.line(event)
            if text:
                log(text)

    return on_event


def format_errors(errors: list[Mapping[str, Any]]) -> str:
    lines = []
    for e in errors:
        where = f"{e.get('file', '<config>')}:{e.get('line', 0)}:{e.get('column', 0)}"
        lines.append(f"{where}: {e.get('path', '')}: {e.get('message', '')}")
    return "\n".join(lines)


class InvalidConfiguration(PlaybookFailure, ValueError):
    """The pipeline configuration is invalid; the message lists every error."""

    kind = "invalid_configuration"


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


class PlanChanged(PlaybookFailure, RuntimeError):
    """The plan to apply differs from the approved one: nothing was applied."""

    kind = "plan_changed"
