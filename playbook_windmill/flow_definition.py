"""The deployment flow (OpenFlow), defined once here and written to
windmill/flows/ml_pipeline_deployment.json by `python -m playbook_windmill.build`.

validate -> plan -> [approval, unless require_approval is false] -> deploy_infrastructure
-> deploy_pipeline -> notify; failure module = notify with the failing step and error.
Retries only on steps without side effects or with idempotent ones (plan, notify);
never on the apply (deploy_infrastructure) nor on starting the orchestrator.
"""

from __future__ import annotations

from typing import Any

from .paths import script_path


def js(expr: str) -> dict[str, str]:
    return {"type": "javascript", "expr": expr}


def static(value: Any) -> dict[str, Any]:
    return {"type": "static", "value": value}


def step(module_id: str, script: str, summary: str, inputs: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "id": module_id,
        "summary": summary,
        "value": {"type": "script", "path": script_path(script), "input_transforms": inputs},
        **extra,
    }


CLOUD_INPUTS = {"config": js("flow_input.config"), "environment": js("flow_input.environment"), "aws": js("flow_input.aws")}
# Retry only what can succeed on a second try (cloud/provider/network hiccups), never a
# configuration, usage or programming error.
TRANSIENT = "['DeployError', 'EmulatorError', 'NotificationError', 'ConnectionError', 'TimeoutError'].includes(error.name)"
FAILURE_DETAILS = (
    "({step: error.step_id, error: error.message + (error.result && error.result.errors"
    " ? '\\n' + error.result.errors.map(e => `${e.path}: ${e.message}`).join('\\n') : '')})"
)


# The approval every edition honours (Community Edition included): the flow suspends after the plan;
# the run page and the notification carry Windmill's resume/cancel links (signed per job, no login
# needed), and the apply step refuses any plan other than the one shown (plan fingerprint). Who can
# approve is who can see those links. Enterprise-only conditions (a logged-in approver, no
# self-approval, approver groups, the resume form) are added by `export --edition ee`
# (playbook_windmill/editions.py): on Community Edition, `user_auth_required` makes every approve
# AND deny fail ("Approvals for logged in users is an enterprise only feature",
# backend/windmill-api/src/jobs.rs conditionally_require_authed_user) and the run hangs until timeout.
APPROVAL = {"required_events": 1, "timeout": 86400}


def modules() -> list[dict[str, Any]]:
    return [
        step(
            "validate",
            "validate_pipeline",
            "Validate the pipeline configuration",
            {"config": js("flow_input.config"), "parameters": js("flow_input.parameters")},
            stop_after_if={
                "expr": "!result.valid",
                "error_message": "invalid pipeline configuration",
                "error_include_result": True,
            },
        ),
        step(
            "plan",
            "generate_terraform",
            "Generate Terraform and plan",
            {**CLOUD_INPUTS, "plan": static(True)},
            retry={"exponential": {"attempts": 2, "multiplier": 2, "seconds": 10}, "retry_if": {"expr": TRANSIENT}},
        ),
        step(
            "approval",
            "request_approval",
            "Wait for approval of the plan (optional)",
            {
                "pipeline": js("results.validate.name"),
                "environment": js("flow_input.environment"),
                "plan": js("results.plan.plan"),
                "webhook": js("flow_input.webhook"),
            },
            skip_if={"expr": "flow_input.require_approval === false"},  # approval unless turned off
            suspend=APPROVAL,
        ),
        step(
            "deploy_infrastructure",
            "deploy_pipeline",
            "Deploy the infrastructure (terraform apply)",
            {**CLOUD_INPUTS, "pipeline": js("results.validate.name"), "approved_plan": js("results.plan.plan.fingerprint")},
        ),
        step(
            "deploy_pipeline",
            "run_pipeline",
            "Upload artifacts and start the orchestrator",
            {**CLOUD_INPUTS, "start": js("flow_input.start_pipeline !== false"), "parameters": js("flow_input.parameters")},
        ),
        step(
            "notify",
            "notify_completion",
            "Notify completion",
            {
                "pipeline": js("results.validate.name"),
                "environment": js("flow_input.environment"),
                "status": static("success"),
                "details": js(
                    "({stack: results.deploy_infrastructure.stack, "
                    "version: results.deploy_infrastructure.version, "
                    "execution_arn: results.deploy_pipeline.execution_arn, "
                    "not_started: results.deploy_pipeline.not_started})"
                ),
                "webhook": js("flow_input.webhook"),
            },
            retry={"constant": {"attempts": 3, "seconds": 5}, "retry_if": {"expr": TRANSIENT}},
        ),
    ]


def failure_module() -> dict[str, Any]:
    return step(
        "failure",
        "notify_completion",
        "Notify the failure (failing step and error)",
        {
            "pipeline": js("flow_input.config && flow_input.config.metadata ? String(flow_input.config.metadata.name) : ''"),
            "environment": js("flow_input.environment"),
            "status": static("failure"),
            "details": js(FAILURE_DETAILS),
            "webhook": js("flow_input.webhook"),
        },
    )


def input_schema(playbook_schema: dict[str, Any]) -> dict[str, Any]:
    config_schema = {k: v for k, v in playbook_schema.items() if k not in ("$schema", "$id")}
    config_schema["description"] = (
        "The pipeline configuration: a playbook (playbooks/v1), as the ML Pipeline Builder app produces it."
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "order": ["config", "environment", "parameters", "require_approval", "start_pipeline", "aws", "webhook"],
        "required": ["config", "environment"],
        "properties": {
            "config": config_schema,
            "environment": {
                "type": "string",
                "default": "dev",
                "description": "Target environment from stacks/environments.yaml; `local` deploys to the project's AWS emulator.",
            },
            "parameters": {
                "type": "object",
                "default": {},
                "description": "Values for the pipeline's declared parameters for this run, typed as "
                'declared (e.g. {"rounds": 3}); the rest use their defaults. Checked '
                "with the configuration, before anything is deployed.",
            },
            "require_approval": {
                "type": "boolean",
                "default": True,
                "description": "Suspend after the plan until someone approves it.",
            },
            "start_pipeline": {
                "type": "boolean",
                "default": True,
                "description": "Start the orchestrator once the artifacts are uploaded.",
            },
            "aws": {
                "type": "object",
                "format": "resource-aws",
                "description": "AWS credentials (an `aws` resource); not needed for `local`.",
            },
            "webhook": {
                "type": "object",
                "format": "resource-c_ml_webhook",
                "description": "Where notifications go (a `c_ml_webhook` resource); optional.",
            },
        },
    }


def build_flow(playbook_schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "summary": "ML pipeline deployment",
        "description": (
            "Validate a pipeline configuration, generate and plan its Terraform, optionally wait "
            "for approval, deploy the infrastructure, deploy the pipeline and notify. "
            "Generated by `python -m playbook_windmill.build`; edit playbook_windmill/flow_definition.py."
        ),
        "value": {"modules": modules(), "failure_module": failure_module()},
        "schema": input_schema(playbook_schema),
    }
