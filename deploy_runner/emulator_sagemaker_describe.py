"""Emulator extensions 4 and 5: SageMaker describe answers as AWS gives them.

4. ``CreateModel``/``DescribeModel``: moto drops ``EnableNetworkIsolation``
   (always answers false) and answers an empty ``VpcConfig`` for a model created
   without one; both force Terraform to replace the model on every plan. The flag
   is now stored and returned, and an absent ``VpcConfig`` stays absent, as in AWS.
5. ``DescribeEndpointConfig``: an endpoint configuration created without
   ``DataCaptureConfig`` answers without it (moto answered ``{}``, which forces a
   replacement on every plan).
"""

from __future__ import annotations

from typing import Any


def install() -> None:
    from moto.core.responses import ActionResult
    from moto.sagemaker.responses import SageMakerResponse

    def without_empty(method: Any, keys: tuple[str, ...]) -> Any:
        def describe(self: Any) -> Any:
            result = method(self)
            body = dict(result.result)
            for key in keys:
                if body.get(key) in ({}, None):
                    body.pop(key, None)
            return ActionResult(body)

        return describe

    # Only the answers change: moto's internals keep reading the full objects.
    SageMakerResponse.describe_model = without_empty(SageMakerResponse.describe_model, ("VpcConfig",))
    SageMakerResponse.describe_endpoint_config = without_empty(
        SageMakerResponse.describe_endpoint_config, ("DataCaptureConfig", "AsyncInferenceConfig")
    )

    original_create_model = SageMakerResponse.create_model

    def create_model(self: Any) -> Any:
        result = original_create_model(self)
        model = self.sagemaker_backend.describe_model(self._get_param("ModelName"))
        model.enable_network_isolation = bool(self._get_param("EnableNetworkIsolation", False))
        return result

    SageMakerResponse.create_model = create_model
