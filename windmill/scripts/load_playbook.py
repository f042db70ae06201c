#requirements:
#wmill==1.850.0
"""Load a published playbook version (NAME@VERSION) into the builder app.

Returns {"valid": true, "playbook": <normalised mapping>} or {"valid": false,
"errors": [...]}, so the app's form and node editor can show that version.
"""
import pipeline_ops


def main(name: str, version: str) -> dict:
    if not name or not version:
        return {"valid": False, "errors": [], "playbook": None}
    result = pipeline_ops.validate(f"{name}@{version}")
    return {"valid": result["valid"], "errors": result["errors"], "playbook": result.get("playbook")}
