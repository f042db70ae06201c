"""The ML Pipeline Builder app (Windmill app JSON), generated from the playbook
JSON Schema by `python -m playbook_windmill.build` into windmill/apps/ml_pipeline_builder.json.

The seed's simple form, kept small enough to work in a real Windmill: configuration
form (name, version, description, owner, platform, region: rules from the playbook
schema) | node list (JSON text) | live graph; environment, approval toggle, the
viewer's `aws` / `c_ml_webhook` resources (User Resource Inputs); "Deploy pipeline"
(runs the flow by path) with its flow status; published versions and where each runs.

Why a JSON node list and not a form per node: Windmill's schema form cannot edit a
list of `oneOf` objects (each node shows as "[object Object]"). The per-kind node
editor is the raw app (React Flow), exported by `playbook windmill export`.
"""
from __future__ import annotations

import json
from typing import Any

from .paths import APP_PATH, FLOW_FILE, FLOW_PATH, REPO_ROOT, script_path

EXAMPLE = REPO_ROOT / "playbooks" / "library" / "churn-prediction" / "1.2.0.yaml"
DEFAULT_ENVIRONMENTS = ["dev", "staging", "prod", "local"]


# -- schema helpers ---------------------------------------------------------------------------
def form_schema(playbook_schema: dict[str, Any]) -> dict[str, Any]:
    defs = playbook_schema["$defs"]
    meta = defs["Metadata"]["properties"]
    spec = defs["PipelineSpec"]["properties"]
    platform = dict(spec["platform"])
    platform.setdefault("enum", [platform.get("default", "aws")])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
        "order": ["name", "version", "description", "owner", "platform", "region"],
        "required": ["name", "version", "platform"],
        "properties": {
            "name": _plain(meta["name"]), "version": {**_plain(meta["version"]), "default": "0.1.0"},
            "description": _plain(meta["description"]), "owner": _nullable(meta["owner"]),
            "platform": _plain(platform), "region": _nullable(spec["region"]),
        },
    }


def _plain(prop: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in prop.items() if k != "title"}


def _nullable(prop: dict[str, Any]) -> dict[str, Any]:
    """`anyOf [string, null]` -> an optional string field (an empty field is left out of the config)."""
    string = next(s for s in prop["anyOf"] if s.get("type") == "string")
    return {**string, "type": "string", "description": prop.get("description", "")}


def environments() -> list[str]:
    path = REPO_ROOT / "stacks" / "environments.yaml"
    if not path.exists():
        return DEFAULT_ENVIRONMENTS
    import yaml

    doc = yaml.safe_load(path.read_text()) or {}
    names = list((doc.get("environments") or doc).keys())
    return names or DEFAULT_ENVIRONMENTS


def example() -> dict[str, Any]:
    import yaml

    return yaml.safe_load(EXAMPLE.read_text())


# -- app component helpers ------------------------------------------------------------------------
def static(value: Any, field_type: str = "any") -> dict[str, Any]:
    return {"type": "static", "value": value, "fieldType": field_type}


WEBHOOK_TYPE = "c_ml_webhook"


def user_resource(resource_type: str) -> dict[str, Any]:
    return {"resourceType": static(resource_type, "text"), "defaultValue": static(None, "text"),
            "expressOauthSetup": static(False, "boolean"), "disabled": static(False, "boolean")}


def user_resource_field(component_id: str) -> dict[str, Any]:
    """A runnable input fed by a User Resource Input. `allowUserResources` lets the backend resolve
    the viewer's `$res:` path although the app runs as its publisher (app policy)."""
    return {**connected(f"{component_id}.result", (component_id, "result"), field_type="object"),
            "allowUserResources": True}


def connected(expr: str, *sources: tuple[str, str], field_type: str = "any") -> dict[str, Any]:
    return {"type": "evalv2", "expr": expr, "fieldType": field_type,
            "connections": [{"componentId": c, "id": o} for c, o in sources]}


def grid_item(component_id: str, x: int, y: int, w: int, h: int, data: dict[str, Any]) -> dict[str, Any]:
    return {"3": {"fixed": False, "x": 0, "y": y, "fullHeight": False, "w": 3, "h": h},
            "12": {"fixed": False, "x": x, "y": y, "fullHeight": False, "w": w, "h": h},
            "data": {"customCss": {}, "horizontalAlignment": "left", "verticalAlignment": "top", **data,
                     "id": component_id},
            "id": component_id}


def by_path(path: str, run_type: str, schema: dict[str, Any], fields: dict[str, Any], *, auto: bool,
            transformer: str | None = None) -> dict[str, Any]:
    component_input = {"type": "runnable", "fieldType": "any", "fields": fields,
                       "runnable": {"type": "runnableByPath", "name": path.rsplit("/", 1)[1], "path": path,
                                    "runType": run_type, "schema": schema},
                       "autoRefresh": auto, "recomputeOnInputChanged": auto}
    if transformer:
        component_input["transformer"] = {"language": "frontend", "content": transformer}
    return component_input


