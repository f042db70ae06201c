"""Long operations (plan, deploy) run in a worker thread; the page polls their log.

A job keeps the lines pipeline_ops streams through `on_output`, its state and
its result. Polling with an offset is simpler to test and proxy than server-sent
events and loses nothing on reconnect.

A deploy job pauses in state "awaiting_confirmation" with the plan it made
(`pending`) until the page answers; pipeline_ops.deploy then applies exactly
that plan, so what the user confirmed is what runs.

Stopping the server (SIGTERM/SIGINT, see shutdown.py) stops the jobs the way the CLI
stops: a deploy that is applying lets Terraform finish what it started and save the
state (deploy_runner.tf_process; each job's runs take its own stop token), a plan waiting for a confirmation is cancelled, and
each such job ends in state "interrupted" with what to do next. Every state change is
written to job_store, so a restart shows jobs a hard kill cut off as interrupted too.
"""

from __future__ import annotations

import os
import signal
import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

from deploy_runner.tf_control import StopToken, controlled

from . import job_store
from .redact import redact, redact_text

MAX_JOBS = 50
MAX_LINES = 20_000
CONFIRM_TIMEOUT_SECONDS = 30 * 60


@dataclass
class Job:
    id: str
    kind: str
    state: str = "running"  # running | awaiting_confirmation | stopping | succeeded | failed | interrupted
    lines: list[str] = field(default_factory=list)
    result: dict[str, Any] | None = None
    pending: dict[str, Any] | None = None
    error: str | None = None
    started: float = field(default_factory=time.time)
    finished: float | None = None
    target: str | None = None  # NAME@VERSION the job works on
    environment: str | None = None
    name: str | None = None  # the pipeline's name
    events: list[dict[str, Any]] = field(default_factory=list)  # a run's state events (deploy_runner.runs)
    next_step: str | None = None  # for an interrupted job: what the user should do now
    stop_signal: int | None = None
    on_change: Callable[["Job"], None] | None = field(default=None, repr=False)
    _answer: threading.Event = field(default_factory=threading.Event, repr=False)
    # The job's Terraform runs stop when this is requested (a worker thread gets no signals).
    stop_token: StopToken = field(default_factory=StopToken, repr=False)
    _approved: bool = False

    def log(self, line: str) -> None:
        for part in str(line).rstrip("\n").splitlines() or [""]:
            if len(self.lines) < MAX_LINES:
                self.lines.append(redact_text(part))

    def progress(self, event: dict[str, Any]) -> None:
        """A deploy's event (pipeline_ops: phases, then deploy_runner.progress's per-node events), as the page reads it.

        Only a node's latest event matters (it carries the counts so far), so it replaces the one before:
        a long apply's "Still creating..." every ten seconds per resource does not grow the job.
        """
        if event.get("event") == "node":
            self.events = [e for e in self.events if not (e.get("event") == "node" and e.get("node") == event.get("node"))]
        self.events = [*self.events, redact(event)]

    def await_confirmation(self, planned: dict[str, Any]) -> bool:
        """The `confirm` callback of pipeline_ops.deploy: park the plan, wait for the page's answer."""
        self.pending = redact(planned)
        self.set_state("awaiting_confirmation")
        answered = self._answer.wait(CONFIRM_TIMEOUT_SECONDS)
        self.set_state("running")
        if not answered:
            self.log(f"no confirmation within {CONFIRM_TIMEOUT_SECONDS // 60} minutes; nothing was applied")
        elif not self._approved:
            self.log("cancelled; nothing was applied")
        return answered and self._approved

    def set_state(self, state: str) -> None:
        self.state = state
        if self.on_change:
            self.on_change(self)

    def record(self) -> dict[str, Any]:
        """What job_store keeps (no plan, no result: those can be large and are of this server's life only)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state,
            "target": self.target,
            "name": self.name,
            "environment": self.environment,
            "started": self.started,
            "finished": self.finished,
            "error": self.error,
            "next_step": self.next_step,
            "server_pid": os.getpid(),
            # a run job can succeed (it followed the run to its end) while the run FAILED
            "outcome": ((self.result or {}).get("run") or {}).get("status"),
            "lines": self.lines[-job_store.TAIL_LINES :],
        }

    def stop(self, signum: int) -> bool:
        """The server is stopping; True if this job must be waited for (it owns a Terraform run)."""
        if self.finished:
            return False
        name = signal.Signals(signum).name
        first = self.stop_signal is None
        self.stop_signal = self.stop_signal or signum
        if self.state == "awaiting_confirmation" and not self._answer.is_set():
            self.log(f"the builder server is stopping ({name}): the plan was not applied")
            self._approved = False
            self._answer.set()
            return True
        if self.kind in ("deploy", "plan"):
            self.stop_token.request(signum)  # counted like a signal by the job's Terraform run
            if first:
                self.log(
                    f"the builder server is stopping ({name}): Terraform finishes what it started and saves "
                    f"the state before the server exits"
                )
            self.set_state("stopping")
            return True
        # Reviews only synthesize; a run job only follows an execution that goes on without it.
        self.next_step = job_store.next_step({**self.record(), "state": "running"})
        self.error = f"the builder server stopped ({name}) while this job was running"
        self.finished = time.time()
        self.set_state("interrupted")
        return False

    def answer(self, approve: bool) -> bool:
        if self.state != "awaiting_confirmation" or self._answer.is_set():
            return False
        self._approved = approve
        self.set_state("running")  # before answering, so a poll right after the answer never sees the old state
        self._answer.set()
        return True

    def view(self, since: int = 0) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "state": self.state,
            "lines": self.lines[since:],
            "next": len(self.lines),
            "pending": self.pending,
            "result": self.result,
            "error": self.error,
            "seconds": round((self.finished or time.time()) - self.started, 1),
            "target": self.target,
            "environment": self.environment,
            "events": self.events,
            "next_step": self.next_step,
            "started": self.started,
            "name": self.name,
        }

    def summary(self) -> dict[str, Any]:
        """One row of the job list."""
        record = self.record()
        record.pop("lines")
        return {**record, "last_line": self.lines[-1] if self.lines else None}


class Jobs:
    def __init__(self, *, persist: bool = True) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._persist = persist
        # Jobs of earlier servers (job_store); those a stop cut off are "interrupted" now.
        self.earlier: list[dict[str, Any]] = job_store.recover() if persist else []
        self.stopping = False

    def _save(self, job: Job) -> None:
        if self._persist:
            job_store.save(job.record())

    def start(
        self,
        kind: str,
        work: Callable[[Job], dict[str, Any]],
        *,
        target: str | None = None,
        environment: str | None = None,
        name: str | None = None,
    ) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], kind=kind, target=target, environment=environment, name=name, on_change=self._save)
        self._save(job)
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

    def earlier_view(self, job_id: str) -> dict[str, Any] | None:
        """An earlier server's job as a job view (its kept log tail): the Jobs list opens those too."""
        record = next((r for r in self.earlier if r["id"] == job_id), None)
        if record is None:
            return None
        lines = list(record.get("lines") or [])
        return {
            **{
                k: record.get(k)
                for k in ("id", "kind", "state", "error", "next_step", "target", "environment", "name", "started")
            },
            "lines": lines,
            "next": len(lines),
            "pending": None,
            "result": None,
            "events": [],
            "seconds": round((record.get("finished") or record.get("started") or 0) - (record.get("started") or 0), 1),
            "outcome": record.get("outcome"),
        }

    def busy(self, name: str | None, environment: str | None) -> Job | None:
        """This server's unfinished plan or deploy of the stack NAME × ENV (it holds, or will hold, its state lock)."""
        with self._lock:
            jobs = list(self._jobs.values())
        for job in sorted(jobs, key=lambda j: j.started):
            if job.kind in ("deploy", "plan") and not job.finished and (job.name, job.environment) == (name, environment):
                return job
        return None

    def listing(self) -> list[dict[str, Any]]:
        """This server's jobs and the kept records of earlier ones, newest first."""
        with self._lock:
            current = [j.summary() for j in self._jobs.values()]
        ids = {j["id"] for j in current}
        earlier = [
            {**{k: v for k, v in r.items() if k != "lines"}, "last_line": (r.get("lines") or [None])[-1]}
            for r in self.earlier
            if r["id"] not in ids
        ]
        return sorted(current + earlier, key=lambda j: j.get("started") or 0, reverse=True)

    def stop_all(self, signum: int) -> list[Job]:
        """The server got a stop signal: stop every job; returns those to wait for (they own Terraform)."""
        self.stopping = True
        with self._lock:
            jobs = list(self._jobs.values())
        return [job for job in jobs if job.stop(signum)]

    def drain(self, timeout: float) -> list[Job]:
        """Wait (bounded) for the stopped jobs to end; those still running are recorded as interrupted."""
        deadline = time.monotonic() + timeout
        with self._lock:
            jobs = list(self._jobs.values())
        for job in jobs:
            while not job.finished and time.monotonic() < deadline:
                time.sleep(0.2)
        left = [job for job in jobs if not job.finished]
        for job in left:
            job.error = job.error or f"the builder server exited after waiting {timeout:.0f} s for this job"
            job.next_step = job_store.next_step({**job.record(), "state": "running"})
            job.set_state("interrupted")
        return left

    @staticmethod
    def _run(job: Job, work: Callable[[Job], dict[str, Any]]) -> None:
        try:
            # The job's own token and log: its Terraform runs stop with this job, and their notices show on its page.
            with controlled(stop=job.stop_token, notice=job.log):
                result = work(job)
            if job.state == "interrupted":
                return  # already recorded by stop()
            job.result = redact(result)
            job.finished = time.time()
            if job.stop_signal and job.kind == "deploy" and not result.get("applied"):
                job.error = "the builder server stopped before the plan was confirmed; nothing was applied"
                job.next_step = job_store.next_step({**job.record(), "state": "awaiting_confirmation"})
                job.set_state("interrupted")
            else:
                job.set_state("succeeded")
        except Exception as exc:  # the page shows the message; the traceback goes to the server log only
            if job.state == "interrupted":
                return
            job.error = redact_text(locked_text(job, exc) or describe_error(exc))
            job.log(f"error: {job.error}")
            job.finished = time.time()
            if getattr(exc, "kind", None) == "interrupted" or job.stop_signal:
                job.next_step = job_store.next_step({**job.record(), "state": "running"})
                job.set_state("interrupted")
            else:
                job.set_state("failed")
                traceback.print_exc()
        finally:
            job.finished = job.finished or time.time()


