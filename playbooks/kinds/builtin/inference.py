"""model / inference: a deployable model from an existing artifact (or its upstream model)."""

from typing import Any

from ...spec.node_configs import InferenceConfig
from ..descriptor import Consumes, KindDescriptor, Standalone
from ..words import ALWAYS


def _sentence(c: Any, path: str) -> tuple[str, str | None]:
    what = f"from {c.model_artifact_uri}" if c.model_artifact_uri else "from its upstream model"
    return f"“{path}” registers a SageMaker model {what} (no compute of its own).", ALWAYS


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
    sentence=_sentence,
    standalone=Standalone(
        name="Inference",
        makes="A Terraform-managed SageMaker model from an existing artifact (network isolation on).",
        outputs=(("model", "`Model` with a static `model_name`"),),
    ),
)
