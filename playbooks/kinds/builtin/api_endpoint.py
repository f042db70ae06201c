"""deployment / api_endpoint: a real-time SageMaker endpoint serving the upstream model."""

from ...spec.node_configs import ApiEndpointConfig
from ..descriptor import Consumes, KindDescriptor

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
)
