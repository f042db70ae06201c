"""model / fine_tuning: fine-tunes a base model (S3 artifact or hub id) on datasets."""

from typing import Any

from ...spec.node_configs import FineTuningConfig
from ..descriptor import Consumes, KindDescriptor
from ..words import EACH_RUN


def _sentence(c: Any, path: str) -> tuple[str, str | None]:
    spot = ", on spot capacity" if c.use_spot else ""
    return (
        f"“{path}” fine-tunes a model with a SageMaker training job ({c.instance_count}× {c.instance_type}{spot}) on each pipeline run.",
        EACH_RUN,
    )


KIND = KindDescriptor(
    kind="model",
    subtype="fine_tuning",
    subtype_field="task",
    config_model=FineTuningConfig,
    construct="constructs_lib.models:FineTuningModel",
    consumes=Consumes(datasets=(1, None), models=(0, 0), expects="one or more datasets"),
    produces="model",
    runtime_fields=(("environment", "*"), ("hyperparameters", "*")),
    label="model",
    icon="◆",
    shape="box3d",
    order=31,
    sentence=_sentence,
)
