"""Pipeline runs after `run`: wait for one (state by state), list a pipeline's runs, show a run's logs.

Plain values in, plain dicts out; the CLI formats. The logic lives in
`deploy_runner.runs`; this module finds the deployment (local Terraform state
of `<pipeline>-<env>`) and the clients (emulator or the standard AWS chain).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from playbooks.failures import PlaybookFailure
from playbooks.lock import DEFAULT_LOCK

from .inputs import PlaybookInput


class RunNotFound(PlaybookFailure):
    """No such deployment or run; the message says what exists."""

    kind = "unknown_name"


def _clients(env: str, local: bool, region: str | None, start_emulator: bool) -> tuple[Any, Any]:
    from deploy_runner.emulator import EMULATOR_CREDENTIALS, Emulator, emulator_client

    from .stack_prep import emulator_endpoint, load_environment

    environment = load_environment(env)
    if local or getattr(environment, "emulator", False):
        if start_emulator:
            endpoint = emulator_endpoint(env, local)
        else:
            status = Emulator().status()
            if not status.running:
                raise RunNotFound(
                    "the local emulator is not running, and it keeps runs in memory only: "
                    "there is no run history to show (deploy and `playbook run --local` first)"
                )
            endpoint = status.endpoint
        region = region or EMULATOR_CREDENTIALS["AWS_REGION"]
        if endpoint is None:
            raise RunNotFound("the local emulator has no endpoint: start it with `playbook emulator start`")
        return emulator_client("stepfunctions", endpoint, region), emulator_client("logs", endpoint, region)
    from deploy_runner.aws_clients import aws_client

    return aws_client("stepfunctions", environment, region=region), aws_client("logs", environment, region=region)


def _region(arn: str) -> str | None:
    parts = arn.split(":")
    return parts[3] if len(parts) > 5 else None


def wait_for_run(
    execution_arn: str,
    env: str = "dev",
    *,
    local: bool = False,
    on_event: Callable[[dict[str, Any]], None] | None = None,
    timeout_seconds: float | None = None,
    attempt: int | None = None,
) -> dict[str, Any]:
    """Follow a started execution to its end (a retried run: its attempt `attempt`); on Ctrl-C the
    execution is stopped (nothing left running)."""
    from deploy_runner.runs import follow

    sfn, logs = _clients(env, local, _region(execution_arn), start_emulator=True)
    try:
        return follow(sfn, logs, execution_arn, on_event=on_event, timeout_seconds=timeout_seconds, attempt=attempt)
    except KeyboardInterrupt:
        sfn.stop_execution(executionArn=execution_arn, error="Playbook.Interrupted", cause="playbook run --wait was interrupted")
        raise


def _deployment(name: str, env: str) -> dict[str, Any]:
    from .deployed import deployment, state_location

    stack = f"{name}-{env}"
    record = deployment(stack, env)
    if not record or not record["outputs"].get("orchestrator_arn"):
        raise RunNotFound(
            f"{name} is not deployed in {env} (no Terraform state with an orchestrator at {state_location(stack, env)}); "
            f"deploy it first: playbook deploy {name} --env {env}"
        )
    return {"stack": stack, "orchestrator_arn": record["outputs"]["orchestrator_arn"], "outputs": record["outputs"]}


def list_runs(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    limit: int = 20,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> dict[str, Any]:
    from deploy_runner.runs import list_runs as runs

    from .stack_prep import load_environment, resolve_for_deploy

    load_environment(env)  # an unknown environment is a usage error before anything else
    name = resolve_for_deploy(source, library_dirs, lock_file).pipeline.name
    deployment = _deployment(name, env)
    sfn, _logs = _clients(env, local, _region(deployment["orchestrator_arn"]), start_emulator=False)
    return {
        "name": name,
        "environment": env,
        "orchestrator_arn": deployment["orchestrator_arn"],
        "runs": runs(sfn, deployment["orchestrator_arn"], limit),
    }


def _execution_arn(run: str, env: str) -> str:
    """A run is its execution ARN, or its name (as `playbook runs` shows) within a deployed pipeline of `env`."""
    if run.startswith("arn:"):
        return run
    from .deployed import deployments

    candidates = []
    for record in deployments(env)[0]:
        orchestrator = record["outputs"].get("orchestrator_arn")
        if orchestrator:
            candidates.append(orchestrator.replace(":stateMachine:", ":execution:") + f":{run}")
    if not candidates:
        raise RunNotFound(f"no pipeline is deployed in {env}; nothing has run")
    return candidates[0] if len(candidates) == 1 else "|".join(candidates)


def run_logs(run: str, env: str = "dev", *, local: bool = False, lines: int = 20) -> dict[str, Any]:
    from deploy_runner.runs import run_log

    from .stack_prep import load_environment

    load_environment(env)
    arns = _execution_arn(run, env).split("|")
    sfn, logs = _clients(env, local, _region(arns[0]), start_emulator=False)
    for arn in arns:
        try:
            return {"environment": env, **run_log(sfn, logs, arn, lines)}
        except sfn.exceptions.ExecutionDoesNotExist:
            continue
        except Exception as exc:  # moto answers ResourceNotFound for unknown executions
            if "does not exist" in str(exc).lower() or "ResourceNotFound" in type(exc).__name__ or "NotFound" in str(exc):
                continue
            raise
    raise RunNotFound(f"run {run!r} not found in {env}; `playbook runs TARGET --env {env}` lists the runs")


EXAMPLE_DATA_DIR = "example-data"


def upload_example_data(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> list[dict[str, Any]]:
    """Upload `<playbook dir>/example-data/<node id>/` to each data node's S3 location (output `node_<id>_s3_uri`).

    The example data ships next to the example playbook, so the demo runs on real rows.
    """
    from deploy_runner.aws_clients import aws_client
    from deploy_runner.local_jobs import upload_dir

    from .stack_prep import emulator_endpoint, load_environment, resolve_for_deploy

    target = resolve_for_deploy(source, library_dirs, lock_file)
    base = Path(target.loaded.file).parent / EXAMPLE_DATA_DIR
    if not base.is_dir():
        return []
    outputs = _deployment(target.pipeline.name, env)["outputs"]
    s3 = aws_client("s3", load_environment(env), emulator_endpoint=emulator_endpoint(env, local))
    uploaded = []
    for node_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        uri = outputs.get(f"node_{node_dir.name}_s3_uri")
        if not uri:
            continue
        uploaded.append({"node": node_dir.name, "uri": uri, "files": upload_dir(s3, node_dir, uri, None)})
    return uploaded


def artifacts_of(bucket: str, env: str, *, local: bool = False) -> list[tuple[str, int]]:
    """S3 prefixes (two levels: `<node>/<purpose>/`) in the artifact bucket with their object counts."""
    from deploy_runner.aws_clients import aws_client

    from .stack_prep import emulator_endpoint, load_environment

    s3 = aws_client("s3", load_environment(env), emulator_endpoint=emulator_endpoint(env, local))
    counts: dict[str, int] = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for obj in page.get("Contents", []):
            parts = obj["Key"].split("/")
            prefix = "/".join(parts[:2]) + "/" if len(parts) > 2 else obj["Key"]
            counts[f"s3://{bucket}/{prefix}"] = counts.get(f"s3://{bucket}/{prefix}", 0) + 1
    return sorted(counts.items())


def event_line(event: dict[str, Any]) -> str | None:
    """One log line for a run's state event (the lines `playbook run --wait` prints), or None."""
    if event["event"] == "entered":
        return f"-> {event['state']}"
    if event["event"] == "exited":
        return f"<- {event['state']}"
    if event["event"] in ("TaskFailed", "TaskTimedOut"):
        return f"!  {event['state']}: {event.get('error')} (fails the run unless a Catch handles it)"
    return None


