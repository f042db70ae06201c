"""A retried run's attempts: Step Functions redrive appends to the same execution's history.

A redriven execution keeps its ARN and its history; each redrive appends an ``ExecutionRedriven``
event (botocore's stepfunctions ``HistoryEventType``; ``executionRedrivenEventDetails.redriveCount``)
and then the events of the states that run again. So "what happened in the latest attempt" is the part
of the history after the last ``ExecutionRedriven``, and an attempt's number is how many came before.
"""

from __future__ import annotations

import datetime
from typing import Any

REDRIVEN = "ExecutionRedriven"


def latest(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events of the latest attempt (all of them for a run never retried)."""
    for index in range(len(events) - 1, -1, -1):
        if events[index]["type"] == REDRIVEN:
            return events[index + 1 :]
    return events


def latest_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The state records (``runs._state_events``) after the last ``retried`` one."""
    for index in range(len(records) - 1, -1, -1):
        if records[index]["event"] == "retried":
            return records[index:]
    return records


def retries(described: dict[str, Any]) -> dict[str, Any]:
    """`retries` (redriveCount, 0 for a run never retried) and `retried_at` of a DescribeExecution answer."""
    date = described.get("redriveDate")
    when = date.astimezone(datetime.timezone.utc).isoformat(timespec="seconds") if isinstance(date, datetime.datetime) else None
    return {"retries": int(described.get("redriveCount") or 0), "retried_at": when}
