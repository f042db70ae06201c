"""Jobs run where Windmill would run them, with what that worker gives them.

The local flow runner routes each job by its tag to a worker group of
windmill/docker-compose.yml, clears its environment except WHITELIST_ENVS and
lets it import only its lock's packages plus the worker image's
ADDITIONAL_PYTHON_PATHS (tests/windmill/runner/workers.py cites Windmill's source).
"""

from __future__ import annotations

import shutil
import tomllib

import pytest
import yaml

from playbook_windmill.export import SCRIPT_LOCK, imports_project
from playbook_windmill.paths import DEPLOY_TAG, JOB_PYTHON, PROJECT_PACKAGES, REPO_ROOT, SCRIPT_NAMES, SCRIPTS_DIR

from .conftest import flow_input
from .runner.flow_results import JobFailed
from .runner.flow_runner import LocalFlowRunner
from .runner.workers import WorkerGroup, route, worker_groups

PREFIX = "f/ml_pipelines"
PROBE = """#requirements:
#wmill==1.850.0
import os


def main(modules: list) -> dict:
    found = {}
    for name in modules:
        try:
            __import__(name)
            found[name] = True
        except ImportError:
            found[name] = False
    return {"env": dict(os.environ), "imports": found}
"""


def one_step_flow(script: str) -> dict:
    return {
        "value": {
            "modules": [
                {
                    "id": "probe",
                    "value": {
                        "type": "script",
                        "path": f"{PREFIX}/{script}",
                        "input_transforms": {"modules": {"type": "javascript", "expr": "flow_input.modules"}},
                    },
                }
            ]
        }
    }


@pytest.fixture
def probe_export(export_dir, tmp_path):
    """A copy of the export with an extra `probe` script (tag given per test)."""
    copy = tmp_path / "export"
    shutil.copytree(export_dir, copy)

    def make(tag: str | None, lock: str = SCRIPT_LOCK):
        (copy / PREFIX / "probe.py").write_text(PROBE)
        (copy / PREFIX / "probe.script.lock").write_text(lock)
        (copy / PREFIX / "probe.script.yaml").write_text(yaml.safe_dump({"kind": "script", **({"tag": tag} if tag else {})}))
        return copy

    return make


def run_probe(export, tmp_path, modules, **options):
    runner = LocalFlowRunner(one_step_flow("probe"), export_dir=export, workdir=tmp_path, **options)
    run = runner.run({"modules": modules})
    assert run.success, run.error
    return runner, run.result


def test_project_packages_are_the_ones_pyproject_installs():
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    include = project["tool"]["setuptools"]["packages"]["find"]["include"]
    assert {p.rstrip("*") for p in include} == set(PROJECT_PACKAGES)


def test_every_script_that_imports_the_project_runs_on_the_project_workers(export_dir):
    for name in SCRIPT_NAMES:
        meta = yaml.safe_load((export_dir / PREFIX / f"{name}.script.yaml").read_text())
        if imports_project((SCRIPTS_DIR / f"{name}.py").read_text()):
            assert meta.get("tag") == DEPLOY_TAG, name
            assert route(meta["tag"], worker_groups()).service == "windmill_worker_ml_deploy"


def test_an_untagged_validate_pipeline_dies_on_a_default_worker(export_dir, tmp_path, flow, example_config):
    """The defect this prevents: validate_pipeline without a tag goes to Windmill's default workers,
    whose image has no pipeline_ops, and the flow stops at its first step with an ImportError."""
    copy = tmp_path / "export"
    shutil.copytree(export_dir, copy)
    meta_file = copy / PREFIX / "validate_pipeline.script.yaml"
    meta = yaml.safe_load(meta_file.read_text())
    del meta["tag"]
    meta_file.write_text(yaml.safe_dump(meta))
    failure_free = {**flow, "value": {"modules": flow["value"]["modules"][:1]}}
    runner = LocalFlowRunner(failure_free, export_dir=copy, workdir=tmp_path)
    run = runner.run(flow_input(example_config, webhook=None))
    assert not run.success and run.error["step_id"] == "validate"
    assert run.error["name"] == "ModuleNotFoundError" and "pipeline_ops" in run.error["message"]
    assert runner.jobs[0]["group"] == "windmill_worker" and runner.jobs[0]["tag"] is None


def test_the_exported_validate_pipeline_runs_on_the_project_workers(make_runner, example_config):
    runner = make_runner()
    run = runner.run(flow_input(example_config, environment="nowhere"))  # stops at plan: no terraform run
    assert run.step("validate").status == "success" and run.step("validate").result["valid"]
    assert {job["script"]: job["group"] for job in runner.jobs}["validate_pipeline"] == "windmill_worker_ml_deploy"


def test_a_job_gets_a_cleared_environment_plus_the_whitelist(probe_export, tmp_path, monkeypatch, state_dir):
    monkeypatch.setenv("HOST_ONLY_SECRET", "leak")
    _, result = run_probe(probe_export(DEPLOY_TAG), tmp_path, [], host_values={"PLAYBOOK_STATE_DIR": str(state_dir)})
    env = result["env"]
    assert "HOST_ONLY_SECRET" not in env and "VIRTUAL_ENV" not in env
    assert env["PLAYBOOK_STATE_DIR"] == str(state_dir)  # whitelisted by the ml-deploy worker
    assert env["PLAYBOOK_TERRAFORM"] == "/usr/local/bin/terraform"  # from the image's ENV, whitelisted
    assert "DATABASE_URL" not in env and "WORKER_TAGS" not in env  # worker variables not whitelisted
    assert env["WM_WORKSPACE"] and env["WM_JOB_ID"] and env["BASE_INTERNAL_URL"]


