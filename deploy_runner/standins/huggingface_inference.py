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
from pathlib import Path
from typing import Any

from .container import ServingHandler, report_failure, serve

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


class _Handler(ServingHandler):
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


def main(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:
        return serve(_Handler, lambda: load(MODEL_DIR), MODEL_DIR)
    try:
        if argv[:1] != ["transform"] or len(argv) != 3:
            raise RequestError(400, f"usage: serve | transform IN OUT (got {argv})")
        transform(Path(argv[1]), Path(argv[2]))
    except (RequestError, RuntimeError, ImportError) as exc:
        return report_failure(exc)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main(sys.argv[1:]))
