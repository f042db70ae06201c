"""The flow is a valid OpenFlow (Windmill's own schema) with the documented shape."""

from __future__ import annotations

import json

from playbook_windmill.paths import FLOW_FILE
from playbook_windmill.signatures import run_tool

STEPS = ["validate", "plan", "approval", "deploy_infrastructure", "deploy_pipeline", "notify"]


def validate_flow_file(path) -> list[dict]:
    _, out = run_tool("validate_flow.cjs", [str(path)])
    return json.loads(out)[str(path)]


def test_flow_validates_against_the_openflow_schema():
    assert validate_flow_file(FLOW_FILE) == []


def test_the_enterprise_edition_flow_validates_too(flow, tmp_path):
    from playbook_windmill.editions import with_edition

    path = tmp_path / "ee.json"
    path.write_text(json.dumps(with_edition(flow, "ee")))
    assert validate_flow_file(path) == []


def test_the_openflow_check_rejects_a_broken_flow(flow, tmp_path):
    broken = json.loads(json.dumps(flow))
    del broken["value"]["modules"][0]["value"]["path"]
    broken["value"]["modules"][1]["retry"] = {"constant": {"attempts": "twice"}}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken))
    errors = validate_flow_file(path)
    messages = " | ".join(f"{e['path']} {e['message']}" for e in errors)
    assert "/value/modules/0/value" in messages and "path" in messages
    assert "/value/modules/1/retry/constant/attempts" in messages


def test_steps_run_in_the_documented_order(flow):
    assert [m["id"] for m in flow["value"]["modules"]] == STEPS


def test_invalid_configuration_stops_the_flow_at_validate(flow):
    validate = flow["value"]["modules"][0]
    assert validate["stop_after_if"]["expr"] == "!result.valid"
    assert validate["stop_after_if"]["error_message"]


def test_approval_is_optional_and_suspends_with_resume_urls(flow):
    approval = flow["value"]["modules"][2]
    assert approval["skip_if"]["expr"] == "flow_input.require_approval === false"  # on unless turned off
    assert approval["suspend"] == {"required_events": 1, "timeout": 86400}  # Community Edition: test_approval.py
    assert flow["schema"]["properties"]["require_approval"]["type"] == "boolean"


def test_retries_only_on_safe_steps(flow):
    retried = {m["id"] for m in flow["value"]["modules"] if m.get("retry")}
    assert retried == {"plan", "notify"}
    assert "deploy_infrastructure" not in retried
    for module in flow["value"]["modules"]:
        if module.get("retry"):
            assert "DeployError" in module["retry"]["retry_if"]["expr"]  # transient failures only


def test_failure_module_notifies_with_step_and_error(flow):
    failure = flow["value"]["failure_module"]
    assert failure["id"] == "failure"
    inputs = failure["value"]["input_transforms"]
    assert inputs["status"] == {"type": "static", "value": "failure"}
    assert "error.step_id" in inputs["details"]["expr"] and "error.message" in inputs["details"]["expr"]


def test_credentials_are_resources_not_plain_strings(flow):
    props = flow["schema"]["properties"]
    assert props["aws"]["format"] == "resource-aws"
    assert props["webhook"]["format"] == "resource-c_ml_webhook"
