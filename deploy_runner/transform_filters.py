"""A batch transform's `DataProcessing` (input filter, join, output filter), applied around the local model.

Modelled on AWS's "Associate Prediction Results with Input Records"
(sagemaker/latest/dg/batch-transform-data-processing.md) for text/csv with SplitType Line: each row is a
JSON array of its fields; `InputFilter` selects the fields the model sees; with `JoinSource: Input` the
model's output row for a record is appended to the ORIGINAL (unfiltered) input row; `OutputFilter` then
selects from that joined row (from the output row alone without a join). A join needs one output row per
input row, else the job fails, as SageMaker cannot associate them. Other content types or split types
with a DataProcessing the local runner does not model: the job fails and says to run on AWS, rather than
silently scoring unfiltered data. The JSONPath forms are playbooks/spec/csv_jsonpath.py.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from playbooks.spec import csv_jsonpath

Rows = dict[str, list[list[str]]]  # input file (relative path) -> its original rows


class FilterFailed(Exception):
    """The transform job fails; the message is its FailureReason."""


def _active(processing: dict[str, Any] | None) -> bool:
    if not processing:
        return False
    filters = (processing.get("InputFilter", "$"), processing.get("OutputFilter", "$"))
    return filters != ("$", "$") or processing.get("JoinSource", "None") == "Input"


def _selector(processing: dict[str, Any], key: str) -> csv_jsonpath.Selector:
    try:
        return csv_jsonpath.parse(processing.get(key, "$"))
    except ValueError as exc:
        raise FilterFailed(f"ValidationException: DataProcessing.{key} {exc}") from None


def _read(path: Path) -> list[list[str]]:
    return [row for row in csv.reader(io.StringIO(path.read_text())) if row]


def _write(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue())


def _select(rows: list[list[str]], selector: csv_jsonpath.Selector, where: str) -> list[list[str]]:
    try:
        return [csv_jsonpath.select(row, selector) for row in rows]
    except IndexError as exc:
        raise FilterFailed(f"ClientError: {where}: {exc}") from None


def filter_inputs(inputs: Path, request: dict[str, Any]) -> Rows:
    """Rewrite the staged input files through InputFilter; return the original rows for the join."""
    processing = request.get("DataProcessing")
    if not _active(processing):
        return {}
    assert processing is not None
    source = request["TransformInput"]
    if source.get("ContentType", "text/csv") != "text/csv" or source.get("SplitType", "None") != "Line":
        raise FilterFailed(
            "ClientError: the local runner applies DataProcessing to text/csv split by Line only; run this node on AWS"
        )
    selector = _selector(processing, "InputFilter")
    _selector(processing, "OutputFilter")  # a bad output filter fails the job before it scores
    originals: Rows = {}
    for path in sorted(p for p in inputs.rglob("*") if p.is_file()):
        relative = path.relative_to(inputs).as_posix()
        originals[relative] = _read(path)
        _write(path, _select(originals[relative], selector, f"InputFilter on {relative}"))
    return originals


def join_outputs(outputs: Path, request: dict[str, Any], originals: Rows) -> None:
    """Join each `<file>.out` with its input rows (JoinSource Input) and apply OutputFilter, in place."""
    processing = request.get("DataProcessing")
    if not _active(processing):
        return
    assert processing is not None
    selector = _selector(processing, "OutputFilter")
    join = processing.get("JoinSource", "None") == "Input"
    for relative, rows in originals.items():
        out = outputs / f"{relative}.out"
        if not out.is_file():
            continue
        predictions = _read(out)
        if join and len(predictions) != len(rows):
            raise FilterFailed(
                f"ClientError: JoinSource Input: {relative} has {len(rows)} record(s) but the model returned "
                f"{len(predictions)}; a join needs one output record per input record"
            )
        joined = [row + prediction for row, prediction in zip(rows, predictions)] if join else predictions
        _write(out, _select(joined, selector, f"OutputFilter on {relative}.out"))
