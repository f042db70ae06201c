"""Preprocessing: a SageMaker Processing job run by the orchestrator. Produces a `Dataset`."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from playbooks.code_location import code_directory
from playbooks.spec.node_configs import PreprocessingConfig

from . import cdk, code_bundle, secret_refs
from .artifacts import Dataset
from .asl import node_result_path, run_scoped_name, run_scoped_prefix, sagemaker_integration
from .iam import ServiceRole, grant_dataset_read, grant_dataset_write
from .node_base import NodeConstruct, NodeContext, NodeInputs, builtin_image, grant_sagemaker_sync, sagemaker_role

CODE_DIR = "/opt/ml/processing/code"


class Preprocessing(NodeConstruct):
    """A processing job reading every input dataset and writing one output dataset.

    Props: `config` (PreprocessingConfig; default: built-in scikit-learn image running the
    bundled passthrough script on one ml.m5.large), `context`, `inputs` (the upstream
    datasets, each mounted at /opt/ml/processing/input/<channel>), `channel_names`
    (default input_0, input_1, ...). Network isolation, inter-container encryption and
    KMS-encrypted volumes and outputs are always on. Output: `dataset`.
    """

    @classmethod
    def from_node(
        cls, scope: cdk.Construct, construct_id: str, *, config: Any, context: NodeContext, inputs: NodeInputs
    ) -> "NodeConstruct":
        return cls(scope, construct_id, config=config, context=context, inputs=inputs.datasets, channel_names=inputs.channels)

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        config: PreprocessingConfig,
        context: NodeContext,
        inputs: list[Dataset],
        channel_names: list[str] | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        kit, namer = context.kit, context.namer
        channels = channel_names or [f"input_{i}" for i in range(len(inputs))]
        self.dataset = kit.artifact_dataset(namer, "output")
        self.role = sagemaker_role(self, context)
        for channel, dataset in zip(channels, inputs):
            grant_dataset_read(self.role, dataset, f"read-{channel}")
        grant_dataset_write(self.role, self.dataset, "write-output")
        code_uri = self._code_location(config, context)
        image = config.image_uri or builtin_image(context, config.framework, config.framework_version)
        self.job_prefix = namer.name("sagemaker_job_prefix", "prep")
        processing_inputs = [
            {
                "InputName": "code",
                "S3Input": {"S3Uri": code_uri, "LocalPath": CODE_DIR, "S3DataType": "S3Prefix", "S3InputMode": "File"},
            }
        ]
        for channel, dataset in zip(channels, inputs):
            processing_inputs.append(
                {
                    "InputName": channel,
                    "S3Input": {
                        **dataset.uri_field("S3Uri"),
                        "LocalPath": f"/opt/ml/processing/input/{channel}",
                        "S3DataType": "S3Prefix",
                        "S3InputMode": "File",
                    },
                }
            )
        entry = "python3" if config.entry_point.endswith(".py") else "bash"
        parameters = {
            "ProcessingJobName.$": run_scoped_name(self.job_prefix),
            "RoleArn": self.role.arn,
            "AppSpecification": {
                "ImageUri": image,
                "ContainerEntrypoint": [entry, f"{CODE_DIR}/{config.entry_point}"],
                **(context.params.list_field("ContainerArguments", list(config.arguments)) if config.arguments else {}),
            },
            "ProcessingInputs": processing_inputs,
            "ProcessingOutputConfig": {
                "KmsKeyId": kit.key_arn,
                "Outputs": [
                    {
                        "OutputName": "output",
                        "S3Output": {
                            "S3Uri.$": run_scoped_prefix(self.dataset.s3_uri),
                            "LocalPath": "/opt/ml/processing/output",
                            "S3UploadMode": "EndOfJob",
                        },
                    }
                ],
            },
            "ProcessingResources": {
                "ClusterConfig": {
                    "InstanceCount": config.instance_count,
                    "InstanceType": config.instance_type,
                    "VolumeSizeInGB": config.volume_size_gb,
                    "VolumeKmsKeyId": kit.key_arn,
                }
            },
            "StoppingCondition": {"MaxRuntimeInSeconds": config.max_runtime_seconds},
            "NetworkConfig": {"EnableNetworkIsolation": True, "EnableInterContainerTrafficEncryption": True},
        }
        if config.environment:
            parameters["Environment"] = context.params.fields(
                secret_refs.environment_parameters(context, dict(config.environment))
            )
        self._environment = dict(config.environment)
        self._secret_keys = list(config.secrets_kms_key_arns)
        self.steps = secret_refs.isolated(
            context,
            secret_refs.read_states(context, self._environment),
            [
                (
                    namer.state_name("process"),
                    {
                        "Type": "Task",
                        "Resource": sagemaker_integration("createProcessingJob", sync=True),
                        **({"Comment": context.description} if context.description else {}),
                        "Parameters": parameters,
                        # The location the job actually wrote, as SageMaker describes it: what downstream reads.
                        "ResultSelector": {
                            "job_arn.$": "$.ProcessingJobArn",
                            "output.$": "$.ProcessingOutputConfig.Outputs[0].S3Output.S3Uri",
                        },
                        "ResultPath": node_result_path(namer.path[-1]),
                    },
                )
            ],
        )
        self._context = context

        # Downstream nodes (and a parent pipeline) read the prefix this run's job wrote, from the state.
        self.dataset = dataclasses.replace(self.dataset, runtime_path=f"{node_result_path(namer.path[-1])}.output")

    def _code_location(self, config: PreprocessingConfig, context: NodeContext) -> str:
        """Upload the code (bundled script or the playbook's directory) and return its S3 prefix URI."""
        kit, namer = context.kit, context.namer
        if config.code and config.code.startswith("s3://"):
            bucket, _, key = config.code[len("s3://") :].partition("/")
            arn = f"arn:{kit.account.partition}:s3:::{bucket}"
            grant_dataset_read(self.role, Dataset(s3_uri=config.code, bucket_arn=arn, prefix=key), "read-code")
            return config.code
        if config.code:
            if not context.code_root:  # validation refuses this for a playbook; a tree built by hand may lack it
                raise ValueError(f"code directory {config.code!r}: the pipeline has no directory to resolve it against")
            files = code_bundle.read_code_dir(code_directory(Path(context.code_root), config.code))
        else:
            files = {config.entry_point: code_bundle.bundled_script("preprocess.py")}
        if config.entry_point not in files:
            raise ValueError(f"entry point {config.entry_point!r} is not in the code directory {config.code!r}")
        code = kit.artifact_dataset(namer, "code")
        for index, (relative, content) in enumerate(sorted(files.items())):
            cdk.S3Object(
                self,
                f"code-{index}",
                bucket=kit.artifact_bucket.name,
                key=f"{code.prefix}{relative}",
                content_base64=code_bundle.b64(content),
                kms_key_id=kit.key_arn,
                server_side_encryption="aws:kms",
                tags=context.tags,
            )
        grant_dataset_read(self.role, code, "read-code")
        return code.s3_uri

    def grant_orchestrator(self, role: ServiceRole) -> None:
        grant_sagemaker_sync(
            role, self._context, f"run-{self._context.namer.path[-1]}", "processing-job", self.job_prefix, self.role.arn
        )
        secret_refs.grant_read(
            role, self._context, self._environment, f"read-secrets-{self._context.namer.path[-1]}", self._secret_keys
        )
