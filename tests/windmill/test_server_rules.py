"""What Windmill's server decides around our jobs (tests/windmill/runner/server_rules.py and
app_outputs.py cite the sources): custom tags for direct runs, the app policies we push (static
inputs, the viewer's resources, who the run belongs to), credentials for the raw app, and
refreshOn keys against the components' real outputs."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading

import pytest
import yaml

from playbook_windmill.editions import APPROVERS_GROUP, app_with_edition
from playbook_windmill.export import SCRIPT_LOCK
from playbook_windmill.paths import DEPLOY_TAG, FLOW_PATH, REPO_ROOT, WINDMILL_DIR

from .runner.app_outputs import refresh_problems
from .runner.flow_results import JobFailed
from .runner.flow_runner import LocalFlowRunner
from .runner.server_rules import OMITTED_RESOURCE, app_job, instance_custom_tags
from .runner.servers import WindmillApiStub
from .test_approval import approval_flow, decide

PREFIX = "f/ml_pipelines"
DEPLOY_TRIGGER = f"deploy_button:flow/{FLOW_PATH}"
AWS_DEV = {"awsAccessKeyId": "AKIAEXAMPLE", "awsSecretAccessKey": "secret", "region": "eu-west-1"}


# -- custom tags -------------------------------------------------------------------------------
def test_a_direct_run_needs_the_tag_in_the_instance_custom_tags(export_dir, tmp_path):
    """jobs.rs check_tag_available_for_workspace_internal: the script page, `wmill script run`,
    webhooks and schedules are refused for a tag outside CUSTOM_TAGS unless a superadmin runs it."""
    args = {"config": {"apiVersion": "playbooks/v1"}}
    bare = LocalFlowRunner({"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path, custom_tags=[])
    with pytest.raises(JobFailed, match="Only super admins are allowed to use tags that are not included"):
        bare.run_script("validate_pipeline", args)
    assert bare.run_script("validate_pipeline", args, superadmin=True)["valid"] is False
    configured = LocalFlowRunner({"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path)
    assert DEPLOY_TAG in configured.custom_tags
    assert configured.run_script("validate_pipeline", args)["valid"] is False


def test_the_walkthrough_sets_the_custom_tags_it_ships():
    assert instance_custom_tags() == [DEPLOY_TAG]
    readme = (WINDMILL_DIR / "README.md").read_text()
    assert "/api/settings/global/custom_tags" in readme and "instance/custom_tags.json" in readme


# -- the simple app's policy ---------------------------------------------------------------------
@pytest.fixture
def pushed_app(export_dir):
    return yaml.safe_load((export_dir / PREFIX / "ml_pipeline_builder__app" / "app.yaml").read_text())


def published(app: dict) -> dict:
    """The policy as Windmill stores it once the app is deployed by its publisher (apps.rs)."""
    return {**app["policy"], "on_behalf_of": "u/publisher", "on_behalf_of_email": "publisher@example.com"}


def test_no_viewer_can_turn_the_approval_off(pushed_app):
    viewer_args = {"config": {}, "environment": "prod", "require_approval": False, "aws": "$res:u/dana/aws_prod"}
    args, email = app_job(
        published(pushed_app),
        DEPLOY_TRIGGER,
        viewer_args,
        viewer="dana@example.com",
        viewer_resources={"u/dana/aws_prod": AWS_DEV},
    )
    assert args["require_approval"] is True  # a static input of the policy wins over what the viewer sent
    assert args["aws"] == AWS_DEV  # the viewer's own resource, allowed on this field
    assert email == "publisher@example.com"  # publisher mode: the run is the publisher's


def test_on_enterprise_edition_the_deployer_cannot_approve_their_own_plan(pushed_app, export_dir, tmp_path):
    """Publisher mode would make every run the publisher's, so `self_approval_disabled` could not
    see who pressed Deploy; the ee export runs the app as the viewer."""
    ee_app = app_with_edition(pushed_app, "ee")
    _, email = app_job(published(ee_app), DEPLOY_TRIGGER, {}, viewer="bob@example.com", viewer_resources={})
    assert email == "bob@example.com"
    with WindmillApiStub() as api:
        runner = LocalFlowRunner(
            approval_flow("ee"),
            export_dir=export_dir,
            workdir=tmp_path,
            api_stub=api,
            edition="ee",
            started_by=email,
            user_groups={"bob@example.com": (APPROVERS_GROUP,), "erin@example.com": (APPROVERS_GROUP,)},
            approval_timeout=20,
            approval=lambda urls: threading.Thread(
                target=decide, args=(urls, ("resume", "bob@example.com"), ("resume", "erin@example.com"))
            ).start(),
        )
        run = runner.run({})
    assert run.success and run.step("approval").approver == "erin@example.com"
    assert any("Self-approval is disabled" in line for line in run.log)


# -- the raw app: no approval skipped, credentials without a viewer resource ------------------------
def raw_app_deploy_args(tmp_path) -> dict:
    """windmill_api.ts as it ships (TypeScript from the root node_modules, run by Node) against a
    stand-in of the raw app's `./wmill` module: Deploy, then confirm; what the flow is called with."""
    typescript = REPO_ROOT / "node_modules" / "typescript" / "lib" / "typescript.js"
    (tmp_path / "windmill_api.ts").write_text((WINDMILL_DIR / "raw_app" / "windmill_api.ts").read_text())
    (tmp_path / "wmill_standin.mjs").write_text(
        "export const calls = []\nexport const backend = {}\n"
        "export const backendAsync = { plan: async (a) => { calls.push(['plan', a]); return 'plan-1' },\n"
        "  deploy: async (a) => { calls.push(['deploy', a]); return 'flow-1' } }\n"
        "export async function getJob(id) { return { logs: '', type: 'CompletedJob', success: true, result: {plan: {}} } }\n"
    )
    (tmp_path / "check.mjs").write_text(
        f"import ts from '{typescript.as_posix()}'\nimport {{ readFileSync, writeFileSync }} from 'node:fs'\n"
        "const out = ts.transpileModule(readFileSync('windmill_api.ts', 'utf8'), { compilerOptions: { module: "
        "ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 } })\n"
        "writeFileSync('./api.mjs', out.outputText.replace(\"from './wmill'\", \"from './wmill_standin.mjs'\"))\n"
        "const { windmillApi } = await import('./api.mjs')\nconst stand = await import('./wmill_standin.mjs')\n"
        "const api = windmillApi()\nconst d = await api.deploy({ spec: {} }, 'dev')\nawait api.confirm(d.id, true)\n"
        "console.log(JSON.stringify(stand.calls))\n"
    )
    done = subprocess.run(["node", "check.mjs"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return {name: args for name, args in json.loads(done.stdout.strip().splitlines()[-1])}


def test_the_raw_app_deploys_through_the_approval(tmp_path):
    args = raw_app_deploy_args(tmp_path)
    assert args["deploy"]["require_approval"] is True and args["deploy"]["environment"] == "dev"
    assert "aws" not in args["deploy"] and "aws" not in args["plan"]


CREDENTIALS_PROBE = """from playbook_windmill.runtime import require_credentials


def main(environment: str, aws=None) -> dict:
    found = require_credentials(aws, environment)
    return {"region": (found or {}).get("region")}
"""


@pytest.fixture
def credentials_probe(export_dir, tmp_path):
    copy = tmp_path / "export"
    shutil.copytree(export_dir, copy)
    (copy / PREFIX / "credentials_probe.py").write_text(CREDENTIALS_PROBE)
    (copy / PREFIX / "credentials_probe.script.lock").write_text(SCRIPT_LOCK)
    (copy / PREFIX / "credentials_probe.script.yaml").write_text(yaml.safe_dump({"kind": "script", "tag": DEPLOY_TAG}))
    return copy / PREFIX / "credentials_probe.py"


def test_a_raw_app_run_reads_the_environments_aws_resource(credentials_probe, tmp_path):
    """The raw app's policy (computed by `wmill sync push`) lets no field carry a viewer resource:
    apps.rs replaces a `$res:` argument by a notice, so the steps read f/ml_pipelines/aws_<env>."""
    raw_policy = {
        "execution_mode": "publisher",
        "on_behalf_of_email": "publisher@example.com",
        "triggerables_v2": {DEPLOY_TRIGGER: {"static_inputs": {}, "one_of_inputs": {}, "allow_user_resources": []}},
    }
    sent, _ = app_job(raw_policy, DEPLOY_TRIGGER, {"aws": "$res:u/dana/aws"}, viewer="dana@example.com", viewer_resources={})
    assert sent["aws"].startswith(OMITTED_RESOURCE)
    with WindmillApiStub(resources={f"{PREFIX}/aws_dev": AWS_DEV}) as api:
        runner = LocalFlowRunner(
            {"value": {"modules": []}}, export_dir=credentials_probe.parent.parent.parent, workdir=tmp_path, api_stub=api
        )
        with pytest.raises(JobFailed, match="not an `aws` resource"):
            runner.run_job(credentials_probe, {"environment": "dev", "aws": sent["aws"]}, "job-1", [])
        assert runner.run_job(credentials_probe, {"environment": "dev"}, "job-2", []) == {"region": "eu-west-1"}
        with pytest.raises(JobFailed, match="f/ml_pipelines/aws_prod"):
            runner.run_job(credentials_probe, {"environment": "prod"}, "job-3", [])


# -- refreshOn follows the components' real outputs ---------------------------------------------------
def test_every_refresh_on_key_is_an_output_of_its_component(app):
    assert refresh_problems(app) == []
    refresh = app["value"]["hiddenInlineScripts"][0]["inlineScript"]["refreshOn"]
    assert {"id": "node_editor", "key": "result"} in refresh


def test_a_refresh_on_a_key_the_component_never_sets_is_reported(app):
    broken = json.loads(json.dumps(app))
    broken["value"]["hiddenInlineScripts"][0]["inlineScript"]["refreshOn"].append({"id": "node_editor", "key": "values"})
    assert refresh_problems(broken) == ["refreshOn node_editor.values: textareacomponent outputs only ['result']"]
