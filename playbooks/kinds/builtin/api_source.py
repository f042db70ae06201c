"""data_source / api: an HTTPS API pulled into S3 by a function, on a schedule and per run."""

from typing import Any

from ...spec.source_configs import ApiSourceConfig
from ..descriptor import KindDescriptor, Standalone
from ..words import schedule_words


def _sentence(c: Any, path: str) -> tuple[str, str | None]:
    when = schedule_words(c.schedule)
    return f"“{path}” pulls {c.url} into S3 {when} (a Lambda function) and once on each pipeline run.", when


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
    sentence=_sentence,
    schedule=("pull", "schedule"),
    standalone=Standalone(
        name="ApiDataSource",
        makes="A Lambda function pulling an HTTPS URL to S3 on a schedule (EventBridge Scheduler) and once per pipeline run.",
        outputs=(("dataset", "`Dataset`: where the pulls land"),),
        grants="dataset",
        grants_on="the pulled dataset",
    ),
)
