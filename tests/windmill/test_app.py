"""The builder app passes what the flow and scripts take, and builds valid playbooks."""
from __future__ import annotations

import copy
import json

import jsonschema
import pytest

import pipeline_ops
from windmill.app_definition import PIPELINE_CONFIG_JS, node_variants
from windmill.paths import FLOW_PATH, PLAYBOOK_SCHEMA, SCRIPTS_DIR
from windmill.signatures import parse_scripts, to_json_schema
from windmill.testing.flow_runner import LocalFlowRunner


def components(app) -> dict[str, dict]:
    return {item["id"]: item["data"] for item in app["value"]["grid"]}


def compose_config(form_values: dict, editor_values: dict, loaded: dict | None = None) -> dict:
    """Run the app's own `pipeline_config` frontend script (JavaScript, via Node.js)."""
    context = {"pipeline_form": {"values": form_values}, "node_editor": {"values": editor_values},
               "load_version": {"result": loaded}}
    return LocalFlowRunner.evaluate({"config": PIPELINE_CONFIG_JS}, context)["config"]


def default_values(app, component_id: str, loaded: dict | None = None) -> dict:
    """The form's default values as the app computes them (its own expression, run by Node.js)."""
    expr = components(app)[component_id]["configuration"]["defaultValues"]["expr"]
    return LocalFlowRunner.evaluate({"v": expr}, {"load_version": {"result": loaded}})["v"]


def run_script(script: str, **args):
    import importlib.util

    spec = importlib.util.spec_from_file_location(script, SCRIPTS_DIR / f"{script}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main(**args)


def test_deploy_button_runs_the_flow_by_path_with_every_flow_input(app, flow):
    button = components(app)["deploy_button"]["componentInput"]
    assert button["runnable"] == {**button["runnable"], "type": "runnableByPath", "path": FLOW_PATH, "runType": "flow"}
    assert set(button["fields"]) == set(flow["schema"]["properties"])
    assert button["fields"]["config"]["connections"] == [{"componentId": "bg_0", "id": "result"}]


@pytest.mark.parametrize("component, script", [("graph_view", "pipeline_graph"), ("versions", "pipeline_versions"),
                                               ("load_version", "load_playbook")])
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


def test_oneof_labels_added_by_the_editor_are_dropped(app):
    editor = default_values(app, "node_editor")
    for node in editor["nodes"]:
        node["label"] = "S3DataNode"
    config = compose_config(default_values(app, "pipeline_form"), editor)
    assert pipeline_ops.validate(config)["valid"]


def test_editor_bad_wiring_is_reported_by_the_graph_script(app):
    editor = default_values(app, "node_editor")
    editor["nodes"][-1]["inputs"] = ["ghost"]
    config = compose_config(default_values(app, "pipeline_form"), editor)
    result = run_script("pipeline_graph", config=config)
    assert not result["valid"] and "ghost" in result["html"]


def test_a_loaded_published_version_round_trips_through_the_editor(app):
    loaded = run_script("load_playbook", name="llm-finetune", version="1.0.0")
    assert loaded["valid"]
    config = compose_config(default_values(app, "pipeline_form", loaded), default_values(app, "node_editor", loaded),
                            loaded)
    result = pipeline_ops.validate(config)
    assert result["valid"], result["errors"]
    assert (result["name"], result["version"]) == ("llm-finetune", "1.0.0")
    # nothing lost on the way through the form and the editor (labels, parameters, node configs...)
    assert result["playbook"] == pipeline_ops.validate("llm-finetune@1.0.0")["playbook"]


def test_version_picker_shows_where_each_version_runs(app):
    items = components(app)["version_picker"]["configuration"]["items"]["expr"]
    rows = [{"version": "1.0.0", "environments": ["prod"]}, {"version": "1.1.0", "environments": []}]
    assert LocalFlowRunner.evaluate({"items": items}, {"versions": {"result": rows}})["items"] == [
        {"value": "1.0.0", "label": "1.0.0 (prod)"}, {"value": "1.1.0", "label": "1.1.0"}]
