"""`playbook ui` stops the way `playbook deploy` stops: no Terraform run is cut off mid-write.

uvicorn turns SIGTERM/SIGINT into a graceful shutdown (stop accepting, finish the open
requests, then exit) but knows nothing of the builder's job threads: a deploy applying in
one would die with the process, half its resources created and not in the state. This
server first stops the jobs (jobs.Jobs.stop_all: a plan waiting for a confirmation is
cancelled; Terraform is asked to stop through each job's stop token (deploy_runner.tf_control), so an
apply finishes what it started and writes the state, within tf_process.STOP_GRACE), then,
after uvicorn's own shutdown, waits for those jobs (bounded) before the process exits.
A second signal is forwarded to Terraform as its own graceful interrupt, a third makes it
exit, exactly as in the CLI. Each stopped job is recorded as "interrupted" (job_store).
"""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
from types import FrameType

import uvicorn

from deploy_runner import tf_process

from .jobs import Jobs

# Long enough for an apply to finish (STOP_GRACE), then for Terraform's own interrupt (STOP_GRACE).
DRAIN_SECONDS = 2 * tf_process.STOP_GRACE + 60


def _say(text: str) -> None:
    try:
        print(f"playbook builder: {text}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


class StoppingServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, jobs: Jobs) -> None:
        super().__init__(config)
        self.jobs = jobs
        self.signals = 0

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        self.signals += 1
        waiting = self.jobs.stop_all(sig)
        if waiting and self.signals == 1:
            kinds = ", ".join(sorted({f"{j.kind} {j.target or j.id}" for j in waiting}))
            _say(
                f"stopping ({signal.Signals(sig).name}): waiting for {kinds}; Terraform finishes what it started "
                f"and saves the state (at most {tf_process.STOP_GRACE:.0f} s); signal again to interrupt Terraform"
            )
        elif waiting:
            _say(f"{signal.Signals(sig).name} again: Terraform is interrupted (its own graceful stop)")
        super().handle_exit(sig, frame)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await super().shutdown(sockets)
        left = await asyncio.to_thread(self.jobs.drain, DRAIN_SECONDS)
        for job in left:
            _say(f"gave up waiting for job {job.id} ({job.kind}); recorded as interrupted")
        if self.jobs.stopping:
            _say("stopped; jobs that were cut short are listed as interrupted on the next start")
