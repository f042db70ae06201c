#requirements:
#wmill==1.850.0
"""The pipeline as a Mermaid graph, for the builder app's live view.

Returns {"valid": true, "graph": "flowchart LR ...", "markdown": "```mermaid ...```"}
or {"valid": false, "errors": [...], "markdown": <the errors as a list>}.
"""
import pipeline_ops

from windmill.runtime import format_errors


def main(config: dict) -> dict:
    checked = pipeline_ops.validate(config)
    if not checked["valid"]:
        text = format_errors(checked["errors"])
        return {"valid": False, "errors": checked["errors"], "graph": "",
                "markdown": "**Invalid configuration**\n\n" + "\n".join(f"- `{line}`" for line in text.splitlines())}
    return {"valid": True, "errors": [], "graph": checked["graph"], "name": checked["name"],
            "version": checked["version"], "markdown": f"```mermaid\n{checked['graph']}\n```"}
