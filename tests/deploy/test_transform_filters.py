"""A batch transform's DataProcessing on CSV, as SageMaker applies it (deploy_runner/transform_filters.py).

AWS's example ("Associate Prediction Results with Input Records"): InputFilter `$[1:]` drops the
first column before the model, JoinSource `Input` appends the prediction to the original row, and
OutputFilter `$[0,-1]` keeps the first column and the prediction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from deploy_runner import transform_filters
from playbooks.spec import csv_jsonpath

ROW = ["id7", "a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("expression", "kept"),
    [
        ("$", ROW),
        ("$[*]", ROW),
        ("$[0]", ["id7"]),
        ("$[-1]", ["d"]),
        ("$[1:]", ["a", "b", "c", "d"]),
        ("$[:-1]", ["id7", "a", "b", "c"]),
        ("$[1:3]", ["a", "b"]),
        ("$[0,-1]", ["id7", "d"]),
        ("$[0, 3:]", ["id7", "c", "d"]),
        ("$[2,0]", ["b", "id7"]),
        ("$[7:]", []),
    ],
)
def test_a_filter_selects_the_columns_sagemaker_would(expression: str, kept: list[str]) -> None:
    assert csv_jsonpath.select(ROW, csv_jsonpath.parse(expression)) == kept


@pytest.mark.parametrize(
    ("expression", "says"),
    [
        ("$.features", "a field name selects from JSON records"),
        ("[1:]", "expected one of $, $[n]"),
        ("$[1:2:1]", "'1:2:1' is neither an index nor a slice"),
        ("$[a]", "'a' is neither an index nor a slice"),
        ("$[0,]", "'' is neither an index nor a slice"),
        ("$[" + ",".join(["1"] * 40) + "]", "SageMaker accepts at most 63"),
    ],
)
def test_a_filter_sagemaker_rejects_for_csv_is_refused_with_the_forms_it_accepts(expression: str, says: str) -> None:
    with pytest.raises(ValueError) as caught:
        csv_jsonpath.parse(expression)
    assert says in str(caught.value)


def test_an_index_beyond_the_record_is_an_error_not_an_empty_column() -> None:
    with pytest.raises(IndexError, match="column 5 does not exist in a record of 5"):
        csv_jsonpath.select(ROW, csv_jsonpath.parse("$[5]"))


def _request(**processing: str) -> dict:
    return {"TransformInput": {"ContentType": "text/csv", "SplitType": "Line"}, "DataProcessing": processing}


def _staged(tmp_path: Path, text: str) -> tuple[Path, Path]:
    inputs, outputs = tmp_path / "input", tmp_path / "output"
    (inputs / "day").mkdir(parents=True)
    outputs.mkdir()
    (inputs / "day" / "part.csv").write_text(text)
    return inputs, outputs


def _model_stand_in(inputs: Path, outputs: Path) -> None:
    """Stands in for the model: one prediction per row, the sum of its columns (so it sees what the filter left)."""
    rows = (inputs / "day" / "part.csv").read_text().split()
    (outputs / "day").mkdir()
    (outputs / "day" / "part.csv.out").write_text("".join(f"{sum(float(x) for x in r.split(','))}\n" for r in rows))


def test_label_dropped_before_the_model_and_joined_rows_keep_it_with_the_prediction(tmp_path: Path) -> None:
    inputs, outputs = _staged(tmp_path, "1,2,3\n0,10,20\n\n")
    request = _request(InputFilter="$[1:]", JoinSource="Input", OutputFilter="$[0,-1]")
    originals = transform_filters.filter_inputs(inputs, request)
    assert (inputs / "day" / "part.csv").read_text() == "2,3\n10,20\n"  # what the model reads
    _model_stand_in(inputs, outputs)
    transform_filters.join_outputs(outputs, request, originals)
    assert (outputs / "day" / "part.csv.out").read_text() == "1,5.0\n0,30.0\n"  # label, prediction


def test_join_without_output_filter_writes_the_whole_input_row_then_the_prediction(tmp_path: Path) -> None:
    inputs, outputs = _staged(tmp_path, "1,2,3\n")
    request = _request(InputFilter="$[1:]", JoinSource="Input")
    originals = transform_filters.filter_inputs(inputs, request)
    _model_stand_in(inputs, outputs)
    transform_filters.join_outputs(outputs, request, originals)
    assert (outputs / "day" / "part.csv.out").read_text() == "1,2,3,5.0\n"


def test_no_data_processing_leaves_inputs_and_outputs_untouched(tmp_path: Path) -> None:
    inputs, outputs = _staged(tmp_path, "1,2,3\n")
    request = {"TransformInput": {"ContentType": "text/csv", "SplitType": "Line"}}
    assert transform_filters.filter_inputs(inputs, request) == {}
    assert (inputs / "day" / "part.csv").read_text() == "1,2,3\n"


def test_a_model_that_drops_rows_cannot_be_joined(tmp_path: Path) -> None:
    inputs, outputs = _staged(tmp_path, "1,2\n3,4\n")
    request = _request(JoinSource="Input")
    originals = transform_filters.filter_inputs(inputs, request)
    (outputs / "day").mkdir()
    (outputs / "day" / "part.csv.out").write_text("0.5\n")
    with pytest.raises(transform_filters.FilterFailed, match="day/part.csv has 2 record.s. but the model returned 1"):
        transform_filters.join_outputs(outputs, request, originals)


def test_filters_on_data_the_local_runner_does_not_model_fail_the_job_instead_of_being_ignored(tmp_path: Path) -> None:
    inputs, _ = _staged(tmp_path, '{"a": 1}\n')
    request = {
        "TransformInput": {"ContentType": "application/json", "SplitType": "Line"},
        "DataProcessing": {"InputFilter": "$.a"},
    }
    with pytest.raises(transform_filters.FilterFailed, match="text/csv split by Line only; run this node on AWS"):
        transform_filters.filter_inputs(inputs, request)


def test_an_input_filter_naming_a_missing_column_fails_the_job(tmp_path: Path) -> None:
    inputs, _ = _staged(tmp_path, "1,2\n")
    with pytest.raises(transform_filters.FilterFailed, match="InputFilter on day/part.csv: column 3 does not exist"):
        transform_filters.filter_inputs(inputs, _request(InputFilter="$[3]"))
