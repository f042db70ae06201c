"""Configuration models of the data source kinds: S3, database, HTTP API.

Each model is the `config:` mapping of a data source node; every field has a secure,
working default. Split from node_configs.py (the other kinds) to keep each module
under 400 lines; the shared base and formats are node_config_base.py.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from .node_config_base import (
    ARN_SECRET_RE,
    KMS_KEY_ARN_RE,
    S3Bucket,
    SECRETS_KMS_KEYS_DESCRIPTION,
    TEMPLATED_HTTP_URL_RE,
    InstanceType,
    KmsKeyArn,
    NodeConfig,
    ScheduleExpression,
    iam_wildcard_problem,
)


class S3SourceConfig(NodeConfig):
    """An S3 dataset: an existing bucket, or (default) a managed bucket the pipeline creates."""

    bucket: S3Bucket | None = Field(
        None,
        description="Name of an existing bucket holding the data. Default: a managed, KMS-encrypted, versioned bucket is created.",
    )
    prefix: str = Field("data/", max_length=512, description="Key prefix of the dataset inside the bucket.")
    format: Literal["csv", "parquet", "json", "jsonl", "images", "text"] = Field(
        "csv", description="File format of the dataset (sets the content type passed to jobs)."
    )
    kms_key_arn: KmsKeyArn | None = Field(
        None,
        description="KMS key (its key ARN) encrypting an existing bucket, so jobs are granted kms:Decrypt on it. Ignored for managed buckets.",
    )

    @field_validator("prefix")
    @classmethod
    def _relative_prefix(cls, prefix: str) -> str:
        if prefix.startswith("/"):
            raise ValueError("prefix must not start with '/'; S3 keys are relative to the bucket")
        problem = iam_wildcard_problem(prefix, "prefix")
        if problem:
            raise ValueError(problem)
        return prefix


class DatabaseSourceConfig(NodeConfig):
    """A relational database whose rows are extracted into S3 by a processing job.

    Default: a managed Aurora PostgreSQL Serverless v2 cluster in isolated subnets,
    its master password managed by Secrets Manager (never in Terraform state).
    """

    engine: Literal["postgres", "mysql"] = Field("postgres", description="Database engine.")
    mode: Literal["managed_aurora", "managed_rds", "existing"] = Field(
        "managed_aurora",
        description="managed_aurora (Aurora Serverless v2), managed_rds (a single RDS instance) or existing (reach a database through `connection_secret_arn`).",
    )
    connection_secret_arn: str | None = Field(
        None,
        pattern=ARN_SECRET_RE,
        description="Secrets Manager secret with host, port, username, password and dbname of an existing database. Required when mode is existing.",
    )
    secrets_kms_key_arns: list[Annotated[str, Field(pattern=KMS_KEY_ARN_RE)]] = Field(
        default_factory=list, max_length=10, description=SECRETS_KMS_KEYS_DESCRIPTION
    )
    database_name: str = Field("analytics", pattern=r"^[a-zA-Z][a-zA-Z0-9_]{0,62}$", description="Database (schema) to read.")
    table: str | None = Field(
        None, pattern=r"^[a-zA-Z_][a-zA-Z0-9_.]{0,127}$", description="Table to export in full. Mutually exclusive with `query`."
    )
    query: str | None = Field(
        None,
        max_length=4096,
        description="SQL query whose result is exported. Mutually exclusive with `table`. Default: every table of the database. May contain `{{ params.NAME }}` (resolved per run; scheduled extractions use the defaults).",
    )
    instance_class: str = Field(
        "db.t4g.medium",
        pattern=r"^db\.[a-z0-9]+\.[a-z0-9]+$",
        description="Instance class of a managed_rds instance (Aurora Serverless v2 scales by capacity instead).",
    )
    min_capacity: float = Field(0.5, ge=0.5, le=128, description="Aurora Serverless v2 minimum capacity (ACUs).")
    max_capacity: float = Field(2, ge=1, le=128, description="Aurora Serverless v2 maximum capacity (ACUs).")
    allocated_storage_gb: int = Field(20, ge=20, le=65536, description="Storage of a managed_rds instance, in GB.")
    subnet_ids: list[Annotated[str, Field(pattern=r"^subnet-[0-9a-f]+$")]] = Field(
        default_factory=list,
        description="Subnets for the database and the extraction job. Default: an isolated VPC is created (managed modes).",
    )
    security_group_ids: list[Annotated[str, Field(pattern=r"^sg-[0-9a-f]+$")]] = Field(
        default_factory=list, description="Security groups of the extraction job when reaching an existing database."
    )
    extraction_schedule: ScheduleExpression | None = Field(
        None,
        description="Also extract on this schedule (rate(...) or cron(...)), independently of pipeline runs. Default: extract on each pipeline run only.",
    )
    extraction_instance_type: InstanceType = Field("ml.t3.medium", description="Instance type of the extraction processing job.")
    output_format: Literal["csv", "parquet"] = Field("csv", description="File format written to S3.")

    @model_validator(mode="after")
    def _consistent(self) -> "DatabaseSourceConfig":
        if self.table and self.query:
            raise ValueError("set either `table` or `query`, not both")
        if self.mode == "existing" and not self.connection_secret_arn:
            raise ValueError("mode existing needs `connection_secret_arn` (a Secrets Manager secret with the connection details)")
        if self.mode != "existing" and self.connection_secret_arn:
            raise ValueError(f"`connection_secret_arn` is only used with mode existing (mode is {self.mode})")
        if self.mode == "existing" and bool(self.subnet_ids) != bool(self.security_group_ids):
            raise ValueError("give both `subnet_ids` and `security_group_ids` (the extraction job's network), or neither")
        if self.min_capacity > self.max_capacity:
            raise ValueError(f"min_capacity {self.min_capacity} is above max_capacity {self.max_capacity}")
        return self


class ApiSourceConfig(NodeConfig):
    """An HTTP API pulled into S3 by a scheduled function."""

    url: str = Field(
        "https://example.com/data.json",
        pattern=TEMPLATED_HTTP_URL_RE,
        max_length=2048,
        description="HTTPS URL fetched on each pull (GET). The response body is stored as one object per pull. May contain `{{ params.NAME }}` (resolved per run; scheduled pulls use the defaults).",
    )
    schedule: ScheduleExpression = Field(
        "rate(1 day)", description="How often to pull, as rate(...) or cron(...); the pipeline also pulls once per run."
    )
    auth_secret_arn: str | None = Field(
        None,
        pattern=ARN_SECRET_RE,
        description="Secrets Manager secret whose value is sent as the Authorization header. Default: no authentication.",
    )
    secrets_kms_key_arns: list[Annotated[str, Field(pattern=KMS_KEY_ARN_RE)]] = Field(
        default_factory=list, max_length=10, description=SECRETS_KMS_KEYS_DESCRIPTION
    )
    headers: dict[Annotated[str, Field(pattern=r"^[A-Za-z0-9\-]{1,64}$")], Annotated[str, Field(max_length=1024)]] = Field(
        default_factory=dict, description="Extra request headers (no secrets here: use auth_secret_arn)."
    )
    timeout_seconds: int = Field(60, ge=1, le=900, description="Function timeout in seconds.")
    format: Literal["json", "jsonl", "csv", "text"] = Field("json", description="Format of the response body.")
