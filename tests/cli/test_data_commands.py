"""A new pipeline's data, through the CLI as a user runs it on the emulator.

churn-prediction (from the bundled library) is deployed with its managed `events` bucket empty:
`playbook run` is refused with one line naming the empty location and what to do, and no
execution is started; `playbook data put` uploads a small CSV (progress per file), `data ls`
lists it and previews its first rows, and the run then reaches SUCCEEDED. A file over the
upload bound is refused before anything is uploaded; `--allow-empty` starts a run anyway.

One deploy for the whole story (about a minute).
"""

import json
import shutil
from pathlib import Path

import pytest

from pipeline_ops.data_ops import MAX_PUT_BYTES

from .cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

LIBRARY = Path(__file__).resolve().parents[2] / "playbooks" / "library" / "churn-prediction"
ROWS = (LIBRARY / "example-data" / "events" / "events.csv").read_text().splitlines()[:120]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("data"))
    shutil.copy(LIBRARY / "1.3.0.yaml", workspace.root / "churn.yaml")
    yield workspace
    workspace.cli("destroy", "churn.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def _executions(workspace: Workspace, orchestrator: str) -> int:
    return len(workspace.aws("stepfunctions").list_executions(stateMachineArn=orchestrator)["executions"])


def test_an_empty_source_refuses_the_run_until_data_put_fills_it(workspace):
    deployed = workspace.cli("deploy", "churn.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    events_uri, orchestrator = outputs["node_events_s3_uri"], outputs["orchestrator_arn"]

    refused = workspace.cli("run", "churn.yaml", "--local")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert (
        f"error: events ({events_uri}) is empty: upload data with `playbook data put TARGET events FILE` "
        "or point the node at an existing bucket"
    ) in refused.stderr.splitlines()
    assert "run refused: nothing was uploaded or started" in refused.stderr
    assert "started" not in refused.stdout
    assert _executions(workspace, orchestrator) == 0

    as_json = workspace.cli("run", "churn.yaml", "--local", "--json")
    assert as_json.returncode == 1
    error = json.loads(as_json.stdout)["error"]
    assert error["kind"] == "empty_input" and events_uri in error["message"]

    # A pipeline that fills its own inputs opts out: the run starts (and, here, fails later at training).
    opted_out = workspace.cli("run", "churn.yaml", "--local", "--allow-empty")
    assert opted_out.returncode == 0 and "started arn:" in opted_out.stdout, opted_out.stdout + opted_out.stderr
    assert _executions(workspace, orchestrator) == 1

    empty = workspace.cli("data", "ls", "churn.yaml", "events", "--local")
    assert empty.returncode == 0 and "empty: no objects" in empty.stdout, empty.stdout + empty.stderr

    big = workspace.root / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(MAX_PUT_BYTES + 1)  # sparse: no disk used
    too_big = workspace.cli("data", "put", "churn.yaml", "events", "big.csv", "--local")
    assert too_big.returncode == 1
    assert (
        f"error: 1 file(s), {MAX_PUT_BYTES + 1} bytes: `playbook data put` uploads at most 500.0 MB ({MAX_PUT_BYTES} bytes) "
        "at a time; nothing was uploaded"
    ) in too_big.stderr
    (workspace.root / "small.csv").write_text("1,2\n")
    unknown = workspace.cli("data", "put", "churn.yaml", "evnts", "small.csv", "--local")
    assert unknown.returncode == 1 and "the locations a run reads: events" in unknown.stderr, unknown.stderr

    (workspace.root / "rows").mkdir()
    (workspace.root / "rows" / "part-1.csv").write_text("\n".join(ROWS[:60]) + "\n")
    (workspace.root / "rows" / "part-2.csv").write_text("\n".join(ROWS[60:]) + "\n")
    put = workspace.cli("data", "put", "churn.yaml", "events", "rows", "--local")
    assert put.returncode == 0, put.stdout + put.stderr
    assert f"  [1/2] rows/part-1.csv ({len(chr(10).join(ROWS[:60])) + 1} bytes) -> {events_uri}rows/part-1.csv" in put.stdout
    assert "[2/2] rows/part-2.csv" in put.stdout and "uploaded 2 file(s)" in put.stdout

    listed = json.loads(workspace.cli("data", "ls", "churn.yaml", "events", "--local", "--json", "--head", "2").stdout)
    assert listed["count"] == 2 and [o["key"] for o in listed["objects"]] == ["data/rows/part-1.csv", "data/rows/part-2.csv"]
    assert listed["head"]["rows"] == [row.split(",") for row in ROWS[:2]]
    text = workspace.cli("data", "ls", "churn.yaml", "events", "--local")
    assert "2 object(s)" in text.stdout and "data/rows/part-2.csv" in text.stdout

    ran = workspace.cli("run", "churn.yaml", "--local", "--wait")
    assert ran.returncode == 0, ran.stdout + ran.stderr[-3000:]
    assert "SUCCEEDED" in ran.stdout
    assert _executions(workspace, orchestrator) == 2
