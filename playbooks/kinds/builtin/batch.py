"""deployment / batch: scheduled (and per-run) batch transform of datasets with the upstream model."""

from typing import Any

from ...spec.node_configs import BatchConfig
from ..descriptor import Consumes, KindDescriptor, Standalone
from ..words import schedule_words


def _sentence(c: Any, path: str) -> tuple[str, str | None]:
    when = schedule_words(c.schedule) or "on each pipeline run"
    return f"“{path}” scores data with a SageMaker batch transform job ({c.instance_count}× {c.instance_type}) {when}.", when


KIND = KindDescriptor(
    kind="deployment",
    subtype="batch",
    subtype_field="mode",
    config_model=BatchConfig,
    construct="constructs_lib.deployments:BatchTransform",
    consumes=Consumes(datasets=(0, None), models=(1, 1), expects="exactly one model (and optionally datasets to score)"),
    produces="dataset",
    outputs={"s3_uri": "dataset.s3_uri", "scoring_arn": "scoring.arn"},
    label="deployment",
    icon="⇪",
    shape="stadium",
    order=41,
    sentence=_sentence,
    schedule=("scoring", "schedule"),
    standalone=Standalone(
        name="BatchTransform",
        makes="A scoring state machine running a SageMaker batch transform with the latest registered model "
        "(published to an encrypted SSM parameter), on a schedule and once per pipeline run.",
        arguments=(
            ("model", "a `Model` or a model construct (required)"),
            ("inputs", "datasets to score (default: the node's `input/` prefix in the artifact bucket)"),
        ),
        outputs=(("dataset", "`Dataset`: the scores"), ("scoring", "the scoring `Orchestrator`")),
        grants="dataset",
        grants_on="the scores",
    ),
)
