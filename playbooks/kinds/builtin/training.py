"""model / training: a SageMaker training job over datasets; its model feeds deployments."""

from typing import Any, Callable

from ...spec.node_configs import TrainingConfig
from ..descriptor import Consumes, KindDescriptor, Standalone
from ..words import EACH_RUN


def training_job_sentence(verb: str) -> Callable[[Any, str], tuple[str, str | None]]:
    """The review sentence of a kind that runs a training job per run ("trains a model", "fine-tunes a model")."""

    def sentence(c: Any, path: str) -> tuple[str, str | None]:
        spot = ", on spot capacity" if c.use_spot else ""
        return (
            f"“{path}” {verb} with a SageMaker training job ({c.instance_count}× {c.instance_type}{spot}) on each pipeline run.",
            EACH_RUN,
        )

    return sentence


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
    sentence=training_job_sentence("trains a model"),
    standalone=Standalone(
        name="Training",
        makes="A SageMaker training job over the inputs, then `CreateModel` from its artifact (a new, traceable model per run).",
        arguments=(
            ("inputs", "datasets, or constructs with a `dataset`; built-in XGBoost reads `train` and `validation`"),
            ("channel_names", "one per input (default `input_0`, ...; XGBoost: `train`, `validation`)"),
        ),
        outputs=(
            ("model", "`Model`: serving image and the run's model name"),
            ("artifacts", "`Dataset`: where model.tar.gz is written"),
            ("role", "the job's execution role"),
        ),
        grants="model",
    ),
)
