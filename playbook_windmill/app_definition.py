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

This module is the layout; the form is app_form.py, the JSON building blocks app_components.py.
"""

from __future__ import annotations

import json
from typing import Any

from .app_components import WEBHOOK_TYPE, by_path, connected, grid_item, policy, static, user_resource, user_resource_field
from .app_form import EDITOR_DEFAULTS_JS, FORM_DEFAULTS_JS, PIPELINE_CONFIG_JS, environments, example, form_defaults, form_schema
from .paths import APP_PATH, FLOW_FILE, FLOW_PATH, script_path


def build_app(playbook_schema: dict[str, Any], flow: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app; `flow` is the flow built from the same schema (default: the committed flow file).
    windmill.build passes the new flow, so one run regenerates both after a schema change."""
    if flow is None:
        flow = json.loads(FLOW_FILE.read_text()) if FLOW_FILE.exists() else {"schema": {}}
    flow_schema = flow["schema"]
    config = connected("bg_0.result", ("bg_0", "result"), field_type="object")
    ex = example()
    grid = [
        grid_item(
            "title",
            0,
            0,
            12,
            1,
            {
                "type": "textcomponent",
                "configuration": {"style": static("Title")},
                "componentInput": static("ML Pipeline Builder", "template"),
            },
        ),
        grid_item(
            "pipeline_form",
            0,
            1,
            4,
            10,
            {
                "type": "schemaformcomponent",
                "componentInput": static(form_schema(playbook_schema), "schema"),
                "configuration": {
                    "displayType": static(False, "boolean"),
                    "largeGap": static(False, "boolean"),
                    "defaultValues": connected(
                        FORM_DEFAULTS_JS % json.dumps(form_defaults(ex)), ("load_version", "result"), field_type="object"
                    ),
                    "dynamicEnums": static({}, "object"),
                },
            },
        ),
        grid_item(
            "node_editor",
            4,
            1,
            4,
            18,
            {
                # The node list as JSON (each node: id, type, its subtype and config, inputs). Windmill's
                # schema form cannot edit a list of oneOf objects (it shows "[object Object]"); the full
                # per-kind node editor is the raw app (windmill/raw_app, `playbook windmill export`).
                "type": "textareacomponent",
                "configuration": {
                    "placeholder": static("Nodes (JSON list)", "text"),
                    "defaultValue": connected(
                        EDITOR_DEFAULTS_JS % json.dumps(ex["spec"]["nodes"]), ("load_version", "result"), field_type="text"
                    ),
                    "disabled": static(False, "boolean"),
                },
            },
        ),
        grid_item(
            "graph_view",
            8,
            1,
            4,
            10,
            {
                "type": "htmlcomponent",
                "configuration": {},
                "componentInput": by_path(
                    script_path("pipeline_graph"),
                    "script",
                    {"type": "object", "properties": {"config": {"type": "object"}}},
                    {"config": config},
                    auto=True,
                    transformer="return result.html",
                ),
            },
        ),
        grid_item(
            "environment",
            0,
            11,
            2,
            1,
            {
                "type": "selectcomponent",
                "configuration": {
                    "items": static([{"label": e, "value": e} for e in environments()], "array"),
                    "defaultValue": static("dev"),
                    "placeholder": static("Environment"),
                },
            },
        ),
        # "User Resource Input" lists the viewer's resources of one type and outputs `$res:<path>`
        # (frontend/src/lib/components/apps/editor/component/components.ts); the static
        # `resourceselectcomponent` only lists hand-written items.
        grid_item("aws_resource", 0, 12, 2, 1, {"type": "userresourcecomponent", "configuration": user_resource("aws")}),
        grid_item(
            "webhook_resource", 2, 12, 2, 1, {"type": "userresourcecomponent", "configuration": user_resource(WEBHOOK_TYPE)}
        ),
        grid_item(
            "deploy_button",
            0,
            13,
            4,
            1,
            {
                "type": "buttoncomponent",
                "recomputeIds": [],
                "configuration": {
                    "label": static("Deploy pipeline", "text"),
                    "color": static("blue"),
                    "size": static("md"),
                    "fillContainer": static(True, "boolean"),
                    "disabled": connected(
                        "!(graph_view.result || '').includes('mermaid')", ("graph_view", "result"), field_type="boolean"
                    ),
                    "confirmationModal": {"type": "oneOf", "selected": "none", "configuration": {"none": {}}},
                    "onSuccess": {"type": "oneOf", "selected": "none", "configuration": {"none": {}}},
                    "onError": {"type": "oneOf", "selected": "errorOverlay", "configuration": {"errorOverlay": {}}},
                },
                "componentInput": by_path(
                    FLOW_PATH,
                    "flow",
                    flow_schema,
                    {
                        "config": config,
                        "environment": connected("environment.result", ("environment", "result"), field_type="text"),
                        # Static, so the app policy fixes it (apps.rs replaces a publisher-mode run's
                        # static inputs with the policy's): no viewer can turn the approval off.
                        "require_approval": static(True, "boolean"),
                        "start_pipeline": static(True, "boolean"),
                        "parameters": static({}, "object"),  # the declared defaults; the flow form sets values
                        "aws": user_resource_field("aws_resource"),
                        "webhook": user_resource_field("webhook_resource"),
                    },
                    auto=False,
                ),
            },
        ),
        grid_item(
            "deploy_status",
            0,
            14,
            4,
            6,
            {
                "type": "jobidflowstatuscomponent",
                "configuration": {"jobId": connected("deploy_button.jobId", ("deploy_button", "jobId"), field_type="text")},
            },
        ),
        grid_item(
            "versions",
            8,
            11,
            4,
            8,
            {
                "type": "tablecomponent",
                "actionButtons": [],
                "configuration": {"search": static("Disabled")},
                "componentInput": by_path(
                    script_path("pipeline_versions"),
                    "script",
                    {"type": "object", "properties": {"name": {"type": "string"}}},
                    {"name": connected("(pipeline_form.values || {}).name", ("pipeline_form", "values"), field_type="text")},
                    auto=True,
                    transformer="return result.versions",
                ),
            },
        ),
        grid_item(
            "version_picker",
            8,
            19,
            2,
            1,
            {
                "type": "selectcomponent",
                "configuration": {
                    "items": connected(
                        "(versions.result || []).map(v => ({value: v.version, label: v.version + "
                        "(v.environments.length ? ' (' + v.environments.join(', ') + ')' : '')}))",
                        ("versions", "result"),
                        field_type="array",
                    ),
                    "placeholder": static("Published version"),
                },
            },
        ),
        grid_item(
            "load_version",
            10,
            19,
            2,
            1,
            {
                "type": "buttoncomponent",
                "recomputeIds": [],
                "configuration": {
                    "label": static("Load version", "text"),
                    "color": static("light"),
                    "size": static("xs"),
                    "fillContainer": static(True, "boolean"),
                    "onSuccess": {"type": "oneOf", "selected": "none", "configuration": {"none": {}}},
                    "onError": {"type": "oneOf", "selected": "errorOverlay", "configuration": {"errorOverlay": {}}},
                },
                "componentInput": by_path(
                    script_path("load_playbook"),
                    "script",
                    {"type": "object", "properties": {"name": {"type": "string"}, "version": {"type": "string"}}},
                    {
                        "name": connected("(pipeline_form.values || {}).name", ("pipeline_form", "values"), field_type="text"),
                        "version": connected("version_picker.result", ("version_picker", "result"), field_type="text"),
                    },
                    auto=False,
                ),
            },
        ),
    ]
    return {
        "summary": "ML Pipeline Builder",
        "value": {
            "grid": grid,
            "fullscreen": False,
            "unusedInlineScripts": [],
            "norefreshbar": False,
            "hiddenInlineScripts": [
                {
                    "name": "pipeline_config",
                    "type": "runnableByName",
                    "fields": {},
                    "inlineScript": {
                        "content": PIPELINE_CONFIG_JS,
                        "language": "frontend",
                        "path": f"{APP_PATH}/pipeline_config",
                        "refreshOn": [
                            {"id": "pipeline_form", "key": "values"},
                            # the textarea's only output (AppTextInput.svelte initOutput: result)
                            {"id": "node_editor", "key": "result"},
                            {"id": "load_version", "key": "result"},
                        ],
                    },
                    "autoRefresh": True,
                    "recomputeOnInputChanged": True,
                }
            ],
            "css": {},
            "subgrids": {},
            "hideLegacyTopBar": True,
            "mobileViewOnSmallerScreens": False,
        },
        "policy": policy(grid),
    }
