"""The `dataset_catalog` kind: its config model and its registry descriptor.

Imported by `playbook validate` (lazily, only when a playbook names the type), so it
imports pydantic and the playbooks spec only: the construct is named by import path.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from playbooks.kinds import Consumes, KindDescriptor
from playbooks.spec.node_configs import NodeConfig

ColumnType = Literal["string", "integer", "double", "boolean", "timestamp", "date"]


class DatasetCatalogConfig(NodeConfig):
    """Publishes the upstream dataset so other teams can find it: a Parameter Store entry
    (`/playbooks/<env>/<pipeline>/<node>/catalog`, JSON: location, format, columns, owner) and
    an SQS queue (KMS-encrypted) that receives a message with the dataset's location on every
    pipeline run. Default: no column list, messages kept 4 days."""

    title: str = Field("", max_length=256, description="Human title of the dataset, shown to consumers.")
    owner: str | None = Field(
        None,
        max_length=128,
        description="Team answering questions about the data. Default: the playbook's owner is not copied; set it here.",
    )
    format: Literal["csv", "parquet", "json", "jsonl"] = Field("csv", description="File format consumers should expect.")
    columns: dict[str, ColumnType] = Field(
        default_factory=dict, description="Column name -> type, as consumers should read it (documentation; not enforced)."
    )
    retention_days: int = Field(
        4, ge=1, le=14, description="Days an announcement waits in the queue for a consumer (SQS allows 1-14)."
    )


def sentence(config: DatasetCatalogConfig, path: str) -> tuple[str, str | None]:
    """The deploy review's words for a node of this kind (`playbook review`, the builder, Windmill)."""
    return (
        f"“{path}” publishes its input dataset in a Parameter Store entry and announces every pipeline run "
        f"on an encrypted SQS queue (messages kept {config.retention_days} days).",
        "always",
    )


KIND = KindDescriptor(
    kind="dataset_catalog",
    subtype=None,
    config_model=DatasetCatalogConfig,
    construct="dataset_catalog_plugin.construct:DatasetCatalogEntry",
    consumes=Consumes(datasets=(1, 1), models=(0, 0), expects="exactly one dataset"),
    produces="dataset",  # the same dataset, so a pipeline can keep going after publishing it
    outputs={"catalog_parameter": "parameter.name", "announcements_queue_url": "queue.url"},
    label="dataset catalog",
    icon="☷",
    shape="parallelogram",
    sentence=sentence,
)
