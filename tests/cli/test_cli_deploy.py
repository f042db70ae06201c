"""The CLI as platform engineers script it, against one deployed stack.

One `playbook deploy churn-prediction --local` (a 4-node pipeline) is made once
per module; the tests after it only read that stack, and the last one destroys
it with --json. Each check runs the CLI as a subprocess.
"""

from __future__ import annotations

import json

import pytest

from .cli_harness import cli_env, json_lines, one_json, playbook

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]
TARGET = "churn-prediction"
STACK = "churn-prediction-local"
NODES = ("events", "clean", "train")  # nodes of churn-prediction that own resources


@pytest.fixture(scope="module")
def deployed(tmp_path_factory: pytest.TempPathFactory):
    state = tmp_path_factory.mktemp("cli-deploy")
    env = cli_env(state)
    proc = playbook(env, "deploy", TARGET, "--local", "--auto-approve", timeout=1200)
    yield state, env, proc
    playbook(env, "emulator", "stop", timeout=60)


def test_default_deploy_is_short_grouped_by_node_with_outputs_once(deployed) -> None:
    _, _, proc = deployed
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.splitlines()
    print(proc.stdout)
    assert len(lines) <= 40, f"{len(lines)} lines: a default deploy must fit in a screen"
    assert "started the local AWS emulator" in lines[0] and "playbook emulator stop" in lines[0]
    assert any(line.startswith("Plan: ") and "to add" in line for line in lines)
    for node in NODES:
        assert any(line.split()[:2] == [f"{node}:", "create"] for line in lines), f"no plan line for node {node}"
        assert any(line.strip().startswith("done") and f" {node}: " in line for line in lines), f"no progress for {node}"
    assert sum(line.strip() == "outputs:" for line in lines) == 1
    assert sum("artifact_bucket" in line for line in lines) == 1  # the outputs once
    assert not any("Creating..." in line or "Terraform" in line for line in lines)  # Terraform's log only with --verbose
    assert proc.stderr.strip() == ""


def test_plan_after_deploy_no_changes_no_drift_and_no_new_init(deployed) -> None:
    state, env, _ = deployed
    work = state / "work" / "stacks" / STACK
    lock = work / ".terraform.lock.hcl"
    assert lock.is_file(), "the provider lock file is kept in the stack's working directory"
    before = (lock.stat().st_mtime_ns, (work / ".terraform" / "playbook-init.json").read_text())
    inits = len(list((state / "logs" / STACK).glob("*-init.log")))

    proc = playbook(env, "plan", TARGET, "--local", "--json", "--detailed-exitcode")
    assert proc.returncode == 0, proc.stderr[-3000:]
    doc = one_json(proc)
    assert doc["ok"] and doc["has_changes"] is False
    assert doc["summary"]["drifted"] == [] and doc["summary"]["by_node"] == {}
    assert all(e["event"] for e in json_lines(proc.stderr))  # progress on stderr is JSON lines

    text = playbook(env, "plan", TARGET, "--local")
    assert text.returncode == 0 and "No changes." in text.stdout and "drift" not in text.stdout
    assert (lock.stat().st_mtime_ns, (work / ".terraform" / "playbook-init.json").read_text()) == before
    assert len(list((state / "logs" / STACK).glob("*-init.log"))) == inits, "terraform init ran again"


def test_output_prints_one_value_bare_or_all_as_json(deployed) -> None:
    _, env, _ = deployed
    bucket = playbook(env, "output", TARGET, "artifact_bucket", "--local")
    assert bucket.returncode == 0 and bucket.stdout == "pb-local-churn-prediction-artifacts\n"
    everything = one_json(playbook(env, "output", TARGET, "--local", "--json"))
    assert everything["outputs"]["playbook_name"] == TARGET and everything["stack"] == STACK
    missing = playbook(env, "output", TARGET, "no_such_output", "--local")
    assert missing.returncode == 1 and "artifact_bucket" in missing.stderr


def test_terraform_passthrough_reaches_the_stack_state(deployed) -> None:
    state, env, _ = deployed
    proc = playbook(env, "terraform", TARGET, "--local", "--", "state", "list")
    assert proc.returncode == 0, proc.stderr
    addresses = proc.stdout.split()
    # the state Terraform lists is the deployed stack's: every resource and data source of its JSON
    doc = json.loads((state / "work" / "stacks" / STACK / "cdk.tf.json").read_text())
    declared = {f"{rtype}.{name}" for rtype, items in doc["resource"].items() for name in items}
    declared |= {f"data.{rtype}.{name}" for rtype, items in doc.get("data", {}).items() for name in items}
    assert any(a.startswith("aws_kms_key.") for a in addresses)
    assert set(addresses) == declared, sorted(set(addresses) ^ declared)


def test_detailed_exitcode_2_when_the_plan_has_changes(deployed) -> None:
    _, env, _ = deployed
    proc = playbook(env, "plan", "data-quality", "--local", "--detailed-exitcode")
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "to add" in proc.stdout and len(proc.stdout.splitlines()) <= 15


def test_destroy_json_is_one_document_with_progress_lines_on_stderr(deployed) -> None:
    state, env, _ = deployed
    stack_json = json.loads((state / "work" / "stacks" / STACK / "cdk.tf.json").read_text())
    resources = sum(len(items) for items in stack_json["resource"].values())
    proc = playbook(env, "destroy", TARGET, "--local", "--auto-approve", "--json", timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    doc = one_json(proc)
    assert doc["ok"] and doc["applied"] and doc["summary"]["destroy"] == resources  # every resource it deployed
    events = json_lines(proc.stderr)
    finished = {e["node"] for e in events if e["event"] == "node" and e["status"] == "done"}
    assert set(NODES) <= finished
    assert json.loads(json.dumps(events))  # every stderr line parsed as JSON above
    status = one_json(playbook(env, "status", TARGET, "--json"))
    assert status["deployments"] == []
