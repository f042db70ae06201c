"""The visual builder as a Windmill raw app, as `playbook windmill export` writes it: the
builder's own sources (ui/src), checked by the official CLI offline (windmill-cli 1.819.0)."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import yaml

from playbook_windmill.paths import FLOW_PATH, RAW_APP_PATH, REPO_ROOT, UI_SRC, script_path

from .runner.flow_runner import LocalFlowRunner

WMILL = REPO_ROOT / "node_modules" / ".bin" / "wmill"
UI_MODULES = REPO_ROOT / "ui" / "node_modules"
APP_REL = f"{RAW_APP_PATH}__raw_app"
RAW_APP_DIR_SRC = REPO_ROOT / "windmill" / "raw_app"


@pytest.fixture(scope="module")
def exported(tmp_path_factory, export_dir):
    """A copy of the export whose raw app can build: `wmill app lint/bundle` need the app's
    node_modules, linked to the builder's (installed by `npm ci` in ui/)."""
    assert WMILL.exists(), "node_modules/.bin/wmill is missing: run scripts/bootstrap"
    if not UI_MODULES.is_dir():  # scripts/bootstrap runs this; here too so a bare checkout still tests
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"], cwd=REPO_ROOT / "ui", check=True, timeout=600, capture_output=True
        )
    root = tmp_path_factory.mktemp("raw-app") / "sync"
    shutil.copytree(export_dir, root)
    (root / APP_REL / "node_modules").symlink_to(UI_MODULES, target_is_directory=True)
    return root


def wmill(root: Path, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "WMILL_CONFIG_DIR": str(Path(tempfile.gettempdir()) / "playbook-wmill-config")}
    return subprocess.run([str(WMILL), *args], cwd=root, capture_output=True, text=True, timeout=timeout, env=env)


def test_the_app_sources_are_the_builders_own(export_dir):
    """One source: the export copies ui/src (minus the standalone entry); nothing is committed twice."""
    src = export_dir / APP_REL / "src"
    ours = {p.relative_to(UI_SRC).as_posix() for p in UI_SRC.rglob("*") if p.is_file()} - {"main.jsx"}
    assert {p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file()} == ours
    assert all(filecmp.cmp(UI_SRC / rel, src / rel, shallow=False) for rel in ours)
    assert not list((REPO_ROOT / "windmill").rglob("App.jsx")), "a copy of ui/src is committed under windmill/"


