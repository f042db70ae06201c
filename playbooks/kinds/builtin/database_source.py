"""data_source / database: rows of a relational database, extracted to S3 by a processing job."""

from typing import Any

from ...spec.source_configs import DatabaseSourceConfig
from ..descriptor import KindDescriptor, Standalone
from ..words import ALWAYS, EACH_RUN, schedule_words


def _sentence(c: Any, path: str) -> tuple[str, str | None]:
    db = {
        "managed_aurora": f"creates an Aurora {c.engine} Serverless v2 database ({c.min_capacity}–{c.max_capacity} capacity units, always on)",
        "managed_rds": f"creates an RDS {c.engine} database ({c.instance_class}, {c.allocated_storage_gb} GB, always on)",
        "existing": f"reads an existing {c.engine} database",
    }[c.mode]
    extra = f" and also {schedule_words(c.extraction_schedule)}" if c.extraction_schedule else ""
    return (
        f"“{path}” {db} and copies it to S3 with a processing job on each pipeline run{extra}.",
        ALWAYS if c.mode != "existing" else EACH_RUN,
    )


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
    sentence=_sentence,
    schedule=("extraction", "extraction_schedule"),
    standalone=Standalone(
        name="DatabaseDataSource",
        makes="A managed Aurora Serverless v2 / RDS database in an isolated VPC (or an existing one), "
        "and a SageMaker Processing job that exports rows to S3, as its own state machine.",
        outputs=(("dataset", "`Dataset`: where the extraction writes"),),
        grants="dataset",
        grants_on="the extracted dataset",
    ),
)
