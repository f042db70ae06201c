"""model / fine_tuning: fine-tunes a base model (S3 artifact or hub id) on datasets."""

from ...spec.node_configs import FineTuningConfig
from ..descriptor import Consumes, KindDescriptor

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
)