def test_without_the_whitelist_the_state_dir_never_reaches_the_job(probe_export, tmp_path, state_dir):
    """What happened before the whitelist: PLAYBOOK_STATE_DIR set on the worker but not whitelisted."""
    groups = worker_groups()
    deploy = next(g for g in groups if g.service == "windmill_worker_ml_deploy")
    whitelist = [n for n in deploy.whitelist if n != "PLAYBOOK_STATE_DIR"]
    broken = WorkerGroup(
        deploy.service, deploy.tags, {**deploy.env, "WHITELIST_ENVS": ",".join(whitelist)}, deploy.image_has_project
    )
    others = [g for g in groups if g is not deploy]
    _, result = run_probe(
        probe_export(DEPLOY_TAG), tmp_path, [], groups=[*others, broken], host_values={"PLAYBOOK_STATE_DIR": str(state_dir)}
    )
    assert "PLAYBOOK_STATE_DIR" not in result["env"]


def test_host_values_cannot_add_variables_the_worker_does_not_have(probe_export, tmp_path):
    runner = LocalFlowRunner(
        one_step_flow("probe"), export_dir=probe_export(DEPLOY_TAG), workdir=tmp_path, host_values={"PLAYBOOK_SOMETHING_NEW": "x"}
    )
    with pytest.raises(ValueError, match="not set on worker"):
        runner.run({"modules": []})


def test_imports_come_only_from_the_lock_and_the_worker_image(probe_export, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    wanted = ["wmill", "httpx", "pipeline_ops", "boto3", "yaml", "pytest", "moto", "syrupy"]
    # a lock line is installed --no-deps: wmill alone, so its `import httpx` fails on a default worker
    _, on_default = run_probe(probe_export(None, "wmill==1.850.0\n"), tmp_path / "a", wanted)
    assert on_default["imports"] == {
        "wmill": False,
        "httpx": False,
        "pipeline_ops": False,
        "boto3": False,
        "yaml": False,
        "pytest": False,
        "moto": False,
        "syrupy": False,
    }
    _, on_project = run_probe(probe_export(DEPLOY_TAG), tmp_path / "b", wanted)
    # the project, its runtime dependencies and the `emulator` + `windmill` extras the image installs
    # (wmill with its httpx stack); never the test tools
    assert on_project["imports"] == {
        "wmill": True,
        "httpx": True,
        "pipeline_ops": True,
        "boto3": True,
        "yaml": True,
        "pytest": False,
        "moto": True,
        "syrupy": False,
    }


def test_a_tag_no_worker_listens_to_leaves_the_job_unrun(probe_export, tmp_path):
    runner = LocalFlowRunner(one_step_flow("probe"), export_dir=probe_export("gpu"), workdir=tmp_path)
    run = runner.run({"modules": []})
    assert not run.success and run.error["name"] == "NoWorkerForTag" and "'gpu'" in run.error["message"]


def test_a_script_without_its_lock_is_refused(probe_export, tmp_path):
    export = probe_export(DEPLOY_TAG)
    (export / PREFIX / "probe.script.lock").unlink()
    run = LocalFlowRunner(one_step_flow("probe"), export_dir=export, workdir=tmp_path).run({"modules": []})
    assert not run.success and run.error["name"] == "LockMissing"


def test_job_failures_are_reported_not_raised(probe_export, tmp_path):
    runner = LocalFlowRunner(one_step_flow("probe"), export_dir=probe_export(DEPLOY_TAG), workdir=tmp_path)
    with pytest.raises(JobFailed):
        runner.run_job(runner.export_dir / PREFIX / "probe.py", {"modules": 3}, "job-1", [])


def test_a_job_runs_on_the_python_its_lock_names_and_the_images_wheels_need_it(probe_export, tmp_path):
    """python_versions.rs: no `# py:` line = Windmill's default Python (3.12), on which the image's
    cp311 wheels do not load; the exported locks name the image's Python (windmill/Dockerfile)."""
    for lock in ("wmill==1.850.0\n", "# py: 3.12\n"):
        run = LocalFlowRunner(one_step_flow("probe"), export_dir=probe_export(DEPLOY_TAG, lock), workdir=tmp_path).run(
            {"modules": []}
        )
        assert not run.success and run.error["name"] == "ImportError", lock
        assert "Python 3.12" in run.error["message"] and "pydantic_core" in run.error["message"]
    _, result = run_probe(probe_export(DEPLOY_TAG, "# py311\n"), tmp_path, ["pipeline_ops"])  # the old V1 syntax
    assert result["imports"] == {"pipeline_ops": True}


def test_every_exported_lock_names_the_python_the_image_is_built_for(export_dir):
    from .runner.workers import image_python, lock_python

    assert image_python() == JOB_PYTHON
    for name in SCRIPT_NAMES:
        assert lock_python((export_dir / PREFIX / f"{name}.script.lock").read_text()) == JOB_PYTHON, name


def test_no_distribution_is_both_in_a_lock_and_in_the_image(export_dir):
    """Windmill puts the image's packages first and merges same-named package directories of the
    lock into them (python_executor.rs postinstall): a lock must not bring a second copy."""
    from .runner.workers import distribution_closure, parse_lock, project_requirements

    image = {d.metadata["Name"].lower() for d in distribution_closure(project_requirements())}
    assert {"wmill", "httpx", "httpcore", "anyio", "h11"} <= image
    for name in SCRIPT_NAMES:
        locked = {line.split("==")[0].lower() for line in parse_lock((export_dir / PREFIX / f"{name}.script.lock").read_text())}
        assert not locked & image, name
