"""Automation contracts of the CLI that need no deploy.

Every check runs `playbook` as a subprocess and looks at what a script sees:
the exit code, stdout as exactly one JSON document with --json, stderr.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .cli_harness import REPO, cli_env, one_json, playbook


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return cli_env(tmp_path_factory.mktemp("cli-contracts"))


@pytest.mark.parametrize(
    "command",
    [
        ["plan", "data-quality", "--env", "nope"],
        ["deploy", "data-quality", "--env", "nope", "--auto-approve"],
        ["destroy", "data-quality", "--env", "nope", "--auto-approve"],
        ["synth", "data-quality", "--env", "nope"],
        ["output", "data-quality", "--env", "nope"],
        ["status", "--env", "nope"],
    ],
)
def test_unknown_environment_is_exit_1_and_one_json_error(env: dict[str, str], command: list[str]) -> None:
    proc = playbook(env, *command, "--json")
    assert proc.returncode == 1, proc.stderr
    doc = one_json(proc)
    assert doc["ok"] is False and doc["error"]["kind"] == "unknown_name"
    assert "unknown environment 'nope'" in doc["error"]["message"] and "dev" in doc["error"]["message"]
    text = playbook(env, *command)
    assert text.returncode == 1 and text.stdout == "" and "unknown environment 'nope'" in text.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["status", "no-such-pipeline"],
        ["plan", "no-such-pipeline", "--env", "dev"],
        ["output", "no-such-pipeline", "--env", "dev"],
    ],
)
def test_unknown_pipeline_name_is_exit_1(env: dict[str, str], command: list[str]) -> None:
    proc = playbook(env, *command, "--json")
    assert proc.returncode == 1
    doc = one_json(proc)
    assert doc["ok"] is False and "no-such-pipeline" in doc["error"]["message"]
    assert "churn-prediction" in doc["error"]["message"]  # says what exists


def test_invalid_playbook_plan_json_names_file_line_and_path(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "apiVersion: playbooks/v1\nkind: Pipeline\nmetadata: {name: bad-one, version: 1.0.0}\n"
        "spec:\n  nodes:\n    - {id: a, type: data_source, source: nowhere}\n"
    )
    proc = playbook(env, "plan", str(bad), "--env", "dev", "--json")
    assert proc.returncode == 1
    doc = one_json(proc)
    assert doc["ok"] is False and doc["error"]["kind"] == "invalid_playbook"
    first = doc["error"]["errors"][0]
    assert first["file"].endswith("bad.yaml") and first["line"] >= 1 and first["path"].startswith("spec")


def test_usage_error_with_json_is_still_one_document_exit_2(env: dict[str, str]) -> None:
    proc = playbook(env, "plan", "--json")
    assert proc.returncode == 2
    assert one_json(proc)["error"]["kind"] == "usage"


def test_cdktf_app_unknown_environment_exits_1_without_traceback(env: dict[str, str], tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "stacks.app"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**env, "PLAYBOOK_ENVS": "nope", "PLAYBOOK_TARGETS": "data-quality", "CDKTF_OUTDIR": str(tmp_path / "out")},
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "unknown environment(s) nope" in proc.stderr and "PLAYBOOK_ENVS" in proc.stderr
    unknown = subprocess.run(
        [sys.executable, "-m", "stacks.app"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**env, "PLAYBOOK_ENVS": "local", "PLAYBOOK_TARGETS": "no-such-one", "CDKTF_OUTDIR": str(tmp_path / "out")},
    )
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr and "no-such-one" in unknown.stderr


def test_emulator_env_prints_exports_that_a_shell_can_eval(env: dict[str, str]) -> None:
    try:
        proc = playbook(env, "emulator", "env", timeout=120)
        assert proc.returncode == 0, proc.stderr
        script = proc.stdout + '\nprintf "%s\\n" "$TF_VAR_aws_endpoint_url" "$TF_CLI_CONFIG_FILE" "$PLAYBOOK_ENVS"\n'
        shell = subprocess.run(
            ["bash", "-c", script], capture_output=True, text=True, timeout=30, env={**env, "AWS_PROFILE": "a-real-profile"}
        )
        endpoint, config, envs = shell.stdout.split()
        assert endpoint.startswith("https://127.0.0.1:") and Path(config).is_file() and envs == "local"
        assert "started the local AWS emulator" in proc.stdout and "playbook emulator stop" in proc.stdout
        status = one_json(playbook(env, "emulator", "status", "--json"))
        assert status["running"] and status["endpoint"] == endpoint
        assert "AWS_PROFILE" in proc.stdout.split("unset", 1)[1].splitlines()[0]  # a real profile is dropped
    finally:
        stopped = playbook(env, "emulator", "stop", "--json")
        assert one_json(stopped)["ok"]
    assert playbook(env, "emulator", "status").returncode == 3


@pytest.mark.terraform
def test_missing_credentials_say_what_to_do(env: dict[str, str]) -> None:
    no_creds = {
        **env,
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": "/nonexistent",
        "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
    }
    for key in ("AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        no_creds.pop(key, None)
    proc = playbook(no_creds, "plan", "data-quality", "--env", "dev", "--json", timeout=600)
    assert proc.returncode == 1
    error = one_json(proc)["error"]
    assert error["kind"] == "no_credentials", error
    assert "aws configure" in error["message"] and "--local" in error["message"]


def test_stale_lock_info_is_removed_only_when_nobody_holds_the_lock(tmp_path: Path) -> None:
    from deploy_runner.tf_backend import clean_stale_lock_info, lock_info_file

    state = tmp_path / "terraform.tfstate"
    state.write_text("{}")
    info = lock_info_file(state)
    info.write_text('{"ID": "x"}')
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import fcntl, os, sys, time\n"
                f"fd = os.open({str(state)!r}, os.O_RDWR)\n"
                "fcntl.lockf(fd, fcntl.LOCK_EX)\n"  # what terraform's local backend does (fcntl F_SETLK)
                "print('locked', flush=True)\n"
                "time.sleep(30)\n"
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert not clean_stale_lock_info(state) and info.exists()  # a live lock: the info is current
    finally:
        holder.kill()
        holder.wait(10)
    assert clean_stale_lock_info(state) and not info.exists()  # the holder died: leftover removed


def test_make_demo_installs_no_browser_and_no_database_server() -> None:
    makefile = (REPO / "Makefile").read_text()
    demo_recipe = makefile.split("demo:", 1)[1].split("\n\n", 1)[0]
    bootstrap = (REPO / "scripts" / "bootstrap").read_text()
    assert "chromium" not in demo_recipe
    assert "chromium" not in bootstrap.split("PLAYBOOK_BOOTSTRAP_TESTS", 1)[0], (
        "the browser is installed only for the test bootstrap"
    )
    # Every system package (browser, database servers) is a test-only install: each apt-get install
    # sits in a top-level `if` gated on PLAYBOOK_BOOTSTRAP_TESTS, which only `make test` sets.
    lines = bootstrap.splitlines()
    installs = [i for i, line in enumerate(lines) if "apt-get install" in line and not line.lstrip().startswith("#")]
    assert installs
    for i in installs:
        guard = next(line for line in reversed(lines[:i]) if line.startswith("if "))
        assert "PLAYBOOK_BOOTSTRAP_TESTS" in guard, f"scripts/bootstrap:{i + 1} installs outside the test bootstrap"


@pytest.mark.parametrize(
    "command",
    [
        ["graph", "churn-prediction"],
        ["graph", "no-such-pipeline"],
        ["schema"],
        ["versions", "churn-prediction"],
        ["validate", "churn-prediction"],
        ["validate", "no-such-pipeline"],
        ["diff", "churn-prediction@1.2.0", "churn-prediction@1.2.0"],
    ],
)
def test_every_command_prints_one_json_document_with_json(env: dict[str, str], command: list[str]) -> None:
    proc = playbook(env, *command, "--json")
    doc = one_json(proc)
    assert isinstance(doc, dict) and proc.returncode in (0, 1, 2)
    if "no-such-pipeline" in command:
        assert proc.returncode != 0 and "no-such-pipeline" in json.dumps(doc)


def test_lock_with_json_is_one_document(env: dict[str, str], tmp_path: Path) -> None:
    proc = playbook(env, "lock", "--lock-file", str(tmp_path / "playbooks.lock"), "--json")
    doc = one_json(proc)
    assert proc.returncode == 0 and doc["ok"] and "pinned" in doc["output"]
    assert (tmp_path / "playbooks.lock").is_file()
