"""model / inference: a deployable model from an existing artifact (or its upstream model)."""

from ...spec.node_configs import InferenceConfig
from ..descriptor import Consumes, KindDescriptor

KIND = KindDescriptor(
    kind="model",
    subtype="inference",
    subtype_field="task",
    config_model=InferenceConfig,
    construct="constructs_lib.models:InferenceModel",
    consumes=Consumes(datasets=(0, 0), models=(0, 1), expects="no inputs, or exactly one model"),
    produces="model",
    outputs={"model_name": "model.model_name"},
    label="model",
    icon="◆",
    shape="box3d",
    order=32,
)
