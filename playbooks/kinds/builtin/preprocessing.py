"""preprocessing: a SageMaker Processing job over one or more datasets."""

from typing import Any

from ...spec.node_configs import PreprocessingConfig
from ..descriptor import Consumes, KindDescriptor
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
)