def start_and_follow(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    parameters: dict[str, Any] | None = None,
    library_dirs: Iterable[str | Path] = (),
    on_line: Callable[[str], None] = lambda line: None,
    on_event: Callable[[dict[str, Any]], None] | None = None,
    timeout_seconds: float | None = 3600,
    allow_empty: bool = False,
) -> dict[str, Any]:
    """Start a run with typed parameter values and follow it to its end (the builder's "Run", both front ends).

    The same calls as `playbook run --param ... --wait` then `playbook logs RUN`: run_pipeline
    (values checked against the declaration first: RunInputInvalid, nothing started; an empty S3 input
    the run reads: data_inputs.InputsEmpty, nothing started, unless `allow_empty`), wait_for_run
    (each state event to `on_event` and as a line to `on_line`), then the run's logs (each state with
    its duration, each job's log tail). Returns {run: summary, logs, events, parameters, execution_arn, ...}.
    """
    from .infra_ops import run_pipeline

    on_line(f"starting a run in {env} ...")
    started = run_pipeline(
        source, env, local=local, library_dirs=library_dirs, parameters=parameters or None, allow_empty=allow_empty
    )
    for art in started.get("artifacts", []):
        on_line(f"uploaded {art['node']}: {art['uploaded']} file(s), {art['unchanged']} unchanged -> {art['uri']}")
    arn = started.get("execution_arn")
    if not arn:
        raise RunNotFound("the run did not start (no execution was created); check the deployment with `playbook status`")
    on_line(f"started {arn}")
    events: list[dict[str, Any]] = []

    def each(event: dict[str, Any]) -> None:
        events.append(event)
        if on_event:
            on_event(event)
        line = event_line(event)
        if line:
            on_line(line)

    summary = wait_for_run(arn, env, local=local, on_event=each, timeout_seconds=timeout_seconds)
    on_line(summary["status"] + (f" in {summary['seconds']} s" if summary.get("seconds") is not None else ""))
    try:
        logs = run_logs(arn, env, local=local, lines=20)
    except Exception as exc:  # the outcome stands without them
        logs = {"error": f"the run's logs could not be read: {exc}"}
    return {
        "run": summary,
        "logs": logs,
        "events": events,
        "parameters": dict(parameters or {}),
        "execution_arn": arn,
        "name": started.get("name"),
        "version": started.get("version"),
        "environment": env,
    }
