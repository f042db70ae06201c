"""The approval step as Windmill's server decides it, per edition (tests/windmill/runner/
server_rules.py cites jobs.rs): on Community Edition the signed resume/cancel links decide, and an
Enterprise-only condition in the flow makes every decision fail; the `--edition ee` export adds a
logged-in approver from the approvers group who did not start the run. Deny = the flow stops
before anything is applied. (No Terraform here: the approved-plan check against a real apply is in
test_flow_run.py.)"""

from __future__ import annotations

import copy
import json
import threading
from urllib.request import urlopen

import pytest

from playbook_windmill.editions import APPROVERS_GROUP, with_edition
from playbook_windmill.export import export
from playbook_windmill.flow_definition import modules

from .runner.flow_runner import LocalFlowRunner
from .runner.servers import WindmillApiStub

PLAN = {
    "stack": "churn-prediction-prod",
    "fingerprint": "f" * 64,
    "text": "Plan: 3 to add, 0 to change, 0 to destroy.",
    "summary": {"add": 3, "change": 0, "destroy": 0, "by_node": {"train": [{}, {}, {}]}},
}
ENTERPRISE_ONLY = {"user_auth_required", "self_approval_disabled", "user_groups_required", "resume_form"}


def approval_flow(edition: str = "ce") -> dict:
    """The real approval module for this edition, fed static inputs, then a marker step."""
    flow = with_edition({"value": {"modules": copy.deepcopy(modules())}}, edition)
    approval = next(m for m in flow["value"]["modules"] if m["id"] == "approval")
    approval.pop("skip_if", None)
    approval["value"]["input_transforms"] = {
        "pipeline": {"type": "static", "value": "churn-prediction"},
        "environment": {"type": "static", "value": "prod"},
        "plan": {"type": "static", "value": PLAN},
        "webhook": {"type": "static", "value": None},
    }
    after = {
        "id": "after",
        "value": {
            "type": "script",
            "path": "f/ml_pipelines/notify_completion",
            "input_transforms": {
                "pipeline": {"type": "static", "value": "churn-prediction"},
                "environment": {"type": "static", "value": "prod"},
                "status": {"type": "static", "value": "success"},
            },
        },
    }
    return {"value": {"modules": [approval, after]}}


def decide(urls: dict, *decisions: tuple[str, str | None]) -> None:
    """Post decisions one after the other (the runner waits for each)."""
    for kind, approver in decisions:
        query = f"?approver={approver}" if approver else ""
        urlopen(urls[kind] + query, data=b"{}", timeout=5)


def run_with(flow, decisions, export_dir, tmp_path, *, edition="ce", timeout=20.0):
    with WindmillApiStub() as api:
        runner = LocalFlowRunner(
            flow,
            export_dir=export_dir,
            workdir=tmp_path,
            api_stub=api,
            edition=edition,
            started_by="alice@example.com",
            user_groups={"bob@example.com": (APPROVERS_GROUP,), "carol@example.com": ("all",)},
            approval_timeout=timeout,
            approval=lambda urls: threading.Thread(target=decide, args=(urls, *decisions)).start(),
        )
        return runner.run({})


def test_the_committed_flow_uses_only_what_community_edition_honours(flow):
    """jobs.rs: with user_auth_required, CE refuses the approval page, approve and deny alike."""
    suspend = next(m for m in flow["value"]["modules"] if m["id"] == "approval")["suspend"]
    assert not set(suspend) & ENTERPRISE_ONLY
    assert suspend["required_events"] == 1 and suspend["timeout"] == 86400


def test_on_community_edition_the_resume_link_approves_and_the_step_shows_the_plan(export_dir, tmp_path):
    run = run_with(approval_flow("ce"), [("resume", None)], export_dir, tmp_path)
    assert run.success, run.error
    assert run.executed == ["approval", "after"]
    shown = run.step("approval").result
    assert "Plan: 3 to add" in shown["description"] and PLAN["fingerprint"] in shown["description"]


def test_on_community_edition_the_cancel_link_denies_and_nothing_after_runs(export_dir, tmp_path):
    run = run_with(approval_flow("ce"), [("cancel", "bob@example.com")], export_dir, tmp_path)
    assert not run.success and run.error["step_id"] == "approval" and "denied" in run.error["message"]
    assert "after" not in run.executed


@pytest.mark.parametrize("decision", ["resume", "cancel"])
def test_an_enterprise_flow_on_community_edition_can_be_neither_approved_nor_denied(decision, export_dir, tmp_path):
    run = run_with(approval_flow("ee"), [(decision, "bob@example.com")], export_dir, tmp_path, timeout=3)
    assert not run.success and "timed out" in run.error["message"]
    assert any("Approvals for logged in users is an enterprise only feature" in line for line in run.log)


def test_on_enterprise_edition_only_a_logged_in_approver_of_the_group_who_did_not_start_the_run(export_dir, tmp_path):
    decisions = [
        ("resume", None),
        ("resume", "alice@example.com"),
        ("resume", "carol@example.com"),
        ("resume", "bob@example.com"),
    ]
    run = run_with(approval_flow("ee"), decisions, export_dir, tmp_path, edition="ee")
    assert run.success, run.error
    assert run.step("approval").approver == "bob@example.com"
    refusals = [line for line in run.log if "decision refused" in line]
    assert len(refusals) == 3
    assert "Only logged in users" in refusals[0] and "Self-approval is disabled" in refusals[1]
    assert APPROVERS_GROUP in refusals[2]
    assert run.step("approval").result["default_args"]["plan_fingerprint"] == PLAN["fingerprint"]


def test_export_edition_ee_writes_the_enterprise_approval_and_ce_does_not(tmp_path):
    export(tmp_path / "ee", edition="ee")
    flow_file = tmp_path / "ee" / "f/ml_pipelines/ml_pipeline_deployment__flow/flow.yaml"
    import yaml

    approval = next(m for m in yaml.safe_load(flow_file.read_text())["value"]["modules"] if m["id"] == "approval")
    assert ENTERPRISE_ONLY <= set(approval["suspend"]) and "skip_if" not in approval
    app = yaml.safe_load((tmp_path / "ee" / "f/ml_pipelines/ml_pipeline_builder__app/app.yaml").read_text())
    assert app["policy"]["execution_mode"] == "viewer"
    with pytest.raises(ValueError, match="edition must be one of ce, ee"):
        export(tmp_path / "bad", edition="pro")
    assert json.dumps(approval["suspend"]["user_groups_required"]) == json.dumps({"type": "static", "value": [APPROVERS_GROUP]})
