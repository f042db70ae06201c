"""Model constructs: training, fine-tuning (SageMaker training jobs that register a model)
and inference (a SageMaker model from an existing artifact). Each produces a `Model`."""

from __future__ import annotations

from typing import Any

from playbooks.spec.node_configs import FineTuningConfig, InferenceConfig, TrainingConfig

from . import cdk, secret_refs
from .artifacts import Dataset, Model
from .asl import node_result_path, run_scoped_name, sagemaker_integration, sagemaker_tags
from .iam import ServiceRole, grant_dataset_read, grant_dataset_write
from .node_base import NodeConstruct, NodeContext, NodeInputs, arn, builtin_image, grant_sagemaker_sync, sagemaker_role


HF_INFERENCE_TAG = "2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04"


class _TrainingJob(NodeConstruct):
    """A training job over the input datasets, then `CreateModel` from its artifact.

    The model is named after the job (`<node prefix>-<run id>`), so every run
    registers a new, traceable model; `model.model_name_path` points at it.
    """

    network_isolation = True

    @classmethod
    def from_node(
        cls, scope: cdk.Construct, construct_id: str, *, config: Any, context: NodeContext, inputs: NodeInputs
    ) -> "NodeConstruct":
        build: Any = cls  # TrainingModel / FineTuningModel: the subclasses define the constructor
        construct: NodeConstruct = build(
            scope, construct_id, config=config, context=context, inputs=inputs.datasets, channel_names=inputs.channels
        )
        return construct

    def _build(
        self,
        *,
        config: TrainingConfig | FineTuningConfig,
        context: NodeContext,
        inputs: list[Dataset],
        channel_names: list[str] | None,
        training_image: str,
        serving_image: str,
        hyperparameters: dict[str, str],
        extra_channels: list[tuple[str, Dataset]],
    ) -> None:
        kit, namer = context.kit, context.namer
        node_id = namer.path[-1] if namer.path else "model"
        channels = list(zip(channel_names or [f"input_{i}" for i in range(len(inputs))], inputs)) + extra_channels
        self.artifacts = kit.artifact_dataset(namer, "model")
        self.role = sagemaker_role(self, context)
        for channel, dataset in channels:
            grant_dataset_read(self.role, dataset, f"read-{channel}")
        grant_dataset_write(self.role, self.artifacts, "write-model")
        self.job_prefix = namer.name("sagemaker_job_prefix", "train")
        stopping: dict[str, Any] = {"MaxRuntimeInSeconds": config.max_runtime_seconds}
        if config.use_spot:
            stopping["MaxWaitTimeInSeconds"] = config.max_wait_seconds or 2 * config.max_runtime_seconds
        parameters: dict[str, Any] = {
            "TrainingJobName.$": run_scoped_name(self.job_prefix),
            "RoleArn": self.role.arn,
            "AlgorithmSpecification": {"TrainingImage": training_image, "TrainingInputMode": "File"},
            "InputDataConfig": [
                {
                    "ChannelName": channel,
                    "ContentType": dataset.content_type,
                    "DataSource": {
                        "S3DataSource": {
                            **dataset.uri_field("S3Uri"),
                            "S3DataType": "S3Prefix",
                            "S3DataDistributionType": "FullyReplicated",
                        }
                    },
                }
                for channel, dataset in channels
            ],
            "OutputDataConfig": {"S3OutputPath": self.artifacts.s3_uri, "KmsKeyId": kit.key_arn},
            "ResourceConfig": {
                "InstanceCount": config.instance_count,
                "InstanceType": config.instance_type,
                "VolumeSizeInGB": config.volume_size_gb,
                "VolumeKmsKeyId": kit.key_arn,
            },
            "StoppingCondition": stopping,
            "EnableManagedSpotTraining": config.use_spot,
            "EnableNetworkIsolation": self.network_isolation,
            "EnableInterContainerTrafficEncryption": True,
        }
        if hyperparameters:
            parameters["HyperParameters"] = context.params.fields(hyperparameters)
        if config.environment:
            parameters["Environment"] = context.params.fields(
                secret_refs.environment_parameters(context, dict(config.environment))
            )
        self._environment = dict(config.environment)
        self._secret_keys = list(config.secrets_kms_key_arns)
        result = node_result_path(node_id)
        self.model_prefix = self.job_prefix
        train_state = {
            "Type": "Task",
            "Resource": sagemaker_integration("createTrainingJob", sync=True),
            **({"Comment": context.description} if context.description else {}),
            "Parameters": parameters,
            "ResultSelector": {"job_name.$": "$.TrainingJobName", "model_data.$": "$.ModelArtifacts.S3ModelArtifacts"},
            "ResultPath": result,
        }
        register_state = {
            "Type": "Task",
            "Resource": sagemaker_integration("createModel"),
            "Parameters": {
                "ModelName.$": f"{result}.job_name",
                "ExecutionRoleArn": self.role.arn,
                "EnableNetworkIsolation": True,
                "PrimaryContainer": {"Image": serving_image, "ModelDataUrl.$": f"{result}.model_data"},
                "Tags": sagemaker_tags(context.tags),
            },
            "ResultPath": None,
        }
        self.steps = secret_refs.isolated(
            context,
            secret_refs.read_states(context, self._environment),
            [(namer.state_name("train"), train_state), (namer.state_name("register model"), register_state)],
        )
        self.model = Model(image_uri=serving_image, model_name_path=f"{result}.job_name", role=self.role)
        self._context = context

    def grant_orchestrator(self, role: ServiceRole) -> None:
        context = self._context
        node = context.namer.path[-1] if context.namer.path else "model"
        grant_sagemaker_sync(role, context, f"run-{node}", "training-job", self.job_prefix, self.role.arn)
        secret_refs.grant_read(role, context, self._environment, f"read-secrets-{node}", self._secret_keys)
        role.add_policy(
            f"register-{node}",
            [
                {
                    "Effect": "Allow",
                    "Action": ["sagemaker:CreateModel", "sagemaker:AddTags"],
                    "Resource": arn(context, "sagemaker", f"model/{self.model_prefix}-*"),
                },
            ],
        )


