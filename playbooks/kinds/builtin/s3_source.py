"""data_source / s3: an S3 dataset (an existing bucket, or a managed one)."""

from typing import Any

from ...spec.source_configs import S3SourceConfig
from ..descriptor import KindDescriptor, Standalone
from ..words import ALWAYS


def _sentence(c: Any, path: str) -> tuple[str, str | None]:
    where = (
        f"reads s3://{c.bucket}/{c.prefix}"
        if c.bucket
        else f"creates an encrypted, versioned S3 bucket for {c.format} files under {c.prefix}; it starts empty: "
        f"put the data in before the first run (`playbook data put TARGET {path} FILE`)"
    )
    return f"“{path}” {where}.", ALWAYS


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
    sentence=_sentence,
    standalone=Standalone(
        name="S3DataSource",
        makes="A managed S3 bucket (KMS, versioned, TLS-only, public access blocked, access-logged), "
        "or a reference to an existing bucket (`bucket=`). Nothing runs per pipeline run.",
        outputs=(
            ("dataset", "`Dataset`: S3 URI, bucket ARN, prefix, KMS key"),
            ("bucket", "the managed `SecureBucket` (None for an existing bucket)"),
        ),
        grants="dataset",
    ),
)
