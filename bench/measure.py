"""Run a command in a new process and measure its wall time and peak memory.

Peak memory is the largest sum of resident set sizes over the whole process
tree (the Python interpreter plus the Node.js jsii child, plus terraform and
the providers it starts), sampled from /proc every few milliseconds, and never
less than the largest single process's peak reported by wait4().
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

SAMPLE_INTERVAL_S = 0.005


@dataclass(frozen=True)
class Run:
    wall_s: float
    peak_rss_bytes: int
    cpu_s: float  # user + system CPU of the process and the children it waited for (the Node.js child)
    returncode: int
    stdout: str
    stderr: str


@dataclass(frozen=True)
class Summary:
    runs: tuple[Run, ...]

    @property
    def wall_s(self) -> float:
        return statistics.median(r.wall_s for r in self.runs)

    @property
    def peak_rss_bytes(self) -> float:
        return statistics.median(r.peak_rss_bytes for r in self.runs)

    @property
    def cpu_s(self) -> float:
        return statistics.median(r.cpu_s for r in self.runs)

    @property
    def wall_min_s(self) -> float:
        return min(r.wall_s for r in self.runs)

    @property
    def wall_max_s(self) -> float:
        return max(r.wall_s for r in self.runs)


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                kids += [int(c) for c in Path(f"/proc/{pid}/task/{tid}/children").read_text().split()]
            except OSError:
                pass
    except OSError:
        pass
    return kids


def _rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def tree_rss_bytes(root: int) -> int:
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _rss_bytes(pid)
        stack += _children(pid)
    return total


def run(cmd: Sequence[str], *, env: dict[str, str] | None = None, cwd: str | Path | None = None, timeout_s: float = 900.0) -> Run:
    out_path = Path(f"/tmp/bench-{os.getpid()}-{time.monotonic_ns()}")
    with open(f"{out_path}.out", "w+") as out, open(f"{out_path}.err", "w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), env=env, cwd=cwd, stdout=out, stderr=err)
        peak = 0
        status = None
        usage = None
        while True:
            waited, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if waited == proc.pid:
                break
            peak = max(peak, tree_rss_bytes(proc.pid))
            if time.perf_counter() - start > timeout_s:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(SAMPLE_INTERVAL_S)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = max(peak, usage.ru_maxrss * 1024)
        out.seek(0)
        err.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        result = Run(wall, peak, cpu, proc.returncode, out.read(), err.read())
    for suffix in (".out", ".err"):
        Path(f"{out_path}{suffix}").unlink(missing_ok=True)
    return result


def repeat(cmd: Sequence[str], runs: int, **kwargs: Any) -> Summary:
    results = []
    for _ in range(runs):
        r = run(cmd, **kwargs)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {r.returncode}:\n{r.stderr[-4000:]}")
        results.append(r)
    return Summary(tuple(results))


def linear_fit(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float, float]:
    """Least-squares slope, intercept and R² of ys over xs."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    slope = sxy / sxx if sxx else 0.0
    intercept = my - slope * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - (intercept + slope * x)) ** 2 for x, y in zip(xs, ys))
    r2 = 1 - ss_res / ss_tot if ss_tot else 1.0
    return slope, intercept, r2
