"""Long operations (plan, deploy) run in a worker thread; the page polls their log.

A job keeps the lines pipeline_ops streams through `on_output`, its state and
its result. Polling with an offset is simpler to test and proxy than server-sent
events and loses nothing on reconnect.

A deploy job pauses in state "awaiting_confirmation" with the plan it made
(`pending`) until the page answers; pipeline_ops.deploy then applies exactly
that plan, so what the user confirmed is what runs.
"""
from __future__ import annotations

import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

from .redact import redact, redact_text

MAX_JOBS = 50
MAX_LINES = 20_000
CONFIRM_TIMEOUT_SECONDS = 30 * 60


@dataclass
class Job:
    id: str
    kind: str
    state: str = "running"  # running | awaiting_confirmation | succeeded | failed
    lines: list[str] = field(default_factory=list)
    result: dict[str, Any] | None = None
    pending: dict[str, Any] | None = None
    error: str | None = None
    started: float = field(default_factory=time.time)
    finished: float | None = None
    _answer: threading.Event = field(default_factory=threading.Event, repr=False)
    _approved: bool = False

    def log(self, line: str) -> None:
        for part in str(line).rstrip("\n").splitlines() or [""]:
            if len(self.lines) < MAX_LINES:
                self.lines.append(redact_text(part))

    def await_confirmation(self, planned: dict[str, Any]) -> bool:
        """The `confirm` callback of pipeline_ops.deploy: park the plan, wait for the page's answer."""
        self.pending = redact(planned)
        self.state = "awaiting_confirmation"
        answered = self._answer.wait(CONFIRM_TIMEOUT_SECONDS)
        self.state = "running"
        if not answered:
            self.log(f"no confirmation within {CONFIRM_TIMEOUT_SECONDS // 60} minutes; nothing was applied")
        elif not self._approved:
            self.log("cancelled; nothing was applied")
        return answered and self._approved

    def answer(self, approve: bool) -> bool:
        if self.state != "awaiting_confirmation" or self._answer.is_set():
            return False
        self._approved = approve
        self.state = "running"  # before answering, so a poll right after the answer never sees the old state
        self._answer.set()
        return True

    def view(self, since: int = 0) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "state": self.state, "lines": self.lines[since:],
                "next": len(self.lines), "pending": self.pending, "result": self.result, "error": self.error,
                "seconds": round((self.finished or time.time()) - self.started, 1)}


class Jobs:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def start(self, kind: str, work: Callable[[Job], dict[str, Any]]) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], kind=kind)
        with self._lock:
            finished = sorted((j for j in self._jobs.values() if j.finished), key=lambda j: j.started)
            while len(self._jobs) >= MAX_JOBS and finished:
                del self._jobs[finished.pop(0).id]
            self._jobs[job.id] = job
        threading.Thread(target=self._run, args=(job, work), name=f"playbook-ui-{kind}-{job.id}", daemon=True).start()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    @staticmethod
    def _run(job: Job, work: Callable[[Job], dict[str, Any]]) -> None:
        try:
            job.result = redact(work(job))
            job.state = "succeeded"
        except Exception as exc:  # the page shows the message; the traceback goes to the server log only
            job.error = redact_text(describe_error(exc))
            job.log(f"error: {job.error}")
            job.state = "failed"
            traceback.print_exc()
        finally:
            job.finished = time.time()


def describe_error(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if isinstance(errors, list) and errors and hasattr(errors[0], "to_dict"):
        return "; ".join(f"{e.path}: {e.message}" for e in errors)
    return str(exc) or type(exc).__name__
