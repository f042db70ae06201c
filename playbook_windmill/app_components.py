"""Building blocks of Windmill app JSON: static and connected inputs, grid items, runnables by path,
User Resource Inputs, and the app policy Windmill computes on deploy.

Shapes follow Windmill's frontend (frontend/src/lib/components/apps/); split from app_definition.py,
which lays out the builder app with them.
"""

from __future__ import annotations

from typing import Any


def static(value: Any, field_type: str = "any") -> dict[str, Any]:
    return {"type": "static", "value": value, "fieldType": field_type}


WEBHOOK_TYPE = "c_ml_webhook"


def user_resource(resource_type: str) -> dict[str, Any]:
    return {
        "resourceType": static(resource_type, "text"),
        "defaultValue": static(None, "text"),
        "expressOauthSetup": static(False, "boolean"),
        "disabled": static(False, "boolean"),
    }


def user_resource_field(component_id: str) -> dict[str, Any]:
    """A runnable input fed by a User Resource Input. `allowUserResources` lets the backend resolve
    the viewer's `$res:` path although the app runs as its publisher (app policy)."""
    return {**connected(f"{component_id}.result", (component_id, "result"), field_type="object"), "allowUserResources": True}


def connected(expr: str, *sources: tuple[str, str], field_type: str = "any") -> dict[str, Any]:
    return {
        "type": "evalv2",
        "expr": expr,
        "fieldType": field_type,
        "connections": [{"componentId": c, "id": o} for c, o in sources],
    }


def grid_item(component_id: str, x: int, y: int, w: int, h: int, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "3": {"fixed": False, "x": 0, "y": y, "fullHeight": False, "w": 3, "h": h},
        "12": {"fixed": False, "x": x, "y": y, "fullHeight": False, "w": w, "h": h},
        "data": {"customCss": {}, "horizontalAlignment": "left", "verticalAlignment": "top", **data, "id": component_id},
        "id": component_id,
    }


def by_path(
    path: str, run_type: str, schema: dict[str, Any], fields: dict[str, Any], *, auto: bool, transformer: str | None = None
) -> dict[str, Any]:
    component_input = {
        "type": "runnable",
        "fieldType": "any",
        "fields": fields,
        "runnable": {
            "type": "runnableByPath",
            "name": path.rsplit("/", 1)[1],
            "path": path,
            "runType": run_type,
            "schema": schema,
        },
        "autoRefresh": auto,
        "recomputeOnInputChanged": auto,
    }
    if transformer:
        component_input["transformer"] = {"language": "frontend", "content": transformer}
    return component_input


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
    return {
        "execution_mode": "publisher",
        "on_behalf_of": None,
        "on_behalf_of_email": None,
        "triggerables": {},
        "triggerables_v2": triggerables,
    }
