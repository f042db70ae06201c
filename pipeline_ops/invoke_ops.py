"""Score rows with a deployed pipeline's API endpoint (`playbook invoke`): rows in, one prediction per row out.

The endpoint is the one the deployment's Terraform outputs name for the node
(`node_<id>_endpoint_name`, read through `pipeline_ops.deployed` like `run` and
`status`), called through SageMaker Runtime's `InvokeEndpoint`: on the emulator
(extension 19 runs the model locally) or on AWS with the environment's session.
The built-in XGBoost image reads `text/csv` only (or LIBSVM), so JSON lines
(each a list of numbers, or an object with a `features` list) are sent as CSV rows.
A Hugging Face inference image (a fine-tuned model) reads JSON `{"inputs": [...]}`
(its toolkit's default handler), so for such an endpoint each line is one text (plain,
a JSON string, or `{"inputs": "..."}`) and each answer is the model's JSON for it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from playbooks.failures import PlaybookFailure
from playbooks.lock import DEFAULT_LOCK

from .inputs import PlaybookInput


class InvokeFailed(PlaybookFailure):
    """The endpoint could not be invoked; `kind` names why (not_an_endpoint, not_deployed, no_model, invalid_data, model_error)."""

    kind = "model_error"

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def rows_as_csv(text: str, source: str = "--data") -> list[str]:
    """CSV rows as they are, JSON lines as CSV rows; blank lines skipped; a bad line names its number."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        if line[0] in "[{":
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvokeFailed("invalid_data", f"{source}, line {number}: not valid JSON ({exc.msg})") from exc
            features = value.get("features") if isinstance(value, dict) else value
            if not isinstance(features, list) or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in features
            ):
                raise InvokeFailed(
                    "invalid_data",
                    f"{source}, line {number}: expected a JSON list of numbers or an object with a 'features' list",
                )
            line = ",".join(str(v) for v in features)
        rows.append(line)
    if not rows:
        raise InvokeFailed("invalid_data", f"{source}: no rows to score (CSV rows or JSON lines expected)")
    return rows


def texts_of(text: str, source: str = "--data") -> list[str]:
    """One input text per line: plain text, a JSON string or {"inputs": "..."}; blank lines skipped."""
    texts = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        if line[0] in '{"':
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvokeFailed("invalid_data", f"{source}, line {number}: not valid JSON ({exc.msg})") from exc
            value = value.get("inputs") if isinstance(value, dict) else value
            if not isinstance(value, str):
                raise InvokeFailed(
                    "invalid_data", f'{source}, line {number}: expected a text, a JSON string or {{"inputs": "..."}}'
                )
            line = value
        texts.append(line)
    if not texts:
        raise InvokeFailed("invalid_data", f"{source}: no texts to score (one per line expected)")
    return texts


def _serves_text(pipeline: Any, node_id: str) -> bool:
    """Whether the endpoint node serves a fine-tuned model (the Hugging Face inference image: JSON texts in)."""
    try:
        node = pipeline.node(node_id)
    except KeyError:
        return False
    by_id = {n.id: n for n in pipeline.nodes}
    return any(ref.node in by_id and by_id[ref.node].subtype == "fine_tuning" for ref in node.inputs)


def _answers(runtime: Any, endpoint: str, payload: list[str], text_model: bool) -> tuple[Any, list[Any]]:
    if text_model:
        body, content_type = json.dumps({"inputs": payload}).encode(), "application/json"
    else:
        body, content_type = "\n".join(payload).encode() + b"\n", "text/csv"
    answer = runtime.invoke_endpoint(EndpointName=endpoint, Body=body, ContentType=content_type, Accept=content_type)
    text = answer["Body"].read().decode("utf-8", errors="replace").strip()
    if text_model:
        predictions = json.loads(text)
        return answer, predictions if isinstance(predictions, list) else [predictions]
    return answer, [p.strip() for p in text.replace("\n", ",").split(",") if p.strip()]


def _endpoint_of(name: str, env: str, node_id: str, pipeline: Any) -> str:
    from .deployed import deployment, state_location

    try:
        node = pipeline.node(node_id)
    except KeyError:
        known = [n.id for n in pipeline.nodes]
        raise InvokeFailed("not_an_endpoint", f"{name} has no node '{node_id}'; its nodes: {', '.join(known)}") from None
    if node.subtype != "api_endpoint":
        endpoints = [n.id for n in pipeline.nodes if n.subtype == "api_endpoint"]
        hint = f"its API endpoint nodes: {', '.join(endpoints)}" if endpoints else "it has no API endpoint node"
        raise InvokeFailed("not_an_endpoint", f"node '{node_id}' of {name} is not an API endpoint ({hint})")
    stack = f"{name}-{env}"
    record = deployment(stack, env)
    key = f"node_{node_id.replace('-', '_')}_endpoint_name"
    if not record or not record["outputs"].get(key):
        raise InvokeFailed(
            "not_deployed",
            f"{name} is not deployed in {env} (no Terraform state with the endpoint of '{node_id}' at "
            f"{state_location(stack, env)}); deploy it first: playbook deploy {name} --env {env}",
        )
    return str(record["outputs"][key])


def _runtime(env: str, local: bool) -> tuple[Any, Any]:
    from deploy_runner.aws_clients import aws_client

    from .stack_prep import emulator_endpoint, load_environment

    environment = load_environment(env)
    endpoint = emulator_endpoint(env, local)
    return aws_client("sagemaker-runtime", environment, emulator_endpoint=endpoint), aws_client(
        "sagemaker", environment, emulator_endpoint=endpoint
    )


def invoke(
    source: PlaybookInput,
    node_id: str,
    data: str,
    env: str = "dev",
    *,
    local: bool = False,
    data_source: str = "--data",
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> dict[str, Any]:
    """{name, node, endpoint, variant, rows, predictions}: one prediction per row (or text), in order."""
    from botocore.exceptions import ClientError

    from .stack_prep import load_environment, resolve_for_deploy

    load_environment(env)
    pipeline = resolve_for_deploy(source, library_dirs, lock_file).pipeline
    text_model = _serves_text(pipeline, node_id)
    payload = texts_of(data, data_source) if text_model else rows_as_csv(data, data_source)
    endpoint = _endpoint_of(pipeline.name, env, node_id, pipeline)
    runtime, sagemaker = _runtime(env, local)
    try:
        sagemaker.describe_endpoint(EndpointName=endpoint)
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") not in ("ValidationException", "ValidationError"):
            raise
        raise InvokeFailed(
            "no_model",
            f"the endpoint {endpoint} of '{node_id}' does not exist yet: it is created by the first run that "
            f"trains a model (playbook run {pipeline.name} --env {env} --wait)",
        ) from None
    try:
        answer, predictions = _answers(runtime, endpoint, payload, text_model)
    except ClientError as exc:
        error = exc.response.get("Error", {})
        raise InvokeFailed("model_error", f"{endpoint}: {error.get('Code')}: {error.get('Message')}") from None
    except json.JSONDecodeError as exc:
        raise InvokeFailed("model_error", f"{endpoint}: the model's answer is not JSON ({exc.msg})") from None
    return {
        "name": pipeline.name,
        "node": node_id,
        "environment": env,
        "endpoint": endpoint,
        "variant": answer.get("InvokedProductionVariant"),
        "rows": len(payload),
        "predictions": predictions,
    }


def invoke_hints(name: str, env: str, endpoints: dict[str, str], local: bool, text_nodes: Iterable[str] = ()) -> list[str]:
    """What `run --wait` prints for each endpoint node once a run has served a model (texts for a fine-tuned one)."""
    lines = []
    flag = " --local" if env == "local" else f" --env {env}"  # `local` (no AWS CLI line) may be another emulator environment
    texts = set(text_nodes)
    for node, endpoint in sorted(endpoints.items()):
        data, content_type, body = (
            ("texts.txt", "application/json", '\'{"inputs": ["a text"]}\' --cli-binary-format raw-in-base64-out')
            if node in texts
            else ("rows.csv", "text/csv", "fileb://rows.csv")
        )
        lines.append(f"endpoint {node}: {endpoint}")
        lines.append(f"  try: playbook invoke {name} {node}{flag} --data {data}")
        if not local:
            lines.append(
                f"  or:  aws sagemaker-runtime invoke-endpoint --endpoint-name {endpoint} "
                f"--content-type {content_type} --body {body} predictions.{'json' if node in texts else 'csv'}"
            )
    return lines


def served_endpoints(
    source: PlaybookInput,
    env: str,
    *,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> dict[str, Any]:
    """{name, endpoints: {node: endpoint name}, text_nodes, emulator} of the deployment's API endpoint nodes (empty when
    it has none); `text_nodes` are those serving a fine-tuned model, which take texts; `emulator`: the environment is the
    local emulator."""
    from .deployed import deployment
    from .stack_prep import resolve_for_deploy

    pipeline = resolve_for_deploy(source, library_dirs, lock_file).pipeline
    record = deployment(f"{pipeline.name}-{env}", env) or {"outputs": {}}
    endpoints = {}
    for node in pipeline.nodes:
        value = record["outputs"].get(f"node_{node.id.replace('-', '_')}_endpoint_name")
        if node.subtype == "api_endpoint" and value:
            endpoints[node.id] = str(value)
    from .stack_prep import load_environment

    return {
        "name": pipeline.name,
        "endpoints": endpoints,
        "text_nodes": [n for n in endpoints if _serves_text(pipeline, n)],
        "emulator": bool(getattr(load_environment(env), "emulator", False)),  # no AWS CLI line for the local emulator
    }
