"""`make test`'s pytest step: a parallel pass, then a serial pass; fails if either fails.

    python -m tests.run_suite [pytest arguments...]      (make test PYTEST_ARGS='...')

1. ``pytest -n WORKERS --dist loadgroup --suite-pass=parallel ARGS``: everything not marked ``serial``,
   spread over pytest-xdist workers (most of the suite waits on Terraform, the emulator, jsii or a
   browser, so a few workers overlap the waiting on 2 cores). A module whose tests share a module
   fixture (one deployment they all read) stays on one worker (tests/conftest.py).
2. ``pytest -n 0 --suite-pass=serial ARGS``: the tests marked ``serial`` (signals, deadlines, keyboard
   timing), alone in one process, after the parallel pass, so no load from it shifts their timing.

ARGS (e.g. ``-m "not emulator"``, a directory, ``-k``) go to both passes; a pass that they leave
without tests (pytest's exit code 5) counts as passed. Both passes always run; at the end the
failures of both are listed again. Reports for ``make bench`` (bench/suite_time.py): the JUnit XML
of each pass (every test's time) and ``summary.json`` (wall time of each pass, worker count) in
test-output/suite/.

TEST_WORKERS sets the worker count (default 3: measured on the 2-core, 24 GiB machine, see the README).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "test-output" / "suite"
DEFAULT_WORKERS = 3
NO_TESTS_COLLECTED = 5  # pytest.ExitCode.NO_TESTS_COLLECTED
INTERRUPTED = 2  # pytest.ExitCode.INTERRUPTED: Ctrl-C, or errors during collection


def run_pass(name: str, options: list[str], args: list[str]) -> tuple[int, float]:
    report = OUT / f"{name}.xml"
    report.unlink(missing_ok=True)
    command = [sys.executable, "-m", "pytest", *options, f"--suite-pass={name}", f"--junitxml={report}", "--durations=15", *args]
    if name == "serial":
        command.append("-n0")  # last: whatever -n ARGS carried, this pass runs in one process
    print(f"\n=== make test: {name} pass: {' '.join(command[3:])}", flush=True)
    started = time.monotonic()
    # Ctrl-C reaches pytest too (same process group): this process waits for it to stop and reads its exit
    # code instead of dying with a traceback. A handler, not SIG_IGN, which the child would inherit.
    previous = signal.signal(signal.SIGINT, lambda *_: None)
    try:
        code = subprocess.call(command, cwd=REPO)
    finally:
        signal.signal(signal.SIGINT, previous)
    return code, time.monotonic() - started


def failures(report: Path) -> list[str]:
    """Test ids that failed or errored, from a pass's JUnit XML."""
    if not report.is_file():
        return []
    found = []
    for case in ET.parse(report).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            found.append(f"{case.get('classname', '')}::{case.get('name', '')}")
    return found


def main(args: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    workers = os.environ.get("TEST_WORKERS", str(DEFAULT_WORKERS))
    started = time.monotonic()
    results = {"parallel": run_pass("parallel", ["-n", workers, "--dist", "loadgroup", "--no-loadscope-reorder"], args)}
    if results["parallel"][0] == INTERRUPTED:  # Ctrl-C (or a collection error): stop here, as pytest would
        print("\n=== make test: the parallel pass was interrupted; the serial pass does not run", flush=True)
        return INTERRUPTED
    results["serial"] = run_pass("serial", [], args)
    wall = time.monotonic() - started
    make_started = os.environ.get("MAKE_TEST_STARTED", "")  # set by the Makefile: bootstrap, ruff and mypy came first
    whole = time.time() - float(make_started) if make_started.replace(".", "", 1).isdigit() else None
    (OUT / "summary.json").write_text(
        json.dumps(
            {
                "workers": int(workers) if workers.isdigit() else workers,
                "args": args,
                "wall_seconds": round(wall, 1),
                "make_test_seconds": round(whole, 1) if whole is not None else None,
                "passes": {n: {"exit_code": c, "wall_seconds": round(s, 1)} for n, (c, s) in results.items()},
                "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            },
            indent=2,
        )
        + "\n"
    )
    failed = {n: c for n, (c, _) in results.items() if c not in (0, NO_TESTS_COLLECTED)}
    times = ", ".join(f"{n} {s / 60:.1f} min (exit {c})" for n, (c, s) in results.items())
    before = f" after {(whole - wall) / 60:.1f} min of bootstrap, lint and types" if whole is not None else ""
    print(f"\n=== make test: {wall / 60:.1f} min of pytest ({workers} workers){before}: {times}")
    if not failed:
        return 0
    for name, code in failed.items():
        ids = failures(OUT / f"{name}.xml")
        print(f"=== make test: the {name} pass FAILED (pytest exit code {code}); {len(ids)} failed or errored:")
        for test_id in ids:
            print(f"    {test_id}")
        if not ids:
            print("    (no test failed: see the pass's output above for the error)")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
