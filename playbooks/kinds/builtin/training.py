"""model / training: a SageMaker training job over datasets; its model feeds deployments."""

from ...spec.node_configs import TrainingConfig
from ..descriptor import Consumes, KindDescriptor

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
)
