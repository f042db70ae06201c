"""Hostile values inside a playbook are refused at validate, with the file, line and YAML path:
keys the orchestrator would read as JSONPath, IAM wildcards in what becomes a grant, literal
secrets under the names tools use, control characters. And the CLI never prints a control
character it read from a file as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline_ops
from playbook_cli.main import main

REPO = Path(__file__).resolve().parents[2]
CHURN = (REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text()

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: hostile-values
  version: 1.0.0
  description: {description}
spec:
  parameters:
{parameters}
  nodes:
    - id: raw
      type: data_source
      source: s3
      config: {raw_config}
    - id: api
      type: data_source
      source: api
      config: {api_config}
    - id: prep
      type: preprocessing
      inputs: [raw]
      config: {prep_config}
    - id: train
      type: model
      task: training
      inputs: [prep]
      config: {train_config}
"""


def _playbook(**overrides: str) -> str:
    values = {
        "description": "plain",
        "parameters": "    epochs: {type: integer, default: 3}",
        "raw_config": "{bucket: data-lake, prefix: curated/}",
        "api_config": '{url: "https://api.example.com/data.json?format=json"}',
        "prep_config": "{arguments: [--epochs, '3']}",
        "train_config": "{hyperparameters: {max_depth: 5}}",
    }
    values.update(overrides)
    return PLAYBOOK.format(**values)


def _errors(text: str) -> list[dict]:
    result = pipeline_ops.validate(text)
    return [] if result["valid"] else result["errors"]


def test_the_baseline_playbook_is_valid():
    assert _errors(_playbook()) == []


def test_a_hyperparameter_key_ending_in_dollar_is_refused_where_it_is():
    errors = _errors(_playbook(train_config='{hyperparameters: {"injected.$": "States.JsonToString($)"}}'))
    assert [(e["path"], e["line"]) for e in errors] == [("spec.nodes[3].config.hyperparameters.injected.$", 27)]
    assert "JSONPath" in errors[0]["message"] and "rename" in errors[0]["message"]


def test_an_environment_key_ending_in_dollar_is_refused():
    errors = _errors(_playbook(prep_config='{environment: {"A.$": "$"}}'))
    assert errors and errors[0]["path"].startswith("spec.nodes[2].config.environment")


@pytest.mark.parametrize(
    "raw_config, path, words",
    [
        ('{bucket: data-lake, kms_key_arn: "arn:aws:kms:*"}', "kms_key_arn", "ARN of one KMS key"),
        ('{bucket: data-lake, kms_key_arn: "arn:aws:kms:eu-west-1:123456789012:alias/data"}', "kms_key_arn", "not an alias"),
        ('{bucket: data-lake, prefix: "*"}', "prefix", "wildcard"),
        ('{bucket: data-lake, prefix: "team/?/x/"}', "prefix", "wildcard"),
        ('{bucket: data-lake, prefix: "${aws:username}/"}', "prefix", "policy variable"),
    ],
)
def test_wildcards_that_would_widen_a_grant_are_refused(raw_config, path, words):
    errors = _errors(_playbook(raw_config=raw_config))
    assert [(e["path"], e["line"]) for e in errors] == [(f"spec.nodes[0].config.{path}", 14)], errors
    assert words in errors[0]["message"]


def test_wildcards_in_s3_uris_that_become_grants_are_refused():
    text = CHURN.replace(
        "      task: training\n", "      task: training\n      config: {base_model_uri: 's3://models-bucket/*'}\n", 1
    )
    text = text.replace("task: training", "task: fine_tuning", 1)
    errors = _errors(text)
    assert any(e["path"].endswith("config.base_model_uri") and "wildcard" in e["message"] for e in errors), errors


def test_a_strict_kms_key_arn_is_accepted():
    raw = '{bucket: data-lake, kms_key_arn: "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-a0a0-4e5f-8a9b-0c1d2e3f4a5b"}'
    assert _errors(_playbook(raw_config=raw)) == []


