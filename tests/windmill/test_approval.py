"""The approval step as Windmill runs it: a logged-in user other than the one who started
the run must approve; deny = the flow stops before anything is applied. (No Terraform here:
the approved-plan check against a real apply is in test_flow_run.py.)"""

from __future__ import annotations

import copy
import threading
from urllib.request import urlopen

import pytest

from playbook_windmill.flow_definition import APPROVAL, modules

from .runner.flow_runner import LocalFlowRunner
from .runner.servers import WindmillApiStub

PLAN = {
    "stack": "churn-prediction-prod",
    "fingerprint": "f" * 64,
    "text": "Plan: 3 to add, 0 to change, 0 to destroy.",
    "summary": {"add": 3, "change": 0, "destroy": 0, "by_node": {"train": [{}, {}, {}]}},
}


def approval_flow() -> dict:
    """The real approval module (its suspend settings untouched), fed static inputs, then a marker step."""
    approval = copy.deepcopy(next(m for m in modules() if m["id"] == "approval"))
    approval.pop("skip_if")
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


def test_the_flow_uses_windmills_own_approval_settings():
    assert APPROVAL["user_auth_required"] and APPROVAL["self_approval_disabled"]
    assert APPROVAL["required_events"] == 1 and set(APPROVAL["resume_form"]["schema"]["properties"]) == {
        "plan_fingerprint",
        "comment",
    }


def decide(urls: dict, *decisions: tuple[str, str | None]) -> None:
    """Post decisions one after the other (the runner waits for each)."""
    for kind, approver in decisions:
        query = f"?approver={approver}" if approver else ""
        urlopen(urls[kind] + query, data=b"{}", timeout=5)


def run_with(decisions, export_dir, tmp_path):
    with WindmillApiStub() as api:
        runner = LocalFlowRunner(
            approval_flow(),
            export_dir=export_dir,
            workdir=tmp_path,
            api_stub=api,
            started_by="alice@example.com",
            approval_timeout=20,
            approval=lambda urls: threading.Thread(target=decide, args=(urls, *decisions)).start(),
        )
        return runner.run({})


def test_anonymous_and_self_approvals_are_refused_and_a_deny_stops_the_flow(export_dir, tmp_path):
    run = run_with([("resume", None), ("resume", "alice@example.com"), ("cancel", "bob@example.com")], export_dir, tmp_path)
    assert not run.success and run.error["step_id"] == "approval" and "denied" in run.error["message"]
    assert "after" not in run.executed  # nothing after the approval ran
    refusals = [line for line in run.log if "decision refused" in line]
    assert len(refusals) == 2
    assert "logged-in" in refusals[0] and "alice@example.com started this run" in refusals[1]


def test_another_logged_in_user_approves(export_dir, tmp_path):
    run = run_with([("resume", "bob@example.com")], export_dir, tmp_path)
    assert run.success, run.error
    assert run.executed == ["approval", "after"] and run.step("approval").approver == "bob@example.com"
    shown = run.step("approval").result
    assert "Plan: 3 to add" in shown["description"] and PLAN["fingerprint"] in shown["description"]
    assert shown["default_args"]["plan_fingerprint"] == PLAN["fingerprint"]


@pytest.mark.parametrize("missing", ["user_auth_required", "self_approval_disabled"])
def test_each_approval_rule_is_what_refuses(missing, export_dir, tmp_path, monkeypatch):
    """Without the setting, the same decision is accepted: the refusals above come from the flow."""
    relaxed = {k: v for k, v in APPROVAL.items() if k != missing}
    monkeypatch.setattr("playbook_windmill.flow_definition.APPROVAL", relaxed)
    flow = approval_flow()
    flow["value"]["modules"][0]["suspend"] = relaxed
    approver = None if missing == "user_auth_required" else "alice@example.com"
    with WindmillApiStub() as api:
        runner = LocalFlowRunner(
            flow,
            export_dir=export_dir,
            workdir=tmp_path,
            api_stub=api,
            started_by="alice@example.com",
            approval_timeout=20,
            approval=lambda urls: decide(urls, ("resume", approver)),
        )
        run = runner.run({})
    assert run.success, run.error
