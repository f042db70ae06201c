"""The `dataset_catalog` construct (imported at synth only), built on the project's seam
(`constructs_lib.cdk`: the same generated bindings, no second provider package).

Resources: one SSM parameter (String; the entry is a location, not a secret) and one SQS
queue encrypted with the pipeline's KMS key. On each run the orchestrator sends the
dataset's location to the queue (Step Functions' optimized SQS integration,
`arn:aws:states:::sqs:sendMessage`), so consumers learn about new data without polling.
"""

from __future__ import annotations

import json
from typing import Any

from constructs_lib import cdk
from constructs_lib.artifacts import Dataset
from constructs_lib.iam import ServiceRole
from constructs_lib.node_base import NodeConstruct, NodeContext, NodeInputs
from constructs_lib.asl import StepChain

from .kind import DatasetCatalogConfig


class DatasetCatalogEntry(NodeConstruct):
    """Props: `config` (DatasetCatalogConfig), `context`, `dataset` (the dataset to publish).
    Attributes: `dataset` (passed through), `parameter`, `queue`."""

    @classmethod
    def from_node(
        cls, scope: cdk.Construct, construct_id: str, *, config: Any, context: NodeContext, inputs: NodeInputs
    ) -> "DatasetCatalogEntry":
        return cls(scope, construct_id, config=config, context=context, dataset=inputs.datasets[0])

    def __init__(
        self, scope: cdk.Construct, construct_id: str, *, config: DatasetCatalogConfig, context: NodeContext, dataset: Dataset
    ) -> None:
        super().__init__(scope, construct_id)
        namer, kit = context.namer, context.kit
        self.dataset = dataset
        self._key_arn = kit.key_arn
        self.queue = cdk.SqsQueue(
            self,
            "announcements",
            name=namer.name("sqs", "announcements"),
            kms_master_key_id=kit.key_arn,
            message_retention_seconds=config.retention_days * 86400,
            tags=context.tags,
        )
        entry = {
            "title": config.title,
            "owner": config.owner,
            "format": config.format,
            "columns": config.columns,
            "s3_uri": dataset.s3_uri,
            "announcements": self.queue.url,
        }
        self.parameter = cdk.SsmParameter(
            self,
            "entry",
            name=namer.ssm_path("catalog"),
            type="String",
            value=json.dumps(entry, sort_keys=True),
            tags=context.tags,
            description=(config.title or "Dataset catalog entry")[:1024],
        )
        self.steps = StepChain.single(
            namer.state_name("announce"),
            {
                "Type": "Task",
                "Resource": "arn:aws:states:::sqs:sendMessage",
                "Comment": context.description or "Announce the dataset to its consumers",
                "Parameters": {
                    "QueueUrl": self.queue.url,
                    "MessageBody": {"catalog": self.parameter.name, **dataset.uri_field("s3_uri")},
                },
                "ResultPath": None,
            },
        )

    def grant_orchestrator(self, role: ServiceRole) -> None:
        role.add_policy(
            f"announce-{self.node.id}",
            [
                {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": self.queue.arn},
                # SSE-KMS queue: the sender needs the key to encrypt the message.
                {"Effect": "Allow", "Action": ["kms:GenerateDataKey", "kms:Decrypt"], "Resource": self._key_arn},
            ],
        )