def since(job: Job) -> str:
    return time.strftime("%H:%M", time.localtime(job.started))


def locked_text(job: Job, exc: Exception) -> str | None:
    """Terraform's "state is locked" (deploy_runner.tf_errors, kind "locked") in the words of the page's user.

    The CLI's message suggests `force-unlock -force`; from a page that is dangerous advice (the other
    deploy is usually alive), so the builder says what is happening and leaves unlocking to the CLI.
    """
    if getattr(exc, "kind", None) != "locked":
        return None
    from deploy_runner.tf_errors import parse_lock

    lock = parse_lock(getattr(exc, "output", "") or "") or {}
    started = f", started {lock['Created']}" if lock.get("Created") else ""
    who = f" by {lock['Who']}" if lock.get("Who") else ""
    return (
        f"a deploy of {job.name or 'this pipeline'} to {job.environment or 'this environment'} is running{who}{started} "
        f"(from the command line, Windmill or another builder): wait for it to end, then deploy again. "
        f"If none is running any more, ask whoever runs your platform to release the lock"
        f"{' ' + lock['ID'] if lock.get('ID') else ''}."
    )


def describe_error(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if isinstance(errors, list) and errors and hasattr(errors[0], "to_dict"):
        return "; ".join(f"{e.path}: {e.message}" for e in errors)
    return str(exc) or type(exc).__name__
