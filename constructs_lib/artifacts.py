"""Typed outputs that one construct hands to the next.

Wiring between nodes goes through these objects (ARNs, S3 URIs, model names),
never through names rebuilt from strings. Values may be cdktf tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A source's `format:` -> the Dataset's content type (SageMaker channels and transform jobs read it).
CONTENT_TYPES = {
    "csv": "text/csv",
    "parquet": "application/x-parquet",
    "json": "application/json",
    "jsonl": "application/jsonlines",
    "images": "application/x-image",
    "text": "text/plain",
}


@dataclass(frozen=True)
class Dataset:
    """Data in S3 under one prefix."""

    s3_uri: str  # s3://bucket/prefix/
    bucket_arn: str
    prefix: str  # key prefix inside the bucket ("" = whole bucket)
    kms_key_arn: str | None = None  # key to decrypt/encrypt objects, when SSE-KMS with a known key
    content_type: str = "text/csv"
    # When set, the orchestrator reads the location from its state at run time (a pipeline input
    # handed across a nested-pipeline boundary); `s3_uri` is still the static location for IAM.
    runtime_path: str | None = None

    def uri_field(self, key: str) -> dict[str, str]:
        """`{"S3Uri": uri}` or `{"S3Uri.$": path}` for an ASL Parameters block."""
        return {f"{key}.$": self.runtime_path} if self.runtime_path else {key: self.s3_uri}


@dataclass(frozen=True)
class Model:
    """A SageMaker model a deployment can serve.

    Either `model_name` (a model Terraform manages) or `model_name_path` (a JSONPath
    into the orchestrator state, for models registered by a run) is set.
    """

    image_uri: str
    model_name: str | None = None
    model_name_path: str | None = None
    # The model's execution role (a ServiceRole): batch transforms and data capture act as it,
    # so consumers grant it access to their inputs and outputs.
    role: Any = None

    def __post_init__(self) -> None:
        if (self.model_name is None) == (self.model_name_path is None):
            raise ValueError("a Model needs exactly one of model_name or model_name_path")

    def name_field(self, key: str = "ModelName") -> dict[str, str]:
        return {f"{key}.$": self.model_name_path} if self.model_name_path else {key: self.model_name or ""}


Artifact = Dataset | Model