class TrainingModel(_TrainingJob):
    """Trains a model on the input datasets (one channel per input) and registers it.

    Props: `config` (TrainingConfig; default: built-in XGBoost 1.7-1 on one ml.m5.large),
    `context`, `inputs` (datasets), `channel_names` (default input_0, ...). Output: `model`.
    With the built-in XGBoost image the inputs are the `train` and `validation` channels (the
    algorithm reads no other) and `num_round` defaults to 100 (the algorithm requires it).
    """

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        config: TrainingConfig,
        context: NodeContext,
        inputs: list[Dataset],
        channel_names: list[str] | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        image = config.image_uri or builtin_image(context, config.framework, config.framework_version)
        hyperparameters = {k: _hyperparameter(v) for k, v in config.hyperparameters.items()}
        if config.image_uri is None and config.framework == "xgboost":
            channel_names, hyperparameters = _builtin_xgboost_contract(inputs, hyperparameters)
        self._build(
            config=config,
            context=context,
            inputs=inputs,
            channel_names=channel_names,
            training_image=image,
            serving_image=config.inference_image_uri or image,
            hyperparameters=hyperparameters,
            extra_channels=[],
        )


# The built-in XGBoost algorithm reads only the channels `train` (required) and `validation`,
# and requires `num_round` (docs.aws.amazon.com/sagemaker/latest/dg/xgboost.html, "Input/Output
# Interface"; xgboost_hyperparameters.md). Named after upstream nodes, the job would fail on AWS.
XGBOOST_CHANNELS = ("train", "validation")
XGBOOST_DEFAULT_NUM_ROUND = "100"


