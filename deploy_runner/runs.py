"""Pipeline runs: follow an execution state by state, list a pipeline's runs, read a run's logs.

Everything here reads the Step Functions and CloudWatch Logs APIs only
(``GetExecutionHistory``, ``DescribeExecution``, ``ListExecutions``,
``GetLogEvents``), so the same code serves the emulator and a real account.
SageMaker jobs log to ``/aws/sagemaker/{ProcessingJobs,TrainingJobs,TransformJobs}``
in streams named ``<job name>/algo-1-<epoch>`` (AWS's layout, which the
emulator reproduces). A child pipeline (``states:startExecution.sync``) is a
separate execution; its failure is followed into the child to name the state
that really failed.

Which state an event belongs to comes from ``previousEventId`` ("the id of the
previous event", botocore's stepfunctions ``HistoryEvent`` shape), never from
the order of the list: the branches of a Parallel state interleave their
events, and each event points back along its own branch (moto's interpreter
gives every branch its own ``EventHistoryContext``, ``asl/eval/event/event_manager.py``),
so walking back from a ``TaskFailed`` reaches the ``TaskStateEntered`` of the
state that ran the task, whichever branch entered a state last.
"""

from __future__ import annotations

import datetime
import json
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from .job_logs import job_log_tail
from .run_records import run_cache, written_outputs
from .run_attempts import REDRIVEN, latest, latest_records, retries

TERMINAL = {"SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"}
OnEvent = Callable[[dict[str, Any]], None]


@dataclass
class RunFailure:
    state: str | None
    error: str | None
    cause: str | None
    reason: str | None = None  # the job's FailureReason when a SageMaker job failed
    job: str | None = None  # e.g. "training job pb-...-train-1a2b3c4d"
    execution_arn: str | None = None  # the (child) execution where the state failed
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
        page = sfn.get_execution_history(executionArn=execution_arn, maxResults=1000, **({"nextToken": token} if token else {}))
        events += page["events"]
        token = page.get("nextToken")
        if not token:
            return events


def _details(event: dict[str, Any]) -> dict[str, Any]:
    return next((v for k, v in event.items() if k.endswith("EventDetails") and isinstance(v, dict)), {})


class _Threads:
    """The state each event belongs to, by following ``previousEventId`` back to a ``*StateEntered``."""

    def __init__(self, events: list[dict[str, Any]]) -> None:
        self.by_id = {e["id"]: e for e in events if isinstance(e.get("id"), int)}
        self.last_entered: dict[str, Any] | None = None  # fallback for a history without ids

    def see(self, event: dict[str, Any]) -> None:
        if event["type"].endswith("StateEntered"):
            self.last_entered = event

    def entered(self, event: dict[str, Any]) -> dict[str, Any] | None:
        """The StateEntered event of the state ``event`` happened in (its own branch's)."""
        step = self.by_id.get(event.get("previousEventId", 0))
        for _ in range(len(self.by_id)):
            if step is None:
                break
            if step["type"].endswith("StateEntered"):
                return step
            step = self.by_id.get(step.get("previousEventId", 0))
        return None if self.by_id else self.last_entered

    def state(self, event: dict[str, Any]) -> str | None:
        entered = self.entered(event)
        return _details(entered).get("name") if entered else None

    def scheduled(self, event: dict[str, Any]) -> dict[str, Any] | None:
        """Resource and parameters of the task a TaskFailed/TaskSubmitted event belongs to."""
        step = self.by_id.get(event.get("previousEventId", 0))
        for _ in range(len(self.by_id)):
            if step is None or step["type"].endswith("StateEntered"):
                return None
            if step["type"] == "TaskScheduled":
                details = _details(step)
                return {"resource": details.get("resource"), "parameters": json.loads(details.get("parameters") or "{}")}
            step = self.by_id.get(step.get("previousEventId", 0))
        return None


