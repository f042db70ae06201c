"""The error message in a failed local job's output: what a person reads as the job's FailureReason.

A job's last output line is often not its error: an exception from a native library carries its
own backtrace after the message (XGBoost's ``XGBoostError: ... Stack trace: [bt] (0) ... [bt] (8)
..._ctypes...so``, dmlc-core's ``LOG(FATAL)`` format), and Python prints the exception line after the
traceback's frames. SageMaker's training toolkit reports the exception, not the last line
(sagemaker-training-toolkit ``src/sagemaker_training/errors.py: ExecuteUserScriptError`` carries the
script's error message); this does the same for the local runner.
"""

from __future__ import annotations

import re

TRACEBACK = "Traceback (most recent call last):"
# Native backtraces after a message: dmlc-core "Stack trace:" / "[bt] (N) ...", glibc-style "#N 0x...".
_NATIVE_FRAME = re.compile(r"^\s*(\[bt\]\s*\(\d+\)|Stack trace:|#\d+\s+0x[0-9a-f]+)")
# dmlc-core's LOG(FATAL) prefix, "[18:57:51] /workspace/src/learner.cc:1462: ": where in XGBoost's C++ it failed.
_NATIVE_PREFIX = re.compile(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ")


def error_message(lines: list[str]) -> str:
    """The exception line of the last Python traceback, else the last line that is not a native frame."""
    lines = [line.rstrip() for line in lines]
    if TRACEBACK in lines:
        start = len(lines) - 1 - lines[::-1].index(TRACEBACK)
        for line in lines[start + 1 :]:
            if line.strip() and not line[0].isspace():  # Python prints frames indented, the exception not
                return _NATIVE_PREFIX.sub("", _without_package_path(line.strip()), count=1)
    meaningful = [line for line in lines if line.strip() and not _NATIVE_FRAME.match(line)]
    return meaningful[-1].strip() if meaningful else ""


def _without_package_path(line: str) -> str:
    """`xgboost.core.XGBoostError: msg` -> `XGBoostError: msg` (the module path says nothing to the reader)."""
    name, colon, rest = line.partition(":")
    return f"{name.rsplit('.', 1)[-1]}{colon}{rest}" if colon and " " not in name else line
