"""preprocessing: a SageMaker Processing job over one or more datasets."""

from ...spec.node_configs import PreprocessingConfig
from ..descriptor import Consumes, KindDescriptor

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
)
