"""Installed without an extra, a command that needs it says which extra to install (exit 1, no traceback)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_ui_without_the_ui_extra_names_the_extra(tmp_path):
    code = (
        "import sys\nsys.modules['uvicorn'] = None  # as if the `ui` extra were not installed\n"
        "from playbook_cli.main import main\n"
        "sys.exit(main(['ui', '--no-browser']))\n"
    )
    env = {**os.environ, "PLAYBOOK_STATE_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "needs the 'uvicorn' package" in result.stderr
    assert "pip install 'ml-pipeline-playbooks[ui]'" in result.stderr
