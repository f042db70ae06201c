"""The seed files are current; `playbook windmill export` writes a `wmill sync` layout that passes
`wmill lint` offline and carries the lock metadata `wmill sync push` expects."""

from __future__ import annotations

import json
import shutil
import subprocess

import yaml

from playbook_windmill import build
from playbook_windmill.export import export
from playbook_windmill.paths import REPO_ROOT, SCRIPT_NAMES

WMILL = REPO_ROOT / "node_modules" / "windmill-cli" / "esm" / "main.js"


def wmill_lint(directory, config_dir) -> dict:
    # cwd = the sync root so wmill reads its wmill.yaml; --config-dir keeps it away from $HOME.
    proc = subprocess.run(
        ["node", str(WMILL), "lint", "--json", "--locks-required", "--config-dir", str(config_dir), "."],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return json.loads(proc.stdout[proc.stdout.index("{") :])


def test_committed_seed_files_are_current():
    assert build.main(["--check"]) == 0, "run `python -m playbook_windmill.build` and commit windmill/"


def test_the_sync_layout_is_not_committed():
    assert not (REPO_ROOT / "windmill" / "sync").exists(), "the sync layout is an export product, not a source"


def test_export_writes_the_sync_layout(export_dir):
    names = {p.relative_to(export_dir).as_posix() for p in export_dir.rglob("*") if p.is_file()}
    assert {"wmill.yaml", "wmill-lock.yaml"} <= names
    assert "f/ml_pipelines/ml_pipeline_deployment__flow/flow.yaml" in names
    assert "f/ml_pipelines/ml_pipeline_builder__app/app.yaml" in names
    for script in ("validate_pipeline", "generate_terraform", "deploy_pipeline", "run_pipeline", "notify_completion"):
        assert {f"f/ml_pipelines/{script}.py", f"f/ml_pipelines/{script}.script.yaml"} <= names


def test_wmill_lock_metadata_covers_every_item_and_is_current(export_dir, tmp_path):
    """wmill-lock.yaml holds the content hash of every script, the flow and the app; re-hashing the
    export with the CLI changes nothing, so `wmill sync push` finds no stale metadata to warn about."""
    copy = tmp_path / "sync"
    shutil.copytree(export_dir, copy)
    lock = yaml.safe_load((copy / "wmill-lock.yaml").read_text())
    keys = set(lock["locks"])
    assert {f"f/ml_pipelines/{name}" for name in SCRIPT_NAMES} <= keys
    assert any(k.startswith("f/ml_pipelines/ml_pipeline_deployment__flow") for k in keys)
    assert any(k.startswith("f/ml_pipelines/ml_pipeline_builder__app") for k in keys)
    before = (copy / "wmill-lock.yaml").read_text()
    (copy / "f/ml_pipelines/validate_pipeline.py").write_text(
        (copy / "f/ml_pipelines/validate_pipeline.py").read_text() + "\n# edited\n"
    )
    export(copy)  # a fresh export restores the sources and the hashes
    assert (copy / "wmill-lock.yaml").read_text() == before


def test_wmill_lint_passes_on_the_export(export_dir, tmp_path):
    report = wmill_lint(export_dir, tmp_path)
    assert report["success"], report["issues"]
    assert report["validatedFiles"] >= 1  # the flow.yaml was schema-checked


def test_wmill_lint_catches_a_broken_export(export_dir, tmp_path):
    copy = tmp_path / "sync"
    shutil.copytree(export_dir, copy)
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


def test_every_script_runs_on_the_ml_deploy_workers_with_an_ee_concurrency_key(export_dir):
    meta = {p.name.split(".")[0]: yaml.safe_load(p.read_text()) for p in (export_dir / "f/ml_pipelines").glob("*.script.yaml")}
    assert set(meta) == set(SCRIPT_NAMES)
    for name in SCRIPT_NAMES:  # each one imports the project, which only the ml-deploy image has
        assert meta[name]["tag"] == "ml-deploy", name
    deploy = meta["deploy_pipeline"]
    assert deploy["concurrent_limit"] == 1
    assert "$args[pipeline]" in deploy["concurrency_key"] and "$args[environment]" in deploy["concurrency_key"]


def test_the_enterprise_export_from_the_cli_passes_wmill_lint(tmp_path):
    from playbook_cli.main import main

    dest = tmp_path / "ee"
    assert main(["windmill", "export", str(dest), "--edition", "ee"]) == 0
    flow = yaml.safe_load((dest / "f/ml_pipelines/ml_pipeline_deployment__flow/flow.yaml").read_text())
    approval = next(m for m in flow["value"]["modules"] if m["id"] == "approval")
    assert approval["suspend"]["user_auth_required"] is True
    report = wmill_lint(dest, tmp_path / "config")
    assert report["success"], report["issues"]
