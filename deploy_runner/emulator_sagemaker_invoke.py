"""Emulator extension 19: ``sagemaker-runtime:InvokeEndpoint`` runs the endpoint's model.

Why: moto 5.2.5 answers every invocation with canned data (``moto/sagemakerruntime/
models.py``: ``invoke_endpoint`` returns ``"body"`` unless a result queue was
loaded through ``/moto-api/static/sagemaker/endpoint-results``) for any
endpoint name, existing or not. So a pipeline's API endpoint "answered" on the
emulator whatever model it held, and a caller never learnt that its rows
were in the wrong format.

Semantics, from botocore's model (``botocore/data/sagemaker-runtime/2017-05-13/
service-2.json``, ``InvokeEndpoint``: ``POST /endpoints/{EndpointName}/invocations``,
``Body`` as payload, ``Content-Type``/``Accept``/``X-Amzn-SageMaker-Target-Variant``/
``X-Amzn-SageMaker-Inference-Id`` headers; answers the body with ``Content-Type``
and ``x-Amzn-Invoked-Production-Variant``) and the developer guide:

* an endpoint that does not exist: ``ValidationError`` (400), "Endpoint <name> of
  account <account> not found."; one not ``InService`` likewise;
* the variant: ``TargetVariant`` if given (an unknown name is a ``ValidationError``),
  else chosen at random by the variants' ``InitialVariantWeight`` (default 1);
* the variant's model (``ModelDataUrl`` and ``Image`` as the endpoint configuration
  named them when the endpoint was created or updated) runs in a warm local server
  (``endpoint_servers``) of the image's serving stand-in (``standins``), following
  the inference container contract (``/ping``, ``/invocations``);
* the container answering anything but 200 is a ``ModelError`` (424) with
  ``OriginalStatusCode``, ``OriginalMessage`` and ``LogStreamArn``, worded as AWS's
  "Received client error (415) from primary with message ...";
* an image without a local stand-in, or a server that cannot start, is a
  ``ModelError`` that says so (on AWS the endpoint itself would run the image);
* ``DataCaptureConfig`` with ``EnableCapture``: each sampled invocation is written
  to ``<DestinationS3Uri>/<endpoint>/<variant>/yyyy/mm/dd/hh/<name>.jsonl`` as one
  JSON line ``{"captureData": {"endpointInput": ..., "endpointOutput": ...},
  "eventMetadata": {"eventId", "inferenceTime", "inferenceId"?}, "eventVersion": "0"}``
  ("Capture data from real-time endpoint", model-monitor-data-capture-endpoint.md),
  ``encoding`` CSV/JSON by ``CaptureContentTypeHeader`` (default ``text/csv`` and
  ``application/json``), BASE64 otherwise, with ``KmsKeyId`` as SSE-KMS;
* the server's output goes to ``/aws/sagemaker/Endpoints/<endpoint>``, stream
  ``<variant>/<model>``, as SageMaker's endpoint logs do.

Not modelled: instance counts and types, serverless memory and concurrency (stored
and reported by ``DescribeEndpoint``, not enforced), multi-model and
multi-container endpoints, ``CustomAttributes``, stateful sessions, async and
streaming invocations (moto's answers), capture of failed invocations, AWS's
batching of several invocations into one capture file.
"""

from __future__ import annotations

import base64
import datetime
import json
import random
import threading
import uuid
from typing import Any
from urllib.parse import unquote

_LOG_LOCK = threading.Lock()


def _error(status: int, code: str, message: str, **extra: Any) -> tuple[int, dict[str, str], str]:
    headers = {"Content-Type": "application/json", "x-amzn-ErrorType": code, "status": str(status)}
    return status, headers, json.dumps({"message": message, **extra})


def _snapshot_variants(endpoint: Any, variants: list[dict[str, Any]]) -> None:
    """What each variant serves, as the endpoint configuration said when the endpoint took it (later
    deletion of that configuration or model leaves a running endpoint serving, as on AWS)."""
    from moto.sagemaker.models import sagemaker_backends

    _arn, _aws, _service, region, account, _rest = endpoint.arn.split(":", 5)
    models = sagemaker_backends[account][region]._models
    endpoint.playbook_variants = []
    for variant in variants:
        model = models.get(variant.get("ModelName", ""))
        container: Any = None
        if model is not None:
            containers: list[Any] = list(model.containers or [])
            container = model.primary_container or (containers[0] if containers else None)
        endpoint.playbook_variants.append(
            {
                "name": variant["VariantName"],
                "weight": float(variant.get("InitialVariantWeight", 1.0)),
                "model": variant.get("ModelName", ""),
                "container": dict(container) if container else None,
            }
        )


