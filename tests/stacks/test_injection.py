"""Playbook text containing `${...}` / `%{...}` reaches AWS as literal text.

Proved with Terraform itself: the injection-probe playbook is synthesized for the
local environment and planned against the local AWS emulator; the planned values
(what Terraform would send to AWS) must equal the playbook's text exactly.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from playbooks import load_resolved

pytestmark = [pytest.mark.synth, pytest.mark.terraform, pytest.mark.emulator]

PROBE = "tests/constructs/playbooks/injection.yaml"


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    from deploy_runner.emulator import Emulator

    instance = Emulator(tmp_path_factory.mktemp("emulator"))
    status = instance.start()
    yield status.endpoint
    instance.stop()


@pytest.fixture(scope="module")
def deployed(synthesized, terraform_env, emulator, tmp_path_factory) -> dict:
    """Apply the probe stack to the emulator; returns the emulator endpoint and the plan JSON."""
    from deploy_runner.emulator import emulator_env

    directory = synthesized["injection-probe-local"].directory
    env = emulator_env(terraform_env)
    env["TF_DATA_DIR"] = str(tmp_path_factory.mktemp("tf-data"))  # keep this init apart from validate's
    backend = json.loads((directory / "cdk.tf.json").read_text())["terraform"]["backend"]["local"]["path"]
    (directory / backend).parent.mkdir(parents=True, exist_ok=True)  # local state lives in the test's temp dir
    init = subprocess.run(
        ["terraform", "init", "-input=false", "-no-color"], cwd=directory, env=env, capture_output=True, text=True, timeout=300
    )
    assert init.returncode == 0, init.stderr
    plan_file = tmp_path_factory.mktemp("plan") / "plan.out"
    plan = subprocess.run(
        ["terraform", "plan", "-input=false", "-no-color", f"-var=aws_endpoint_url={emulator}", f"-out={plan_file}"],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert plan.returncode == 0, plan.stderr[-3000:]
    shown = subprocess.run(
        ["terraform", "show", "-json", str(plan_file)],
        cwd=directory,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    apply = subprocess.run(
        ["terraform", "apply", "-input=false", "-no-color", str(plan_file)],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert apply.returncode == 0, apply.stderr[-3000:]
    return {"endpoint": emulator, "plan": json.loads(shown.stdout)}


def _client(deployed: dict, service: str):
    from deploy_runner.emulator import emulator_client

    return emulator_client(service, deployed["endpoint"])  # its key pair and its certificate


def test_description_output_is_literal(deployed):
    expected = load_resolved(PROBE).description
    assert "${" in expected and "%{" in expected
    assert deployed["plan"]["planned_values"]["outputs"]["playbook_description"]["value"] == expected


def test_api_url_and_headers_reach_lambda_literally(deployed):
    config = load_resolved(PROBE).node("feed").config
    function = _client(deployed, "lambda").get_function_configuration(FunctionName="pb-local-injection-probe-feed-pull")
    variables = function["Environment"]["Variables"]
    assert variables["URL"] == config.url == "https://api.example.com/${path.module}/%{endfor}"
    assert json.loads(variables["HEADERS"]) == {"X-Double": "$${already} %%{escaped}", "X-Probe": "${var.aws_endpoint_url}"}


def test_job_environment_reaches_state_machine_literally(deployed):
    sfn = _client(deployed, "stepfunctions")
    (machine,) = [m for m in sfn.list_state_machines()["stateMachines"] if m["name"] == "pb-local-injection-probe-orchestrator"]
    definition = json.loads(sfn.describe_state_machine(stateMachineArn=machine["stateMachineArn"])["definition"])
    assert definition["Comment"] == load_resolved(PROBE).description
    process = next(s for s in definition["States"].values() if s.get("Resource", "").endswith("createProcessingJob.sync"))
    assert process["Parameters"]["Environment"] == {"PROBE": "${local.secret}"}
