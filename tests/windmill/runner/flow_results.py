"""What LocalFlowRunner (flow_runner.py) returns and raises: a run's steps as Windmill's flow
status shows them (status, args, result, error, attempts, approver) and the job/flow errors.
Split from flow_runner.py, which executes the flow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class FlowDefinitionError(ValueError):
    """The flow uses something this runner does not emulate."""


@dataclass
class StepRecord:
    id: str
    status: str  # success | failure | skipped | stopped | canceled
    args: dict[str, Any] = field(default_factory=dict)
    result: Any = None
    error: dict[str, Any] | None = None
    attempts: int = 0
    approver: str | None = None
    started: float = 0.0
    finished: float = 0.0


@dataclass
class FlowRun:
    success: bool
    result: Any
    steps: list[StepRecord]
    error: dict[str, Any] | None = None
    failure_result: Any = None
    log: list[str] = field(default_factory=list)

    def step(self, step_id: str) -> StepRecord:
        return next(s for s in self.steps if s.id == step_id)

    @property
    def executed(self) -> list[str]:
        return [s.id for s in self.steps if s.status != "skipped"]


class JobFailed(Exception):
    def __init__(self, error: dict[str, Any]):
        super().__init__(error.get("message"))
        self.error = error


def job_error(name: str, message: str) -> dict[str, Any]:
    """A job error as Windmill's wrapper reports it (name, message, stack)."""
    return {"name": name, "message": message, "stack": ""}
