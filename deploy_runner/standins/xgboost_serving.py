"""Stand-in for the serving side of SageMaker's built-in XGBoost image, run locally behind an endpoint.

Why: an API endpoint of a pipeline must answer on the emulator the way the
built-in image answers on AWS, so a caller that sends the wrong format fails
locally too. It follows the inference container contract
(https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-inference-code.html:
the model artifact unpacked in ``/opt/ml/model``, ``GET /ping`` answers 200 once
the container is ready, ``POST /invocations`` carries the request's
``Content-Type``/``Accept``, the port comes from ``SAGEMAKER_BIND_TO_PORT``) and
the image's own serving code (aws/sagemaker-xgboost-container,
``algorithm_mode/serve.py`` and ``serve_utils.py``), with the real ``xgboost``:

* every file in the model directory is loaded as a booster (``xgboost-model``
  from the training stand-in); a model that cannot load answers 500;
* request content types ``text/csv`` (the default when none is given: rows of
  features, no label, no header) and ``text/libsvm``; anything else (JSON,
  JSON lines) answers 415, as the image does: "XGBoost ... only supports
  text/csv ... but also supports text/libsvm" (cdf-inference.md);
* an empty body answers 204; a payload the model cannot score answers 400;
* the answer is ``text/csv``: the predictions joined by commas (one per input
  row), as ``serve.py`` writes them for real-time inference, whatever ``Accept`` says.

Not honoured: selectable inference output (``SAGEMAKER_INFERENCE_OUTPUT``: the
answer stays plain scores), RecordIO-protobuf input, pickled boosters, the
image's exact xgboost version, ``/execution-parameters``.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

from .container import ServingHandler, serve

MODEL_DIR = Path(os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
_SUPPORTED = ("text/csv", "text/libsvm", "text/x-libsvm")


class _Model:
    def __init__(self, model_dir: Path) -> None:
        import xgboost as xgb

        files = sorted(p for p in model_dir.iterdir() if p.is_file()) if model_dir.is_dir() else []
        if not files:
            raise RuntimeError(f"no model file in {model_dir}")
        self.boosters = []
        for path in files:
            booster = xgb.Booster()
            booster.load_model(str(path))
            booster.set_param("nthread", "1")
            self.boosters.append(booster)
        self.lock = threading.Lock()  # xgboost's predict is not thread safe (serve.py loads one per worker)

    def predict(self, matrix: Any) -> list[float]:
        import numpy as np

        with self.lock:
            scores = [b.predict(matrix, validate_features=False) for b in self.boosters]
        return [float(v) for v in np.ravel(scores[0] if len(scores) == 1 else np.mean(scores, axis=0))]


def _matrix(body: bytes, content_type: str) -> Any:
    import numpy as np
    import xgboost as xgb

    text = body.strip().decode("utf-8")
    if content_type == "text/csv":
        try:
            return xgb.DMatrix(np.loadtxt(text.splitlines(), delimiter=",", ndmin=2))
        except ValueError as exc:
            raise ValueError(f"Loading csv data failed with Exception, please ensure data is in csv format: {exc}")
    rows, cols, values = [], [], []
    for row, line in enumerate(text.splitlines()):
        for item in (i for i in line.split() if ":" in i):  # a leading label (no colon) is skipped, as serve_utils does
            index, _, value = item.partition(":")
            rows.append(row)
            cols.append(int(index))
            values.append(float(value))
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    return xgb.DMatrix(csr_matrix((values, (rows, cols))))


class _Handler(ServingHandler):
    model: _Model | None = None

    def do_POST(self) -> None:
        if self.path != "/invocations":
            return self._answer(404, "not found")
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if not body:
            return self._answer(204)
        content_type = (self.headers.get("Content-Type") or "text/csv").split(";")[0].strip().lower()
        if content_type not in _SUPPORTED:
            message = f"Content-type {content_type} not supported. Supported content-type is text/csv, text/libsvm"
            print(f"ERROR: {message}", flush=True)
            return self._answer(415, message)
        try:
            matrix = _matrix(body, content_type)
        except (ValueError, UnicodeDecodeError) as exc:
            print(f"ERROR: {exc}", flush=True)
            return self._answer(415, str(exc))
        if self.model is None:
            return self._answer(500, f"Unable to load model: {self.load_error}")
        try:
            scores = self.model.predict(matrix)
        except Exception as exc:  # the image answers every scoring failure with 400
            print(f"ERROR: Unable to evaluate payload provided: {exc}", flush=True)
            return self._answer(400, f"Unable to evaluate payload provided: {exc}")
        self._answer(200, ",".join(map(str, scores)), "text/csv")


def main() -> int:
    return serve(_Handler, lambda: _Model(MODEL_DIR), MODEL_DIR)


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main())