def _log_writer(account: str, region: str, group: str, stream: str) -> Any:
    from moto.logs.models import logs_backends

    backend = logs_backends[account][region]
    with _LOG_LOCK:
        backend.ensure_log_group(group)
        if stream not in backend.groups[group].streams:
            backend.groups[group].create_log_stream(stream)

    def write(line: str) -> None:
        event = {"timestamp": int(datetime.datetime.now(datetime.timezone.utc).timestamp() * 1000), "message": line}
        with _LOG_LOCK:
            backend.groups[group].put_log_events(stream, [event])

    return write


def _model_archive(account: str, url: str | None) -> Any:
    def fetch() -> bytes | None:
        if not url:
            return None
        from moto.s3.models import s3_backends

        bucket, _, key = url.removeprefix("s3://").partition("/")
        found = s3_backends[account]["aws"].get_object(bucket, key)
        if found is None:
            raise FileNotFoundError(f"the model artifact {url} does not exist")
        return bytes(found.value)

    return fetch


def _capture(account: str, endpoint: Any, variant: str, request: dict[str, Any], answer: dict[str, Any]) -> None:
    config = endpoint.data_capture_config or {}
    if not config.get("EnableCapture") or random.uniform(0, 100) >= float(config.get("InitialSamplingPercentage", 100)):
        return
    modes = {o.get("CaptureMode") for o in config.get("CaptureOptions") or [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}]}
    header = config.get("CaptureContentTypeHeader") or {}
    csv_types = header.get("CsvContentTypes") or ["text/csv"]
    json_types = header.get("JsonContentTypes") or ["application/json"]

    def part(mode: str, content_type: str, body: bytes) -> dict[str, str]:
        bare = content_type.split(";")[0].strip()
        if bare in csv_types or bare in json_types:
            data, encoding = body.decode("utf-8", errors="replace"), "CSV" if bare in csv_types else "JSON"
        else:
            data, encoding = base64.b64encode(body).decode(), "BASE64"
        return {"observedContentType": content_type, "mode": mode, "data": data, "encoding": encoding}

    now = datetime.datetime.now(datetime.timezone.utc)
    capture: dict[str, Any] = {}
    if "Input" in modes:
        capture["endpointInput"] = part("INPUT", request["content_type"], request["body"])
    if "Output" in modes:
        capture["endpointOutput"] = part("OUTPUT", answer["content_type"], answer["body"])
    metadata = {"eventId": str(uuid.uuid4()), "inferenceTime": now.strftime("%Y-%m-%dT%H:%M:%SZ")}
    if request.get("inference_id"):
        metadata["inferenceId"] = request["inference_id"]
    record = {"captureData": capture, "eventMetadata": metadata, "eventVersion": "0"}
    bucket, _, prefix = str(config["DestinationS3Uri"]).removeprefix("s3://").partition("/")
    key = (
        "/".join(p for p in (prefix.strip("/"), endpoint.endpoint_name, variant, now.strftime("%Y/%m/%d/%H"), "") if p)
        + f"/{now.strftime('%M-%S-%f')[:9]}-{uuid.uuid4()}.jsonl"
    )
    from moto.s3.models import s3_backends

    kms = config.get("KmsKeyId")
    s3_backends[account]["aws"].put_object(
        bucket,
        key,
        (json.dumps(record) + "\n").encode(),
        encryption="aws:kms" if kms else None,
        kms_key_id=kms or None,
    )


def _choose(endpoint: Any, target: str | None) -> dict[str, Any] | str:
    variants = getattr(endpoint, "playbook_variants", [])
    if target:
        found = [v for v in variants if v["name"] == target]
        return found[0] if found else f"The variant {target} is not valid for endpoint {endpoint.endpoint_name}."
    weighted = [v for v in variants if v["weight"] > 0]
    if not weighted:
        return f"Endpoint {endpoint.endpoint_name} has no variant with a weight above 0."
    chosen: dict[str, Any] = random.choices(weighted, weights=[v["weight"] for v in weighted])[0]
    return chosen