def _state_events(events: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Plain records for what a user follows: states entered/exited, tasks failed, the end."""
    threads = _Threads(events)
    for event in events:
        kind = event["type"]
        details = _details(event)
        threads.see(event)
        if kind.endswith("StateEntered"):
            yield {
                "event": "entered",
                "state": details.get("name"),
                "type": kind[: -len("StateEntered")],
                "time": _iso(event["timestamp"]),
            }
        elif kind.endswith("StateExited"):
            yield {
                "event": "exited",
                "state": details.get("name"),
                "type": kind[: -len("StateExited")],
                "time": _iso(event["timestamp"]),
            }
        elif kind in ("TaskFailed", "TaskTimedOut", "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted"):
            yield {
                "event": kind,
                "state": threads.state(event) if kind.startswith("Task") else None,
                "error": details.get("error"),
                "cause": details.get("cause"),
                "time": _iso(event["timestamp"]),
            }
        elif kind == "ExecutionSucceeded":
            yield {"event": kind, "time": _iso(event["timestamp"])}
        elif kind == REDRIVEN:
            yield {"event": "retried", "attempt": details.get("redriveCount"), "time": _iso(event["timestamp"])}


def _failing_state(events: list[dict[str, Any]]) -> tuple[str | None, str | None, str | None, dict[str, Any] | None]:
    """(state, error, cause, scheduled task parameters) of the failure that ended the execution.

    A task failure handled by a Catch (e.g. "find endpoint" before creating it) is not the
    answer: the run's failure is the last task failure with the execution's own error, else the
    state the execution was in when it failed (a Fail state, an intrinsic or path error). Each
    failure is placed in its own state by following ``previousEventId`` (see the module doc).
    """
    threads = _Threads(events)
    found: tuple[str | None, str | None, str | None, dict[str, Any] | None] | None = None
    for event in latest(events):  # a retried run failed where its latest attempt failed
        details = _details(event)
        kind = event["type"]
        threads.see(event)
        if kind in ("TaskFailed", "TaskTimedOut"):
            found = (threads.state(event), details.get("error"), details.get("cause"), threads.scheduled(event))
        elif kind in ("ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted"):
            if found and found[1] == details.get("error"):
                return found
            return threads.state(event), details.get("error"), details.get("cause"), None
    return found or (None, None, None, None)


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
        failure.reason = detail.get("FailureReason") or detail.get("errorMessage")  # a job's, or a function's error
    if scheduled and logs is not None:
        failure.job, failure.log_tail = job_log_tail(logs, scheduled["resource"], scheduled["parameters"])
    return failure


def follow(
    sfn: Any,
    logs: Any | None,
    execution_arn: str,
    on_event: OnEvent | None = None,
    poll_seconds: float = 1.0,
    timeout_seconds: float | None = None,
    attempt: int | None = None,
) -> dict[str, Any]:
    """Follow an execution until it ends, reporting each new state event; returns its summary.

    `attempt` (a retried run's redrive count): only that attempt's events, and not ended before it began
    (right after RedriveExecution the execution may still describe itself as FAILED).
    """
    seen = 0
    deadline = time.monotonic() + timeout_seconds if timeout_seconds else None
    while True:
        described = sfn.describe_execution(executionArn=execution_arn)
        records = list(_state_events(history(sfn, execution_arn)))
        begun = not attempt or any(r["event"] == "retried" and r.get("attempt") == attempt for r in records)
        records = latest_records(records) if attempt and begun else ([] if attempt else records)
        for record in records[seen:]:
            if on_event:
                on_event(record)
        seen = len(records)
        if described["status"] in TERMINAL and begun:
            break
        if deadline and time.monotonic() > deadline:
            sfn.stop_execution(
                executionArn=execution_arn,
                error="Playbook.Timeout",
                cause=f"playbook run --wait gave up after {timeout_seconds:.0f} s",
            )
            timeout_seconds = None
            deadline = None
        time.sleep(poll_seconds)
    return summarize(sfn, logs, described)


def summarize(sfn: Any, logs: Any | None, described: dict[str, Any]) -> dict[str, Any]:
    start, stop = described.get("startDate"), described.get("stopDate")
    summary: dict[str, Any] = {
        "execution_arn": described["executionArn"],
        "name": described.get("name"),
        "status": described["status"],
        "start": _iso(start),
        "stop": _iso(stop),
        "seconds": round((stop - start).total_seconds(), 1) if isinstance(start, datetime.datetime) and stop else None,
        "failure": None,
        "output": None,
        **retries(described),
    }
    if described["status"] == "SUCCEEDED" and described.get("output"):
        summary["output"] = json.loads(described["output"])
    elif described["status"] in TERMINAL:
        summary["failure"] = explain_failure(sfn, logs, described["executionArn"]).as_dict()
    summary["written"] = written_outputs(described)
    summary["cache"] = run_cache(described)
    return summary


def list_runs(sfn: Any, state_machine_arn: str, limit: int = 20) -> list[dict[str, Any]]:
    """Newest first: start, status, duration and, for failed runs, the failing state."""
    rows = []
    page = sfn.list_executions(stateMachineArn=state_machine_arn, maxResults=limit)
    for item in sorted(page.get("executions", []), key=lambda e: e["startDate"], reverse=True)[:limit]:
        start, stop = item.get("startDate"), item.get("stopDate")
        row = {
            "name": item["name"],
            "execution_arn": item["executionArn"],
            "status": item["status"],
            "start": _iso(start),
            "seconds": round((stop - start).total_seconds(), 1) if stop else None,
            "failed_state": None,
            "error": None,
            "retries": int(item.get("redriveCount") or 0),
            # Per node: cached or ran, and why (the run's input holds the step cache's decisions).
            "cache": run_cache(sfn.describe_execution(executionArn=item["executionArn"])),
        }
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
    threads = _Threads(events)
    by_entered: dict[int, dict[str, Any]] = {}  # StateEntered event id -> its record
    attempt = 0  # a retried run: states of attempt N follow its Nth ExecutionRedriven
    for event in events:
        details = _details(event)
        kind = event["type"]
        threads.see(event)
        if kind == REDRIVEN:
            attempt = int(details.get("redriveCount") or attempt + 1)
            open_states.clear()  # what still ran when the previous attempt ended was cut short
            for record in states:
                record["status"] = "ABORTED" if record["status"] == "RUNNING" else record["status"]
        elif kind.endswith("StateEntered"):
            name = details.get("name")
            record = {
                "state": name,
                "type": kind[: -len("StateEntered")],
                "start": _iso(event["timestamp"]),
                "status": "RUNNING",
                "seconds": None,
                "attempt": attempt,
            }
            open_states[name or ""] = record | {"_started": event["timestamp"]}
            by_entered[event.get("id", -1)] = record
            states.append(record)
        elif kind.endswith("StateExited"):
            name = details.get("name") or ""
            if name in open_states:
                started = open_states.pop(name)["_started"]
                for record in states:
                    if (
                        record["state"] == name
                        and record["attempt"] == attempt
                        and record["status"] in ("RUNNING", "FAILED")
                        and record["seconds"] is None
                    ):
                        # a failed task whose state still exits was handled by a Catch
                        record["status"] = "SUCCEEDED" if record["status"] == "RUNNING" else "CAUGHT"
                        record["seconds"] = round((event["timestamp"] - started).total_seconds(), 1)
        elif kind in ("TaskFailed", "TaskTimedOut"):
            entered = threads.entered(event)
            failed = by_entered.get(entered.get("id", -1)) if entered else None
            if failed is not None and failed["status"] == "RUNNING":
                failed["status"] = "FAILED"
                failed["error"] = details.get("error")
        elif kind in ("ParallelStateFailed", "MapStateFailed"):
            # carries no name: the innermost open Parallel/Map is the one that failed
            container = next(
                (r for r in reversed(states) if r["type"] == kind[: -len("StateFailed")] and r["status"] == "RUNNING"), None
            )
            if container is not None:
                container["status"] = "FAILED"
        elif kind == "TaskScheduled":
            parameters = json.loads(details.get("parameters") or "{}")
            label, tail = job_log_tail(logs, details.get("resource", ""), parameters, lines)
            if label:
                jobs.append({"state": threads.state(event), "job": label, "log_tail": tail, "attempt": attempt})
        elif kind == "TaskSubmitted" and "startExecution" in details.get("resource", ""):
            try:
                body = json.loads(details.get("output") or "{}")
            except ValueError:
                body = {}
            child = body.get("ExecutionArn") or body.get("executionArn")
            if child and depth < 10:
                children.append({"state": threads.state(event), **run_log(sfn, logs, child, lines, depth + 1)})
    if described["status"] in TERMINAL:
        for record in states:  # other branches' states, cut short when the execution ended (TaskStateAborted on AWS)
            if record["status"] == "RUNNING":
                record["status"] = "ABORTED"
    start, stop = described.get("startDate"), described.get("stopDate")
    return {
        "execution_arn": execution_arn,
        "name": described.get("name"),
        "status": described["status"],
        "start": _iso(start),
        "seconds": round((stop - start).total_seconds(), 1) if stop else None,
        "states": states,
        "jobs": jobs,
        "children": children,
        **retries(described),
        "written": written_outputs(described),
        "cache": run_cache(described),
    }
