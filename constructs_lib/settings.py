"""Keyword arguments of the standalone constructs, for static type checkers (PEP 692).

GENERATED from the config models in playbooks/spec/node_configs.py by
`python -m constructs_lib.reference --write`; tests/constructs/test_reference_docs.py fails when stale.
Pydantic validates the values (patterns, bounds) when a construct is built.
"""

from __future__ import annotations

from typing import Literal, TypedDict


class S3DataSourceSettings(TypedDict, total=False):
    """Fields of `S3SourceConfig`."""

    bucket: str | None
    prefix: str
    format: Literal["csv", "parquet", "json", "jsonl", "images", "text"]
    kms_key_arn: str | None


class DatabaseDataSourceSettings(TypedDict, total=False):
    """Fields of `DatabaseSourceConfig`."""

    engine: Literal["postgres", "mysql"]
    mode: Literal["managed_aurora", "managed_rds", "existing"]
    connection_secret_arn: str | None
    secrets_kms_key_arns: list[str]
    database_name: str
    table: str | None
    query: str | None
    instance_class: str
    min_capacity: float
    max_capacity: float
    allocated_storage_gb: int
    subnet_ids: list[str]
    security_group_ids: list[str]
    extraction_schedule: str | None
    extraction_instance_type: str
    output_format: Literal["csv", "parquet"]


class ApiDataSourceSettings(TypedDict, total=False):
    """Fields of `ApiSourceConfig`."""

    url: str
    schedule: str
    auth_secret_arn: str | None
    secrets_kms_key_arns: list[str]
    headers: dict[str, str]
    timeout_seconds: int
    format: Literal["json", "jsonl", "csv", "text"]


class PreprocessingSettings(TypedDict, total=False):
    """Fields of `PreprocessingConfig`."""

    instance_type: str
    instance_count: int
    volume_size_gb: int
    max_runtime_seconds: int
    environment: dict[str, str]
    secrets_kms_key_arns: list[str]
    image_uri: str | None
    framework: Literal["sklearn", "pytorch", "xgboost"]
    framework_version: str
    entry_point: str
    code: str | None
    arguments: list[str]


class TrainingSettings(TypedDict, total=False):
    """Fields of `TrainingConfig`."""

    instance_type: str
    instance_count: int
    volume_size_gb: int
    max_runtime_seconds: int
    environment: dict[str, str]
    secrets_kms_key_arns: list[str]
    hyperparameters: dict[str, str | int | float | bool]
    use_spot: bool
    max_wait_seconds: int | None
    image_uri: str | None
    framework: Literal["xgboost", "sklearn", "pytorch"]
    framework_version: str
    inference_image_uri: str | None


class FineTuningSettings(TypedDict, total=False):
    """Fields of `FineTuningConfig`."""

    instance_type: str
    instance_count: int
    volume_size_gb: int
    max_runtime_seconds: int
    environment: dict[str, str]
    secrets_kms_key_arns: list[str]
    hyperparameters: dict[str, str | int | float | bool]
    use_spot: bool
    max_wait_seconds: int | None
    base_model_uri: str | None
    hub_model_id: str | None
    image_uri: str | None
    framework_version: str
    inference_image_uri: str | None


class InferenceSettings(TypedDict, total=False):
    """Fields of `InferenceConfig`."""

    model_artifact_uri: str | None
    image_uri: str | None
    framework: Literal["xgboost", "sklearn", "pytorch"]
    framework_version: str
    environment: dict[str, str]
    artifact_kms_key_arn: str | None


class ApiEndpointSettings(TypedDict, total=False):
    """Fields of `ApiEndpointConfig`."""

    mode: Literal["serverless", "instance"]
    memory_size_mb: Literal[1024, 2048, 3072, 4096, 5120, 6144]
    max_concurrency: int
    instance_type: str
    initial_instance_count: int
    data_capture: bool
    data_capture_sampling_percent: int


class BatchTransformSettings(TypedDict, total=False):
    """Fields of `BatchConfig`."""

    schedule: str | None
    instance_type: str
    instance_count: int
    input_s3_uri: str | None
    strategy: Literal["MultiRecord", "SingleRecord"]
    split_type: Literal["Line", "RecordIO", "TFRecord", "None"]
    content_type: str
    max_payload_mb: int
    max_runtime_seconds: int
    input_filter: str | None
    join_source: Literal["None", "Input"]
    output_filter: str | None
