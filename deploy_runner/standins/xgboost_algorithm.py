"""Stand-in for SageMaker's built-in XGBoost algorithm image (sagemaker-xgboost), run locally.

Why: the built-in image cannot run here (no Docker, no ECR), but a pipeline's
training node must fail locally where it would fail on AWS. This honours the
algorithm's documented data contract with the real ``xgboost`` library
(https://docs.aws.amazon.com/sagemaker/latest/dg/xgboost.html, "Input/Output
Interface for the XGBoost Algorithm"; hyperparameters in
xgboost_hyperparameters.md):

* a ``train`` channel is required, ``validation`` is optional;
* content type ``text/csv`` (``csv``): the label is the FIRST column, no header
  row; ``text/libsvm`` (``libsvm``, the default) is read as LIBSVM;
* ``num_round`` is required; every other hyperparameter is passed to
  ``xgboost.train`` (numbers as numbers), ``objective`` defaults to ``reg:squarederror``;
* the model is saved as ``/opt/ml/model/xgboost-model``; a failure is written
  to ``/opt/ml/output/failure`` (SageMaker's FailureReason) and exits non-zero;
* batch transform (``transform IN OUT``): CSV rows *without* the label, one
  prediction per line, into ``<file>.out``.

Not honoured: distributed training, Pipe mode, RecordIO-protobuf and Parquet
input, the image's exact xgboost version (this is xgboost-cpu from PyPI, pinned).
"""

from __future__ import annotations
from typing import Any

from .container import report_failure

import json
import os
import sys
from pathlib import Path

OPT_ML = Path("/opt/ml")
_INTEGER = {"num_round", "max_depth", "num_class", "seed", "max_bin", "num_parallel_tree", "early_stopping_rounds"}


class AlgorithmError(Exception):
    pass


def _content_type(config: dict[str, Any], channel: str) -> str:
    value = (config.get(channel, {}).get("ContentType") or "text/libsvm").lower().split(";")[0].strip()
    if value in ("text/csv", "csv"):
        return "csv"
    if value in ("text/libsvm", "libsvm", "text/x-libsvm"):
        return "libsvm"
    raise AlgorithmError(f"Content type {value} is not supported for channel {channel} (use text/csv or text/libsvm)")


def _matrix(channel: str, content_type: str) -> Any:
    import numpy as np
    import xgboost as xgb

    files = sorted(p for p in (OPT_ML / "input" / "data" / channel).rglob("*") if p.is_file())
    if not files:
        raise AlgorithmError(f"No data found in channel {channel!r}")
    if content_type == "libsvm":
        return xgb.DMatrix(f"{files[0]}?format=libsvm")
    rows = []
    for path in files:
        try:
            data = np.loadtxt(path, delimiter=",", ndmin=2)
        except ValueError as exc:
            raise AlgorithmError(f"Could not read {path.name} as CSV with numbers only (label first, no header): {exc}")
        rows.append(data)
    data = np.vstack(rows)
    if data.shape[1] < 2:
        raise AlgorithmError(f"CSV in channel {channel!r} needs a label column and at least one feature")
    return xgb.DMatrix(data[:, 1:], label=data[:, 0])


def _params(hyperparameters: dict[str, str]) -> tuple[dict[str, Any], int]:
    if "num_round" not in hyperparameters:
        raise AlgorithmError("Missing required hyperparameter: num_round")
    params: dict[str, Any] = {"objective": "reg:squarederror"}
    for key, raw in hyperparameters.items():
        if key.startswith("sagemaker_"):
            continue
        try:
            params[key] = int(raw) if key in _INTEGER else float(raw)
        except ValueError:
            params[key] = raw
    return params, int(params.pop("num_round"))


def train() -> None:
    import xgboost as xgb

    config_dir = OPT_ML / "input" / "config"
    hyperparameters = json.loads((config_dir / "hyperparameters.json").read_text())
    channels = json.loads((config_dir / "inputdataconfig.json").read_text())
    if "train" not in channels:
        raise AlgorithmError(f"Channel 'train' is required; got channels {sorted(channels)}")
    params, rounds = _params(hyperparameters)
    train_matrix = _matrix("train", _content_type(channels, "train"))
    evals = [(train_matrix, "train")]
    if "validation" in channels:
        evals.append((_matrix("validation", _content_type(channels, "validation")), "validation"))
    print(
        f"train: {train_matrix.num_row()} rows x {train_matrix.num_col()} features, {rounds} rounds, "
        f"objective {params['objective']}",
        flush=True,
    )
    booster = xgb.train(params, train_matrix, num_boost_round=rounds, evals=evals, verbose_eval=max(1, rounds // 5))
    (OPT_ML / "model").mkdir(parents=True, exist_ok=True)
    booster.save_model(str(OPT_ML / "model" / "xgboost-model"))
    print("model saved to /opt/ml/model/xgboost-model", flush=True)


def transform(source: Path, target: Path) -> None:
    import numpy as np
    import xgboost as xgb

    model = OPT_ML / "model" / "xgboost-model"
    if not model.is_file():
        raise AlgorithmError("the model artifact has no xgboost-model file")
    booster = xgb.Booster()
    booster.load_model(str(model))
    files = sorted(p for p in source.rglob("*") if p.is_file())
    for path in files:
        data = np.loadtxt(path, delimiter=",", ndmin=2)
        predictions = booster.predict(xgb.DMatrix(data))
        out = target / (path.relative_to(source).as_posix() + ".out")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(f"{float(p):.6g}\n" for p in np.ravel(predictions)))
        print(f"scored {len(data)} rows of {path.name}", flush=True)


def main(argv: list[str]) -> int:
    try:
        if argv[:1] == ["train"]:
            train()
        elif argv[:1] == ["transform"] and len(argv) == 3:
            transform(Path(argv[1]), Path(argv[2]))
        else:
            raise AlgorithmError(f"usage: train | transform IN OUT (got {argv})")
    except AlgorithmError as exc:
        return report_failure(exc, OPT_ML / "output" / "failure", make_dir=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # a shared machine: one core per local job
    sys.exit(main(sys.argv[1:]))