PIPELINE_CONFIG_JS = """\
// The pipeline configuration (a playbook) from the form and the node list; fields the form
// does not show (labels, parameters) are kept from a loaded version. A node list that is not
// valid JSON becomes a string, so the graph script reports it as a validation error.
const base = (load_version.result && load_version.result.playbook) || {metadata: {}, spec: {}};
const form = pipeline_form.values || {};
let nodes;
try { nodes = JSON.parse(node_editor.result || "[]"); } catch (e) { nodes = "node list is not JSON: " + e.message; }
const metadata = {...base.metadata, name: form.name, version: form.version, description: form.description || ""};
if (form.owner) metadata.owner = form.owner; else delete metadata.owner;
const spec = {...base.spec, platform: form.platform || "aws", nodes};
if (form.region) spec.region = form.region; else delete spec.region;
return {apiVersion: "playbooks/v1", kind: "Pipeline", metadata, spec};
"""


# The form and the node list start from the example, or from a version loaded with "Load version".
FORM_DEFAULTS_JS = """(() => {
  const p = load_version.result && load_version.result.playbook;
  if (!p) return %s;
  return {name: p.metadata.name, version: p.metadata.version, description: p.metadata.description || "",
          owner: p.metadata.owner || undefined, platform: p.spec.platform, region: p.spec.region || undefined};
})()"""
EDITOR_DEFAULTS_JS = """(() => {
  const p = load_version.result && load_version.result.playbook;
  return JSON.stringify(p ? p.spec.nodes : %s, null, 2);
})()"""


def form_defaults(ex: dict[str, Any]) -> dict[str, Any]:
    return {"name": ex["metadata"]["name"], "version": ex["metadata"]["version"],
            "description": ex["metadata"].get("description", ""), "platform": ex["spec"].get("platform", "aws")}


def policy(grid: list[dict[str, Any]]) -> dict[str, Any]:
    """The app policy Windmill computes when an app is deployed (frontend appPolicy.ts): one
    `triggerables_v2` entry per backend runnable, `<component>:<runType>/<path>`, with its static
    inputs and the fields allowed to carry the viewer's own resources. Shipped so that an app
    pushed with `wmill sync push` passes the chosen `aws`/`c_ml_webhook` resources to the flow."""
    triggerables = {}
    for item in grid:
        component_input = item["data"].get("componentInput") or {}
        runnable = component_input.get("runnable") or {}
        if component_input.get("type") != "runnable" or runnable.get("type") != "runnableByPath":
            continue
        fields = component_input.get("fields") or {}
        triggerables[f"{item['id']}:{runnable['runType']}/{runnable['path']}"] = {
            "static_inputs": {k: f["value"] for k, f in fields.items() if f.get("type") == "static"},
            "one_of_inputs": {},
            "allow_user_resources": sorted(k for k, f in fields.items() if f.get("allowUserResources")),
        }
    return {"execution_mode": "publisher", "on_behalf_of": None, "on_behalf_of_email": None,
            "triggerables": {}, "triggerables_v2": triggerables}


