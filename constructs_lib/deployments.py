"""Deployment constructs: a real-time API endpoint and a scheduled batch transform."""

from __future__ import annotations

from typing import Any

from playbooks.spec.node_configs import ApiEndpointConfig, BatchConfig

from . import cdk
from .artifacts import Dataset, Model
from .asl import StepChain, node_result_path, run_scoped_name, run_state_machine, sagemaker_integration, sagemaker_tags
from .schedules import schedule_target
from .iam import ServiceRole, grant_dataset_read, grant_dataset_write
from .node_base import NodeConstruct, NodeContext, NodeInputs, arn, grant_sagemaker_sync, grant_start_execution_sync
from .orchestrator import Orchestrator

VARIANT = "primary"
NO_MODEL_YET = "none"


def _production_variant(config: ApiEndpointConfig, model_field: dict[str, str]) -> dict[str, Any]:
    variant: dict[str, Any] = {"VariantName": VARIANT, **model_field}
    if config.mode == "serverless":
        variant["ServerlessConfig"] = {"MemorySizeInMB": config.memory_size_mb, "MaxConcurrency": config.max_concurrency}
    else:
        variant.update(InstanceType=config.instance_type, InitialInstanceCount=config.initial_instance_count)
    return variant


class ApiEndpoint(NodeConstruct):
    """A SageMaker real-time endpoint serving `model` (serverless by default).

    Props: `config` (ApiEndpointConfig), `context`, `model`.
    - A model Terraform manages (`model.model_name`, e.g. an inference node): the endpoint
      configuration and endpoint are Terraform resources.
    - A model registered by a run (training, fine-tuning): the orchestrator creates a new
      endpoint configuration per run and creates or updates the endpoint (blue/green by
      SageMaker), since Terraform cannot create an endpoint for a model that does not exist yet.
    Output: `endpoint_name` (stable across runs).
    """

    @classmethod
    def from_node(
        cls, scope: cdk.Construct, construct_id: str, *, config: Any, context: NodeContext, inputs: NodeInputs
    ) -> "NodeConstruct":
        return cls(scope, construct_id, config=config, context=context, model=inputs.models[0])

    def __init__(
        self, scope: cdk.Construct, construct_id: str, *, config: ApiEndpointConfig, context: NodeContext, model: Model
    ) -> None:
        super().__init__(scope, construct_id)
        kit, namer = context.kit, context.namer
        self.endpoint_name: str = namer.name("sagemaker", "endpoint")
        self._context, self._config = context, config
        self.config_prefix = namer.name("sagemaker_job_prefix", "cfg")
        self.capture = kit.artifact_dataset(namer, "capture", "application/jsonlines")
        if config.data_capture and model.role is not None:
            grant_dataset_write(model.role, self.capture, f"capture-{namer.path[-1] if namer.path else 'endpoint'}")
        if model.model_name:
            self._terraform_endpoint(config, context, model)
            return
        capture = self._capture_config(config, context, ASL=True)
        endpoint_config: dict[str, Any] = {
            "EndpointConfigName.$": run_scoped_name(self.config_prefix, per_attempt=False),
            "ProductionVariants": [_production_variant(config, model.name_field())],
            "Tags": sagemaker_tags(context.tags),
        }
        if config.mode == "instance":  # KMS on the storage volume; serverless endpoints have none
            endpoint_config["KmsKeyId"] = kit.key_arn
        if capture:
            endpoint_config["DataCaptureConfig"] = capture
        names = {s: namer.state_name(s) for s in ("endpoint config", "find endpoint", "create endpoint", "update endpoint")}
        config_name = {"EndpointConfigName.$": run_scoped_name(self.config_prefix, per_attempt=False)}
        self.steps = StepChain(
            start=names["endpoint config"],
            ends=[names["create endpoint"], names["update endpoint"]],
            states={
                names["endpoint config"]: {
                    "Type": "Task",
                    "Resource": sagemaker_integration("createEndpointConfig"),
                    **({"Comment": context.description} if context.description else {}),
                    "Parameters": endpoint_config,
                    "ResultPath": None,
                    "Next": names["find endpoint"],
                },
                names["find endpoint"]: {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::aws-sdk:sagemaker:describeEndpoint",
                    "Parameters": {"EndpointName": self.endpoint_name},
                    "ResultPath": None,
                    "Next": names["update endpoint"],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": None, "Next": names["create endpoint"]}],
                },
                names["create endpoint"]: {
                    "Type": "Task",
                    "Resource": sagemaker_integration("createEndpoint"),
                    "Parameters": {"EndpointName": self.endpoint_name, **config_name, "Tags": sagemaker_tags(context.tags)},
                    "ResultSelector": {"endpoint_arn.$": "$.EndpointArn"},
                    "ResultPath": node_result_path(namer.path[-1]),
                },
                names["update endpoint"]: {
                    "Type": "Task",
                    "Resource": sagemaker_integration("updateEndpoint"),
                    "Parameters": {"EndpointName": self.endpoint_name, **config_name},
                    "ResultSelector": {"endpoint_arn.$": "$.EndpointArn"},
                    "ResultPath": node_result_path(namer.path[-1]),
                },
            },
        )

    def _capture_config(self, config: ApiEndpointConfig, context: NodeContext, ASL: bool) -> dict[str, Any] | None:
        if not config.data_capture:
            return None
        if ASL:
            return {
                "EnableCapture": True,
                "InitialSamplingPercentage": config.data_capture_sampling_percent,
                "DestinationS3Uri": self.capture.s3_uri,
                "KmsKeyId": context.kit.key_arn,
                "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}],
            }
        return {
            "enable_capture": True,
            "initial_sampling_percentage": config.data_capture_sampling_percent,
            "destination_s3_uri": self.capture.s3_uri,
            "kms_key_id": context.kit.key_arn,
            "capture_options": [{"capture_mode": "Input"}, {"capture_mode": "Output"}],
        }

    def _terraform_endpoint(self, config: ApiEndpointConfig, context: NodeContext, model: Model) -> None:
        variant: dict[str, Any] = {"variant_name": VARIANT, "model_name": model.model_name}
        if config.mode == "serverless":
            variant["serverless_config"] = {"memory_size_in_mb": config.memory_size_mb, "max_concurrency": config.max_concurrency}
        else:
            variant.update(instance_type=config.instance_type, initial_instance_count=config.initial_instance_count)
        extra: dict[str, Any] = {}
        if config.mode == "instance":
            extra["kms_key_arn"] = context.kit.key_arn
        capture = self._capture_config(config, context, ASL=False)
        if capture:
            extra["data_capture_config"] = cdk.struct(capture)
        endpoint_config = cdk.SagemakerEndpointConfiguration(
            self,
            "endpoint-config",
            name=context.namer.name("sagemaker", "endpoint-config"),
            production_variants=cdk.struct([variant]),
            tags=context.tags,
            **extra,
        )
        self.endpoint = cdk.SagemakerEndpoint(
            self, "endpoint", name=self.endpoint_name, endpoint_config_name=endpoint_config.name, tags=context.tags
        )

    def grant_orchestrator(self, role: ServiceRole) -> None:
        if self.steps is None:
            return
        context = self._context
        node = context.namer.path[-1] if context.namer.path else "endpoint"
        role.add_policy(
            f"deploy-{node}",
            [
                {
                    "Effect": "Allow",
                    "Action": ["sagemaker:CreateEndpointConfig", "sagemaker:AddTags"],
                    "Resource": arn(context, "sagemaker", f"endpoint-config/{self.config_prefix}-*"),
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "sagemaker:DescribeEndpoint",
                        "sagemaker:CreateEndpoint",
                        "sagemaker:UpdateEndpoint",
                        "sagemaker:AddTags",
                    ],
                    "Resource": [
                        arn(context, "sagemaker", f"endpoint/{self.endpoint_name}"),
                        arn(context, "sagemaker", f"endpoint-config/{self.config_prefix}-*"),
                    ],
                },
                {"Effect": "Allow", "Action": ["kms:CreateGrant", "kms:DescribeKey"], "Resource": context.kit.key_arn},
            ],
        )


