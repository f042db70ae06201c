"""Node configuration models of preprocessing, models and deployments, one per kind and subtype
(the data sources' are source_configs.py, the shared base and formats node_config_base.py).

Each model is the `config:` mapping of a node in a playbook. Every field has a
default, so an empty (or missing) config is valid and means a secure, working
default: an S3 source without a bucket gets a managed, encrypted bucket; a
training node without an image uses the region's built-in XGBoost image; an
API endpoint without settings is serverless.

Field descriptions flow into the exported JSON Schema (editor completion,
Windmill forms), so they are written for the playbook author.

No cdktf import here: the spec validates without Node.js. The formats the fields are
checked against (patterns, annotated types) are config_formats.py.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from . import csv_jsonpath
from .node_config_base import (
    KMS_KEY_ARN_RE,
    S3_URI_RE,
    SECRETS_KMS_KEYS_DESCRIPTION,
    ImageUri,
    InstanceType,
    KmsKeyArn,
    NodeConfig as NodeConfig,  # re-exported: plugins subclass playbooks.spec.node_configs.NodeConfig
    S3Uri,
    Scalar,
    ScheduleExpression,
    check_environment_names,
    iam_wildcard_problem,
)


# --- preprocessing --------------------------------------------------------------------------------


class _ComputeConfig(NodeConfig):
    instance_type: InstanceType = Field("ml.m5.large", description="SageMaker instance type (ml.*).")
    instance_count: int = Field(1, ge=1, le=100, description="Number of instances.")
    volume_size_gb: int = Field(30, ge=1, le=16384, description="Size of the encrypted ML storage volume per instance, in GB.")
    max_runtime_seconds: int = Field(86400, ge=60, le=28 * 86400, description="The job is stopped after this many seconds.")
    environment: dict[str, Annotated[str, Field(max_length=256)]] = Field(
        default_factory=dict,
        description="Environment variables of the job's container (no secrets). Values may contain `{{ params.NAME }}`, resolved per run.",
    )
    secrets_kms_key_arns: list[Annotated[str, Field(pattern=KMS_KEY_ARN_RE)]] = Field(
        default_factory=list, max_length=10, description=SECRETS_KMS_KEYS_DESCRIPTION
    )

    _environment = field_validator("environment")(classmethod(lambda cls, v: check_environment_names(v)))


class PreprocessingConfig(_ComputeConfig):
    """A SageMaker Processing job run by the pipeline's orchestrator.

    Default: the built-in scikit-learn image runs the project's bundled script,
    which copies its inputs to its output (a working, replaceable placeholder).
    """

    image_uri: ImageUri | None = Field(
        None, description="Container image (ECR URI). Default: the region's built-in image for `framework`."
    )
    framework: Literal["sklearn", "pytorch", "xgboost"] = Field(
        "sklearn", description="Built-in framework image used when `image_uri` is not set."
    )
    framework_version: str = Field(
        "1.2-1", pattern=r"^[0-9][0-9a-z.\-]*$", description="Version of the built-in framework image."
    )
    entry_point: str = Field(
        "preprocess.py", pattern=r"^[\w.\-/]+\.(py|sh)$", description="Script run inside the container, relative to `code`."
    )
    code: str | None = Field(
        None,
        max_length=1024,
        description="Directory holding the script: a path relative to the playbook file, or an s3:// URI. Default: the bundled passthrough script.",
    )
    arguments: list[Annotated[str, Field(max_length=256)]] = Field(
        default_factory=list,
        description="Command-line arguments passed to the script. May contain `{{ params.NAME }}`, resolved per run.",
    )

    @field_validator("code")
    @classmethod
    def _code_location(cls, code: str | None) -> str | None:
        if code is None:
            return code
        if code.startswith("s3://"):
            if not re.match(S3_URI_RE, code):
                raise ValueError(f"code {code!r} is not a valid s3:// URI")
            problem = iam_wildcard_problem(code, "code")
            if problem:
                raise ValueError(problem)
        elif code.startswith("/") or ".." in code.split("/"):
            raise ValueError(f"code {code!r} must be a path inside the playbook's directory (relative, no '..') or an s3:// URI")
        return code


# --- models ---------------------------------------------------------------------------------------


class _TrainingBase(_ComputeConfig):
    hyperparameters: dict[Annotated[str, Field(max_length=256)], Scalar] = Field(
        default_factory=dict,
        description="Hyperparameters passed to the training container (values become strings). String values may contain `{{ params.NAME }}`, resolved per run.",
    )
    use_spot: bool = Field(False, description="Use managed spot training (cheaper, may be interrupted).")
    max_wait_seconds: int | None = Field(
        None,
        ge=60,
        le=28 * 86400,
        description="With use_spot: total time to wait for spot capacity plus training. Default: twice max_runtime_seconds.",
    )

    @model_validator(mode="after")
    def _spot_wait(self) -> Any:
        if self.max_wait_seconds is not None and not self.use_spot:
            raise ValueError("max_wait_seconds only applies with use_spot: true")
        if self.max_wait_seconds is not None and self.max_wait_seconds < self.max_runtime_seconds:
            raise ValueError(
                f"max_wait_seconds ({self.max_wait_seconds}) must be at least max_runtime_seconds ({self.max_runtime_seconds})"
            )
        return self


class TrainingConfig(_TrainingBase):
    """A SageMaker training job; its model is registered for deployment nodes.

    Default: the region's built-in XGBoost 1.7-1 image with its own hyperparameter defaults.
    """

    image_uri: ImageUri | None = Field(
        None, description="Training image (ECR URI). Default: the region's built-in image for `framework`."
    )
    framework: Literal["xgboost", "sklearn", "pytorch"] = Field(
        "xgboost", description="Built-in framework used when `image_uri` is not set."
    )
    framework_version: str = Field(
        "1.7-1", pattern=r"^[0-9][0-9a-z.\-]*$", description="Version (image tag) of the built-in framework image."
    )
    inference_image_uri: ImageUri | None = Field(
        None, description="Image serving the trained model. Default: the training image."
    )


class FineTuningConfig(_TrainingBase):
    """Fine-tunes a base model: from a model artifact in S3, or a model hub id.

    Default: the Hugging Face `distilbert-base-uncased` model on a GPU instance.
    """

    instance_type: InstanceType = Field(
        "ml.g5.xlarge", description="SageMaker instance type (ml.*); fine-tuning usually needs a GPU."
    )
    base_model_uri: S3Uri | None = Field(
        None,
        description="S3 URI of the base model artifact, given to the job as the `model` channel. Mutually exclusive with `hub_model_id`.",
    )
    hub_model_id: str | None = Field(
        None,
        pattern=r"^[A-Za-z0-9][\w.\-]*(/[\w.\-]+)?$",
        description="Hugging Face hub model id (e.g. distilbert-base-uncased). Default when neither is set: distilbert-base-uncased. Needs outbound network access during training.",
    )
    image_uri: ImageUri | None = Field(
        None, description="Training image (ECR URI). Default: the region's built-in Hugging Face PyTorch training image."
    )
    framework_version: str = Field(
        "2.1.0-transformers4.36.0-gpu-py310-cu121-ubuntu20.04",
        pattern=r"^[0-9][0-9a-z.\-]*$",
        description="Tag of the built-in Hugging Face training image.",
    )
    inference_image_uri: ImageUri | None = Field(
        None, description="Image serving the fine-tuned model. Default: the region's Hugging Face PyTorch inference image."
    )

    @model_validator(mode="after")
    def _one_base_model(self) -> "FineTuningConfig":
        if self.base_model_uri and self.hub_model_id:
            raise ValueError("set either `base_model_uri` or `hub_model_id`, not both")
        return self

    @property
    def effective_hub_model_id(self) -> str | None:
        """The hub model to download, or None when fine-tuning an S3 artifact."""
        if self.base_model_uri:
            return None
        return self.hub_model_id or "distilbert-base-uncased"


class InferenceConfig(NodeConfig):
    """A deployable model from an existing artifact (no training in this pipeline).

    Default: the region's built-in XGBoost image without model data (the container's own model).
    """

    model_artifact_uri: S3Uri | None = Field(
        None, description="S3 URI of the model artifact (model.tar.gz). Default: none (the image carries its model)."
    )
    image_uri: ImageUri | None = Field(
        None, description="Serving image (ECR URI). Default: the region's built-in image for `framework`."
    )
    framework: Literal["xgboost", "sklearn", "pytorch"] = Field(
        "xgboost", description="Built-in framework used when `image_uri` is not set."
    )
    framework_version: str = Field(
        "1.7-1", pattern=r"^[0-9][0-9a-z.\-]*$", description="Version (image tag) of the built-in framework image."
    )
    environment: dict[str, Annotated[str, Field(max_length=256)]] = Field(
        default_factory=dict, description="Environment variables of the serving container (no secrets)."
    )
    artifact_kms_key_arn: KmsKeyArn | None = Field(
        None, description="KMS key (its key ARN) encrypting the artifact's bucket, if any."
    )

    _environment = field_validator("environment")(classmethod(lambda cls, v: check_environment_names(v)))


# --- deployments ----------------------------------------------------------------------------------


class ApiEndpointConfig(NodeConfig):
    """A real-time SageMaker endpoint serving the upstream model. Default: serverless."""

    mode: Literal["serverless", "instance"] = Field(
        "serverless", description="serverless (pay per request, scales to zero) or instance (always-on instances)."
    )
    memory_size_mb: Literal[1024, 2048, 3072, 4096, 5120, 6144] = Field(
        2048, description="Serverless: memory per invocation, in MB."
    )
    max_concurrency: int = Field(5, ge=1, le=200, description="Serverless: maximum concurrent invocations.")
    instance_type: InstanceType = Field("ml.m5.large", description="Instance mode: instance type (ml.*).")
    initial_instance_count: int = Field(1, ge=1, le=100, description="Instance mode: number of instances.")
    data_capture: bool = Field(
        False,
        description="Instance mode: capture requests and responses to the pipeline's encrypted bucket (for model monitoring).",
    )
    data_capture_sampling_percent: int = Field(
        100, ge=1, le=100, description="Share of requests captured when data_capture is on."
    )

    @model_validator(mode="after")
    def _capture_needs_instances(self) -> "ApiEndpointConfig":
        if self.data_capture and self.mode == "serverless":
            raise ValueError("data_capture needs mode: instance (SageMaker serverless endpoints do not support data capture)")
        return self


class BatchConfig(NodeConfig):
    """A SageMaker batch transform of a dataset with the upstream model, run on a schedule and once per pipeline run."""

    schedule: ScheduleExpression | None = Field(
        "cron(0 2 * * ? *)",
        description="When to score, as rate(...) or cron(...) (UTC). Default: nightly at 02:00. null: only on pipeline runs.",
    )
    instance_type: InstanceType = Field("ml.m5.large", description="Transform instance type (ml.*).")
    instance_count: int = Field(1, ge=1, le=100, description="Number of transform instances.")
    input_s3_uri: S3Uri | None = Field(
        None,
        description="Dataset to score. Default: the node's upstream dataset input, or the pipeline's bucket prefix `<node>/input/`.",
    )
    strategy: Literal["MultiRecord", "SingleRecord"] = Field("MultiRecord", description="How records are batched per request.")
    split_type: Literal["Line", "RecordIO", "TFRecord", "None"] = Field(
        "Line", description="How input files are split into records."
    )
    content_type: str = Field("text/csv", pattern=r"^[\w.+\-]+/[\w.+\-]+$", description="MIME type of the input records.")
    max_payload_mb: int = Field(6, ge=0, le=100, description="Maximum request payload, in MB.")
    max_runtime_seconds: int = Field(86400, ge=60, le=28 * 86400, description="Timeout of the scoring run, in seconds.")
    # SageMaker's DataProcessing (API_DataProcessing.md): declared after content_type, which their check reads.
    input_filter: str | None = Field(
        None,
        description="JSONPath selecting the columns of each CSV record passed to the model, e.g. `$[1:]` to drop a "
        f"label in the first column. Forms: {csv_jsonpath.FORMS}. Default: none (`$`, the whole record).",
    )
    join_source: Literal["None", "Input"] = Field(
        "None",
        description="`Input` appends each prediction to its (unfiltered) input record; `None` (default) writes the predictions alone.",
    )
    output_filter: str | None = Field(
        None,
        description="JSONPath selecting the columns written of each output record (the joined record with "
        "`join_source: Input`), e.g. `$[0,-1]` for the input's first column and the prediction. Default: none (`$`).",
    )

    @field_validator("input_filter", "output_filter")
    @classmethod
    def _csv_filter(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        if info.data.get("content_type", "text/csv") == "text/csv":
            csv_jsonpath.parse(value)
        elif len(value) > csv_jsonpath.MAX_LENGTH or not value.startswith("$"):
            raise ValueError(f"must be a JSONPath starting with $, at most {csv_jsonpath.MAX_LENGTH} characters")
        return value


# Each model is attached to its kind by a descriptor in playbooks/kinds/builtin/ (one module per kind).
