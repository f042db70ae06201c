"""Emulator extensions 4, 5 and 21: SageMaker describe answers as AWS gives them.

4. ``CreateModel``/``DescribeModel``: moto drops ``EnableNetworkIsolation``
   (always answers false) and answers an empty ``VpcConfig`` for a model created
   without one; both force Terraform to replace the model on every plan. The flag
   is now stored and returned, and an absent ``VpcConfig`` stays absent, as in AWS.
5. ``DescribeEndpointConfig``: an endpoint configuration created without
   ``DataCaptureConfig`` answers without it (moto answered ``{}``, which forces a
   replacement on every plan).
21. Every ``Describe*`` a pipeline's jobs and endpoints answer carries what their
   ``Create*`` request sent and validates against botocore's output shape
   (``botocore/data/sagemaker/2017-07-24/service-2.json``), so what a job received
   can be checked locally the way a user checks it on AWS. moto 5.2.5
   (``moto/sagemaker/responses.py``, ``models.py``) drops, per operation:

   * ``DescribeProcessingJob``: ``Environment`` and ``ProcessingResources`` (the
     second is *required* in ``DescribeProcessingJobResponse``) are never passed
     to ``FakeProcessingJob``; ``ProcessingStartTime`` is never set.
   * ``DescribeTrainingJob``: ``Environment`` and ``RetryStrategy`` are never
     passed to ``FakeTrainingJob``, which also writes an invented metric
     (``test:dcg``) into the request's ``AlgorithmSpecification.MetricDefinitions``
     and an invented ``FinalMetricDataList`` (``train:progress`` 100).
     The answer keeps the request's own ``AlgorithmSpecification`` and no metrics
     (the local runner parses none).
   * ``DescribeTransformJob``: ``FailureReason``, ``LabelingJobArn`` and
     ``AutoMLJobArn`` are answered as empty strings; AWS omits them (and an empty
     ``AutoMLJobArn`` breaks the shape's ``min: 1``).
   * ``DescribeModel``: ``Containers: []`` beside a ``PrimaryContainer``; AWS
     answers only the member the request used.
   * ``DescribeEndpoint``: ``DataCaptureConfig`` is moto's subset of the
     configuration's (``{}`` without capture), where AWS answers a
     ``DataCaptureConfigSummary`` (``EnableCapture``, ``CaptureStatus``,
     ``CurrentSamplingPercentage``, ``DestinationS3Uri``, ``KmsKeyId``, all
     required) or nothing.

   Not modelled: ``ExitMessage``, ``TrainingTimeInSeconds``/``BillableTimeInSeconds``,
   built-in algorithms' own ``MetricDefinitions`` and final metrics, a variant's
   ``DeployedImages`` (AWS resolves the image to a digest), the defaults AWS adds to
   a request's members (``InitialVariantWeight`` 1.0, ``PrimaryContainer.Mode``).
"""

from __future__ import annotations

import copy
import json
from typing import Any

# Create-request members moto's create_*_job never hands to its job object, by job kind.
_DROPPED_BY_MOTO = {
    "processing": ("processing_jobs", "ProcessingJobName", ("Environment", "ProcessingResources")),
    "training": ("training_jobs", "TrainingJobName", ("Environment", "RetryStrategy", "AlgorithmSpecification")),
}
_EMPTY_IS_ABSENT = ("FailureReason", "LabelingJobArn", "AutoMLJobArn")


def _capture_summary(config: dict[str, Any] | None) -> dict[str, Any] | None:
    """DescribeEndpoint's DataCaptureConfigSummary for the configuration's DataCaptureConfig."""
    if not config:
        return None
    enabled = bool(config.get("EnableCapture", True))
    return {
        "EnableCapture": enabled,
        "CaptureStatus": "Started" if enabled else "Stopped",
        "CurrentSamplingPercentage": config.get("InitialSamplingPercentage", 0),
        "DestinationS3Uri": config.get("DestinationS3Uri", ""),
        "KmsKeyId": config.get("KmsKeyId", ""),
    }


def _install_request_members() -> None:
    """Extension 21, create side: keep what moto drops, on moto's own job object."""
    from moto.sagemaker.responses import SageMakerResponse

    for kind, (attr, name_field, members) in _DROPPED_BY_MOTO.items():
        original = getattr(SageMakerResponse, f"create_{kind}_job")

        def create(
            self: Any,
            original: Any = original,
            kind: str = kind,
            attr: str = attr,
            name_field: str = name_field,
            members: tuple[str, ...] = members,
        ) -> Any:
            request = json.loads(self.body or "{}")
            result = original(self)
            job = getattr(self.sagemaker_backend, attr)[request[name_field]]
            kept = {m: copy.deepcopy(request[m]) for m in members if m in request}
            job.playbook_request_members = kept
            if kind == "processing":
                job.processing_start_time = job.creation_time
            else:
                job.final_metric_data_list = None  # moto's invented train:progress
            return result

        setattr(SageMakerResponse, f"create_{kind}_job", create)

    for kind, (attr, name_field, _members) in _DROPPED_BY_MOTO.items():
        original_describe = getattr(SageMakerResponse, f"describe_{kind}_job")

        def describe(self: Any, original: Any = original_describe, attr: str = attr, name_field: str = name_field) -> Any:
            from moto.core.responses import ActionResult

            body = dict(original(self).result)
            job = getattr(self.sagemaker_backend, attr).get(self._get_param(name_field))
            body.pop("PlaybookRequestMembers", None)  # our attribute (List* summaries carry it; clients parse it away)
            body.update(copy.deepcopy(getattr(job, "playbook_request_members", {})))
            return ActionResult(body)

        setattr(SageMakerResponse, f"describe_{kind}_job", describe)


def install() -> None:
    from moto.core.responses import ActionResult
    from moto.sagemaker.responses import SageMakerResponse

    def without_empty(method: Any, keys: tuple[str, ...], empty: tuple[Any, ...] = ({}, None)) -> Any:
        def describe(self: Any) -> Any:
            result = method(self)
            body = dict(result.result)
            for key in keys:
                if key in body and body[key] in empty:
                    body.pop(key)
            return ActionResult(body)

        return describe

    # Only the answers change: moto's internals keep reading the full objects.
    SageMakerResponse.describe_model = without_empty(
        SageMakerResponse.describe_model, ("VpcConfig", "Containers"), ({}, [], None)
    )
    SageMakerResponse.describe_endpoint_config = without_empty(
        SageMakerResponse.describe_endpoint_config, ("DataCaptureConfig", "AsyncInferenceConfig")
    )
    SageMakerResponse.describe_transform_job = without_empty(
        SageMakerResponse.describe_transform_job, _EMPTY_IS_ABSENT, ("", None)
    )

    original_describe_endpoint: Any = SageMakerResponse.describe_endpoint

    def describe_endpoint(self: Any) -> Any:
        body = dict(original_describe_endpoint(self).result)
        endpoint = self.sagemaker_backend.endpoints[self._get_param("EndpointName")]
        summary = _capture_summary(endpoint.data_capture_config)
        body.pop("DataCaptureConfig", None)
        if summary:
            body["DataCaptureConfig"] = summary
        return ActionResult(body)

    SageMakerResponse.describe_endpoint = describe_endpoint

    original_create_model = SageMakerResponse.create_model

    def create_model(self: Any) -> Any:
        result = original_create_model(self)
        model = self.sagemaker_backend.describe_model(self._get_param("ModelName"))
        model.enable_network_isolation = bool(self._get_param("EnableNetworkIsolation", False))
        return result

    SageMakerResponse.create_model = create_model
    _install_request_members()
