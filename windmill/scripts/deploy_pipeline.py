# requirements:
# wmill==1.850.0
"""Deploy a pipeline's infrastructure: validate, synthesize, plan and apply.

The same library calls as `playbook deploy` (pipeline_ops.deploy); the job log gets
the lines `playbook deploy` prints (each phase, each node done or failed with its
resource count, long waits), not Terraform's own; Terraform's error is in the failure. Returns {"success": true,
"message", "stack", "version", "outputs"}; any failure raises with Terraform's
message, so the flow's failure module reports it. Not retried (apply is not
idempotent mid-way); the state lock serialises two runs on the same stack and
the script metadata sets a Windmill concurrency key per stack from the
`pipeline` and `environment` inputs (`pipeline` must equal metadata.name;
honoured by Enterprise Edition only). `approved_plan` is the fingerprint of the
approved plan: the apply re-plans and refuses, applying nothing, when the plan
differs (the configuration, the code or the live infrastructure changed since).
AWS credentials come from a Windmill `aws` resource, never from plain inputs.
"""

from typing import TypedDict

import pipeline_ops

from playbook_windmill.runtime import (
    InvalidConfiguration,
    PlanChanged,
    aws_credentials,
    format_errors,
    is_local,
    log,
    plan_fingerprint,
    progress_log,
    require_credentials,
)


class aws(TypedDict):
    awsAccessKeyId: str
    awsSecretAccessKey: str
    region: str


def main(config: dict, environment: str = "dev", aws: aws | None = None, pipeline: str = "", approved_plan: str = "") -> dict:
    checked = pipeline_ops.validate(config)
    if not checked["valid"]:
        raise InvalidConfiguration("invalid pipeline configuration:\n" + format_errors(checked["errors"]))
    if pipeline and pipeline != checked["name"]:
        raise InvalidConfiguration(
            f"input pipeline={pipeline!r} does not match the configuration's metadata.name {checked['name']!r}"
        )
    credentials = require_credentials(aws, environment)
    with aws_credentials(credentials):
        log(f"deploying {checked['name']}@{checked['version']} to {environment}")
        refused: list[str] = []

        def same_plan(planned: dict) -> bool:
            found = plan_fingerprint(planned)
            if approved_plan and found != approved_plan:
                refused.append(found)
                return False
            return True

        deployed = pipeline_ops.deploy(
            config, environment, local=is_local(environment), on_event=progress_log(), confirm=same_plan
        )
    if refused:
        raise PlanChanged(
            f"the plan changed since it was approved (approved {approved_plan[:12]}, now "
            f"{refused[0][:12]}): nothing was applied. Run the deployment again and approve "
            f"the new plan.\n{deployed.get('text', '')}"
        )
    verb = "rolled back" if deployed.get("rollback") else "deployed"
    message = f"{verb} {deployed['stack']} to version {deployed['version']}"
    log(message)
    return {
        "success": True,
        "message": message,
        "stack": deployed["stack"],
        "version": deployed["version"],
        "previous_version": deployed.get("previous_version"),
        "summary": deployed.get("summary"),
        "outputs": deployed.get("outputs", {}),
    }