def _data_processing(config: BatchConfig) -> dict[str, Any]:
    """CreateTransformJob's DataProcessing, only when a field is set (absent means SageMaker's defaults)."""
    fields = {"InputFilter": config.input_filter, "OutputFilter": config.output_filter}
    processing = {key: value for key, value in fields.items() if value is not None}
    if config.join_source != "None":
        processing["JoinSource"] = config.join_source
    return {"DataProcessing": processing} if processing else {}


class BatchTransform(NodeConstruct):
    """Scores a dataset with `model` in a SageMaker batch transform, on a schedule and once per pipeline run.

    Props: `config` (BatchConfig; default: nightly at 02:00 UTC on one ml.m5.large), `context`,
    `model`, `inputs` (datasets; the first is scored, default `config.input_s3_uri` or the
    bucket prefix `<node>/input/`). The scoring is its own state machine (`scoring`); the
    model it uses is published by pipeline runs to an encrypted SSM parameter, so scheduled
    runs always score with the latest model. Output: `dataset` (the scores).
    """

    @classmethod
    def from_node(
        cls, scope: cdk.Construct, construct_id: str, *, config: Any, context: NodeContext, inputs: NodeInputs
    ) -> "NodeConstruct":
        return cls(scope, construct_id, config=config, context=context, model=inputs.models[0], inputs=inputs.datasets)

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        config: BatchConfig,
        context: NodeContext,
        model: Model,
        inputs: list[Dataset],
    ) -> None:
        super().__init__(scope, construct_id)
        kit, namer, tags = context.kit, context.namer, context.tags
        node = namer.path[-1] if namer.path else "batch"
        self._context, self._model = context, model
        self.dataset = kit.artifact_dataset(namer, "scored", "text/csv")
        if inputs:
            source = inputs[0]
        elif config.input_s3_uri:
            bucket, _, key = config.input_s3_uri[len("s3://") :].partition("/")
            source = Dataset(s3_uri=config.input_s3_uri, bucket_arn=f"arn:{kit.account.partition}:s3:::{bucket}", prefix=key)
        else:
            source = kit.artifact_dataset(namer, "input")
        if model.role is not None:  # the transform acts as the model's execution role
            grant_dataset_read(model.role, source, f"read-{node}-input")
            grant_dataset_write(model.role, self.dataset, f"write-{node}-scores")
        self.model_parameter = cdk.SsmParameter(
            self,
            "model-name",
            name=namer.ssm_path("model-name"),
            type="SecureString",
            key_id=kit.key_arn,
            value=model.model_name or NO_MODEL_YET,
            description="SageMaker model scored by this batch deployment",
            lifecycle=cdk.TerraformResourceLifecycle(ignore_changes=["value"]) if not model.model_name else None,
            tags=tags,
        )
        # A dataset this pipeline's runs write lives under each run's own prefix: every pipeline run
        # publishes the prefix it wrote, so a scheduled scoring reads the latest run's data, not all runs'.
        self.input_parameter: Any = None
        if source.runtime_path:
            self.input_parameter = cdk.SsmParameter(
                self,
                "input-location",
                name=namer.ssm_path("input-location"),
                type="String",
                value=source.s3_uri,
                description="S3 prefix scored by this batch deployment (the latest pipeline run's output)",
                lifecycle=cdk.TerraformResourceLifecycle(ignore_changes=["value"]),
                tags=tags,
            )
        self.job_prefix = namer.name("sagemaker_job_prefix", "score")
        names = {s: namer.state_name(s) for s in ("read model", "read input", "model registered?", "no model yet", "score")}
        scoring = StepChain(
            start=names["read model"],
            ends=[names["score"]],
            states={
                names["read model"]: {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::aws-sdk:ssm:getParameter",
                    "Parameters": {"Name": self.model_parameter.name, "WithDecryption": True},
                    "ResultSelector": {"name.$": "$.Parameter.Value"},
                    "ResultPath": "$.model",
                    "Next": names["read input"] if self.input_parameter else names["model registered?"],
                },
                **(
                    {
                        names["read input"]: {
                            "Type": "Task",
                            "Resource": "arn:aws:states:::aws-sdk:ssm:getParameter",
                            "Parameters": {"Name": self.input_parameter.name},
                            "ResultSelector": {"s3_uri.$": "$.Parameter.Value"},
                            "ResultPath": "$.input",
                            "Next": names["model registered?"],
                        }
                    }
                    if self.input_parameter
                    else {}
                ),
                names["model registered?"]: {
                    "Type": "Choice",
                    "Default": names["score"],
                    "Choices": [{"Variable": "$.model.name", "StringEquals": NO_MODEL_YET, "Next": names["no model yet"]}],
                },
                names["no model yet"]: {"Type": "Succeed", "Comment": "No pipeline run has registered a model yet"},
                names["score"]: {
                    "Type": "Task",
                    "Resource": sagemaker_integration("createTransformJob", sync=True),
                    "Parameters": {
                        "TransformJobName.$": run_scoped_name(self.job_prefix),
                        "ModelName.$": "$.model.name",
                        "BatchStrategy": config.strategy,
                        "MaxPayloadInMB": config.max_payload_mb,
                        "ModelClientConfig": {"InvocationsTimeoutInSeconds": 3600, "InvocationsMaxRetries": 1},
                        "TransformInput": {
                            "ContentType": config.content_type,
                            "SplitType": config.split_type,
                            "DataSource": {
                                "S3DataSource": {
                                    "S3DataType": "S3Prefix",
                                    **({"S3Uri.$": "$.input.s3_uri"} if self.input_parameter else {"S3Uri": source.s3_uri}),
                                }
                            },
                        },
                        "TransformOutput": {"S3OutputPath": self.dataset.s3_uri, "KmsKeyId": kit.key_arn, "AssembleWith": "Line"},
                        "TransformResources": {
                            "InstanceType": config.instance_type,
                            "InstanceCount": config.instance_count,
                            "VolumeKmsKeyId": kit.key_arn,
                        },
                        **_data_processing(config),
                    },
                    "ResultSelector": {"job_arn.$": "$.TransformJobArn"},
                    "ResultPath": "$.transform",
                },
            },
        )
        self.scoring = Orchestrator(self, "scoring", namer=namer, kit=kit, tags=tags, purpose="scoring")
        grant_sagemaker_sync(
            self.scoring.role, context, "run-transform", "transform-job", self.job_prefix, None, pipeline_wide=False
        )
        self.scoring.role.add_policy(
            "read-model-name",
            [
                {
                    "Effect": "Allow",
                    "Action": "ssm:GetParameter",
                    "Resource": self._parameter_arns(),
                },
                {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": kit.key_arn},
            ],
        )
        self.scoring.finalize(
            [scoring],
            comment=context.description or "Batch scoring with the latest registered model",
            takes_inputs=False,
            outputs={},
        )
        if config.schedule:
            schedule_target(self, context, "scoring", config.schedule, self.scoring.arn, "states:StartExecution")
        result = node_result_path(node)
        publish = {
            "Type": "Task",
            "Resource": "arn:aws:states:::aws-sdk:ssm:putParameter",
            "ResultPath": None,
            **({"Comment": context.description} if context.description else {}),
            "Parameters": {
                "Name": self.model_parameter.name,
                **model.name_field("Value"),
                "Type": "SecureString",
                "KeyId": kit.key_arn,
                "Overwrite": True,
            },
        }
        run = run_state_machine(self.scoring.arn, {"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"}, result)
        steps: list[tuple[str, dict[str, Any]]] = [(namer.state_name("publish model"), publish)]
        if self.input_parameter:
            put_input = {
                "Type": "Task",
                "Resource": "arn:aws:states:::aws-sdk:ssm:putParameter",
                "ResultPath": None,
                "Parameters": {
                    "Name": self.input_parameter.name,
                    **source.uri_field("Value"),
                    "Type": "String",
                    "Overwrite": True,
                },
            }
            steps.append((namer.state_name("publish input"), put_input))
        self.steps = StepChain.sequence(*steps, (namer.state_name("score"), run))

    def _parameter_arns(self) -> Any:
        return [self.model_parameter.arn, self.input_parameter.arn] if self.input_parameter else self.model_parameter.arn

    def grant_orchestrator(self, role: ServiceRole) -> None:
        context = self._context
        node = context.namer.path[-1] if context.namer.path else "batch"
        role.add_policy(
            f"publish-{node}-model",
            [
                {
                    "Effect": "Allow",
                    "Action": "ssm:PutParameter",
                    "Resource": self._parameter_arns(),
                },
                {"Effect": "Allow", "Action": ["kms:Encrypt", "kms:GenerateDataKey"], "Resource": context.kit.key_arn},
            ],
        )
        grant_start_execution_sync(role, context, f"run-{node}-scoring", self.scoring.arn, self.scoring.name)
