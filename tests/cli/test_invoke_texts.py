"""`playbook invoke` for an endpoint serving a fine-tuned model takes texts (no emulator: the parsing and the hints)."""

from __future__ import annotations

import pytest

from pipeline_ops.invoke_ops import InvokeFailed, invoke_hints, texts_of


def test_texts_are_plain_lines_json_strings_or_inputs_objects():
    assert texts_of('it crashes\n\n"billed, twice"\n{"inputs": "refund please"}\n') == [
        "it crashes",
        "billed, twice",
        "refund please",
    ]
    with pytest.raises(InvokeFailed) as bad:
        texts_of('ok\n{"inputs": 3}\n', "texts.txt")
    assert bad.value.kind == "invalid_data" and "texts.txt, line 2" in str(bad.value)
    with pytest.raises(InvokeFailed):
        texts_of("\n\n")


def test_the_hint_for_a_fine_tuned_endpoint_sends_json_texts_on_aws():
    text, rows = (
        invoke_hints("p.yaml", "prod", {"serve": "ep-1"}, False, ["serve"]),
        invoke_hints("p.yaml", "prod", {"serve": "ep-1"}, False),
    )
    assert "playbook invoke p.yaml serve --env prod --data texts.txt" in text[1]
    assert "--content-type application/json" in text[2] and "raw-in-base64-out" in text[2]
    assert "--data rows.csv" in rows[1] and "--content-type text/csv --body fileb://rows.csv" in rows[2]


def test_the_hint_for_an_emulator_environment_names_it_and_no_aws_cli_line():
    named, default = (
        invoke_hints("p.yaml", "team-local", {"serve": "ep-1"}, True),
        invoke_hints("p.yaml", "local", {"serve": "ep-1"}, True),
    )
    assert named == ["endpoint serve: ep-1", "  try: playbook invoke p.yaml serve --env team-local --data rows.csv"]
    assert default[1] == "  try: playbook invoke p.yaml serve --local --data rows.csv" and len(default) == 2
