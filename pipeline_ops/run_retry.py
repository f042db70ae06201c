"""`playbook run TARGET --retry RUN`: continue a failed run from its failed states, keeping what succeeded.

Step Functions' `RedriveExecution` does the work, the same call on AWS and on the emulator (extension 24,
deploy_runner/emulator_sfn_redrive.py): the run keeps its execution ARN, its input (so its run id, its
parameters and its step cache decisions) and the results of the states that succeeded; its failed
states run again with the input they received, then everything after them. AWS's limits hold: a
Standard execution that FAILED, was ABORTED or TIMED_OUT, stopped at most 14 days ago, with fewer than
24,999 history events; the same state machine definition the run started with (a redeploy in between
does not change what a retry runs). Jobs of the retried states get new names (`<prefix>-<run id>-<attempt>`,
constructs_lib/asl.py run_scoped_name), because SageMaker never reuses a job name.

A retried run that then succeeds feeds the step cache like any successful run: its pending record is
written again under the attempt's name, so the next fold (step_cache_index.CacheIndex.fold) sees it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from playbooks.failures import PlaybookFailure
from playbooks.lock import DEFAULT_LOCK

from .inputs import PlaybookInput


class RunNotRetryable(PlaybookFailure):
    """The run exists but cannot be retried: it succeeded, is still running, or AWS refuses to redrive it."""

    kind = "refused"


def _execution_arn(run: str, orchestrator_arn: str) -> str:
    """RUN as `playbook runs` shows it (the execution's name) or its ARN, which must be one of this pipeline's runs."""
    prefix = orchestrator_arn.replace(":stateMachine:", ":execution:") + ":"
    if not run.startswith("arn:"):
        return prefix + run
    if not run.startswith(prefix):
        from .run_ops import RunNotFound

        raise RunNotFound(f"{run} is not a run of this pipeline (its runs are {prefix}<name>); `playbook runs TARGET` lists them")
    return run


def _refusal(name: str, described: dict[str, Any]) -> str | None:
    status = described["status"]
    if status == "SUCCEEDED":
        return f"run {name} SUCCEEDED: there is nothing to retry (start a new run with `playbook run TARGET`)"
    if status == "RUNNING":
        return (
            f"run {name} is still RUNNING: only a run that FAILED, was ABORTED or TIMED_OUT can be retried "
            f"(follow it with `playbook logs {name}`)"
        )
    if described.get("redriveStatus") == "NOT_REDRIVABLE":
        reason = described.get("redriveStatusReason") or "Step Functions says it is not redrivable"
        return f"run {name} ({status}) cannot be retried: {reason}"
    return None


def _feed_cache(s3: Any, bucket: str | None, execution_arn: str, attempt: int) -> bool:
    """Write the run's pending cache record again under this attempt's name (the first was folded as failed)."""
    import json

    from .step_cache import PENDING_FOLDER

    if not bucket:
        return False
    name = execution_arn.rsplit(":", 1)[-1]
    try:
        body = s3.get_object(Bucket=bucket, Key=f"{PENDING_FOLDER}/{name}.json")["Body"].read()
    except Exception as exc:  # NoSuchKey: the run cached nothing (no cacheable node, or started without it)
        if "NoSuchKey" in str(exc) or "404" in str(exc) or "Not Found" in str(exc):
            return False
        raise
    record = json.loads(body)
    record["attempt"] = attempt
    s3.put_object(
        Bucket=bucket, Key=f"{PENDING_FOLDER}/{name}~retry-{attempt}.json", Body=json.dumps(record, sort_keys=True).encode()
    )
    return True


def retry_run(
    source: PlaybookInput,
    run: str,
    env: str = "dev",
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> dict[str, Any]:
    """Redrive RUN of TARGET's deployment in `env`; returns {execution_arn, run_name, execution_status, redrive_count, ...}."""
    from deploy_runner.aws_clients import aws_client

    from .run_ops import RunNotFound, _deployment
    from .stack_prep import emulator_endpoint, load_environment, resolve_for_deploy

    environment = load_environment(env)
    name = resolve_for_deploy(source, library_dirs, lock_file).pipeline.name
    deployment = _deployment(name, env)
    orchestrator = str(deployment["orchestrator_arn"])
    arn = _execution_arn(run, orchestrator)
    region = orchestrator.split(":")[3] or None
    endpoint = emulator_endpoint(env, local)
    sfn = aws_client("stepfunctions", environment, emulator_endpoint=endpoint, region=region)
    run_name = arn.rsplit(":", 1)[-1]
    try:
        described = sfn.describe_execution(executionArn=arn)
    except Exception as exc:  # ExecutionDoesNotExist (botocore's ClientError)
        if "ExecutionDoesNotExist" in str(exc) or "does not exist" in str(exc).lower():
            raise RunNotFound(
                f"{name} has no run {run_name!r} in {env}; `playbook runs {name} --env {env}` lists its runs"
            ) from exc
        raise
    refusal = _refusal(run_name, described)
    if refusal:
        raise RunNotRetryable(refusal)
    try:
        answer = sfn.redrive_execution(executionArn=arn)
    except Exception as exc:  # ExecutionNotRedrivable between the check and the call (or a rule we do not mirror)
        code = getattr(exc, "response", {}).get("Error", {}).get("Code")
        if code in ("ExecutionNotRedrivable", "ExecutionDoesNotExist", "ExecutionLimitExceeded"):
            message = getattr(exc, "response", {}).get("Error", {}).get("Message") or str(exc)
            raise RunNotRetryable(f"run {run_name} cannot be retried: {message}") from exc
        raise
    after = sfn.describe_execution(executionArn=arn)
    attempt = int(after.get("redriveCount") or 1)
    s3 = aws_client("s3", environment, emulator_endpoint=endpoint, region=region)
    cache_fed = _feed_cache(s3, deployment["outputs"].get("artifact_bucket"), arn, attempt)
    return {
        "name": name,
        "environment": env,
        "execution_arn": arn,
        "run_name": run_name,
        "execution_status": after["status"],
        "retried": {
            "from_status": described["status"],
            "redrive_count": attempt,
            "redrive_date": str(answer.get("redriveDate")),
            "cache_record": cache_fed,
        },
    }
