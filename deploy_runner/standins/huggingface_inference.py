"""Stand-in for SageMaker's Hugging Face PyTorch inference image (huggingface-pytorch-inference), run locally.

Why: a fine-tuned model must be scored on the emulator the way the image scores it on AWS, so a
batch node or an endpoint that sends the wrong format, or a model the image cannot load, fails
locally too. It follows the image's default handler, aws/sagemaker-huggingface-inference-toolkit
(``handler_service.py``, ``decoder_encoder.py``, ``transformers_utils.py``), with the real
``transformers`` on PyTorch's CPU build:

* the model is ``transformers.pipeline(task, model=/opt/ml/model)``; the task is ``HF_TASK``, or
  inferred from ``config.json``'s ``architectures`` (``*ForSequenceClassification`` ->
  ``text-classification``, as ``infer_task_from_model_architecture`` does); no hub download
  (``HF_HUB_OFFLINE=1``: ``HF_MODEL_ID`` is AWS-only);
* a request is ``application/json`` ``{"inputs": ..., "parameters": {...}}`` (``inputs``
  required), or ``text/csv`` whose header names ``inputs`` (or ``question``/``context``), which
  becomes ``{"inputs": [column]}`` (``decode_csv``); other content types answer 415, a CSV
  without such a header 400, as the toolkit does;
* the answer is the pipeline's output as compact JSON (``encode_json``), or CSV with a header
  row when ``Accept`` is ``text/csv`` (``encode_csv``).

Batch transform (``transform IN OUT``): each input file's records are requests. With
``application/json`` (or ``application/jsonlines``) input, one JSON object per line, one answer
line each; with ``text/csv``, the file is one request (header row first) and one answer line is
written per row. Not honoured: custom ``inference.py`` in the model's ``code/`` (user
``model_fn``/``predict_fn`` overrides), GPUs, ``HF_MODEL_ID`` hub models, image/audio payloads,
the image's exact transformers version (this Python's, the ``emulator-llm`` extra).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MODEL_DIR = Path(os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
_JSON = ("application/json", "application/jsonlines", "application/x-jsonlines")
_ARCHITECTURE_TASKS = {
    "ForSequenceClassification": "text-classification",
    "ForTokenClassification": "token-classification",
    "ForQuestionAnswering": "question-answering",
    "ForCausalLM": "text-generation",
    "ForMaskedLM": "fill-mask",
}


class RequestError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def task_of(model_dir: Path) -> str:
    if os.environ.get("HF_TASK"):
        return os.environ["HF_TASK"]
    config = model_dir / "config.json"
    architectures = json.loads(config.read_text()).get("architectures") or [] if config.is_file() else []
    for architecture in architectures:
        for suffix, task in _ARCHITECTURE_TASKS.items():
            if architecture.endswith(suffix):
                return task
    raise RuntimeError(f"Task couldn't be inferred from {architectures or 'a model without config.json'}; set HF_TASK")


def load(model_dir: Path) -> Any:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import importlib

    transformers: Any = importlib.import_module("transformers")  # the emulator-llm extra, optional (untyped here)
    return transformers.pipeline(task_of(model_dir), model=str(model_dir), device="cpu")


def decode(body: bytes, content_type: str) -> dict[str, Any]:
    text = body.decode("utf-8")
    if content_type in _JSON:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise RequestError(400, f"the body is not JSON: {exc}") from None
    elif content_type == "text/csv":
        lines = text.splitlines()
        if not lines or not any(h in lines[0].lower() for h in ("question", "context", "inputs")):
            raise RequestError(
                400,
                "You need to provide the correct CSV with Header columns to use it with the inference toolkit default handler.",
            )
        rows = list(csv.DictReader(io.StringIO(text)))
        data = {"inputs": [r["inputs"] for r in rows] if rows and "inputs" in rows[0] else rows}
    else:
        raise RequestError(415, f"Content type {content_type} is not supported by this deployed model")
    if not isinstance(data, dict) or "inputs" not in data:
        raise RequestError(400, 'the request needs an "inputs" key ({"inputs": ..., "parameters": {...}})')
    return data


def predict(model: Any, data: dict[str, Any]) -> Any:
    return model(data["inputs"], **(data.get("parameters") or {}))


def encode(result: Any, accept: str) -> tuple[str, str]:
    if accept == "text/csv":
        rows = result if isinstance(result, list) else [result]
        stream = io.StringIO()
        writer = csv.DictWriter(stream, list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
        return stream.getvalue(), "text/csv"
    return json.dumps(result, ensure_ascii=False, separators=(",", ":")), "application/json"


def transform(source: Path, target: Path) -> None:
    content_type = os.environ.get("SM_INPUT_CONTENT_TYPE", "application/json").split(";")[0].strip().lower()
    model = load(MODEL_DIR)
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        out = target / (path.relative_to(source).as_posix() + ".out")
        out.parent.mkdir(parents=True, exist_ok=True)
        answers: list[str] = []
        if content_type == "text/csv":
            answers = [json.dumps(r, separators=(",", ":")) for r in predict(model, decode(path.read_bytes(), content_type))]
        else:
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if line.strip():
                    try:
                        answers.append(encode(predict(model, decode(line.encode(), content_type)), "application/json")[0])
                    except RequestError as exc:
                        raise RequestError(exc.status, f"{path.name}, line {number}: {exc}") from None
        out.write_text("".join(a + "\n" for a in answers))
        print(f"scored {len(answers)} records of {path.name}", flush=True)


class _Handler(BaseHTTPRequestHandler):
    model: Any = None
    load_error: str | None = None

    def log_message(self, format: str, *args: Any) -> None:
        print(f"{self.command} {self.path} {args[1] if len(args) > 1 else ''}", flush=True)

    def _answer(self, status: int, body: str = "", content_type: str = "text/plain") -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path != "/ping":
            return self._answer(404, "not found")
        self._answer(200 if self.model is not None else 500, "" if self.model is not None else str(self.load_error))

    def do_POST(self) -> None:
        if self.path != "/invocations":
            return self._answer(404, "not found")
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        content_type = (self.headers.get("Content-Type") or "application/json").split(";")[0].strip().lower()
        accept = (self.headers.get("Accept") or "application/json").split(";")[0].strip().lower()
        if self.model is None:
            return self._answer(500, f"Unable to load model: {self.load_error}")
        try:
            answer, answer_type = encode(predict(self.model, decode(body, content_type)), accept)
        except RequestError as exc:
            print(f"ERROR: {exc}", flush=True)
            return self._answer(exc.status, str(exc))
        except Exception as exc:  # the toolkit answers a failing prediction with 400
            print(f"ERROR: prediction failed: {exc}", flush=True)
            return self._answer(400, f"prediction failed: {type(exc).__name__}: {exc}")
        self._answer(200, answer, answer_type)


def serve() -> int:
    port = int(os.environ.get("SAGEMAKER_BIND_TO_PORT", "8080"))
    try:
        _Handler.model = load(MODEL_DIR)
        print(f"model loaded from {MODEL_DIR}", flush=True)
    except Exception as exc:  # the container still starts; /ping reports it unhealthy
        _Handler.load_error = f"{type(exc).__name__}: {exc}"
        print(f"ERROR: could not load the model: {_Handler.load_error}", flush=True)
    server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
    print(f"serving on 127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:
        return serve()
    try:
        if argv[:1] != ["transform"] or len(argv) != 3:
            raise RequestError(400, f"usage: serve | transform IN OUT (got {argv})")
        transform(Path(argv[1]), Path(argv[2]))
    except (RequestError, RuntimeError, ImportError) as exc:
        print(f"ERROR: {exc}", file=sys.stderr, flush=True)
        failure = Path("/opt/ml/output/failure")
        if failure.parent.is_dir():
            failure.write_text(str(exc))
        return 1
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main(sys.argv[1:]))
