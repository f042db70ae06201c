"""The Windmill raw app ships a copy of the builder's sources (ui/src), because
`wmill sync push` uploads only the app's own folder.

`python -m playbook_ui.raw_app sync` refreshes the copy; tests/ui/test_raw_app.py
fails when it is stale, and runs `wmill app lint` / `wmill app bundle` on it.
"""
from __future__ import annotations

import filecmp
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI_SRC = REPO / "ui" / "src"
SYNC_ROOT = REPO / "windmill" / "raw_apps" / "ml_pipeline_builder"
APP_DIR = SYNC_ROOT / "f" / "ml_pipelines" / "ml_pipeline_visual_builder__raw_app"
APP_SRC = APP_DIR / "src"


def stale_files() -> list[str]:
    """Paths (relative to src/) that differ between ui/src and the app's copy."""
    ours = {p.relative_to(UI_SRC).as_posix() for p in UI_SRC.rglob("*") if p.is_file()} - {"main.jsx"}
    theirs = {p.relative_to(APP_SRC).as_posix() for p in APP_SRC.rglob("*") if p.is_file()} if APP_SRC.exists() else set()
    differ = {r for r in ours & theirs if not filecmp.cmp(UI_SRC / r, APP_SRC / r, shallow=False)}
    return sorted((ours ^ theirs) | differ)


def sync() -> None:
    if APP_SRC.exists():
        shutil.rmtree(APP_SRC)
    shutil.copytree(UI_SRC, APP_SRC)
    # main.jsx is the standalone entry (HTTP api); the app's entry is index.tsx.
    (APP_SRC / "main.jsx").unlink(missing_ok=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["sync"]:
        sync()
        print(f"copied ui/src to {APP_SRC.relative_to(REPO)}")
    else:
        print("\n".join(stale_files()) or "up to date")
