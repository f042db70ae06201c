"""What controls a Terraform run from outside: who may ask it to stop, and where its notices go.

Why a token and a scope rather than module state: the builder runs several jobs at once, each in
its own thread, where no signal arrives. A process-wide list of stop requests only grew, and every
run started later replayed it; a notice hook set by one front end applied to every run of the
process. Here a ``StopToken`` belongs to one job (the builder gives each job its own and requests
a stop on the tokens of the jobs it stops), and ``controlled(...)`` puts a token and a notice
function in a context variable for the code it wraps. A thread starts with an empty context, so a
job thread's runs see that job's token and nobody else's; the CLI's main thread gets its stop
requests as real signals and only sets where notices go.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


class StopToken:
    """Stop requests (signal numbers, in order) for the runs of one job; thread-safe, append-only."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._signals: list[int] = []

    def request(self, signum: int = signal.SIGTERM) -> None:
        """Ask the runs holding this token to stop as if they had received ``signum``."""
        with self._lock:
            self._signals.append(signum)

    def since(self, seen: int) -> list[int]:
        """The requests after the first ``seen`` (a run remembers how many it has taken)."""
        with self._lock:
            return self._signals[seen:]

    @property
    def requested(self) -> bool:
        with self._lock:
            return bool(self._signals)


@dataclass(frozen=True)
class RunControls:
    stop: StopToken | None = None
    notice: Callable[[str], None] | None = None

    def say(self, text: str) -> None:
        """A notice for the person who started the run (default: a line on stderr)."""
        if self.notice is not None:
            self.notice(text)
            return
        try:
            sys.stderr.write(text + "\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass  # no terminal left to tell


_current: ContextVar[RunControls] = ContextVar("terraform_run_controls", default=RunControls())


def current() -> RunControls:
    """The controls of the code running now (none: stop by signals only, notices on stderr)."""
    return _current.get()


@contextmanager
def controlled(*, stop: StopToken | None = None, notice: Callable[[str], None] | None = None) -> Iterator[RunControls]:
    """Runs started inside take ``stop`` and ``notice`` (each unset one is kept from the enclosing scope)."""
    outer = _current.get()
    controls = RunControls(stop=stop or outer.stop, notice=notice or outer.notice)
    reset = _current.set(controls)
    try:
        yield controls
    finally:
        _current.reset(reset)
