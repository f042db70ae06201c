"""The parity table (what each node kind does on the local emulator) stays true.

README.md and deploy_runner/EMULATOR.md carry the same table between the markers. Every kind
and subtype of the registry has exactly one row and no row names a kind the registry lacks;
a row that says a kind `runs` locally names the test that runs a pipeline with it to
SUCCEEDED, and that test exists and is collected by pytest (cheap: `--collect-only`, nothing runs).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from playbooks.kinds.registry import KindRegistry

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- parity-table", "<!-- /parity-table -->"
STATUSES = {"runs", "not run to SUCCEEDED", "fails locally"}


def _table(relative: str) -> str:
    text = (ROOT / relative).read_text()
    assert text.count(START) == 1 and text.count(END) == 1, f"{relative}: one parity table between the markers"
    return text[text.index(START) : text.index(END)]


def _rows() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in _table("README.md").splitlines()[3:]:  # the marker, the header and its rule
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        assert len(cells) == 5, f"a parity row has 5 cells: {line}"
        tag = cells[0].strip("`")
        assert tag not in rows, f"{tag}: two rows"
        rows[tag] = cells
    return rows


def test_readme_and_emulator_md_carry_the_same_table():
    assert _table("README.md") == _table("deploy_runner/EMULATOR.md")


def test_every_registered_kind_has_one_row_and_every_row_a_kind():
    registered = set(KindRegistry().kinds())  # built-ins only: the table is about what this package ships
    assert set(_rows()) == registered


@pytest.mark.parametrize("tag", sorted(_rows()))
def test_a_kind_that_runs_locally_names_the_collected_test_that_runs_it(tag: str):
    _kind, status, _what, _aws, test = _rows()[tag]
    assert status in STATUSES, f"{tag}: {status!r} is not one of {sorted(STATUSES)}"
    if status != "runs":
        assert test == "—", f"{tag} is {status!r}: a test run to SUCCEEDED would make it `runs`"
        return
    match = re.fullmatch(r"`(tests/[\w/]+\.py)::(test_\w+)`", test)
    assert match, f"{tag}: runs locally, so its last cell names the test as `tests/...py::test_name`, not {test!r}"
    path, name = ROOT / match[1], match[2]
    assert path.is_file(), f"{tag}: {match[1]} does not exist"
    defined = {n.name for n in ast.parse(path.read_text()).body if isinstance(n, ast.FunctionDef)}
    assert name in defined, f"{tag}: {match[1]} defines no {name}"
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", f"{match[1]}::{name}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert collected.returncode == 0 and f"{match[1]}::{name}" in collected.stdout, collected.stdout[-2000:]
