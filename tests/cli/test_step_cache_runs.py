"""Step caching through the CLI on the emulator, counting the SageMaker processing jobs each run starts:
an unchanged second run starts none and every node says where its output came from; a changed
environment value (redeployed) reruns that node and its downstream only, saying what changed;
`--no-cache` runs everything; new source objects make the first consumer say how many arrived.

One deploy (plus one redeploy) for the whole story.
"""

import json

import pytest

from .cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: cache-e2e
  version: 1.0.0
spec:
  platform: aws
  nodes:
    - {id: rows, type: data_source, source: s3}
    - id: clean
      type: preprocessing
      inputs: [rows]
      config: {code: prep_code, environment: {MODE: MODE_VALUE}}
    - id: features
      type: preprocessing
      inputs: [clean]
      config: {code: prep_code}
    - id: other
      type: preprocessing
      inputs: [rows]
      config: {code: prep_code, environment: {MODE: keep}}
"""
PREP = """import glob, os, shutil
os.makedirs('/opt/ml/processing/output', exist_ok=True)
for f in glob.glob('/opt/ml/processing/input/**/*.csv', recursive=True):
    shutil.copy(f, '/opt/ml/processing/output/' + os.path.basename(f))
print('mode', os.environ.get('MODE'), flush=True)
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("cache"))
    (workspace.root / "prep_code").mkdir()
    (workspace.root / "prep_code" / "preprocess.py").write_text(PREP)
    (workspace.root / "cache-e2e.yaml").write_text(PLAYBOOK.replace("MODE_VALUE", "strict"))
    yield workspace
    workspace.cli("destroy", "cache-e2e.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def _jobs(workspace) -> int:
    return len(workspace.aws("sagemaker").list_processing_jobs(MaxResults=100)["ProcessingJobSummaries"])


def _run(workspace, *extra):
    before = _jobs(workspace)
    done = workspace.cli("run", "cache-e2e.yaml", "--local", "--wait", *extra)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    return _jobs(workspace) - before, done.stdout.splitlines()


def test_unchanged_runs_reuse_outputs_and_changes_rerun_only_what_depends_on_them(workspace):
    deployed = workspace.cli("deploy", "cache-e2e.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    s3 = workspace.aws("s3")
    bucket, _, prefix = outputs["node_rows_s3_uri"].removeprefix("s3://").partition("/")
    s3.put_object(Bucket=bucket, Key=f"{prefix}part-1.csv", Body=b"1,2,3\n0,1,1\n")

    started, lines = _run(workspace)
    assert started == 3
    assert {"  clean ran: no earlier run", "  features ran: no earlier run", "  other ran: no earlier run"} <= set(lines)
    first_run = [line for line in lines if line.startswith("started ")][0].split()[1].rsplit(":", 1)[-1]
    (wrote,) = [line for line in lines if line.startswith("  features wrote ")]

    started, lines = _run(workspace)
    assert started == 0, lines
    cached = [line for line in lines if " cached (from run " in line]
    assert len(cached) == 3 and all(f"(from run {first_run}, key " in line for line in cached), lines
    assert not any(" wrote " in line for line in lines)  # nothing was written by this run
    listed = workspace.cli("runs", "cache-e2e.yaml", "--local", "--json")
    newest = json.loads(listed.stdout)["runs"][0]
    assert {node: item["status"] for node, item in newest["cache"].items()} == dict.fromkeys(
        ("clean", "features", "other"), "cached"
    )
    log = json.loads(workspace.cli("logs", newest["name"], "--local", "--json").stdout)
    assert log["cache"]["features"]["why"].startswith(f"cached (from run {first_run}")

    (workspace.root / "cache-e2e.yaml").write_text(PLAYBOOK.replace("MODE_VALUE", "lenient"))
    redeployed = workspace.cli("deploy", "cache-e2e.yaml", "--local", "--auto-approve")
    assert redeployed.returncode == 0, redeployed.stderr[-3000:]
    started, lines = _run(workspace)
    assert started == 2, lines  # clean and its downstream features; other is reused
    assert "  clean ran: config changed: environment.MODE strict → lenient" in lines
    assert "  features ran: input clean changed" in lines
    assert any(line.startswith(f"  other cached (from run {first_run}") for line in lines), lines
    assert not any(line == wrote for line in lines)  # features wrote a new prefix of its own

    started, lines = _run(workspace, "--no-cache")
    assert started == 3 and "  other ran: cache off (--no-cache)" in lines

    for name in ("part-2.csv", "part-3.csv", "part-4.csv"):
        s3.put_object(Bucket=bucket, Key=f"{prefix}{name}", Body=b"1,1,1\n")
    started, lines = _run(workspace)
    assert started == 3
    assert (
        "  clean ran: input rows changed (3 objects added)" in lines
        and "  other ran: input rows changed (3 objects added)" in lines
    )
