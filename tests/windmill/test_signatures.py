"""What the flow (and app) pass matches each script's inputs as Windmill's parser infers them."""

from __future__ import annotations

import pytest

from playbook_windmill.paths import SCRIPTS_DIR, SCRIPT_NAMES
from playbook_windmill.signatures import parse_scripts, to_json_schema

JSON_TYPES = {"object": dict, "string": str, "boolean": bool, "integer": int, "array": list}


@pytest.fixture(scope="module")
def schemas() -> dict[str, dict]:
    files = [SCRIPTS_DIR / f"{name}.py" for name in SCRIPT_NAMES]
    return {path.stem: to_json_schema(sig) for path, sig in parse_scripts(files).items()}


def flow_modules(flow):
    return [*flow["value"]["modules"], flow["value"]["failure_module"]]


def test_every_flow_step_passes_exactly_the_script_inputs(flow, schemas):
    for module in flow_modules(flow):
        script = module["value"]["path"].rsplit("/", 1)[1]
        schema = schemas[script]
        passed = set(module["value"]["input_transforms"])
        assert passed <= set(schema["properties"]), f"{module['id']}: unknown inputs {passed - set(schema['properties'])}"
        missing = set(schema["required"]) - passed
        assert not missing, f"{module['id']}: required inputs not passed: {missing}"


def test_static_inputs_have_the_script_types(flow, schemas):
    for module in flow_modules(flow):
        schema = schemas[module["value"]["path"].rsplit("/", 1)[1]]
        for name, transform in module["value"]["input_transforms"].items():
            if transform["type"] != "static":
                continue
            prop = schema["properties"][name]
            assert isinstance(transform["value"], JSON_TYPES[prop["type"]]), f"{module['id']}.{name}"
            if "enum" in prop:
                assert transform["value"] in prop["enum"]


def test_credentials_are_typed_resources_in_every_cloud_script(schemas):
    for script in ("generate_terraform", "deploy_pipeline", "run_pipeline"):
        assert schemas[script]["properties"]["aws"]["format"] == "resource-aws"
    for script in ("notify_completion", "request_approval"):
        assert schemas[script]["properties"]["webhook"]["format"] == "resource-c_ml_webhook"


def test_flow_inputs_feeding_resources_are_resources(flow, schemas):
    props = flow["schema"]["properties"]
    for module in flow_modules(flow):
        schema = schemas[module["value"]["path"].rsplit("/", 1)[1]]
        for name, transform in module["value"]["input_transforms"].items():
            expr = transform.get("expr", "")
            if expr.startswith("flow_input.") and expr[len("flow_input.") :] in props:
                source = props[expr[len("flow_input.") :]]
                target = schema["properties"][name]
                assert source.get("format") == target.get("format"), f"{module['id']}.{name}"
                assert source["type"] == target["type"], f"{module['id']}.{name}"
