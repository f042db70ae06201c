"""The builder app passes what the flow and scripts take, and builds valid playbooks."""

from __future__ import annotations

import json

import jsonschema
import pytest

import pipeline_ops
from playbook_windmill.app_form import PIPELINE_CONFIG_JS
from playbook_windmill.paths import FLOW_PATH, PLAYBOOK_SCHEMA, SCRIPTS_DIR
from playbook_windmill.signatures import parse_scripts, to_json_schema

from .runner.flow_runner import LocalFlowRunner


def components(app) -> dict[str, dict]:
    return {item["id"]: item["data"] for item in app["value"]["grid"]}


def compose_config(form_values: dict, nodes_text: str, loaded: dict | None = None) -> dict:
    """Run the app's own `pipeline_config` frontend script (JavaScript, via Node.js)."""
    context = {
        "pipeline_form": {"values": form_values},
        "node_editor": {"result": nodes_text},
        "load_version": {"result": loaded},
    }
    return LocalFlowRunner.evaluate({"config": PIPELINE_CONFIG_JS}, context)["config"]


def default_values(app, component_id: str, loaded: dict | None = None):
    """A component's default value as the app computes it (its own expression, run by Node.js)."""
    config = components(app)[component_id]["configuration"]
    expr = (config.get("defaultValues") or config["defaultValue"])["expr"]
    return LocalFlowRunner.evaluate({"v": expr}, {"load_version": {"result": loaded}})["v"]


@pytest.fixture
def run_script(export_dir, tmp_path):
    """Run an exported script as a Windmill job (routed by its tag, cleared environment)."""

    def run(name: str, args: dict):
        runner = LocalFlowRunner({"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path)
        log: list[str] = []
        return runner.run_job(export_dir / "f" / "ml_pipelines" / f"{name}.py", args, "job", log), log

    return run


def test_deploy_button_runs_the_flow_by_path_with_every_flow_input(app, flow):
    button = components(app)["deploy_button"]["componentInput"]
    assert button["runnable"] == {**button["runnable"], "type": "runnableByPath", "path": FLOW_PATH, "runType": "flow"}
    assert set(button["fields"]) == set(flow["schema"]["properties"])
    assert button["fields"]["config"]["connections"] == [{"componentId": "bg_0", "id": "result"}]


@pytest.mark.parametrize(
    "component, script", [("graph_view", "pipeline_graph"), ("versions", "pipeline_versions"), ("load_version", "load_playbook")]
)
def test_app_scripts_get_exactly_their_inputs(app, component, script):
    runnable = components(app)[component]["componentInput"]
    assert runnable["runnable"]["path"] == f"f/ml_pipelines/{script}"
    signature = parse_scripts([SCRIPTS_DIR / f"{script}.py"])[SCRIPTS_DIR / f"{script}.py"]
    schema = to_json_schema(signature)
    assert set(runnable["fields"]) == set(schema["properties"])


def test_form_and_editor_state_become_a_valid_playbook(app):
    config = compose_config(default_values(app, "pipeline_form"), default_values(app, "node_editor"))
    jsonschema.validate(config, json.loads(PLAYBOOK_SCHEMA.read_text()))
    result = pipeline_ops.validate(config)
    assert result["valid"], result["errors"]


def test_the_node_list_is_plain_json_text_not_a_schema_form(app):
    """Windmill's schema form shows a list of oneOf objects as "[object Object]": the JSON app
    edits the node list as text; the per-kind node editor is the raw app."""
    editor = components(app)["node_editor"]
    assert editor["type"] == "textareacomponent"
    nodes = json.loads(default_values(app, "node_editor"))
    assert {n["type"] for n in nodes} == {"data_source", "preprocessing", "model", "deployment"}


def test_a_node_list_that_is_not_json_is_reported_by_the_graph_script(app, run_script):
    config = compose_config(default_values(app, "pipeline_form"), '[{"id": "raw", ')
    result, _ = run_script("pipeline_graph", {"config": config})
    assert not result["valid"] and "not JSON" in result["html"]


def test_editor_bad_wiring_is_reported_by_the_graph_script(app, run_script):
    nodes = json.loads(default_values(app, "node_editor"))
    nodes[-1]["inputs"] = ["ghost"]
    config = compose_config(default_values(app, "pipeline_form"), json.dumps(nodes))
    result, _ = run_script("pipeline_graph", {"config": config})
    assert not result["valid"] and "ghost" in result["html"]


def test_credential_pickers_list_the_viewers_resources_of_each_type(app):
    parts = components(app)
    assert parts["aws_resource"]["type"] == "userresourcecomponent"
    assert parts["aws_resource"]["configuration"]["resourceType"]["value"] == "aws"
    assert parts["webhook_resource"]["configuration"]["resourceType"]["value"] == "c_ml_webhook"
    fields = parts["deploy_button"]["componentInput"]["fields"]
    assert fields["aws"]["allowUserResources"] and fields["webhook"]["allowUserResources"]


def test_the_app_policy_lets_the_chosen_resources_reach_the_flow(app):
    """Publisher mode runs the flow as the publisher; the policy entry of the Deploy button names
    the inputs that may carry the viewer's own `$res:` resources (frontend appPolicy.ts format)."""
    policy = app["policy"]
    assert policy["execution_mode"] == "publisher"
    deploy = policy["triggerables_v2"][f"deploy_button:flow/{FLOW_PATH}"]
    assert deploy["allow_user_resources"] == ["aws", "webhook"]
    # the app runs with the defaults, and with the approval (no viewer can turn it off)
    assert deploy["static_inputs"] == {"require_approval": True, "start_pipeline": True, "parameters": {}}
    assert set(policy["triggerables_v2"]) == {
        f"deploy_button:flow/{FLOW_PATH}",
        "graph_view:script/f/ml_pipelines/pipeline_graph",
        "versions:script/f/ml_pipelines/pipeline_versions",
        "load_version:script/f/ml_pipelines/load_playbook",
    }


@pytest.mark.parametrize("name", ["../playbooks/library/churn-prediction/1.2.0.yaml", "/etc/passwd", "a/b"])
def test_loading_a_version_takes_names_never_paths(run_script, name):
    loaded, _ = run_script("load_playbook", {"name": name, "version": "1.2.0"})
    assert loaded["valid"] is False and loaded["playbook"] is None
    assert "expected a library playbook name" in loaded["errors"][0]["message"]


def test_a_loaded_published_version_round_trips_through_the_editor(app, run_script):
    loaded, _ = run_script("load_playbook", {"name": "llm-finetune", "version": "1.0.0"})
    assert loaded["valid"]
    config = compose_config(default_values(app, "pipeline_form", loaded), default_values(app, "node_editor", loaded), loaded)
    result = pipeline_ops.validate(config)
    assert result["valid"], result["errors"]
    assert (result["name"], result["version"]) == ("llm-finetune", "1.0.0")
    # nothing lost on the way through the form and the editor (labels, parameters, node configs...)
    assert result["playbook"] == pipeline_ops.validate("llm-finetune@1.0.0")["playbook"]


def test_version_picker_shows_where_each_version_runs(app):
    items = components(app)["version_picker"]["configuration"]["items"]["expr"]
    rows = [{"version": "1.0.0", "environments": ["prod"]}, {"version": "1.1.0", "environments": []}]
    assert LocalFlowRunner.evaluate({"items": items}, {"versions": {"result": rows}})["items"] == [
        {"value": "1.0.0", "label": "1.0.0 (prod)"},
        {"value": "1.1.0", "label": "1.1.0"},
    ]
