"""`playbook run --retry` on the emulator, counting the SageMaker jobs each step starts: a run fails at
training (its validation data is missing), the user uploads it, and the retry starts only the training
job (the preprocessing job that succeeded is not started again), ends SUCCEEDED, shows in `runs` and
`logs` as retried, and feeds the step cache like any successful run. Refusals: a run that succeeded,
a run that does not exist.

One deploy for the whole story.
"""

import json

import pytest

from .cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: retry-e2e
  version: 1.0.0
spec:
  platform: aws
  nodes:
    - {id: rows, type: data_source, source: s3}
    - {id: holdout, type: data_source, source: s3}
    - id: prep
      type: preprocessing
      inputs: [rows]
      config: {code: prep_code}
    - id: fit
      type: model
      task: training
      inputs: [prep, holdout]
      config:
        hyperparameters: {num_round: 3, objective: "binary:logistic"}
"""
PREP = """import glob, os, shutil
os.makedirs('/opt/ml/processing/output', exist_ok=True)
for f in glob.glob('/opt/ml/processing/input/**/*.csv', recursive=True):
    shutil.copy(f, '/opt/ml/processing/output/' + os.path.basename(f))
"""
ROWS = "".join(f"{i % 2},{i % 13},{(i * 7) % 11}\n" for i in range(60)).encode()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("retry"))
    (workspace.root / "prep_code").mkdir()
    (workspace.root / "prep_code" / "preprocess.py").write_text(PREP)
    (workspace.root / "retry-e2e.yaml").write_text(PLAYBOOK)
    yield workspace
    workspace.cli("destroy", "retry-e2e.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def _jobs(workspace) -> tuple[int, int]:
    sagemaker = workspace.aws("sagemaker")
    processing = sagemaker.list_processing_jobs(MaxResults=100)["ProcessingJobSummaries"]
    training = sagemaker.list_training_jobs(MaxResults=100)["TrainingJobSummaries"]
    return len(processing), len(training)


def _put(s3, uri, body):
    bucket, _, prefix = uri.removeprefix("s3://").partition("/")
    s3.put_object(Bucket=bucket, Key=f"{prefix}part-1.csv", Body=body)


def test_a_run_that_failed_at_training_is_retried_from_training_only(workspace):
    deployed = workspace.cli("deploy", "retry-e2e.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    s3 = workspace.aws("s3")
    _put(s3, outputs["node_rows_s3_uri"], ROWS)

    # the holdout prefix is still empty: training fails on its validation channel
    failed = workspace.cli("run", "retry-e2e.yaml", "--local", "--wait", "--allow-empty")
    assert failed.returncode == 1, failed.stdout + failed.stderr[-3000:]
    assert "No data found in channel 'validation'" in failed.stdout
    run = [line for line in failed.stdout.splitlines() if line.startswith("started ")][0].split()[1].rsplit(":", 1)[-1]
    assert _jobs(workspace) == (1, 1)

    _put(s3, outputs["node_holdout_s3_uri"], ROWS)
    retried = workspace.cli("run", "retry-e2e.yaml", "--local", "--wait", "--retry", run)
    assert retried.returncode == 0, retried.stdout + retried.stderr[-3000:]
    lines = retried.stdout.splitlines()
    assert lines[0].startswith("retried arn:aws:states:") and f"(attempt 2 of run {run}, RUNNING)" in lines[0]
    assert "  retry 1: the failed states run again" in lines
    assert "  -> fit: train" in lines and "  <- fit: register model" in lines
    assert "  -> prep: process" not in lines  # kept from the first attempt
    assert lines[-1].startswith("SUCCEEDED in ")
    assert _jobs(workspace) == (1, 2)  # only the training job started again, under a new name

    sagemaker = workspace.aws("sagemaker")
    names = sorted(j["TrainingJobName"] for j in sagemaker.list_training_jobs(MaxResults=100)["TrainingJobSummaries"])
    assert [name.rsplit("-", 1)[-1] for name in names] == ["0", "1"]  # the attempt ends the job's name

    listed = workspace.cli("runs", "retry-e2e.yaml", "--local")
    assert listed.returncode == 0, listed.stderr
    (row,) = [line for line in listed.stdout.splitlines() if line.startswith(run)]
    assert "SUCCEEDED" in row and row.endswith("(retried 1x)")

    log = workspace.cli("logs", run, "--local")
    assert log.returncode == 0, log.stderr
    text = log.stdout.splitlines()
    assert text[0].startswith(f"{run}: SUCCEEDED") and "retried 1x" in text[0]
    retry_at = text.index("  retry 1: the states that had not succeeded ran again")
    assert any(line.startswith("  FAILED    fit: train") for line in text[:retry_at])
    assert any(line.startswith("  SUCCEEDED fit: train") for line in text[retry_at:])

    # refusals: a run that succeeded, a run that does not exist (nothing started either time)
    again = workspace.cli("run", "retry-e2e.yaml", "--local", "--retry", run)
    assert again.returncode == 1
    assert f"run {run} SUCCEEDED: there is nothing to retry" in again.stderr
    unknown = workspace.cli("run", "retry-e2e.yaml", "--local", "--retry", "no-such-run", "--json")
    assert unknown.returncode == 1
    assert json.loads(unknown.stdout)["error"]["kind"] == "unknown_name"
    usage = workspace.cli("run", "retry-e2e.yaml", "--local", "--retry", run, "--param", "x=1")
    assert usage.returncode == 2 and "--param cannot change it" in usage.stderr
    assert _jobs(workspace) == (1, 2)

    # the retried run fed the step cache: the next run reuses prep's output from it
    cached = workspace.cli("run", "retry-e2e.yaml", "--local", "--wait")
    assert cached.returncode == 0, cached.stdout + cached.stderr[-3000:]
    assert any(line.startswith("  prep cached (from run " + run) for line in cached.stdout.splitlines()), cached.stdout
    assert _jobs(workspace) == (1, 3)
