"""model / training: a SageMaker training job over datasets; its model feeds deployments."""

from typing import Any

from ...spec.node_configs import TrainingConfig
from ..descriptor import Consumes, KindDescriptor
from ..words import EACH_RUN


def _sentence(c: Any, path: str) -> tuple[str, str | None]:
    spot = ", on spot capacity" if c.use_spot else ""
    return (
        f"“{path}” trains a model with a SageMaker training job ({c.instance_count}× {c.instance_type}{spot}) on each pipeline run.",
        EACH_RUN,
    )


KIND = KindDescriptor(
    kind="model",
    subtype="training",
    subtype_field="task",
    config_model=TrainingConfig,
    construct="constructs_lib.models:TrainingModel",
    consumes=Consumes(datasets=(1, None), models=(0, 0), expects="one or more datasets"),
    produces="model",
    runtime_fields=(("environment", "*"), ("hyperparameters", "*")),
    label="model",
    icon="◆",
    shape="box3d",
    order=30,
    sentence=_sentence,
)
