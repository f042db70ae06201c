"""The S3 data source: a managed secure bucket, or a reference to an existing one. Produces a `Dataset`."""

from __future__ import annotations

from playbooks.spec.source_configs import S3SourceConfig

from . import cdk
from .artifacts import CONTENT_TYPES, Dataset
from .node_base import NodeConstruct, NodeContext
from .security import SecureBucket


class S3DataSource(NodeConstruct):
    """An S3 dataset. Props: `config` (S3SourceConfig; default: a managed secure bucket), `context`.

    Output: `dataset`. No orchestrator step: the data is already in place.
    """

    def __init__(self, scope: cdk.Construct, construct_id: str, *, config: S3SourceConfig, context: NodeContext) -> None:
        super().__init__(scope, construct_id)
        content_type = CONTENT_TYPES[config.format]
        if config.bucket is None:
            self.bucket: SecureBucket | None = SecureBucket(
                self,
                "bucket",
                name=context.namer.name("s3_bucket", "data"),
                account=context.kit.account,
                tags=context.tags,
                kms_key_arn=context.kit.key_arn,
                access_log_bucket=context.kit.log_bucket,
                force_destroy=context.kit.force_destroy,
            )
            self.dataset = self.bucket.dataset(config.prefix, content_type)
        else:
            self.bucket = None
            self.dataset = Dataset(
                s3_uri=f"s3://{config.bucket}/{config.prefix}",
                bucket_arn=f"arn:{context.kit.account.partition}:s3:::{config.bucket}",
                prefix=config.prefix,
                kms_key_arn=config.kms_key_arn,
                content_type=content_type,
            )
