"""Secret references (playbooks.spec.secrets) wired at run time, never written into Terraform.

A job's `environment:` value `secretsmanager:NAME_OR_ARN` or `ssm:PARAMETER` becomes:
  - one orchestrator state before the job, calling Secrets Manager GetSecretValue or SSM
    GetParameter (WithDecryption) through the Step Functions AWS SDK integration
    (https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html),
    its value kept at `$.secrets.<node>.<index>`;
  - `"VAR.$": "$.secrets.<node>.<index>.value"` in the job's Environment, so the value
    reaches the container when the job starts;
  - an IAM grant to the orchestrator's role for exactly that secret or parameter.
The read states and the job run inside one Parallel state of a single branch (`isolated`): a
branch works on its own copy of the state, and the Parallel state keeps only the job's result,
so `$.secrets` never reaches a later state, the execution's output or a child pipeline's input.
Terraform, plans, state and the synthesized JSON only ever hold the reference.
Caveat (README, Security): inside that branch the value is in the read state's output and the
job's request, so principals allowed states:GetExecutionHistory or sagemaker:Describe*Job on
this pipeline can read it; and a state machine that reads secrets logs no execution data to
CloudWatch Logs (`logs_execution_data`).

SageMaker jobs here run with network isolation, so the container could not fetch the secret
itself; resolving in the orchestrator is what makes references work for them. The API source's
function fetches its header references itself (bundled/api_pull.py).
"""

from __future__ import annotations

import re
from typing import Any

from playbooks.spec.secrets import SecretRef, parse_reference

from .asl import StepChain, node_result_path
from .iam import ServiceRole
from .node_base import NodeContext, arn

_READ = {
    "secretsmanager": ("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", "secretsmanager:GetSecretValue"),
    "ssm": ("arn:aws:states:::aws-sdk:ssm:getParameter", "ssm:GetParameter"),
}


SECRETS_PATH = "$.secrets"


def references(values: dict[str, Any]) -> list[tuple[str, SecretRef]]:
    return [(name, ref) for name, value in sorted(values.items()) if (ref := parse_reference(value)) is not None]


def resource_arn(context: NodeContext, ref: SecretRef) -> str:
    """The IAM resource of a reference; a Secrets Manager name matches its random 6-character suffix."""
    if ref.identifier.startswith("arn:"):
        complete = ref.store == "ssm" or re.search(r"-[A-Za-z0-9]{6}$", ref.identifier)  # full secret ARNs end -XXXXXX
        return ref.identifier if complete else f"{ref.identifier}-??????"
    if ref.store == "secretsmanager":
        return arn(context, "secretsmanager", f"secret:{ref.identifier}-??????")
    return arn(context, "ssm", f"parameter/{ref.identifier.lstrip('/')}")


def read_states(context: NodeContext, values: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """States that read each referenced secret into `$.secrets.<node>.<index>` (empty without references)."""
    node = context.namer.path[-1]
    states = []
    for index, (name, ref) in enumerate(references(values)):
        resource, _ = _READ[ref.store]
        parameters = (
            {"SecretId": ref.identifier} if ref.store == "secretsmanager" else {"Name": ref.identifier, "WithDecryption": True}
        )
        selector = {"value.$": "$.SecretString"} if ref.store == "secretsmanager" else {"value.$": "$.Parameter.Value"}
        states.append(
            (
                context.namer.state_name(f"read secret {index} for {name}"),
                {
                    "Type": "Task",
                    "Resource": resource,
                    "Parameters": parameters,
                    "ResultSelector": selector,
                    "ResultPath": f"{SECRETS_PATH}.{node}.s{index}",
                },
            )
        )
    return states


def isolated(context: NodeContext, reads: list[tuple[str, dict[str, Any]]], steps: list[tuple[str, dict[str, Any]]]) -> StepChain:
    """The node's steps, preceded by its secret reads, in a one-branch Parallel state that keeps only
    the node's result (`$.nodes.<node>`, the fields of its job's ResultSelector); without reads, the steps."""
    if not reads:
        return StepChain.sequence(*steps)
    node = context.namer.path[-1]
    own = node_result_path(node)
    (fields,) = [list(state["ResultSelector"]) for _, state in steps if state.get("ResultPath") == own]
    branch = StepChain.sequence(*reads, *steps)
    branch.states[branch.ends[0]] = {**branch.states[branch.ends[0]], "End": True}
    return StepChain.single(
        context.namer.state_name("with its secrets"),
        {
            "Type": "Parallel",
            "Comment": "Secret values stay inside this state: only the job's result leaves it",
            "Branches": [{"StartAt": branch.start, "States": branch.states}],
            "ResultSelector": {key: f"$[0].nodes.{node}.{key.removesuffix('.$')}" for key in fields},
            "ResultPath": own,
        },
    )


def logs_execution_data(definition: dict[str, Any]) -> bool:
    """Whether the state machine may log execution data (inputs, outputs, requests) to CloudWatch
    Logs: not when any state reads a secret, whose value would be in that state's output and the
    consuming job's request (the log group keeps them for its retention)."""

    def reads(value: Any) -> bool:  # a read state of ours: its result goes to $.secrets (other SSM reads are not secrets)
        if isinstance(value, dict):
            result_path = value.get("ResultPath")
            if value.get("Type") == "Task" and isinstance(result_path, str) and result_path.startswith(f"{SECRETS_PATH}."):
                return True
            return any(reads(v) for v in value.values())
        if isinstance(value, list):
            return any(reads(v) for v in value)
        return False

    return not reads(definition)


def environment_parameters(context: NodeContext, values: dict[str, Any]) -> dict[str, Any]:
    """The job's Environment: literal values as they are, references as paths into the state."""
    node = context.namer.path[-1]
    refs = {name: index for index, (name, _) in enumerate(references(values))}
    return {
        (f"{name}.$" if name in refs else name): (f"$.secrets.{node}.s{refs[name]}.value" if name in refs else value)
        for name, value in values.items()
    }


def decrypt_statements(key_arns: list[str]) -> list[dict[str, Any]]:
    """kms:Decrypt on a secret's customer-managed key, usable only by Secrets Manager / SSM on the reader's behalf.

    GetSecretValue and GetParameter(WithDecryption) on a secret under a customer-managed key also
    need kms:Decrypt on that key for the caller (Secrets Manager "Secret encryption and decryption";
    SSM "How Parameter Store uses AWS KMS"). `kms:ViaService` keeps the grant from decrypting
    anything else with the key: the services are those of each key's own region, where its
    secrets live (a KMS key is regional).
    """
    if not key_arns:
        return []
    regions = sorted({key.split(":")[3] for key in key_arns})
    services = [f"{service}.{region}.amazonaws.com" for region in regions for service in ("secretsmanager", "ssm")]
    return [
        {
            "Effect": "Allow",
            "Action": "kms:Decrypt",
            "Resource": sorted(set(key_arns)),
            "Condition": {"StringEquals": {"kms:ViaService": services}},
        }
    ]


def grant_read(
    role: ServiceRole, context: NodeContext, values: dict[str, Any], purpose: str, key_arns: list[str] | None = None
) -> None:
    refs = references(values)
    if not refs:
        return
    role.add_policy(
        purpose,
        [
            *({"Effect": "Allow", "Action": _READ[ref.store][1], "Resource": resource_arn(context, ref)} for _, ref in refs),
            *decrypt_statements(list(key_arns or [])),
        ],
    )
