"""preprocessing: a SageMaker Processing job over one or more datasets."""

from typing import Any

from ...spec.node_configs import PreprocessingConfig
from ..descriptor import Consumes, KindDescriptor, Standalone
from ..words import EACH_RUN


def _sentence(c: Any, path: str) -> tuple[str, str | None]:
    return (
        f"“{path}” runs a SageMaker processing job ({c.instance_count}× {c.instance_type}, "
        f"{c.image_uri and 'own image' or c.framework}) on each pipeline run.",
        EACH_RUN,
    )


KIND = KindDescriptor(
    kind="preprocessing",
    subtype=None,
    config_model=PreprocessingConfig,
    construct="constructs_lib.preprocessing:Preprocessing",
    consumes=Consumes(datasets=(1, None), models=(0, 0), expects="one or more datasets"),
    produces="dataset",
    outputs={"s3_uri": "dataset.s3_uri"},
    runtime_fields=(("environment", "*"), ("arguments", "*")),
    label="preprocessing",
    icon="⚙",
    shape="box",
    order=20,
    sentence=_sentence,
    standalone=Standalone(
        name="Preprocessing",
        makes="A SageMaker Processing job (network isolation, KMS volumes and outputs) over the input "
        "datasets, run by the orchestrator.",
        arguments=(
            ("inputs", "datasets, or constructs with a `dataset` (default: none)"),
            ("channel_names", "one per input (default `input_0`, `input_1`, ...)"),
        ),
        outputs=(("dataset", "`Dataset`: the job's output prefix"), ("role", "the job's execution role")),
        grants="dataset",
        grants_on="the output dataset",
    ),
)