def build_app(playbook_schema: dict[str, Any], flow: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app; `flow` is the flow built from the same schema (default: the committed flow file).
    windmill.build passes the new flow, so one run regenerates both after a schema change."""
    if flow is None:
        flow = json.loads(FLOW_FILE.read_text()) if FLOW_FILE.exists() else {"schema": {}}
    flow_schema = flow["schema"]
    config = connected("bg_0.result", ("bg_0", "result"), field_type="object")
    ex = example()
    grid = [
        grid_item("title", 0, 0, 12, 1, {"type": "textcomponent", "configuration": {"style": static("Title")},
                                         "componentInput": static("ML Pipeline Builder", "template")}),
        grid_item("pipeline_form", 0, 1, 4, 10, {
            "type": "schemaformcomponent",
            "componentInput": static(form_schema(playbook_schema), "schema"),
            "configuration": {"displayType": static(False, "boolean"), "largeGap": static(False, "boolean"),
                              "defaultValues": connected(FORM_DEFAULTS_JS % json.dumps(form_defaults(ex)),
                                                         ("load_version", "result"), field_type="object"),
                              "dynamicEnums": static({}, "object")}}),
        grid_item("node_editor", 4, 1, 4, 18, {
            # The node list as JSON (each node: id, type, its subtype and config, inputs). Windmill's
            # schema form cannot edit a list of oneOf objects (it shows "[object Object]"); the full
            # per-kind node editor is the raw app (windmill/raw_app, `playbook windmill export`).
            "type": "textareacomponent",
            "configuration": {"placeholder": static("Nodes (JSON list)", "text"),
                              "defaultValue": connected(EDITOR_DEFAULTS_JS % json.dumps(ex["spec"]["nodes"]),
                                                        ("load_version", "result"), field_type="text"),
                              "disabled": static(False, "boolean")}}),
        grid_item("graph_view", 8, 1, 4, 10, {
            "type": "htmlcomponent", "configuration": {},
            "componentInput": by_path(script_path("pipeline_graph"), "script",
                                      {"type": "object", "properties": {"config": {"type": "object"}}},
                                      {"config": config}, auto=True, transformer="return result.html")}),
        grid_item("environment", 0, 11, 2, 1, {
            "type": "selectcomponent", "configuration": {
                "items": static([{"label": e, "value": e} for e in environments()], "array"),
                "defaultValue": static("dev"), "placeholder": static("Environment")}}),
        grid_item("require_approval", 2, 11, 2, 1, {
            "type": "checkboxcomponent", "configuration": {"label": static("Require approval of the plan"),
                                                           "defaultValue": static(True, "boolean")}}),
        # "User Resource Input" lists the viewer's resources of one type and outputs `$res:<path>`
        # (frontend/src/lib/components/apps/editor/component/components.ts); the static
        # `resourceselectcomponent` only lists hand-written items.
        grid_item("aws_resource", 0, 12, 2, 1, {"type": "userresourcecomponent", "configuration": user_resource("aws")}),
        grid_item("webhook_resource", 2, 12, 2, 1, {"type": "userresourcecomponent",
                                                    "configuration": user_resource(WEBHOOK_TYPE)}),
        grid_item("deploy_button", 0, 13, 4, 1, {
            "type": "buttoncomponent", "recomputeIds": [],
            "configuration": {"label": static("Deploy pipeline", "text"), "color": static("blue"),
                              "size": static("md"), "fillContainer": static(True, "boolean"),
                              "disabled": connected("!(graph_view.result || '').includes('mermaid')",
                                                    ("graph_view", "result"), field_type="boolean"),
                              "confirmationModal": {"type": "oneOf", "selected": "none", "configuration": {"none": {}}},
                              "onSuccess": {"type": "oneOf", "selected": "none", "configuration": {"none": {}}},
                              "onError": {"type": "oneOf", "selected": "errorOverlay",
                                          "configuration": {"errorOverlay": {}}}},
            "componentInput": by_path(FLOW_PATH, "flow", flow_schema, {
                "config": config,
                "environment": connected("environment.result", ("environment", "result"), field_type="text"),
                "require_approval": connected("require_approval.result", ("require_approval", "result"),
                                              field_type="boolean"),
                "start_pipeline": static(True, "boolean"),
                "parameters": static({}, "object"),  # the declared defaults; the flow form sets values
                "aws": user_resource_field("aws_resource"),
                "webhook": user_resource_field("webhook_resource"),
            }, auto=False)}),
        grid_item("deploy_status", 0, 14, 4, 6, {
            "type": "jobidflowstatuscomponent",
            "configuration": {"jobId": connected("deploy_button.jobId", ("deploy_button", "jobId"),
                                                 field_type="text")}}),
        grid_item("versions", 8, 11, 4, 8, {
            "type": "tablecomponent", "actionButtons": [],
            "configuration": {"search": static("Disabled")},
            "componentInput": by_path(script_path("pipeline_versions"), "script",
                                      {"type": "object", "properties": {"name": {"type": "string"}}},
                                      {"name": connected("(pipeline_form.values || {}).name",
                                                         ("pipeline_form", "values"), field_type="text")},
                                      auto=True, transformer="return result.versions")}),
        grid_item("version_picker", 8, 19, 2, 1, {
            "type": "selectcomponent", "configuration": {
                "items": connected("(versions.result || []).map(v => ({value: v.version, label: v.version + "
                                   "(v.environments.length ? ' (' + v.environments.join(', ') + ')' : '')}))",
                                   ("versions", "result"), field_type="array"),
                "placeholder": static("Published version")}}),
        grid_item("load_version", 10, 19, 2, 1, {
            "type": "buttoncomponent", "recomputeIds": [],
            "configuration": {"label": static("Load version", "text"), "color": static("light"),
                              "size": static("xs"), "fillContainer": static(True, "boolean"),
                              "onSuccess": {"type": "oneOf", "selected": "none", "configuration": {"none": {}}},
                              "onError": {"type": "oneOf", "selected": "errorOverlay",
                                          "configuration": {"errorOverlay": {}}}},
            "componentInput": by_path(script_path("load_playbook"), "script",
                                      {"type": "object", "properties": {"name": {"type": "string"},
                                                                        "version": {"type": "string"}}},
                                      {"name": connected("(pipeline_form.values || {}).name",
                                                         ("pipeline_form", "values"), field_type="text"),
                                       "version": connected("version_picker.result", ("version_picker", "result"),
                                                            field_type="text")}, auto=False)}),
    ]
    return {
        "summary": "ML Pipeline Builder",
        "value": {
            "grid": grid, "fullscreen": False, "unusedInlineScripts": [], "norefreshbar": False,
            "hiddenInlineScripts": [{
                "name": "pipeline_config", "type": "runnableByName", "fields": {},
                "inlineScript": {"content": PIPELINE_CONFIG_JS, "language": "frontend",
                                 "path": f"{APP_PATH}/pipeline_config",
                                 "refreshOn": [{"id": "pipeline_form", "key": "values"},
                                               {"id": "node_editor", "key": "values"},
                                               {"id": "load_version", "key": "result"}]},
                "autoRefresh": True, "recomputeOnInputChanged": True}],
            "css": {}, "subgrids": {}, "hideLegacyTopBar": True, "mobileViewOnSmallerScreens": False,
        },
        "policy": policy(grid),
    }
