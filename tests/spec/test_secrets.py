"""Secret detection (playbooks.spec.secrets): catches the common accident, does not cry wolf."""

from __future__ import annotations

import pytest

import pipeline_ops
from playbooks.spec.secrets import parse_reference, reference_problem, secret_literal


@pytest.mark.parametrize(
    "name, value",
    [
        ("DB_PASSWORD", "hunter2"),
        ("HF_TOKEN", "hf_abcdefgh"),
        ("X-Api-Key", "abc123"),
        ("Authorization", "Basic dXNlcg=="),
        ("Cookie", "session=abc"),
        ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI"),
        ("CLIENT_SECRET", "s3cr3t"),
        ("ANYTHING", "Bearer abcdefghijklmnop"),
        ("ANYTHING", "AKIAIOSFODNN7EXAMPLE"),
        ("ANYTHING", "-----BEGIN RSA PRIVATE KEY-----\nMIIE"),
        ("DSN", "postgres://app:pw@db:5432/x"),
        ("ANYTHING", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc"),
        ("GH", "ghp_0123456789abcdefghijABCDEFGHIJ0123"),
    ],
)
def test_literal_secrets_are_recognised(name, value):
    assert secret_literal(name, value)


@pytest.mark.parametrize(
    "name, value",
    [
        ("MAX_TOKENS", "512"),
        ("TOKENIZER", "bert-base"),
        ("PASSWORD_MIN_LENGTH", "8"),
        ("Accept", "application/json"),
        ("LOG_LEVEL", "info"),
        ("DB_PASSWORD", ""),
        ("USE_TOKEN", "true"),
        ("DB_PASSWORD", "secretsmanager:prod/db"),
        ("Authorization", "ssm:/team/api/bearer"),
        ("URL", "https://example.com/data.json"),
    ],
)
def test_plain_configuration_and_references_are_not_flagged(name, value):
    assert secret_literal(name, value) is None


def test_reference_syntax():
    assert str(parse_reference("secretsmanager:prod/db")) == "secretsmanager:prod/db"
    assert parse_reference("ssm:/a/b").store == "ssm"
    assert parse_reference("plain") is None
    assert reference_problem("secretsmanager:") and reference_problem("ssm:has space")
    assert reference_problem("secretsmanager:arn:aws:secretsmanager:eu-west-1:123456789012:secret:x-AbCdEf") is None


def test_hyperparameters_holding_secrets_are_refused():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "playbooks/library/churn-prediction/1.2.0.yaml").read_text()
    text = text.replace(
        "      task: training\n", "      task: training\n      config: {hyperparameters: {wandb_api_key: abcdef123456}}\n", 1
    )
    result = pipeline_ops.validate(text)
    assert result["valid"] is False
    assert "environment:` reference" in result["errors"][0]["message"]
