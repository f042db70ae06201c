"""The committed `wmill sync` export is current and passes `wmill lint` offline."""
from __future__ import annotations

import json
import shutil
import subprocess

import yaml

from windmill import build
from windmill.export import export
from windmill.paths import REPO_ROOT, SYNC_DIR

WMILL = REPO_ROOT / "node_modules" / "windmill-cli" / "esm" / "main.js"


def wmill_lint(directory, config_dir) -> dict:
    # cwd = the sync root so wmill reads its wmill.yaml; --config-dir keeps it away from $HOME.
    proc = subprocess.run(["node", str(WMILL), "lint", "--json", "--locks-required", "--config-dir", str(config_dir),
                           "."], cwd=directory, capture_output=True, text=True, timeout=120)
    return json.loads(proc.stdout[proc.stdout.index("{"):])


def test_committed_sources_and_export_are_current():
    assert build.main(["--check"]) == 0, "run `python -m windmill.build` and commit windmill/"


def test_export_writes_the_sync_layout(tmp_path):
    export(tmp_path)
    names = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert "wmill.yaml" in names
    assert "f/ml_pipelines/ml_pipeline_deployment__flow/flow.yaml" in names
    assert "f/ml_pipelines/ml_pipeline_builder__app/app.yaml" in names
    for script in ("validate_pipeline", "generate_terraform", "deploy_pipeline", "run_pipeline", "notify_completion"):
        assert {f"f/ml_pipelines/{script}.py", f"f/ml_pipelines/{script}.script.yaml"} <= names


def test_wmill_lint_passes_on_the_export(tmp_path):
    report = wmill_lint(SYNC_DIR, tmp_path)
    assert report["success"], report["issues"]
    assert report["validatedFiles"] >= 1  # the flow.yaml was schema-checked


def test_wmill_lint_catches_a_broken_export(tmp_path):
    copy = tmp_path / "sync"
    shutil.copytree(SYNC_DIR, copy)
    flow_yaml = copy / "f/ml_pipelines/ml_pipeline_deployment__flow/flow.yaml"
    flow = yaml.safe_load(flow_yaml.read_text())
    flow["value"]["modules"][0]["value"]["type"] = "not-a-module"
    flow_yaml.write_text(yaml.safe_dump(flow))
    (copy / "f/ml_pipelines/notify_completion.script.lock").unlink()
    report = wmill_lint(copy, tmp_path)
    assert not report["success"]
    paths = {issue["path"] for issue in report["issues"]}
    assert "f/ml_pipelines/ml_pipeline_deployment__flow/flow.yaml" in paths
    assert "f/ml_pipelines/notify_completion.script.yaml" in paths


def test_deploy_scripts_run_on_the_ml_deploy_workers_one_apply_per_stack():
    meta = {p.name.split(".")[0]: yaml.safe_load(p.read_text())
            for p in (SYNC_DIR / "f/ml_pipelines").glob("*.script.yaml")}
    for name in ("generate_terraform", "deploy_pipeline", "run_pipeline"):
        assert meta[name]["tag"] == "ml-deploy"
    assert "tag" not in meta["validate_pipeline"]
    deploy = meta["deploy_pipeline"]
    assert deploy["concurrent_limit"] == 1
    assert "$args[pipeline]" in deploy["concurrency_key"] and "$args[environment]" in deploy["concurrency_key"]