def _builtin_xgboost_contract(inputs: list[Dataset], hyperparameters: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    if len(inputs) > len(XGBOOST_CHANNELS):
        raise ValueError(
            f"the built-in XGBoost algorithm reads at most {len(XGBOOST_CHANNELS)} datasets "
            f"(train, validation); this node has {len(inputs)} inputs"
        )
    return list(XGBOOST_CHANNELS[: len(inputs)]), {"num_round": XGBOOST_DEFAULT_NUM_ROUND, **hyperparameters}


class FineTuningModel(_TrainingJob):
    """Fine-tunes a base model (an S3 artifact as the `model` channel, or a hub model id) and registers it.

    Props: `config` (FineTuningConfig; default: Hugging Face distilbert-base-uncased on one
    ml.g5.xlarge), `context`, `inputs`, `channel_names`. A hub model is downloaded by the job,
    so network isolation is off only in that case. Output: `model`.
    """

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        config: FineTuningConfig,
        context: NodeContext,
        inputs: list[Dataset],
        channel_names: list[str] | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        hub_model = config.effective_hub_model_id
        self.network_isolation = hub_model is None
        training_image = config.image_uri or builtin_image(context, "huggingface-training", config.framework_version)
        # Training and inference images are released with different tags; pair the default training tag
        # with its published inference counterpart, otherwise assume the same tag exists for both.
        default_tag = FineTuningConfig.model_fields["framework_version"].default
        serving_tag = HF_INFERENCE_TAG if config.framework_version == default_tag else config.framework_version
        serving_image = config.inference_image_uri or builtin_image(context, "huggingface-inference", serving_tag)
        hyperparameters = {k: _hyperparameter(v) for k, v in config.hyperparameters.items()}
        extra: list[tuple[str, Dataset]] = []
        if hub_model:
            hyperparameters.setdefault("model_id", hub_model)
        else:
            uri = config.base_model_uri or ""
            bucket, _, key = uri[len("s3://") :].partition("/")
            extra.append(
                (
                    "model",
                    Dataset(
                        s3_uri=uri,
                        bucket_arn=f"arn:{context.kit.account.partition}:s3:::{bucket}",
                        prefix=key,
                        content_type="application/x-model",
                    ),
                )
            )
        self._build(
            config=config,
            context=context,
            inputs=inputs,
            channel_names=channel_names,
            training_image=training_image,
            serving_image=serving_image,
            hyperparameters=hyperparameters,
            extra_channels=extra,
        )


class InferenceModel(NodeConstruct):
    """A SageMaker model (Terraform-managed) from an existing artifact; nothing runs per pipeline run.

    Props: `config` (InferenceConfig; default: the built-in XGBoost image, no model data),
    `context`. Network isolation is on. Output: `model` (with a static `model_name`).
    """

    def __init__(self, scope: cdk.Construct, construct_id: str, *, config: InferenceConfig, context: NodeContext) -> None:
        super().__init__(scope, construct_id)
        kit, namer = context.kit, context.namer
        image = config.image_uri or builtin_image(context, config.framework, config.framework_version)
        self.role = sagemaker_role(self, context)
        container: dict[str, Any] = {"image": image}
        if config.model_artifact_uri:
            container["model_data_url"] = config.model_artifact_uri
            bucket, _, key = config.model_artifact_uri[len("s3://") :].partition("/")
            grant_dataset_read(
                self.role,
                Dataset(
                    s3_uri=config.model_artifact_uri,
                    bucket_arn=f"arn:{kit.account.partition}:s3:::{bucket}",
                    prefix=key,
                    kms_key_arn=config.artifact_kms_key_arn,
                ),
                "read-model-artifact",
            )
        if config.environment:
            container["environment"] = dict(config.environment)
        self.sagemaker_model = cdk.SagemakerModel(
            self,
            "model",
            name=namer.name("sagemaker", "model"),
            execution_role_arn=self.role.arn,
            primary_container=cdk.struct(container),
            enable_network_isolation=True,
            tags=context.tags,
        )
        self.model = Model(image_uri=image, model_name=self.sagemaker_model.name, role=self.role)


def _hyperparameter(value: Any) -> str:
    # SageMaker hyperparameters are strings; JSON spelling keeps booleans as true/false.
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
