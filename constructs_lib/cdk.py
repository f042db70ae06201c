"""The single seam to CDK for Terraform: the only module importing cdktf, constructs
and the AWS provider bindings.

Upstream CDKTF is archived (its community fork is CDK Terrain, `cdktn`) and the
prebuilt provider package is large; keeping every import here makes a move to
the fork, or to the project's generated `aws_bindings/`, a one-file change.
Everything else does `from constructs_lib import cdk` and uses `cdk.S3Bucket`, ...

Pins: cdktf==0.21.0. The AWS provider (5.100.0) bindings are the project's
generated `aws_bindings/`: real CDKTF bindings, same classes and JSON as the
prebuilt cdktf-cdktf-provider-aws 20.1.0, but only for the types imported below
(scripts/gen-bindings regenerates them from scripts/bindings-types.txt;
tests/bench/test_bindings_coverage.py fails when this module imports a type
that is not generated). Importing this module starts the jsii Node.js runtime
(~1 s instead of ~20 s with the prebuilt package): import it once per process.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

# jsii prints a 12-line end-of-life banner on Node.js 20 at every start; the
# project supports Node 20 (what this platform ships), so say so before jsii starts.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from .jsii_runtime import owned_tempdir

# The jsii kernel starts on the first import below; its temp files go to a directory we own.
with owned_tempdir():
    import jsii
    from cdktf import (  # noqa: F401  (re-exported)
        App,
        Aspects,
        IAspect,
        Fn,
        LocalBackend,
        S3Backend,
        TerraformOutput,
        TerraformResourceLifecycle,
        TerraformStack,
        TerraformVariable,
        Token,
        Tokenization,
        DefaultTokenResolver,
        StringConcat,
    )
    from constructs import Construct  # noqa: F401

    from aws_bindings import (  # noqa: F401
        cloudwatch_log_group,
        data_aws_caller_identity,
        data_aws_partition,
        data_aws_region,
        data_aws_sagemaker_prebuilt_ecr_image,
        db_instance,
        default_security_group,
        flow_log,
        db_subnet_group,
        iam_role,
        iam_role_policy,
        iam_role_policy_attachment,
        kms_alias,
        kms_key,
        lambda_function,
        provider,
        rds_cluster,
        rds_cluster_instance,
        route_table,
        route_table_association,
        s3_bucket,
        s3_bucket_lifecycle_configuration,
        s3_bucket_logging,
        s3_bucket_ownership_controls,
        s3_bucket_policy,
        s3_bucket_public_access_block,
        s3_bucket_server_side_encryption_configuration,
        s3_bucket_versioning,
        s3_object,
        sagemaker_endpoint,
        sagemaker_endpoint_configuration,
        sagemaker_model,
        scheduler_schedule,
        security_group,
        security_group_rule,
        sfn_state_machine,
        sqs_queue,
        ssm_parameter,
        subnet,
        vpc,
        vpc_endpoint,
    )

AwsProvider = provider.AwsProvider
DataAwsPartition = data_aws_partition.DataAwsPartition
DataAwsCallerIdentity = data_aws_caller_identity.DataAwsCallerIdentity
DataAwsRegion = data_aws_region.DataAwsRegion
DataAwsSagemakerPrebuiltEcrImage = data_aws_sagemaker_prebuilt_ecr_image.DataAwsSagemakerPrebuiltEcrImage
CloudwatchLogGroup = cloudwatch_log_group.CloudwatchLogGroup
DbInstance = db_instance.DbInstance
DbSubnetGroup = db_subnet_group.DbSubnetGroup
IamRole = iam_role.IamRole
IamRolePolicy = iam_role_policy.IamRolePolicy
IamRolePolicyAttachment = iam_role_policy_attachment.IamRolePolicyAttachment
KmsAlias = kms_alias.KmsAlias
KmsKey = kms_key.KmsKey
LambdaFunction = lambda_function.LambdaFunction
RdsCluster = rds_cluster.RdsCluster
RdsClusterInstance = rds_cluster_instance.RdsClusterInstance
S3Bucket = s3_bucket.S3Bucket
S3BucketLifecycleConfiguration = s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration
S3BucketLogging = s3_bucket_logging.S3BucketLoggingA
S3BucketOwnershipControls = s3_bucket_ownership_controls.S3BucketOwnershipControls
S3BucketPolicy = s3_bucket_policy.S3BucketPolicy
S3BucketPublicAccessBlock = s3_bucket_public_access_block.S3BucketPublicAccessBlock
S3BucketServerSideEncryptionConfiguration = (
    s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationA
)
S3BucketVersioning = s3_bucket_versioning.S3BucketVersioningA
S3Object = s3_object.S3Object
SagemakerEndpoint = sagemaker_endpoint.SagemakerEndpoint
SagemakerEndpointConfiguration = sagemaker_endpoint_configuration.SagemakerEndpointConfiguration
SagemakerModel = sagemaker_model.SagemakerModel
SchedulerSchedule = scheduler_schedule.SchedulerSchedule
SecurityGroup = security_group.SecurityGroup
SfnStateMachine = sfn_state_machine.SfnStateMachine
SqsQueue = sqs_queue.SqsQueue
SsmParameter = ssm_parameter.SsmParameter
Subnet = subnet.Subnet
Vpc = vpc.Vpc
DefaultSecurityGroup = default_security_group.DefaultSecurityGroup
FlowLog = flow_log.FlowLog
RouteTable = route_table.RouteTable
RouteTableAssociation = route_table_association.RouteTableAssociation
SecurityGroupRule = security_group_rule.SecurityGroupRule
VpcEndpoint = vpc_endpoint.VpcEndpoint
AwsProviderEndpoints = provider.AwsProviderEndpoints
AwsProviderAssumeRole = provider.AwsProviderAssumeRole

# What the rest of the project may use (explicit, so mypy's no_implicit_reexport holds).
__all__ = [
    "App",
    "Aspects",
    "IAspect",
    "Fn",
    "LocalBackend",
    "S3Backend",
    "TerraformOutput",
    "TerraformResourceLifecycle",
    "TerraformStack",
    "TerraformVariable",
    "Token",
    "Tokenization",
    "DefaultTokenResolver",
    "StringConcat",
    "Construct",
    "AwsProvider",
    "DataAwsPartition",
    "DataAwsCallerIdentity",
    "DataAwsRegion",
    "DataAwsSagemakerPrebuiltEcrImage",
    "CloudwatchLogGroup",
    "DbInstance",
    "DbSubnetGroup",
    "IamRole",
    "IamRolePolicy",
    "IamRolePolicyAttachment",
    "KmsAlias",
    "KmsKey",
    "LambdaFunction",
    "RdsCluster",
    "RdsClusterInstance",
    "S3Bucket",
    "S3BucketLifecycleConfiguration",
    "S3BucketLogging",
    "S3BucketOwnershipControls",
    "S3BucketPolicy",
    "S3BucketPublicAccessBlock",
    "S3BucketServerSideEncryptionConfiguration",
    "S3BucketVersioning",
    "S3Object",
    "SagemakerEndpoint",
    "SagemakerEndpointConfiguration",
    "SagemakerModel",
    "SchedulerSchedule",
    "SecurityGroup",
    "SfnStateMachine",
    "SqsQueue",
    "SsmParameter",
    "Subnet",
    "Vpc",
    "DefaultSecurityGroup",
    "FlowLog",
    "RouteTable",
    "RouteTableAssociation",
    "SecurityGroupRule",
    "VpcEndpoint",
    "AwsProviderAssumeRole",
    "AwsProviderEndpoints",
    "at_synth",
    "before_stack_synth",
    "struct",
]


# True while one of our synth-time callbacks runs: constructs made then are made during synthesis.
_in_synth_callback = False


def at_synth(scope: Construct, callback: Callable[[], None]) -> None:
    """Run `callback()` once when the app synthesizes, before the stack's JSON is written.

    cdktf invokes aspects at synth (StackSynthesizer.synthesize: invokeAspects, then
    toTerraform), so constructs added by the callback are synthesized too. This is how a
    standalone construct's on-demand orchestrator is finalized after the last node was added,
    without the user calling anything: they only call `app.synth()`.

    An aspect visits `scope` and every construct below it, each visit a callback from Node.js:
    give it a small scope.
    """

    @jsii.implements(IAspect)
    class _OnceAtSynth:
        done = False

        def visit(self, node: Any) -> None:  # noqa: ARG002 - only the first visit matters
            global _in_synth_callback
            if not self.done:
                self.done = True
                outer, _in_synth_callback = _in_synth_callback, True
                try:
                    callback()
                finally:
                    _in_synth_callback = outer

    Aspects.of(scope).add(_OnceAtSynth())


_HOOKS_ID = "before-synth"


class _StackSynthHooks(Construct):
    """The callbacks waiting for one stack's synthesis (one aspect per stack, however many callbacks).

    The stack's child `before-synth`, found again by id as StackDefaults is: it lives and dies with its
    stack, so no table outside the construct tree can outlive a stack or mistake a new one for it.
    It adds nothing to the synthesized JSON.
    """

    def __init__(self, stack: TerraformStack) -> None:
        super().__init__(stack, _HOOKS_ID)
        self.callbacks: list[Callable[[], None]] = []
        self.ran = False
        at_synth(self, self.run)

    @staticmethod
    def of(stack: TerraformStack) -> "_StackSynthHooks | None":
        found = stack.node.try_find_child(_HOOKS_ID)
        if found is not None and not isinstance(found, _StackSynthHooks):
            raise TypeError(f"stack {stack.node.id!r} has a construct named {_HOOKS_ID!r} that is not ours")
        return found

    def run(self) -> None:
        self.ran = True
        for callback in self.callbacks:
            callback()


def before_stack_synth(scope: Construct, callback: Callable[[], None]) -> None:
    """Run `callback()` when the stack holding `scope` synthesizes, before its JSON is written;
    at once if that moment has passed or is under way (a construct made by another synth-time callback).

    For values known only when construction is over (a role's policy holds every grant made to
    it): writing them once at synth is one jsii call instead of one per change. Costs two round
    trips per call (`TerraformStack.of`, the child lookup) plus, once per stack, an aspect on an
    empty construct. Callbacks registered from inside an aspect that is not ours are not supported:
    cdktf does not invoke aspects added while aspects run (synthesizer.js, invokeAspects).
    """
    stack = TerraformStack.of(scope)
    hooks = _StackSynthHooks.of(stack)
    if hooks is None:
        if _in_synth_callback:  # an aspect added now would not run: this stack is synthesizing
            callback()
            return
        hooks = _StackSynthHooks(stack)
    if hooks.ran:
        callback()
    else:
        hooks.callbacks.append(callback)


# Keys whose values are Terraform maps (user-chosen keys), never struct fields.
_MAP_KEYS = frozenset({"tags", "variables", "environment"})


def struct(value: Any) -> Any:
    """Prepare a nested-block value for the bindings without losing fields.

    A dict given for a single nested block is converted by the Python binding (snake_case
    keys). But dicts inside a *list* of blocks reach the JavaScript side as plain maps,
    which only recognises camelCase field names and silently drops the rest. So list
    items (at any depth) get camelCase keys; map values (tags, environment variables)
    keep their keys.
    """
    if isinstance(value, list):
        return [_camel_deep(v) for v in value]
    if isinstance(value, dict):
        return {key: (item if key in _MAP_KEYS else struct(item)) for key, item in value.items()}
    return value


def _camel_deep(value: Any) -> Any:
    if isinstance(value, list):
        return [_camel_deep(v) for v in value]
    if isinstance(value, dict):
        converted: dict[str, Any] = {}
        for key, item in value.items():
            head, *rest = key.split("_")
            camel = head + "".join(part[:1].upper() + part[1:] for part in rest)
            converted[camel] = item if key in _MAP_KEYS else _camel_deep(item)
        return converted
    return value
