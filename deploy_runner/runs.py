"""Pipeline runs: follow an execution state by state, list a pipeline's runs, read a run's logs.

Everything here reads the Step Functions and CloudWatch Logs APIs only
(``GetExecutionHistory``, ``DescribeExecution``, ``ListExecutions``,
``GetLogEvents``), so the same code serves the emulator and a real account.
SageMaker jobs log to ``/aws/sagemaker/{ProcessingJobs,TrainingJobs,TransformJobs}``
in streams named ``<job name>/algo-1-<epoch>`` (AWS's layout, which the
emulator reproduces). A child pipeline (``states:startExecution.sync``) is a
separate execution; its failure is followed into the child to name the state
that really failed.
"""
from __future__ import annotations

import datetime
import json
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

TERMINAL = {"SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"}
LOG_GROUPS = {"createProcessingJob": ("/aws/sagemaker/ProcessingJobs", "ProcessingJobName", "processing"),
              "createTrainingJob": ("/aws/sagemaker/TrainingJobs", "TrainingJobName", "training"),
              "createTransformJob": ("/aws/sagemaker/TransformJobs", "TransformJobName", "transform")}
OnEvent = Callable[[dict[str, Any]], None]


@dataclass
class RunFailure:
    state: str | None
    error: str | None
    cause: str | None
    reason: str | None = None          # the job's FailureReason when a SageMaker job failed
    job: str | None = None             # e.g. "training job pb-...-train-1a2b3c4d"
    execution_arn: str | None = None   # the (child) execution where the state failed
    log_tail: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _iso(value: Any) -> str | None:
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")
    return None if value is None else str(value)


