"""Step Functions refuses definitions over 1 MB (a hard quota); synth says so before any apply."""

from __future__ import annotations

import pytest

from playbooks import load_resolved
from playbooks.spec import aws_limits
from stacks.synth import synth_stacks

pytestmark = pytest.mark.synth


def test_an_oversized_definition_fails_at_synth_naming_the_quota(tmp_path, monkeypatch):
    monkeypatch.setattr(aws_limits, "STATE_MACHINE_DEFINITION_BYTES_MAX", 2000)  # the real one is 1,048,576
    with pytest.raises(
        ValueError, match=r"state machine definition of .*orchestrator is \d+ bytes; Step Functions accepts at most 2000"
    ):
        synth_stacks([load_resolved("churn-prediction")], ["dev"], tmp_path)


def test_the_limit_is_the_documented_one():
    assert aws_limits.STATE_MACHINE_DEFINITION_BYTES_MAX == 1_048_576
    assert aws_limits.definition_size_problem("x" * 1_048_576, "m") is None
    assert "1 MB" in aws_limits.definition_size_problem("x" * 1_048_577, "m")


def test_the_cli_reports_it_as_one_error_line(tmp_path, monkeypatch, capsys):
    from pipeline_ops import synth_cache
    from playbook_cli.main import main

    monkeypatch.setattr(aws_limits, "STATE_MACHINE_DEFINITION_BYTES_MAX", 2000)
    monkeypatch.setattr(synth_cache, "ENABLED", False)
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path / "state"))
    code = main(["synth", "churn-prediction", "--env", "dev", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "Step Functions accepts at most 2000 bytes" in err
