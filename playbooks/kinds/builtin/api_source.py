"""data_source / api: an HTTPS API pulled into S3 by a function, on a schedule and per run."""

from ...spec.source_configs import ApiSourceConfig
from ..descriptor import KindDescriptor

KIND = KindDescriptor(
    kind="data_source",
    subtype="api",
    subtype_field="source",
    config_model=ApiSourceConfig,
    construct="constructs_lib.api_source:ApiDataSource",
    produces="dataset",
    outputs={"s3_uri": "dataset.s3_uri"},
    runtime_fields=(("url",), ("headers", "*")),
    label="data source",
    icon="⛁",
    shape="cylinder",
    order=12,
    aliases=("http", "https", "rest", "url", "web"),
)