def test_wmill_app_lint_passes(exported):
    result = wmill(exported, "app", "lint", APP_REL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed" in result.stdout + result.stderr


def test_wmill_app_bundle_builds_js_and_css(exported, tmp_path):
    result = wmill(exported, "app", "bundle", APP_REL, "--out", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    js = (tmp_path / "bundle.js").read_text()
    assert (tmp_path / "bundle.css").stat().st_size > 1000
    assert "react-flow" in js and "Deploy pipeline" in js


def test_every_backend_runnable_calls_a_tagged_project_script_or_the_flow(export_dir):
    """Inline runnables would run untagged (the CLI keeps no tag for them) on workers without the
    project, and have their imports resolved from PyPI: every one is a workspace script instead."""
    backend = export_dir / APP_REL / "backend"
    assert not list(backend.glob("*.py")), "inline Python runnables run on default workers"
    refs = {p.stem: yaml.safe_load(p.read_text()) for p in backend.glob("*.yaml")}
    assert refs["validate"] == {"type": "script", "path": script_path("validate_pipeline")}
    assert refs["plan"] == {"type": "script", "path": script_path("generate_terraform")}
    assert refs["deploy"] == {"type": "flow", "path": FLOW_PATH}
    for ref in refs.values():
        if ref["type"] == "script":
            meta = yaml.safe_load((export_dir / f"{ref['path']}.script.yaml").read_text())
            assert meta["tag"] == "ml-deploy", ref


def test_backend_scripts_answer_like_the_standalone_server(export_dir, tmp_path):
    runner = LocalFlowRunner({"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path)

    def call(script: str, **args):
        return runner.run_job(export_dir / f"{script_path('builder_' + script)}.py", args, f"job-{script}", [])

    assert "churn-prediction" in [p["name"] for p in call("list_playbooks")]
    assert call("get_playbook", name="churn-prediction", version="1.2.0")["playbook"]["metadata"]["name"] == "churn-prediction"
    from playbooks import Library

    newest_in_range = Library.open().resolve("feature-prep@^1.2").version  # not a version written here: examples get published
    assert call("resolve_playbook", use="feature-prep@^1.2")["version"] == newest_in_range
    assert "$defs" in call("get_schema")
    assert any(e["name"] == "local" for e in call("list_environments")["environments"])
    assert "deployments" in call("deployment_status")


@pytest.mark.synth
def test_the_deploy_review_runs_as_a_backend_script_too(export_dir, tmp_path):
    """The raw app's Deploy dialog opens on the plain-words review, as in `playbook ui`: its
    backend is the tagged builder_review script (a synth on the project's worker, no Terraform)."""
    refs = {p.stem: yaml.safe_load(p.read_text()) for p in (export_dir / APP_REL / "backend").glob("*.yaml")}
    assert refs["review"] == {"type": "script", "path": script_path("builder_review")}
    assert "review: async" in (export_dir / APP_REL / "windmill_api.ts").read_text()
    runner = LocalFlowRunner({"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path)
    config = yaml.safe_load((REPO_ROOT / "playbooks/library/data-quality/1.0.0.yaml").read_text())
    review = runner.run_job(
        export_dir / f"{script_path('builder_review')}.py", {"config": config, "environment": "local"}, "job-review", []
    )
    assert review["stack"] == "data-quality-local" and review["nodes"]
    assert review["cost"]["table"]["date"] and review["addresses"]


def test_the_builders_run_is_a_tagged_backend_script_that_refuses_a_mistyped_value(export_dir, tmp_path):
    """The raw app's Run dialog (ui/src/RunDialog.jsx) starts runs through builder_run_pipeline, which calls
    pipeline_ops.run_ops.start_and_follow like `playbook ui`; a value of the wrong type stops it before
    anything is uploaded or started (the emulator-backed run itself: tests/ui/test_run_ui.py)."""
    from .runner.flow_results import JobFailed

    refs = {p.stem: yaml.safe_load(p.read_text()) for p in (export_dir / APP_REL / "backend").glob("*.yaml")}
    assert refs["run"] == {"type": "script", "path": script_path("builder_run_pipeline")}
    api = (export_dir / APP_REL / "windmill_api.ts").read_text()
    assert "run: async" in api and "backendAsync.run(" in api
    runner = LocalFlowRunner({"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path)
    config = yaml.safe_load((REPO_ROOT / "tests/ui/fixtures/run-library/ui-run-demo/1.0.0.yaml").read_text())
    config["spec"]["nodes"][1]["config"]["code"] = "s3://pb-test-code/prep/"  # no library folder on this worker
    with pytest.raises(JobFailed) as refused:
        runner.run_job(
            export_dir / f"{script_path('builder_run_pipeline')}.py",
            {"config": config, "environment": "local", "parameters": {"repeat": "three"}},
            "job-run",
            [],
        )
    assert "parameter 'repeat' (integer): found 'three'" in str(refused.value)
    assert runner.jobs[-1]["tag"] == "ml-deploy"


def test_the_raw_apps_run_adapter_follows_the_run_from_the_jobs_log(tmp_path):
    """windmill_api.ts as it ships (transpiled by TypeScript 5.8.3 from the root node_modules, locked via cdktf-cli; run by Node) against a stand-in of
    the raw app's `./wmill` module (backend, backendAsync, getJob — the three calls it makes; named as a stand-in):
    a bad value is refused before any job starts; while the builder_run_pipeline job runs, the state events come
    from its log lines (run_ops.event_line's format); at the end from its result."""
    typescript = REPO_ROOT / "node_modules" / "typescript"
    assert typescript.is_dir(), "node_modules/typescript is missing: run scripts/bootstrap"
    source = (RAW_APP_DIR_SRC / "windmill_api.ts").read_text()
    (tmp_path / "wmill_standin.mjs").write_text("""
export const calls = []
export const state = { valid: true, logs: '', done: false, result: null }
export const backend = { validate: async (args) => { calls.push(['validate', args]); return state.valid
  ? { valid: true } : { valid: false, errors: [{ path: 'parameters', message: "parameter 'repeat' (integer): found 'x'" }] } } }
export const backendAsync = { run: async (args) => { calls.push(['run', args]); return 'wm-job-1' } }
export async function getJob(id) { return { logs: state.logs, type: state.done ? 'CompletedJob' : 'QueuedJob', success: true, result: state.result } }
""")
    (tmp_path / "check.mjs").write_text(
        """
import ts from '%s'
import { readFileSync, writeFileSync } from 'node:fs'
const out = ts.transpileModule(readFileSync('%s', 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 } })
writeFileSync('./api.mjs', out.outputText.replace("from './wmill'", "from './wmill_standin.mjs'"))
const { windmillApi } = await import('./api.mjs')
const stand = await import('./wmill_standin.mjs')
const api = windmillApi()
const report = {}
stand.state.valid = false
try { await api.run({ spec: {} }, 'local', { repeat: 'x' }); report.refused = null } catch (e) { report.refused = [e.message, e.details.errors[0].message] }
report.jobsAfterRefusal = stand.calls.filter(c => c[0] === 'run').length
stand.state.valid = true
stand.state.logs = 'starting a run in local ...\\n-> prep: process\\n!  prep: process: States.TaskFailed (fails the run unless a Catch handles it)\\n'
const first = await api.run({ spec: {} }, 'local', { repeat: 3 })
report.running = [first.state, first.events]
stand.state.done = true
stand.state.result = { run: { status: 'FAILED' }, events: [{ event: 'entered', state: 'prep: process' }] }
const last = await api.job(first.id, first.next)
report.done = [last.state, last.result.run.status, last.events.length, last.lines]
console.log(JSON.stringify(report))
"""
        % ((typescript / "lib" / "typescript.js").as_posix(), (tmp_path / "windmill_api.ts").as_posix())
    )
    (tmp_path / "windmill_api.ts").write_text(source)
    done = subprocess.run(["node", "check.mjs"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    import json

    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["refused"] == ["the run was refused: nothing was started", "parameter 'repeat' (integer): found 'x'"]
    assert report["jobsAfterRefusal"] == 0
    assert report["running"] == [
        "running",
        [
            {"event": "entered", "state": "prep: process"},
            {"event": "TaskFailed", "state": "prep: process", "error": "States.TaskFailed"},
        ],
    ]
    assert report["done"] == ["succeeded", "FAILED", 1, []]
