"""data_source / database: rows of a relational database, extracted to S3 by a processing job."""

from ...spec.source_configs import DatabaseSourceConfig
from ..descriptor import KindDescriptor

KIND = KindDescriptor(
    kind="data_source",
    subtype="database",
    subtype_field="source",
    config_model=DatabaseSourceConfig,
    construct="constructs_lib.database_source:DatabaseDataSource",
    produces="dataset",
    outputs={"s3_uri": "dataset.s3_uri"},
    runtime_fields=(("query",),),
    label="data source",
    icon="⛁",
    shape="cylinder",
    order=11,
    aliases=("postgres", "postgresql", "mysql", "aurora", "rds", "sql", "db", "rdbms", "jdbc"),
)
