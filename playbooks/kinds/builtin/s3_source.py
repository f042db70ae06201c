"""data_source / s3: an S3 dataset (an existing bucket, or a managed one)."""

from ...spec.source_configs import S3SourceConfig
from ..descriptor import KindDescriptor

KIND = KindDescriptor(
    kind="data_source",
    subtype="s3",
    subtype_field="source",
    config_model=S3SourceConfig,
    construct="constructs_lib.s3_source:S3DataSource",
    produces="dataset",
    outputs={"s3_uri": "dataset.s3_uri"},
    label="data source",
    icon="⛁",
    shape="cylinder",
    order=10,
    aliases=("bucket", "s3a", "object_store", "file", "files"),
)
