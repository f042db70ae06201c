"""Where the benchmark runs: the repository, its Python, and the environment of every measured command."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = str(REPO / ".venv" / "bin" / "python") if (REPO / ".venv" / "bin" / "python").exists() else sys.executable
MB = 1024 * 1024


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
            "CHECKPOINT_DISABLE": "1",
            "PLAYBOOK_SYNTH_CACHE": "0",  # measure synthesis; the cache is measured on its own
            "PYTHONPATH": str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
        }
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with warm .pyc files, as a user's second run
    return env
