"""Every --json document has one head: ``ok``, ``command``, and on failure ``error: {kind, message, errors}``.

A script can branch on ``ok`` and read ``error.message`` without knowing which command it ran
(README, "For scripts"). Each case runs the CLI as a subprocess, on both the success and the
failure path where that is cheap (no deploy, no Terraform).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_harness import cli_env, one_json, playbook

BROKEN = "tests/spec/malformed/missing_input.yaml"

# (command line, the command it reports, expected exit code)
SUCCESSES = [
    (["validate", "churn-prediction"], "validate", 0),
    (["versions", "churn-prediction"], "versions", 0),
    (["diff", "churn-prediction@1.2.0", "churn-prediction@1.3.0"], "diff", 0),
    (["graph", "churn-prediction"], "graph", 0),
    (["schema"], "schema", 0),
    (["status"], "status", 0),
    (["project"], "project", 0),
    (["init", "--list-templates"], "init", 0),
    (["emulator", "status"], "emulator", 3),  # answered: not running (exit 3, like systemctl status)
]
FAILURES = [
    (["validate", "no-such-pipeline"], "validate", 1, "unknown_name"),
    (["validate", "churn-prediction", BROKEN], "validate", 1, "invalid_playbook"),
    (["versions", "no-such-pipeline"], "versions", 1, "unknown_name"),
    (["diff", "no-such-pipeline@1.0.0", "no-such-pipeline@1.0.1"], "diff", 1, None),
    (["graph", "no-such-pipeline"], "graph", 1, None),
    (["graph", BROKEN], "graph", 1, "invalid_playbook"),
    (["validate", "--frobnicate", "churn-prediction"], "validate", 2, "usage"),
    (["runs", "data-quality", "--env", "local"], "runs", 1, "unknown_name"),
    (["logs", "deploy-20260101T000000-abcdef", "--env", "local"], "logs", 1, "unknown_name"),
    (["run", "data-quality", "--env", "nope"], "run", 1, "unknown_name"),
    (["plan", "data-quality", "--env", "nope"], "plan", 1, "unknown_name"),
    (["deploy", "data-quality", "--env", "nope", "--auto-approve"], "deploy", 1, "unknown_name"),
    (["output", "data-quality", "--env", "nope"], "output", 1, "unknown_name"),
    (["status", "--env", "nope"], "status", 1, "unknown_name"),
    (["deploy", "data-quality", "--env", "local", "--plan", "no-such.tfplan"], "deploy", 1, "stale_plan"),
    (["run", "data-quality", "--env", "local", "--param", "no-equals-sign"], "run", 2, "usage"),
    (["run", "churn-prediction", "--env", "local", "--param", "window_days=thirty"], "run", 2, "usage"),
    (["run", "churn-prediction", "--env", "local", "--param", "no_such=1"], "run", 2, "usage"),
]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return cli_env(tmp_path_factory.mktemp("json-shape"))


def check_head(doc: dict, command: str) -> None:
    assert list(doc)[:2] == ["ok", "command"], list(doc)
    assert isinstance(doc["ok"], bool) and doc["command"] == command
    if not doc["ok"]:
        error = doc["error"]
        assert set(error) >= {"kind", "message", "errors"}, error
        assert isinstance(error["kind"], str) and error["message"].strip() and isinstance(error["errors"], list)


@pytest.mark.parametrize("command, name, code", SUCCESSES, ids=[" ".join(c[0]) for c in SUCCESSES])
def test_success_documents_share_the_head(env: dict[str, str], command: list[str], name: str, code: int) -> None:
    proc = playbook(env, *command, "--json")
    assert proc.returncode == code, proc.stdout + proc.stderr[-2000:]
    doc = one_json(proc)
    check_head(doc, name)
    assert doc["ok"] is True


@pytest.mark.parametrize("command, name, code, kind", FAILURES, ids=[" ".join(c[0]) for c in FAILURES])
def test_failure_documents_carry_one_error_object(
    env: dict[str, str], command: list[str], name: str, code: int, kind: str | None
) -> None:
    proc = playbook(env, *command, "--json")
    assert proc.returncode == code, proc.stdout + proc.stderr[-2000:]
    doc = one_json(proc)
    check_head(doc, name)
    assert doc["ok"] is False
    if kind:
        assert doc["error"]["kind"] == kind, doc["error"]


def test_validate_reports_each_target_and_every_error_position(env: dict[str, str]) -> None:
    doc = one_json(playbook(env, "validate", "churn-prediction", BROKEN, "no-such-pipeline", "--json"))
    assert "valid" not in doc
    good, bad, missing = doc["results"]
    assert good["ok"] and not bad["ok"] and not missing["ok"]
    assert missing["error"]["kind"] == "unknown_name" and "churn-prediction" in missing["error"]["message"]
    assert bad["error"]["errors"][0]["line"] == 8  # the position of the mistake, also in the top-level error
    assert doc["error"]["errors"] == bad["error"]["errors"]
    assert BROKEN in doc["error"]["message"] and "no-such-pipeline" in doc["error"]["message"]


def test_a_malformed_param_is_a_usage_error_in_text_too(env: dict[str, str]) -> None:
    proc = playbook(env, "run", "churn-prediction", "--env", "local", "--param", "window_days=thirty")
    assert proc.returncode == 2 and "parameter 'window_days' (integer): found 'thirty'" in proc.stderr
    assert "nothing was uploaded or started" in proc.stderr


def test_plan_out_must_name_a_file(env: dict[str, str], tmp_path: Path) -> None:
    proc = playbook(env, "plan", "data-quality", "--env", "local", "--out", str(tmp_path), "--json")
    assert proc.returncode == 2
    doc = one_json(proc)
    check_head(doc, "plan")
    assert "is a directory" in doc["error"]["message"]
