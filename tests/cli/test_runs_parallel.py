"""A failure inside one branch of a Parallel state is reported at the node that failed.

Branches interleave their history events, so "the state entered last" is often another
branch's (here `slow`, entered after `quick` finished while `broken` was still running).
`run --wait`, `runs` and `logs` must all name `broken`, show its job's log and the error
the execution really ended with (`States.TaskFailed`, as AWS reports a failed branch).
One deploy of a playbook synthesized by the project's constructs, on the emulator.
"""

import json

import pytest

from .cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: runs-parallel
  version: 1.0.0
  description: A pipeline whose parallel branch fails
  labels: {team: qa}
spec:
  platform: aws
  nodes:
    - {id: rows, type: data_source, source: s3}
    - id: broken
      type: preprocessing
      inputs: [rows]
      config: {code: broken_code}
    - id: quick
      type: preprocessing
      inputs: [rows]
      config: {code: quick_code}
    - id: slow
      type: preprocessing
      inputs: [quick]
      config: {code: slow_code}
"""
CODE = {
    # fails well after `slow` (the other branch's second node) has been entered
    "broken_code": "import sys, time\nprint('broken node reading rows', flush=True)\ntime.sleep(12)\n"
    "sys.exit('broken node: column 3 is not a number')\n",
    "quick_code": "print('quick node done', flush=True)\n",
    "slow_code": "import time\nprint('slow node started', flush=True)\ntime.sleep(90)\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("runs-parallel"))
    for folder, source in CODE.items():
        (workspace.root / folder).mkdir()
        (workspace.root / folder / "preprocess.py").write_text(source)
    (workspace.root / "runs-parallel.yaml").write_text(PLAYBOOK)
    yield workspace
    workspace.cli("destroy", "runs-parallel.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def test_a_failed_parallel_branch_is_reported_at_its_own_node(workspace):
    deployed = workspace.cli("deploy", "runs-parallel.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    bucket, _, prefix = outputs["node_rows_s3_uri"].removeprefix("s3://").partition("/")
    workspace.aws("s3").put_object(Bucket=bucket, Key=f"{prefix}part-1.csv", Body=b"1,2,3\n0,1,1\n")

    run = workspace.cli("run", "runs-parallel.yaml", "--local", "--wait", "--json", "--timeout", "300")
    assert run.returncode == 1, run.stdout + run.stderr[-3000:]
    doc = json.loads(run.stdout)
    assert doc["execution_status"] == "FAILED"
    result = doc["run"]
    failure = result["failure"]
    assert failure["state"] == "broken: process"
    assert failure["error"] == "States.TaskFailed"
    assert "broken node: column 3 is not a number" in failure["reason"]
    assert failure["job"].startswith("processing job ") and "broken" in failure["job"]
    assert "broken node reading rows" in failure["log_tail"]
    assert not any("slow node" in line for line in failure["log_tail"])
    # the progress line for the failure names the same node
    assert "  !  broken: process: States.TaskFailed" in run.stderr, run.stderr[-2000:]
    assert "-> slow: process" in run.stderr  # the other branch really entered its later state

    table = workspace.cli("runs", "runs-parallel.yaml", "--local")
    assert table.returncode == 0, table.stderr
    assert "broken: process (States.TaskFailed)" in table.stdout

    log = workspace.cli("logs", doc["run_name"], "--local")
    assert log.returncode == 0, log.stderr
    lines = log.stdout.splitlines()
    assert any(line.startswith("  FAILED    broken: process") and line.endswith("States.TaskFailed") for line in lines), (
        log.stdout
    )
    assert any(line.startswith("  ABORTED   slow: process") for line in lines), log.stdout
    assert not any(line.startswith("  FAILED    slow: process") for line in lines), log.stdout
    start = next(i for i, line in enumerate(lines) if "(state broken: process)" in line)
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("    | ")), len(lines))
    broken_tail = lines[start + 1 : end]
    assert "    | broken node reading rows" in broken_tail, log.stdout
    assert not any("slow node" in line or "quick node" in line for line in broken_tail), log.stdout
    assert any("slow node started" in line for line in lines[end:]), log.stdout  # under slow's own job
