"""The outputs each app component publishes, read from Windmill's frontend (TEST TOOL).

A `refreshOn: {id, key}` entry re-runs its runnable when output `key` of component `id`
changes; a key the component never sets never fires, silently. Each component calls
`initOutput($worldStore, id, {...})` with its outputs (windmill-labs/windmill,
frontend/src/lib/components/apps/components/):
  - inputs/AppTextInput.svelte (text, password, email and textarea inputs): result
  - buttons/AppSchemaForm.svelte (schemaformcomponent): result, loading, valid, values
  - buttons/AppButton.svelte (buttoncomponent): result, loading, jobId
Only these are modelled; a refreshOn on another component type is reported as unmodelled.
"""

from __future__ import annotations

from typing import Any

COMPONENT_OUTPUTS: dict[str, frozenset[str]] = {
    "textinputcomponent": frozenset({"result"}),
    "textareacomponent": frozenset({"result"}),
    "passwordinputcomponent": frozenset({"result"}),
    "emailinputcomponent": frozenset({"result"}),
    "schemaformcomponent": frozenset({"result", "loading", "valid", "values"}),
    "buttoncomponent": frozenset({"result", "loading", "jobId"}),
}


def refresh_problems(app: dict[str, Any]) -> list[str]:
    """Every refreshOn entry of the app's runnables that can never fire, with the reason."""
    value = app["value"]
    types = {item["id"]: item["data"]["type"] for item in value["grid"]}
    runnables = [s.get("inlineScript") or {} for s in value.get("hiddenInlineScripts", [])]
    runnables += [(item["data"].get("componentInput") or {}) for item in value["grid"]]
    problems = []
    for runnable in runnables:
        for entry in runnable.get("refreshOn") or []:
            component, key = entry["id"], entry["key"]
            kind = types.get(component)
            if kind is None:
                problems.append(f"refreshOn {component}.{key}: no component {component!r} in the app")
            elif kind not in COMPONENT_OUTPUTS:
                problems.append(f"refreshOn {component}.{key}: outputs of {kind} are not modelled")
            elif key not in COMPONENT_OUTPUTS[kind]:
                problems.append(f"refreshOn {component}.{key}: {kind} outputs only {sorted(COMPONENT_OUTPUTS[kind])}")
    return problems
