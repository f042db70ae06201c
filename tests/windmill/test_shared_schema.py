"""The app, the flow and the scripts share the playbook JSON Schema: a spec change
that is not carried into them fails here (fix: `python -m playbook_windmill.build`)."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest
import yaml

from playbook_windmill.app_definition import build_app
from playbook_windmill.app_form import form_schema
from playbook_windmill.flow_definition import build_flow
from playbook_windmill.paths import APP_FILE, FLOW_FILE, PLAYBOOK_SCHEMA, REPO_ROOT


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(PLAYBOOK_SCHEMA.read_text())


def test_flow_config_input_is_the_playbook_schema(flow, schema):
    config = dict(flow["schema"]["properties"]["config"])
    config.pop("description")
    expected = {k: v for k, v in schema.items() if k not in ("$schema", "$id", "description")}
    assert config == expected


def test_app_form_fields_follow_the_playbook_metadata_rules(app, schema):
    form = next(i["data"] for i in app["value"]["grid"] if i["id"] == "pipeline_form")
    assert form["componentInput"]["value"] == form_schema(schema)
    name = form["componentInput"]["value"]["properties"]["name"]
    assert name["pattern"] == schema["$defs"]["Metadata"]["properties"]["name"]["pattern"]


def test_library_examples_fit_the_flow_input_schema(flow):
    config_schema = flow["schema"]["properties"]["config"]
    for path in sorted((REPO_ROOT / "playbooks" / "library").glob("*/*.yaml")):
        jsonschema.validate(yaml.safe_load(path.read_text()), config_schema)


def test_a_spec_change_makes_the_committed_flow_and_app_stale(schema):
    changed = copy.deepcopy(schema)
    changed["$defs"]["S3SourceConfig"]["properties"]["new_field"] = {"type": "string", "description": "added"}
    assert json.loads(FLOW_FILE.read_text()) != build_flow(changed)
    changed["$defs"]["Metadata"]["properties"]["description"]["maxLength"] = 7
    assert json.loads(APP_FILE.read_text()) != build_app(changed)
    # ...and the committed ones match the current schema exactly:
    assert json.loads(FLOW_FILE.read_text()) == build_flow(schema)
    assert json.loads(APP_FILE.read_text()) == build_app(schema)