def _raw(response: Any) -> bytes:
    raw = getattr(response, "raw_body", None) or b""
    return raw.encode() if isinstance(raw, str) else bytes(raw)


def invoke(self: Any) -> Any:
    from moto.sagemaker.models import sagemaker_backends

    from . import emulator_loopback, endpoint_servers

    account, region = self.current_account, self.region
    name = unquote(self.path.split("?")[0].split("/")[2])
    endpoint = sagemaker_backends[account][region].endpoints.get(name)
    if endpoint is None:
        return _error(400, "ValidationError", f"Endpoint {name} of account {account} not found.")
    if endpoint.endpoint_status != "InService":
        return _error(400, "ValidationError", f"Endpoint {name} is not in service (status {endpoint.endpoint_status}).")
    variant = _choose(endpoint, self.headers.get("X-Amzn-SageMaker-Target-Variant"))
    if isinstance(variant, str):
        return _error(400, "ValidationError", variant)
    group, stream = f"/aws/sagemaker/Endpoints/{name}", f"{variant['name']}/{variant['model']}"
    log_arn = f"arn:aws:logs:{region}:{account}:log-group:{group}"
    container = variant["container"]
    if container is None:
        return _error(424, "ModelError", f"Model {variant['model']} of variant {variant['name']} does not exist.")
    image = str(container.get("Image", ""))
    if endpoint_servers.standin_for(image) is None:
        message = (
            f"The local emulator has no stand-in for the serving image {image} (it serves the built-in "
            f"XGBoost and Hugging Face inference images); invoke this endpoint on AWS."
        )
        return _error(424, "ModelError", message, OriginalStatusCode=500, OriginalMessage=message, LogStreamArn=log_arn)
    key = (name, variant["name"], variant["model"])
    try:
        server = endpoint_servers.serve(
            key,
            image,
            {str(k): str(v) for k, v in (container.get("Environment") or {}).items()},
            _model_archive(account, container.get("ModelDataUrl")),
            emulator_loopback.job_environment() | {"AWS_REGION": region, "AWS_DEFAULT_REGION": region},
            _log_writer(account, region, group, stream),
        )
        content_type = self.headers.get("Content-Type")
        status, answer_type, body = server.invoke(_raw(self), content_type, self.headers.get("Accept"))
    except (endpoint_servers.ServingFailed, OSError) as exc:
        message = f"The model server of variant {variant['name']} could not answer: {exc}"
        return _error(424, "ModelError", message, OriginalStatusCode=500, OriginalMessage=str(exc), LogStreamArn=log_arn)
    if status >= 300:
        kind = "client" if status < 500 else "server"
        original = body.decode("utf-8", errors="replace")
        message = (
            f'Received {kind} error ({status}) from {variant["name"]} with message "{original}". '
            f"See the log group {group} in account {account} for more information."
        )
        return _error(424, "ModelError", message, OriginalStatusCode=status, OriginalMessage=original, LogStreamArn=log_arn)
    request = {
        "content_type": content_type or "application/octet-stream",
        "body": _raw(self),
        "inference_id": self.headers.get("X-Amzn-SageMaker-Inference-Id"),
    }
    _capture(account, endpoint, variant["name"], request, {"content_type": answer_type, "body": body})
    return 200, {"Content-Type": answer_type, "x-Amzn-Invoked-Production-Variant": variant["name"]}, body


def install() -> None:
    from moto.sagemaker.models import FakeEndpoint
    from moto.sagemaker.responses import SageMakerResponse
    from moto.sagemakerruntime.responses import SageMakerRuntimeResponse

    from . import endpoint_servers

    original_process = FakeEndpoint._process_production_variants

    def process(self: Any, production_variants: list[dict[str, Any]]) -> Any:
        _snapshot_variants(self, production_variants)  # CreateEndpoint and UpdateEndpoint both pass here
        return original_process(self, production_variants)

    FakeEndpoint._process_production_variants = process  # type: ignore[method-assign]
    SageMakerRuntimeResponse.invoke_endpoint = invoke  # type: ignore[method-assign]
    original_delete = SageMakerResponse.delete_endpoint

    def delete_endpoint(self: Any) -> Any:
        result = original_delete(self)
        endpoint_servers.stop_endpoint(self._get_param("EndpointName"))
        return result

    SageMakerResponse.delete_endpoint = delete_endpoint  # type: ignore[method-assign]
