"""Versioning, for real: publish 1.0.0 and 1.1.0, deploy 1.1.0 to the local
emulator, see it in `status`, diff the two, roll back to 1.0.0, see that too, destroy.

Runs the `playbook` CLI in subprocesses against a moto server started by the CLI
itself (`--local`), with state in a temporary directory.
"""

import json

import pytest

from .cli_harness import Workspace

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
    workspace = Workspace(tmp_path_factory.mktemp("versioning"), SOURCE_DATE_EPOCH="1795651200")
    yield workspace
    workspace.stop_emulator()


def test_publish_deploy_status_diff_rollback_destroy(workspace):
    root = workspace.root
    library = root / "library"
    for version, extra in (("1.0.0", ""), ("1.1.0", "    - {id: enrich, type: preprocessing, inputs: [clean]}\n")):
        source = root / f"mini-{version}.yaml"
        source.write_text(PLAYBOOK.format(version=version, extra=extra))
        published = workspace.cli("publish", str(source), "--to", str(library))
        assert published.returncode == 0 and f"published: mini-pipe@{version}" in published.stdout, published.stderr
    lib = ["--library", str(library)]

    edited = library / "mini-pipe/1.0.0.yaml"
    original = edited.read_text()
    edited.write_text(original.replace("Versioning cycle", "Edited"))
    refused = workspace.cli("deploy", "mini-pipe@1.0.0", "--local", "--auto-approve", *lib)
    assert refused.returncode == 1 and "published versions are immutable" in refused.stderr
    edited.write_text(original)

    deployed = workspace.cli("deploy", "mini-pipe@^1", "--local", "--auto-approve", "--json", *lib)
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    result = json.loads(deployed.stdout)
    assert result["version"] == "1.1.0" and result["outputs"]["playbook_version"] == "1.1.0"
    assert not result["rollback"]

    status = json.loads(workspace.cli("status", "mini-pipe", "--json", *lib).stdout)["deployments"]
    assert [(r["version"], r["environment"], r["behind_latest"]) for r in status] == [("1.1.0", "local", False)]
    versions = workspace.cli("versions", "mini-pipe", *lib).stdout
    assert "1.1.0" in versions and "local" in versions.split("1.1.0", 1)[1].splitlines()[0]

    diff = workspace.cli("diff", "mini-pipe@1.0.0", "mini-pipe@1.1.0", *lib)
    assert diff.returncode == 0 and "+ nodes.enrich: 'preprocessing'" in diff.stdout

    rollback = workspace.cli("deploy", "mini-pipe@1.0.0", "--local", "--auto-approve", *lib)
    assert rollback.returncode == 0, rollback.stderr[-3000:]
    assert "ROLLBACK of mini-pipe in local: 1.1.0 -> 1.0.0" in rollback.stdout
    assert "rolled back mini-pipe@1.0.0 to local" in rollback.stdout

    status = json.loads(workspace.cli("status", "mini-pipe", "--json", *lib).stdout)["deployments"]
    assert [(r["version"], r["behind_latest"], r["latest"]) for r in status] == [("1.0.0", True, "1.1.0")]

    again = workspace.cli("plan", "mini-pipe@1.0.0", "--local", "--json", *lib)
    assert again.returncode == 0 and json.loads(again.stdout)["summary"]["add"] == 0

    destroyed = workspace.cli("destroy", "mini-pipe@1.0.0", "--local", "--auto-approve", *lib)
    assert destroyed.returncode == 0, destroyed.stderr[-3000:]
    assert json.loads(workspace.cli("status", "mini-pipe", "--json", *lib).stdout)["deployments"] == []
