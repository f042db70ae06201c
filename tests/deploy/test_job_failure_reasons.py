"""A failed local job's reason is its error's message, not whatever line it printed last.

Real jobs run as processes of the local runner (deploy_runner/local_jobs.py), with the real
xgboost library, whose errors end in a native backtrace ("Stack trace:", "[bt] (8) ..._ctypes...").
"""

from __future__ import annotations

import textwrap
import threading
from pathlib import Path

import pytest

from deploy_runner import local_jobs

pytestmark = pytest.mark.emulator

SCORE_WITH_THE_LABEL_COLUMN = """
import numpy as np, xgboost as xgb
print("scoring", flush=True)
booster = xgb.train({"objective": "reg:squarederror"}, xgb.DMatrix(np.ones((8, 3)), label=np.ones(8)), 1)
booster.predict(xgb.DMatrix(np.ones((2, 4))))  # one column too many: the label was left in
"""
PLAIN_EXCEPTION = """
import atexit
atexit.register(print, "uploading metrics before exit")  # output after the traceback
print("reading rows", flush=True)
def load():
    raise KeyError("column 'price' is missing from part-0.csv")
load()
"""


def _fail(tmp_path: Path, script: str) -> local_jobs.JobOutcome:
    code = tmp_path / "job.py"
    code.write_text(textwrap.dedent(script))
    request = {
        "ProcessingJobName": "reason-test",
        "AppSpecification": {"ImageUri": "local", "ContainerEntrypoint": ["python3", str(code)]},
        "StoppingCondition": {"MaxRuntimeInSeconds": 120},
    }
    return local_jobs.run_processing_job(request, None, lambda line: None, threading.Event(), {"OMP_NUM_THREADS": "1"})


def test_an_xgboost_error_is_reported_by_its_message_not_its_backtrace(tmp_path):
    outcome = _fail(tmp_path, SCORE_WITH_THE_LABEL_COLUMN)
    assert outcome.status == "Failed"
    assert any("[bt] (" in line for line in outcome.log_tail), outcome.log_tail  # the output does end in one
    assert outcome.failure_reason.startswith("AlgorithmError: process exited with code 1: XGBoostError: "), outcome
    assert "Number of columns does not match number of features in booster" in outcome.failure_reason
    assert "[bt]" not in outcome.failure_reason and "_ctypes" not in outcome.failure_reason


def test_a_python_exception_is_reported_though_other_output_follows_it(tmp_path):
    outcome = _fail(tmp_path, PLAIN_EXCEPTION)
    expected = "AlgorithmError: process exited with code 1: KeyError: \"column 'price' is missing from part-0.csv\""
    assert outcome.failure_reason == expected, outcome
