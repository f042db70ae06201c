"""The test suite's wall time and where it goes, read from the last `make test`.

`make test` (tests/run_suite.py) writes test-output/suite/: ``summary.json`` (wall time of the
parallel and the serial pass, worker count, arguments) and one JUnit XML per pass (every test's
time: setup, call and teardown, so a module fixture's deploy counts in its module's first test).
This reads them instead of running the suite again (~10 minutes):

    .venv/bin/python -m bench.suite_time      # prints the table; `make bench` adds it to bench/RESULTS.md

Reported: wall time of each pass, the sum of test times (what one process would need with no
overlap) and the ratio between them, the time per test directory, and the ten slowest tests.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SUITE_DIR = REPO / "test-output" / "suite"
PASSES = ("parallel", "serial")
TARGET_MINUTES = 12.0


def _cases(report: Path, which: str) -> list[dict[str, Any]]:
    cases = []
    for case in ET.parse(report).getroot().iter("testcase"):
        classname, name = case.get("classname", ""), case.get("name", "")
        outcome = "passed"
        for tag in ("failure", "error", "skipped"):
            if case.find(tag) is not None:
                outcome = {"failure": "failed", "error": "error", "skipped": "skipped"}[tag]
        name = name.split("@tests/")[0]  # xdist --dist loadgroup suffixes a grouped test's id with @<group>
        module = classname
        parts = module.split(".")
        directory = "/".join(parts[:2]) if len(parts) > 2 else parts[0]
        cases.append(
            {
                "id": f"{module}::{name}",
                "directory": directory,
                "seconds": float(case.get("time") or 0.0),
                "outcome": outcome,
                "pass": which,
            }
        )
    return cases


def measure(suite_dir: Path = SUITE_DIR) -> dict[str, Any] | None:
    """The last `make test`'s numbers, or None when it left no reports (run `make test` first)."""
    summary_file = suite_dir / "summary.json"
    if not summary_file.is_file():
        return None
    summary: dict[str, Any] = json.loads(summary_file.read_text())
    cases: list[dict[str, Any]] = []
    for which in PASSES:
        report = suite_dir / f"{which}.xml"
        if report.is_file():
            cases += _cases(report, which)
    per_dir: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    for case in cases:
        per_dir[case["directory"]] += case["seconds"]
        count[case["directory"]] += 1
    test_seconds = sum(c["seconds"] for c in cases)
    wall = float(summary["wall_seconds"])
    return {
        "summary": summary,
        "tests": len(cases),
        "outcomes": {o: sum(1 for c in cases if c["outcome"] == o) for o in ("passed", "failed", "error", "skipped")},
        "wall_seconds": wall,
        "test_seconds": round(test_seconds, 1),
        "overlap": round(test_seconds / wall, 2) if wall else None,
        "per_directory": sorted(
            ({"directory": d, "tests": count[d], "seconds": round(s, 1)} for d, s in per_dir.items()),
            key=lambda row: -float(row["seconds"]),
        ),
        "slowest": sorted(cases, key=lambda c: -float(c["seconds"]))[:10],
    }


def render(data: dict[str, Any] | None) -> str:
    head = "## Test suite wall time (the last `make test`, read by `python -m bench.suite_time`)\n\n"
    if data is None:
        return head + f"No report in {SUITE_DIR.relative_to(REPO)}: run `make test` first (it writes them).\n"
    summary = data["summary"]
    passes = summary["passes"]
    whole = summary.get("make_test_seconds") or data["wall_seconds"]  # None when pytest ran without make
    met = "met" if whole <= TARGET_MINUTES * 60 else "not met"
    lines = [
        head.rstrip("\n"),
        "",
        f"Finished {summary.get('finished_at', '?')}, arguments {summary.get('args') or 'none'}: {data['tests']} tests "
        f"({', '.join(f'{n} {o}' for o, n in data['outcomes'].items() if n)}).",
        "",
        "| pass | workers | wall | exit code |",
        "|---|---|---|---|",
        f"| parallel | {summary['workers']} | {passes['parallel']['wall_seconds'] / 60:.1f} min | {passes['parallel']['exit_code']} |",
        f"| serial (marked `serial`) | 1 | {passes['serial']['wall_seconds'] / 60:.1f} min | {passes['serial']['exit_code']} |",
        f"| **pytest, both passes** | | **{data['wall_seconds'] / 60:.1f} min** | |",
        f"| **all of `make test`** (bootstrap, ruff, mypy, pytest) | | **{_minutes(summary.get('make_test_seconds'))}** "
        f"(target ≤ {TARGET_MINUTES:.0f} min: {met}) | |",
        "",
        f"Sum of the tests' own times (setup + call + teardown): {data['test_seconds'] / 60:.1f} min, "
        f"{data['overlap']}× the wall time (how much the workers overlapped).",
        "",
        "Where the time goes, per directory (sum of test times; under xdist they overlap):",
        "",
        "| directory | tests | time |",
        "|---|---|---|",
        *(f"| {r['directory']} | {r['tests']} | {r['seconds'] / 60:.1f} min |" for r in data["per_directory"]),
        "",
        "Ten slowest tests (a module's shared fixture, e.g. one deploy, counts in its first test):",
        "",
        "| test | pass | time |",
        "|---|---|---|",
        *(f"| `{c['id']}` | {c['pass']} | {c['seconds']:.0f} s |" for c in data["slowest"]),
    ]
    return "\n".join(lines) + "\n"


def _minutes(seconds: float | None) -> str:
    return f"{seconds / 60:.1f} min" if seconds is not None else "not recorded (pytest ran without `make test`)"


def main() -> int:
    print(render(measure()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
