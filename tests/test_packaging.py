"""What `pip install` of the repository puts on a user's sys.path.

A top-level module named like another distribution's shadows it for anyone who installs both:
ours was `windmill`, the module of Windmill's own Python packages. The helpers now install as
`playbook_windmill`; the design card's `windmill/` folder (scripts, flow, apps, worker image)
is not a package. The wheel is really built (`pip wheel --no-deps`, from a copy of the source so
the repository gets no build/ or egg-info) and its top-level names read from the archive.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from playbook_windmill.paths import PROJECT_PACKAGES

REPO = Path(__file__).resolve().parents[1]
NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "node_modules",
    ".playbook",
    "cdktf.out",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "test-output",
    ".pytest_cache",
    "tests",
    "ui",
    "docs",
)


def test_the_wheel_has_only_the_projects_own_top_level_packages(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=NOT_SOURCE)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "out"), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (tmp_path / "out").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}

    assert "windmill" not in top_level  # would shadow Windmill's own `windmill` module
    assert top_level == set(PROJECT_PACKAGES)  # the list the Windmill export tags scripts by
    assert "playbook_windmill/runtime.py" in names  # what the worker's scripts import
    assert not any(n.startswith("windmill/") for n in names)
