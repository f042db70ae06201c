"""Emulator extension 16: SageMaker ``UpdateEndpoint``, so a pipeline runs more than once.

Why: a pipeline whose API endpoint serves a model its run trains creates a new
endpoint configuration per run; the first run calls ``CreateEndpoint``, every
later one ``UpdateEndpoint`` (``constructs_lib/deployments.py``). moto 5.2.5
implements the first and not the second (``moto/sagemaker/responses.py`` has
no ``update_endpoint``), so the second run of such a pipeline failed here
and would succeed on AWS.

Semantics, from botocore's model (``botocore/data/sagemaker/2017-07-24/service-2.json``,
``UpdateEndpoint``: required ``EndpointName`` and ``EndpointConfigName``,
answers ``EndpointArn``) and the API reference it quotes: the endpoint moves to
the new configuration's variants; it must exist and be ``InService``, and the
configuration must exist (``ValidationException`` otherwise, as AWS's
"Could not find endpoint ..."). AWS passes through ``Updating`` before
``InService``; moto's endpoints are ``InService`` at once, and so is an update.
Not modelled: ``DeploymentConfig`` (blue/green traffic shifting, rollback
alarms) and ``RetainAllVariantProperties``: the new configuration's variants
replace the old ones.
"""

from __future__ import annotations

from typing import Any


def install() -> None:
    from moto.core.responses import ActionResult
    from moto.core.utils import utcnow
    from moto.sagemaker.exceptions import ValidationError
    from moto.sagemaker.models import FakeEndpoint
    from moto.sagemaker.responses import SageMakerResponse

    def update_endpoint(self: Any) -> Any:
        backend = self.sagemaker_backend
        name = self._get_param("EndpointName")
        config_name = self._get_param("EndpointConfigName")
        endpoint = backend.endpoints.get(name)
        if endpoint is None:
            arn = FakeEndpoint.arn_formatter(name, backend.account_id, backend.region_name)
            raise ValidationError(message=f"Could not find endpoint '{arn}'.")
        if endpoint.endpoint_status != "InService":
            raise ValidationError(message=f"Cannot update in-progress endpoint '{endpoint.arn}'.")
        config = backend.describe_endpoint_config(config_name)  # ValidationException when it does not exist
        endpoint.endpoint_config_name = config_name
        endpoint.production_variants = endpoint._process_production_variants(config["ProductionVariants"])
        endpoint.data_capture_config = config["DataCaptureConfig"]
        endpoint.last_modified_time = utcnow()
        return ActionResult({"EndpointArn": endpoint.arn})

    SageMakerResponse.update_endpoint = update_endpoint  # type: ignore[attr-defined]
