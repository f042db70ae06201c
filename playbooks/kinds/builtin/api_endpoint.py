"""deployment / api_endpoint: a real-time SageMaker endpoint serving the upstream model."""

from typing import Any

from ...spec.node_configs import ApiEndpointConfig
from ..descriptor import Consumes, KindDescriptor, Standalone
from ..words import ALWAYS


def _sentence(c: Any, path: str) -> tuple[str, str | None]:
    if c.mode == "serverless":
        return (
            f"“{path}” serves the model behind a serverless SageMaker endpoint ({c.memory_size_mb} MB, up to "
            f"{c.max_concurrency} at once), billed per request.",
            ALWAYS,
        )
    return (
        f"“{path}” serves the model behind a SageMaker endpoint on {c.initial_instance_count}× {c.instance_type}, "
        "running around the clock.",
        ALWAYS,
    )


KIND = KindDescriptor(
    kind="deployment",
    subtype="api_endpoint",
    subtype_field="mode",
    config_model=ApiEndpointConfig,
    construct="constructs_lib.deployments:ApiEndpoint",
    consumes=Consumes(datasets=(0, 0), models=(1, 1), expects="exactly one model"),
    produces=None,
    outputs={"endpoint_name": "endpoint_name"},
    label="deployment",
    icon="⇪",
    shape="stadium",
    order=40,
    sentence=_sentence,
    standalone=Standalone(
        name="ApiEndpoint",
        makes="A SageMaker real-time endpoint (serverless by default). For a model trained per run, the "
        "orchestrator creates an endpoint configuration per run and creates or updates the endpoint.",
        arguments=(("model", "a `Model`, or a Training / FineTuning / Inference construct (required)"),),
        outputs=(("endpoint_name", "the endpoint's name (stable across runs)"),),
        grants="endpoint",
    ),
)
