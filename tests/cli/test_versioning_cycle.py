"""Issue 7's story, for real: publish 1.0.0 and 1.1.0, deploy 1.1.0 to the local
emulator, see it in `status`, diff the two, roll back to 1.0.0, see that too, destroy.

Runs the `playbook` CLI in subprocesses against a moto server started by the CLI
itself (`--local`), with state in a temporary directory.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: mini-pipe
  version: {version}
  description: Versioning cycle test pipeline
  labels: {{team: qa}}
spec:
  platform: aws
  nodes:
    - {{id: events, type: data_source, source: s3}}
    - {{id: clean, type: preprocessing, inputs: [events]}}
{extra}"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("versioning")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PLAYBOOK_STATE_DIR": str(root / "state"),
           "SOURCE_DATE_EPOCH": "1795651200", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    yield root, env
    subprocess.run([sys.executable, "-m", "playbook_cli.main", "emulator", "stop"], cwd=root, env=env, timeout=60)


def cli(workspace, *args, timeout=900):
    root, env = workspace
    proc = subprocess.run([sys.executable, "-m", "playbook_cli.main", *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_publish_deploy_status_diff_rollback_destroy(workspace):
    root, _ = workspace
    library = root / "library"
    for version, extra in (("1.0.0", ""), ("1.1.0", "    - {id: enrich, type: preprocessing, inputs: [clean]}\n")):
        source = root / f"mini-{version}.yaml"
        source.write_text(PLAYBOOK.format(version=version, extra=extra))
        published = cli(workspace, "publish", str(source), "--to", str(library))
        assert published.returncode == 0 and f"published: mini-pipe@{version}" in published.stdout, published.stderr
    lib = ["--library", str(library)]

    edited = library / "mini-pipe/1.0.0.yaml"
    original = edited.read_text()
    edited.write_text(original.replace("Versioning cycle", "Edited"))
    refused = cli(workspace, "deploy", "mini-pipe@1.0.0", "--local", "--auto-approve", *lib)
    assert refused.returncode == 1 and "published versions are immutable" in refused.stderr
    edited.write_text(original)

    deployed = cli(workspace, "deploy", "mini-pipe@^1", "--local", "--auto-approve", "--json", *lib)
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    result = json.loads(deployed.stdout)
    assert result["version"] == "1.1.0" and result["outputs"]["playbook_version"] == "1.1.0"
    assert not result["rollback"]

    status = json.loads(cli(workspace, "status", "mini-pipe", "--json", *lib).stdout)["deployments"]
    assert [(r["version"], r["environment"], r["behind_latest"]) for r in status] == [("1.1.0", "local", False)]
    versions = cli(workspace, "versions", "mini-pipe", *lib).stdout
    assert "1.1.0" in versions and "local" in versions.split("1.1.0", 1)[1].splitlines()[0]

    diff = cli(workspace, "diff", "mini-pipe@1.0.0", "mini-pipe@1.1.0", *lib)
    assert diff.returncode == 0 and "+ nodes.enrich: 'preprocessing'" in diff.stdout

    rollback = cli(workspace, "deploy", "mini-pipe@1.0.0", "--local", "--auto-approve", *lib)
    assert rollback.returncode == 0, rollback.stderr[-3000:]
    assert "ROLLBACK of mini-pipe in local: 1.1.0 -> 1.0.0" in rollback.stdout
    assert "rolled back mini-pipe@1.0.0 to local" in rollback.stdout

    status = json.loads(cli(workspace, "status", "mini-pipe", "--json", *lib).stdout)["deployments"]
    assert [(r["version"], r["behind_latest"], r["latest"]) for r in status] == [("1.0.0", True, "1.1.0")]

    again = cli(workspace, "plan", "mini-pipe@1.0.0", "--local", "--json", *lib)
    assert again.returncode == 0 and json.loads(again.stdout)["summary"]["add"] == 0

    destroyed = cli(workspace, "destroy", "mini-pipe@1.0.0", "--local", "--auto-approve", *lib)
    assert destroyed.returncode == 0, destroyed.stderr[-3000:]
    assert json.loads(cli(workspace, "status", "mini-pipe", "--json", *lib).stdout)["deployments"] == []
