"""Run the `playbook` CLI as a user does: a subprocess, its exit code, stdout and stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def cli_env(state_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PLAYBOOK_STATE_DIR": str(state_dir),
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    }
    env.update(extra)
    return env


def playbook(env: dict[str, str], *args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-3000:]
    return proc


def one_json(proc: subprocess.CompletedProcess) -> dict:
    """stdout must be exactly one JSON document (json.loads fails on anything extra)."""
    return json.loads(proc.stdout)


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


class Workspace:
    """A user's working directory: playbooks and code folders in ``root``, the state (emulator
    included) in ``root/state``, every command run there as a subprocess of the real CLI."""

    def __init__(self, root: Path, **extra_env: str) -> None:
        self.root = root
        self.env = cli_env(root / "state", **extra_env)

    def cli(self, *args: str, timeout: float = 900) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [sys.executable, "-m", "playbook_cli.main", *args],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    def aws(self, service: str):  # boto3 is untyped
        """A boto3 client for the emulator this workspace's CLI started (its endpoint and certificate)."""
        import boto3

        from deploy_runner.emulator_credentials import read_key

        endpoint = self.cli("emulator", "status").stdout.split(" at ")[1].split()[0]
        key = read_key(self.root / "state" / "emulator" / "credentials.json")  # the emulator refuses any other key
        return boto3.client(
            service,
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id=key.access_key_id,
            aws_secret_access_key=key.secret_access_key,
            verify=str(self.root / "state" / "emulator" / "tls" / "cert.pem"),
        )

    def stop_emulator(self) -> None:
        subprocess.run([sys.executable, "-m", "playbook_cli.main", "emulator", "stop"], cwd=self.root, env=self.env, timeout=60)
