"""The Windmill raw app: the builder's sources, checked by the official CLI offline."""
from __future__ import annotations

import importlib.util
import os
import tempfile
import subprocess
from pathlib import Path

import pytest
import yaml

from playbook_ui.raw_app import APP_DIR, REPO, SYNC_ROOT, stale_files
from windmill.paths import FLOW_PATH, script_path

WMILL = REPO / "node_modules" / ".bin" / "wmill"
UI_MODULES = REPO / "ui" / "node_modules"
APP_REL = APP_DIR.relative_to(SYNC_ROOT).as_posix()


@pytest.fixture(scope="module")
def app_with_modules():
    """`wmill app lint/bundle` build with the app's node_modules: link the builder's (installed by `npm ci` in ui/)."""
    assert WMILL.exists(), "node_modules/.bin/wmill is missing: run scripts/bootstrap"
    if not UI_MODULES.is_dir():  # scripts/bootstrap runs this; here too so a bare checkout still tests
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=REPO / "ui", check=True, timeout=600,
                       capture_output=True)
    link = APP_DIR / "node_modules"
    if not link.exists():
        link.symlink_to(UI_MODULES, target_is_directory=True)
    return APP_DIR


def wmill(*args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "WMILL_CONFIG_DIR": str(Path(tempfile.gettempdir()) / "playbook-wmill-config")}
    return subprocess.run([str(WMILL), *args], cwd=SYNC_ROOT, capture_output=True, text=True, timeout=timeout, env=env)


def test_app_sources_are_the_builders():
    assert stale_files() == [], "run `python -m playbook_ui.raw_app sync` after changing ui/src"


def test_wmill_app_lint_passes(app_with_modules):
    result = wmill("app", "lint", APP_REL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed" in result.stdout + result.stderr


def test_wmill_app_bundle_builds_js_and_css(app_with_modules, tmp_path):
    result = wmill("app", "bundle", APP_REL, "--out", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    js = (tmp_path / "bundle.js").read_text()
    assert (tmp_path / "bundle.css").stat().st_size > 1000
    assert "react-flow" in js and "Deploy pipeline" in js


def test_backend_runnables_call_the_project_scripts_and_flow_by_path():
    backend = APP_DIR / "backend"
    by_path = {p.stem: yaml.safe_load(p.read_text()) for p in backend.glob("*.yaml")}
    assert by_path["validate"] == {"type": "script", "path": script_path("validate_pipeline")}
    assert by_path["plan"] == {"type": "script", "path": script_path("generate_terraform")}
    assert by_path["deploy"] == {"type": "flow", "path": FLOW_PATH}
    for ref in by_path.values():
        kind = "flows" if ref["type"] == "flow" else "scripts"
        name = ref["path"].rsplit("/", 1)[1]
        assert (REPO / "windmill" / kind / (name + (".json" if kind == "flows" else ".py"))).exists(), ref


def _runnable(name: str):
    spec = importlib.util.spec_from_file_location(f"raw_app_{name}", APP_DIR / "backend" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main


def test_inline_runnables_answer_like_the_standalone_server():
    names = [p["name"] for p in _runnable("list_playbooks")()]
    assert "churn-prediction" in names
    assert _runnable("get_playbook")("churn-prediction", "1.2.0")["playbook"]["metadata"]["name"] == "churn-prediction"
    assert _runnable("resolve_playbook")("feature-prep@^1.2")["version"] == "1.2.0"
    assert "$defs" in _runnable("get_schema")()
    assert any(e["name"] == "local" for e in _runnable("list_environments")()["environments"])
    assert "deployments" in _runnable("deployment_status")()
