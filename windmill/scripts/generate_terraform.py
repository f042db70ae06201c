# requirements:
# wmill==1.850.0
"""Synthesize the pipeline's Terraform stack(s) and plan them.

Returns {"pipeline", "environment", "stacks": [{name, directory}],
"plan": {"stack", "plan_file", "text", "summary": {add, change, destroy, by_node},
"fingerprint"}}. The fingerprint identifies this plan: the approval shows it and the apply
step refuses to apply any other plan.
Side-effect free on the cloud (plan only), hence safe to retry.
AWS credentials come from a Windmill `aws` resource, never from plain inputs.
"""

from typing import TypedDict

import pipeline_ops

from playbook_windmill.runtime import (
    InvalidConfiguration,
    aws_credentials,
    format_errors,
    is_local,
    log,
    plan_fingerprint,
    require_credentials,
)


class aws(TypedDict):
    awsAccessKeyId: str
    awsSecretAccessKey: str
    region: str


def main(config: dict, environment: str = "dev", aws: aws | None = None, plan: bool = True) -> dict:
    checked = pipeline_ops.validate(config)
    if not checked["valid"]:
        raise InvalidConfiguration("invalid pipeline configuration:\n" + format_errors(checked["errors"]))
    credentials = require_credentials(aws, environment)
    with aws_credentials(credentials):
        log(f"synthesizing {checked['name']}@{checked['version']} for {environment}")
        if not plan:
            synthesized = pipeline_ops.synth(config, environment)
            return {
                "pipeline": checked["name"],
                "version": checked["version"],
                "environment": environment,
                "stacks": synthesized["stacks"],
                "plan": None,
            }
        planned = pipeline_ops.plan(config, environment, local=is_local(environment), on_output=log)
    planned["fingerprint"] = plan_fingerprint(planned)
    log(planned.get("text", ""))
    log(f"plan fingerprint {planned['fingerprint']}")
    return {
        "pipeline": checked["name"],
        "version": checked["version"],
        "environment": environment,
        "stacks": [{"name": planned["stack"], "directory": planned["stack_dir"]}],
        "plan": planned,
    }
