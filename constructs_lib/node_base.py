"""What every node construct shares: its build context and the orchestrator contract."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import cdk
from .artifacts import Dataset, Model
from .asl import StepChain
from .iam import ServiceRole
from .naming import Namer
from .runtime_params import RuntimeParameters
from .security import SecurityKit

# Built-in SageMaker images by framework: (ECR repository, tag suffix added to the version).
BUILTIN_IMAGES = {
    "xgboost": ("sagemaker-xgboost", ""),
    "sklearn": ("sagemaker-scikit-learn", "-cpu-py3"),
    "pytorch": ("pytorch-training", "-cpu-py310"),
    "huggingface-training": ("huggingface-pytorch-training", ""),
    "huggingface-inference": ("huggingface-pytorch-inference", ""),
}


@dataclass(frozen=True)
class NodeContext:
    """Where a node construct is built.

    kit: the pipeline tree's security kit (key, artifact bucket, account context);
    namer: names scoped to this node (already descended into the node id);
    tags: tags applied explicitly to every taggable resource of the node (on top of
    any provider default_tags), so the construct is tagged when used standalone;
    description: the node's description (literal text), shown as a state comment.
    """

    kit: SecurityKit
    namer: Namer
    tags: dict[str, str]
    description: str = ""
    # Where a relative `code:` directory is resolved: for a playbook, the root playbooks.code_location
    # decided; a standalone construct's default is the working directory, as for any cdktf asset path.
    code_root: str = "."
    deletion_protection: bool = True
    # The pipeline's parameters: how `{{ params.NAME }}` in config strings becomes ASL.
    params: RuntimeParameters = RuntimeParameters()


@dataclass(frozen=True)
class NodeInputs:
    """A node's upstream artifacts, in the order the playbook lists them, split by kind.

    channels: one name per dataset (`clean`, `enrich_features`: the reference with `.` -> `_`).
    """

    datasets: list[Dataset] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    models: list[Model] = field(default_factory=list)


class NodeConstruct(cdk.Construct):
    """Base of node constructs: `steps` (ASL run by the orchestrator, or None) and
    `grant_orchestrator(role)` (what the orchestrator role needs to run them).

    The Pipeline construct builds every kind the same way, from its registry descriptor
    (playbooks/kinds): `Class.from_node(scope, id, config=..., context=..., inputs=NodeInputs)`,
    then reads `.dataset` or `.model` for what the descriptor says the kind produces, and the
    attributes its `outputs` name. A kind whose constructor takes upstream artifacts overrides
    `from_node`; the resolver has already checked the counts (descriptor `consumes`).
    """

    steps: StepChain | None = None

    @classmethod
    def from_node(
        cls, scope: cdk.Construct, construct_id: str, *, config: Any, context: NodeContext, inputs: NodeInputs
    ) -> "NodeConstruct":
        build: Any = cls  # each kind's constructor takes its own config type (the base has no __init__ props)
        construct: NodeConstruct = build(scope, construct_id, config=config, context=context)
        return construct

    def grant_orchestrator(self, role: ServiceRole) -> None:  # noqa: B027 - most nodes need nothing
        pass


def builtin_image(context: NodeContext, framework: str, version: str) -> str:
    """The region's registry path of a built-in SageMaker image (resolved by the provider, offline).

    One data source per image and pipeline tree (the kit's), however many nodes use it: the
    path depends only on the provider's region, and each lookup costs synth time (jsii round
    trips) and a read at every plan.
    """
    repository, suffix = BUILTIN_IMAGES[framework]
    return context.kit.prebuilt_image(repository, f"{version}{suffix}")


def sagemaker_role(scope: cdk.Construct, context: NodeContext, purpose: str = "exec") -> ServiceRole:
    from .iam import grant_key_use, grant_sagemaker_job_basics

    account = context.kit.account
    role = ServiceRole(
        scope,
        f"{purpose}-role",
        name=context.namer.name("iam_role", purpose),
        service="sagemaker.amazonaws.com",
        account_id=account.account_id,
        tags=context.tags,
    )
    grant_sagemaker_job_basics(role, account.partition, account.region, account.account_id)
    grant_key_use(role, context.kit.key_arn)
    return role


def arn(context: NodeContext, service: str, resource: str) -> str:
    a = context.kit.account
    return f"arn:{a.partition}:{service}:{a.region}:{a.account_id}:{resource}"


def job_scope(context: NodeContext, name_prefix: str, pipeline_wide: bool) -> str:
    """The job-name prefix a grant covers: the node's own (`<pipeline>-<node>-prep`), or, for a role that runs
    every node of a pipeline level (`pipeline_wide`), that level's (`<pipeline>`, nested levels under it too).

    Why the level's: the orchestrator role holds one grant per node, and IAM caps a role's inline policies at
    10,240 characters; one job ARN per node (~95 characters) passes it at about 100 nodes. The jobs are the
    pipeline's own: their names are made at run time from this prefix (`asl.run_scoped_name`), so the wider
    pattern adds no resource of another stack, except jobs of a pipeline whose name extends this one's
    with a hyphen (`churn` and `churn-v2` in one environment), which it can describe, stop or tag but not
    run with its roles: iam:PassRole stays on the exact roles. A prefix the namer had to shorten (a hash
    in place of the level's name) keeps the node's own.
    """
    level = Namer(context.namer.prefix, context.namer.pipeline, context.namer.path[:-1]).base
    return level if pipeline_wide and name_prefix.startswith(f"{level}-") else name_prefix


def grant_sagemaker_sync(
    role: ServiceRole,
    context: NodeContext,
    purpose: str,
    job_type: str,
    name_prefix: str,
    passed_role_arn: str | None,
    *,
    pipeline_wide: bool = True,
) -> None:
    """Let the orchestrator run (and wait for) SageMaker jobs named `<name_prefix>-*` with `passed_role_arn`.

    job_type: processing-job | training-job | transform-job. The `.sync` integrations poll through
    an EventBridge managed rule, hence the events permissions on that one rule.
    """
    action = {"processing-job": "ProcessingJob", "training-job": "TrainingJob", "transform-job": "TransformJob"}[job_type]
    rule = {
        "processing-job": "SageMakerProcessingJobsRule",
        "training-job": "SageMakerTrainingJobsRule",
        "transform-job": "SageMakerTransformJobsRule",
    }[job_type]
    role.add_policy(
        purpose,
        [
            {
                "Effect": "Allow",
                "Action": [
                    f"sagemaker:Create{action}",
                    f"sagemaker:Describe{action}",
                    f"sagemaker:Stop{action}",
                    "sagemaker:AddTags",
                    "sagemaker:ListTags",
                ],
                "Resource": arn(context, "sagemaker", f"{job_type}/{job_scope(context, name_prefix, pipeline_wide)}-*"),
            },
            {
                "Effect": "Allow",
                "Action": ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                "Resource": arn(context, "events", f"rule/StepFunctionsGetEventsFor{rule}"),
            },
        ]
        + (
            [
                {
                    "Effect": "Allow",
                    "Action": "iam:PassRole",
                    "Resource": passed_role_arn,
                    "Condition": {"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}},
                }
            ]
            if passed_role_arn
            else []
        ),
    )


def grant_start_execution_sync(
    role: ServiceRole, context: NodeContext, purpose: str, state_machine_arn: str, state_machine_name: str
) -> None:
    """Let the orchestrator run another state machine as one step (`startExecution.sync:2`)."""
    role.add_policy(
        purpose,
        [
            {"Effect": "Allow", "Action": "states:StartExecution", "Resource": state_machine_arn},
            {
                "Effect": "Allow",
                "Action": ["states:DescribeExecution", "states:StopExecution"],
                "Resource": arn(context, "states", f"execution:{state_machine_name}:*"),
            },
            {
                "Effect": "Allow",
                "Action": ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                "Resource": arn(context, "events", "rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"),
            },
        ],
    )