def history(sfn: Any, execution_arn: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    token = None
    while True:
        page = sfn.get_execution_history(executionArn=execution_arn, maxResults=1000,
                                         **({"nextToken": token} if token else {}))
        events += page["events"]
        token = page.get("nextToken")
        if not token:
            return events


def _state_events(events: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Plain records for what a user follows: states entered/exited, tasks failed, the end."""
    current: str | None = None
    for event in events:
        kind = event["type"]
        details = next((v for k, v in event.items() if k.endswith("EventDetails") and isinstance(v, dict)), {})
        if kind.endswith("StateEntered"):
            current = details.get("name")
            yield {"event": "entered", "state": details.get("name"), "type": kind[:-len("StateEntered")],
                   "time": _iso(event["timestamp"])}
        elif kind.endswith("StateExited"):
            yield {"event": "exited", "state": details.get("name"), "type": kind[:-len("StateExited")],
                   "time": _iso(event["timestamp"])}
        elif kind in ("TaskFailed", "TaskTimedOut", "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted"):
            yield {"event": kind, "state": current if kind.startswith("Task") else None, "error": details.get("error"), "cause": details.get("cause"),
                   "time": _iso(event["timestamp"])}
        elif kind == "ExecutionSucceeded":
            yield {"event": kind, "time": _iso(event["timestamp"])}


def _failing_state(events: list[dict[str, Any]]) -> tuple[str | None, str | None, str | None, dict[str, Any] | None]:
    """(state, error, cause, scheduled task parameters) of the failure that ended the execution.

    A task failure handled by a Catch (e.g. "find endpoint" before creating it) is not the
    answer: the run's failure is the last task failure with the execution's own error, else the
    state the execution was in when it failed (a Fail state, an intrinsic or path error).
    """
    entered: str | None = None
    scheduled: dict[str, Any] | None = None
    latest: tuple[str | None, str | None, str | None, dict[str, Any] | None] | None = None
    for event in events:
        details = next((v for k, v in event.items() if k.endswith("EventDetails") and isinstance(v, dict)), {})
        kind = event["type"]
        if kind.endswith("StateEntered"):
            entered = details.get("name")
        elif kind == "TaskScheduled":
            scheduled = {"resource": details.get("resource"), "parameters": json.loads(details.get("parameters") or "{}")}
        elif kind in ("TaskFailed", "TaskTimedOut"):
            latest = (entered, details.get("error"), details.get("cause"), scheduled)
        elif kind in ("ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted"):
            if latest and latest[1] == details.get("error"):
                return latest
            return entered, details.get("error"), details.get("cause"), None
    return latest or (None, None, None, None)


def job_log_tail(logs: Any, resource: str, parameters: dict[str, Any], lines: int = 20) -> tuple[str | None, list[str]]:
    """(job description, last log lines) of the SageMaker job a task ran; ([], None) for other tasks."""
    action = (resource or "").split(":")[-1].split(".")[0]
    if action not in LOG_GROUPS:
        return None, []
    group, name_field, kind = LOG_GROUPS[action]
    name = parameters.get(name_field)
    if not name:
        return None, []
    label = f"{kind} job {name}"
    try:
        streams = logs.describe_log_streams(logGroupName=group, logStreamNamePrefix=f"{name}/").get("logStreams", [])
    except Exception:  # no log group yet: the job never started
        return label, []
    tail: list[str] = []
    for stream in streams:
        events = logs.get_log_events(logGroupName=group, logStreamName=stream["logStreamName"], startFromHead=False,
                                     limit=lines)["events"]
        tail += [e["message"] for e in events]
    return label, tail[-lines:]


def explain_failure(sfn: Any, logs: Any | None, execution_arn: str, depth: int = 0) -> RunFailure:
    """Where a failed execution failed, following failed child pipelines down to the real state."""
    events = history(sfn, execution_arn)
    state, error, cause, scheduled = _failing_state(events)
    failure = RunFailure(state=state, error=error, cause=cause, execution_arn=execution_arn)
    try:
        detail = json.loads(cause) if cause else None
    except ValueError:
        detail = None
    if isinstance(detail, dict):
        child = detail.get("executionArn") or detail.get("ExecutionArn")
        if child and child != execution_arn and depth < 10 and (detail.get("status") or detail.get("Status")) != "SUCCEEDED":
            inner = explain_failure(sfn, logs, child, depth + 1)
            if inner.state:
                inner.state = f"{state} > {inner.state}" if state else inner.state
                return inner
        failure.reason = detail.get("FailureReason")
    if scheduled and logs is not None:
        failure.job, failure.log_tail = job_log_tail(logs, scheduled["resource"], scheduled["parameters"])
    return failure


def follow(sfn: Any, logs: Any | None, execution_arn: str, on_event: OnEvent | None = None,
           poll_seconds: float = 1.0, timeout_seconds: float | None = None) -> dict[str, Any]:
    """Follow an execution until it ends, reporting each new state event; returns its summary."""
    seen = 0
    deadline = time.monotonic() + timeout_seconds if timeout_seconds else None
    while True:
        described = sfn.describe_execution(executionArn=execution_arn)
        records = list(_state_events(history(sfn, execution_arn)))
        for record in records[seen:]:
            if on_event:
                on_event(record)
        seen = len(records)
        if described["status"] in TERMINAL:
            break
        if deadline and time.monotonic() > deadline:
            sfn.stop_execution(executionArn=execution_arn, error="Playbook.Timeout",
                               cause=f"playbook run --wait gave up after {timeout_seconds:.0f} s")
            timeout_seconds = None
            deadline = None
        time.sleep(poll_seconds)
    return summarize(sfn, logs, described)


def summarize(sfn: Any, logs: Any | None, described: dict[str, Any]) -> dict[str, Any]:
    start, stop = described.get("startDate"), described.get("stopDate")
    summary: dict[str, Any] = {
        "execution_arn": described["executionArn"], "name": described.get("name"), "status": described["status"],
        "start": _iso(start), "stop": _iso(stop),
        "seconds": round((stop - start).total_seconds(), 1) if isinstance(start, datetime.datetime) and stop else None,
        "failure": None, "output": None,
    }
    if described["status"] == "SUCCEEDED" and described.get("output"):
        summary["output"] = json.loads(described["output"])
    elif described["status"] in TERMINAL:
        summary["failure"] = explain_failure(sfn, logs, described["executionArn"]).as_dict()
    return summary


def list_runs(sfn: Any, state_machine_arn: str, limit: int = 20) -> list[dict[str, Any]]:
    """Newest first: start, status, duration and, for failed runs, the failing state."""
    rows = []
    page = sfn.list_executions(stateMachineArn=state_machine_arn, maxResults=limit)
    for item in sorted(page.get("executions", []), key=lambda e: e["startDate"], reverse=True)[:limit]:
        start, stop = item.get("startDate"), item.get("stopDate")
        row = {"name": item["name"], "execution_arn": item["executionArn"], "status": item["status"],
               "start": _iso(start), "seconds": round((stop - start).total_seconds(), 1) if stop else None,
               "failed_state": None, "error": None}
        if item["status"] in ("FAILED", "TIMED_OUT", "ABORTED"):
            failure = explain_failure(sfn, None, item["executionArn"])
            row["failed_state"], row["error"] = failure.state, failure.error
        rows.append(row)
    return rows


def run_log(sfn: Any, logs: Any, execution_arn: str, lines: int = 20, depth: int = 0) -> dict[str, Any]:
    """A run's states (with durations) and each SageMaker job's log tail, child pipelines included."""
    described = sfn.describe_execution(executionArn=execution_arn)
    events = history(sfn, execution_arn)
    states: list[dict[str, Any]] = []
    open_states: dict[str, dict[str, Any]] = {}
    jobs: list[dict[str, Any]] = []
    children: list[dict[str, Any]] = []
    current: str | None = None
    for event in events:
        details = next((v for k, v in event.items() if k.endswith("EventDetails") and isinstance(v, dict)), {})
        kind = event["type"]
        if kind.endswith("StateEntered"):
            current = details.get("name")
            record = {"state": current, "type": kind[:-len("StateEntered")], "start": _iso(event["timestamp"]),
                      "status": "RUNNING", "seconds": None}
            open_states[current or ""] = record | {"_started": event["timestamp"]}
            states.append(record)
        elif kind.endswith("StateExited"):
            name = details.get("name") or ""
            if name in open_states:
                started = open_states.pop(name)["_started"]
                for record in states:
                    if record["state"] == name and record["status"] in ("RUNNING", "FAILED") and record["seconds"] is None:
                        # a failed task whose state still exits was handled by a Catch
                        record["status"] = "SUCCEEDED" if record["status"] == "RUNNING" else "CAUGHT"
                        record["seconds"] = round((event["timestamp"] - started).total_seconds(), 1)
        elif kind in ("TaskFailed", "TaskTimedOut"):
            for record in states:
                if record["state"] == current and record["status"] == "RUNNING":
                    record["status"] = "FAILED"
                    record["error"] = details.get("error")
        elif kind == "TaskScheduled":
            parameters = json.loads(details.get("parameters") or "{}")
            label, tail = job_log_tail(logs, details.get("resource", ""), parameters, lines)
            if label:
                jobs.append({"state": current, "job": label, "log_tail": tail})
        elif kind == "TaskSubmitted" and "startExecution" in details.get("resource", ""):
            try:
                body = json.loads(details.get("output") or "{}")
            except ValueError:
                body = {}
            child = body.get("ExecutionArn") or body.get("executionArn")
            if child and depth < 10:
                children.append({"state": current, **run_log(sfn, logs, child, lines, depth + 1)})
    start, stop = described.get("startDate"), described.get("stopDate")
    return {"execution_arn": execution_arn, "name": described.get("name"), "status": described["status"],
            "start": _iso(start), "seconds": round((stop - start).total_seconds(), 1) if stop else None,
            "states": states, "jobs": jobs, "children": children}
