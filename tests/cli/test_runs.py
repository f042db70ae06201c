"""Runs and their logs through the CLI as a user runs it: deploy a small playbook synthesized by
the project's constructs to the emulator, `run --wait` it to SUCCEEDED, check that each node's
output landed in S3 where the next node read it, break the data and see the run FAIL with the
failing state, the algorithm's reason and the job's log tail (exit 1), then `runs` and `logs`.

One deploy for the whole story (each costs about a minute).
"""

import json

import pytest

from .cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: runs-e2e
  version: 1.0.0
  description: Run history test pipeline
  labels: {team: qa}
spec:
  platform: aws
  nodes:
    - {id: rows, type: data_source, source: s3}
    - id: prep
      type: preprocessing
      inputs: [rows]
      config: {code: prep_code}
    - id: fit
      type: model
      task: training
      inputs: [prep]
      config:
        hyperparameters: {num_round: 5, objective: "binary:logistic"}
"""
PREP = """import glob, os
rows = [l for f in sorted(glob.glob('/opt/ml/processing/input/rows/**/*.csv', recursive=True)) for l in open(f) if l.strip()]
os.makedirs('/opt/ml/processing/output', exist_ok=True)
open('/opt/ml/processing/output/train.csv', 'w').writelines(rows)
print(f"prep kept {len(rows)} rows", flush=True)
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("runs"))
    (workspace.root / "prep_code").mkdir()
    (workspace.root / "prep_code" / "preprocess.py").write_text(PREP)
    (workspace.root / "runs-e2e.yaml").write_text(PLAYBOOK)
    yield workspace
    workspace.cli("destroy", "runs-e2e.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def _put_rows(s3, uri, body):
    bucket, _, prefix = uri.removeprefix("s3://").partition("/")
    s3.put_object(Bucket=bucket, Key=f"{prefix}part-1.csv", Body=body)


def test_run_wait_runs_and_logs_on_the_emulator(workspace):
    deployed = workspace.cli("deploy", "runs-e2e.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    s3 = workspace.aws("s3")
    _put_rows(s3, outputs["node_rows_s3_uri"], "".join(f"{i % 2},{i % 13},{(i * 7) % 11}\n" for i in range(120)).encode())

    ok = workspace.cli("run", "runs-e2e.yaml", "--local", "--wait")
    assert ok.returncode == 0, ok.stdout + ok.stderr[-3000:]
    lines = ok.stdout.splitlines()
    assert "  -> prep: process" in lines and "  <- fit: register model" in lines
    assert lines[-1].startswith("SUCCEEDED in ")

    # prep wrote under its run's own prefix, the run's record says where, and fit read exactly that prefix
    prep_uri = outputs["node_prep_s3_uri"]
    bucket, _, prefix = prep_uri.removeprefix("s3://").partition("/")
    (wrote,) = [line for line in lines if line.startswith("  prep wrote ")]
    first_run = wrote.removeprefix("  prep wrote ")
    assert first_run.startswith(f"{prep_uri}runs/") and first_run.endswith("/"), first_run
    first_key = first_run.removeprefix(f"s3://{bucket}/")
    assert s3.get_object(Bucket=bucket, Key=f"{first_key}train.csv")["Body"].read().count(b"\n") == 120
    (fit_job,) = workspace.aws("sagemaker").list_training_jobs()["TrainingJobSummaries"]
    described = workspace.aws("sagemaker").describe_training_job(TrainingJobName=fit_job["TrainingJobName"])
    assert described["InputDataConfig"][0]["DataSource"]["S3DataSource"]["S3Uri"] == first_run
    models = [o["Key"] for o in s3.list_objects_v2(Bucket=outputs["artifact_bucket"], Prefix="fit/")["Contents"]]
    assert any(k.endswith("/output/model.tar.gz") for k in models), models

    # a header row breaks the built-in algorithm's CSV contract: the run fails at the training job
    _put_rows(s3, outputs["node_rows_s3_uri"], b"label,a,b\n1,2,3\n0,1,1\n")
    bad = workspace.cli("run", "runs-e2e.yaml", "--local", "--wait", "--json")
    assert bad.returncode == 1, bad.stderr[-3000:]
    doc = json.loads(bad.stdout)
    # one status, the final one (not the RUNNING seen at the start beside it), and one error object
    assert doc["ok"] is False and doc["command"] == "run" and doc["execution_status"] == "FAILED"
    assert "status" not in doc["run"] and doc["error"]["kind"] == "run_failed" and "fit: train" in doc["error"]["message"]
    by_name = workspace.cli("logs", doc["run_name"], "--local", "--json")  # the run's id, as `logs` takes it
    assert by_name.returncode == 0, by_name.stderr
    assert json.loads(by_name.stdout)["ok"] and json.loads(by_name.stdout)["status"] == "FAILED"
    run = doc["run"]
    failure = run["failure"]
    assert failure["state"] == "fit: train" and failure["error"] == "States.TaskFailed"
    assert failure["reason"].startswith("AlgorithmError: Could not read train.csv as CSV")
    assert any("Could not read train.csv" in line for line in failure["log_tail"])
    assert "-> fit: train" in bad.stderr  # progress goes to stderr with --json
    text = workspace.cli("run", "runs-e2e.yaml", "--local", "--wait")
    assert text.returncode == 1
    # the later runs wrote their own prefixes: the first run's output is intact
    assert s3.get_object(Bucket=bucket, Key=f"{first_key}train.csv")["Body"].read().count(b"\n") == 120
    runs_written = {
        o["Key"].split("/runs/")[1].split("/")[0] for o in s3.list_objects_v2(Bucket=bucket, Prefix=f"{prefix}runs/")["Contents"]
    }
    assert len(runs_written) == 3, runs_written
    assert "FAILED in" in text.stdout and "failed state: fit: train" in text.stdout
    assert "reason: AlgorithmError: Could not read train.csv" in text.stdout and "    | " in text.stdout

    listed = workspace.cli("runs", "runs-e2e.yaml", "--local", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["ok"] is True
    rows = json.loads(listed.stdout)["runs"]
    assert [r["status"] for r in rows] == ["FAILED", "FAILED", "SUCCEEDED"]  # newest first
    assert rows[0]["failed_state"] == "fit: train" and rows[-1]["failed_state"] is None
    assert all(r["seconds"] is not None for r in rows)
    table = workspace.cli("runs", "runs-e2e.yaml", "--local")
    assert len(table.stdout.splitlines()) == 4 and "fit: train (States.TaskFailed)" in table.stdout

    succeeded = rows[-1]["name"]
    log = workspace.cli("logs", succeeded, "--local")
    assert log.returncode == 0, log.stderr
    assert f"{succeeded}: SUCCEEDED" in log.stdout and wrote in log.stdout.splitlines()
    assert "processing job" in log.stdout and "| prep kept 120 rows" in log.stdout
    assert "training job" in log.stdout
    missing = workspace.cli("logs", "no-such-run", "--local")
    assert missing.returncode == 1 and "not found" in missing.stderr
