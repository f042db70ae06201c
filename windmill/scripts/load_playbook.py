# requirements:
# wmill==1.850.0
"""Load a published playbook version (NAME@VERSION) into the builder app.

Returns {"valid": true, "playbook": <normalised mapping>} or {"valid": false,
"errors": [...]}, so the app's form and node editor can show that version.
Only a library name and a version are accepted, never a path: the app's viewers type them.
"""

import pipeline_ops
from pipeline_ops.catalog import USE_RE


def main(name: str, version: str) -> dict:
    if not name or not version:
        return {"valid": False, "errors": [], "playbook": None}
    reference = f"{name}@{version}"
    if not USE_RE.match(reference):
        return {
            "valid": False,
            "playbook": None,
            "errors": [
                {
                    "file": "<app input>",
                    "line": 0,
                    "column": 0,
                    "path": "name",
                    "message": f"expected a library playbook name and version (e.g. churn-prediction 1.2.0), found {reference[:80]!r}",
                }
            ],
        }
    result = pipeline_ops.validate(reference)
    return {"valid": result["valid"], "errors": result["errors"], "playbook": result.get("playbook")}
