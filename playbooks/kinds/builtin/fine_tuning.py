"""model / fine_tuning: fine-tunes a base model (S3 artifact or hub id) on datasets."""

from ...spec.node_configs import FineTuningConfig
from ..descriptor import Consumes, KindDescriptor, Standalone
from .training import training_job_sentence


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
    sentence=training_job_sentence("fine-tunes a model"),
    standalone=Standalone(
        name="FineTuning",
        makes="A SageMaker training job fine-tuning a base model (S3 artifact or hub model id), then `CreateModel`.",
        arguments=(("inputs", "datasets, or constructs with a `dataset`"), ("channel_names", "one per input")),
        outputs=(("model", "`Model`"), ("artifacts", "`Dataset`: the fine-tuned artifact")),
        grants="model",
    ),
)