@pytest.mark.parametrize(
    "overrides, path",
    [
        ({"prep_config": "{environment: {PGPASSWORD: hunter2}}"}, "spec.nodes[2].config.environment.PGPASSWORD"),
        ({"prep_config": "{environment: {DB_PASS: hunter2}}"}, "spec.nodes[2].config.environment.DB_PASS"),
        ({"prep_config": "{environment: {HFTOKEN: abcdefgh}}"}, "spec.nodes[2].config.environment.HFTOKEN"),
        ({"prep_config": "{arguments: [--password, hunter2]}"}, "spec.nodes[2].config.arguments[1]"),
        ({"prep_config": "{arguments: [--token=abcdef123]}"}, "spec.nodes[2].config.arguments[0]"),
        ({"api_config": '{url: "https://api.example.com/x?format=json&api_key=abcdef123"}'}, "spec.nodes[1].config.url"),
        (
            {"parameters": "    api_token: {type: string, default: abcdef123456}"},
            "spec.parameters.api_token.default",
        ),
    ],
)
def test_literal_secrets_under_common_names_are_refused(overrides, path):
    errors = _errors(_playbook(**overrides))
    assert [e["path"] for e in errors] == [path], errors
    assert "looks like a secret" in errors[0]["message"]


@pytest.mark.parametrize(
    "overrides",
    [
        {"prep_config": "{arguments: [--password-file, /opt/ml/processing/input/pw, --token-limit, '512']}"},
        {"prep_config": "{environment: {BYPASS_CACHE: 'yes', TOKENIZER: bert}}"},
        {
            "api_config": '{url: "https://api.example.com/x?api_key={{ params.key }}"}',
            "parameters": "    key: {type: string, default: ''}",
        },
        {"parameters": "    max_tokens: {type: integer, default: 512}"},
    ],
)
def test_configuration_that_only_sounds_like_a_secret_passes(overrides):
    assert _errors(_playbook(**overrides)) == []


def test_a_with_value_for_a_secret_named_parameter_is_refused():
    text = """apiVersion: playbooks/v1
kind: Pipeline
metadata: {name: parent-one, version: 1.0.0}
spec:
  nodes:
    - id: child
      type: pipeline
      with: {api_token: abcdef123456}
      pipeline:
        spec:
          parameters: {api_token: {type: string, default: ''}}
          nodes:
            - {id: events, type: data_source, source: s3}
"""
    errors = _errors(text)
    assert [(e["path"], e["line"]) for e in errors] == [("spec.nodes[0].with.api_token", 8)], errors


@pytest.mark.parametrize(
    "description, shown",
    [
        ('"title \\e]0;owned\\a"', "U+001B"),
        ('"nul \\0 byte"', "U+0000"),
        ('"carriage \\r return"', "U+000D"),
        ('"csi \\x9b1m"', "U+009B"),
        ('"rtl \\u202e override"', "U+202E"),
    ],
)
def test_control_characters_in_strings_are_refused_with_their_position(description, shown):
    errors = _errors(_playbook(description=description))
    assert [(e["path"], e["line"]) for e in errors] == [("metadata.description", 6)], errors
    assert shown in errors[0]["message"]


def test_control_characters_in_keys_are_refused():
    errors = _errors(_playbook(prep_config='{environment: {"A\\eB": x}}'))
    assert errors and "U+001B" in errors[0]["message"] and errors[0]["line"] == 22


def test_tabs_and_line_breaks_in_text_are_fine():
    text = _playbook(description='"first line\\n\\tsecond, indented"')
    assert _errors(text) == []
    assert _errors(text.replace("\n", "\r\n")) == []


def test_the_cli_escapes_control_characters_it_read_from_a_file(tmp_path, monkeypatch, capsys):
    # A file name is read from the directory, never checked by the spec: an error naming it must not
    # retitle the terminal.
    monkeypatch.chdir(tmp_path)
    evil = tmp_path / "evil\x1b]0;owned\x07.yaml"
    evil.write_text(_playbook(train_config="{hyperparameters: {max_depth: 5}, unknown_field: 1}"))
    code = main(["validate", evil.name])
    out, err = capsys.readouterr()
    assert code == 1
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "evil\\x1b]0;owned\\x07.yaml" in err
