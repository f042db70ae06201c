# requirements:
# wmill==1.850.0
"""Validate a pipeline configuration as the ML Pipeline Builder app produces it.

Input: the playbook mapping (apiVersion, kind, metadata, spec with nodes and
their wiring), i.e. the schema in playbooks/schema/playbook.schema.json.
Returns {"valid": true, "playbook": <normalised>, "graph": <mermaid>, ...} or
{"valid": false, "errors": [{file, line, column, path, message}, ...]}.
It never raises for bad input, so the app can call it on every edit; the flow
stops on `valid == false` (stop_after_if) before anything is synthesized.
Runs in a worker with this project installed (windmill/Dockerfile).
"""

import pipeline_ops

from playbook_windmill.runtime import format_errors, log


def main(config: dict, parameters: dict | None = None) -> dict:
    """`parameters`: the run's values for the declared parameters, checked against their types."""
    result = pipeline_ops.validate(config, parameters=parameters or None)
    if result["valid"]:
        log(f"valid: {result['name']}@{result['version']} ({result['node_count']} nodes)")
    else:
        log(f"invalid configuration, {len(result['errors'])} error(s):")
        log(format_errors(result["errors"]))
    return result
