"""`make test`'s parallel pass keeps a module that shares a fixture on one worker, so its stack is deployed once.

Runs a small suite of its own through pytest-xdist exactly as tests/run_suite.py does (``-n 2 --dist
loadgroup``) with this suite's collection hooks (tests/conftest.py): each module sets up its module
fixture once, and every test of that module runs on the worker that set it up.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CONFTEST = """
from tests.conftest import *  # noqa: F403  (the suite's own collection hooks)
"""

MODULE = """
import os
import pytest

@pytest.fixture(scope="module")
def shared():
    with open({log!r}, "a") as log:
        log.write("setup {name} " + os.environ["PYTEST_XDIST_WORKER"] + "\\n")
    return "{name}"

@pytest.mark.parametrize("n", range(6))
def test_reads(shared, n):
    with open({log!r}, "a") as log:
        log.write("test {name} " + os.environ["PYTEST_XDIST_WORKER"] + "\\n")

def test_alone():
    pass
"""


def test_a_module_sharing_a_fixture_runs_on_one_worker_and_sets_it_up_once(tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "conftest.py").write_text(CONFTEST)
    for name in ("alpha", "beta"):
        (suite / f"test_{name}.py").write_text(MODULE.format(log=str(log), name=name))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_XDIST_WORKER", None)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup", str(suite)],
        cwd=suite,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    lines = [line.split() for line in log.read_text().splitlines()]
    for name in ("alpha", "beta"):
        setups = [worker for what, module, worker in lines if what == "setup" and module == name]
        workers = {worker for what, module, worker in lines if what == "test" and module == name}
        assert len(setups) == 1, f"module {name} set its shared fixture up {len(setups)} times: {setups}"
        assert workers == set(setups), f"module {name} ran on {sorted(workers)}, its fixture on {setups}"
