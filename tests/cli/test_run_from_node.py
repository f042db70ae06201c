"""`playbook run --from NODE` / `--only NODE` and the training job's step cache, through the CLI on the
emulator, counting the SageMaker processing and training jobs each run starts: before any run `--from`
refuses and starts nothing; an unchanged rerun starts no job (the model is reused); `--from fit` starts
the training job only; `--only prep` starts one processing job and skips training; a changed
hyperparameter (redeployed) reruns training only.

One deploy (plus one redeploy) for the whole story.
"""

import json

import pytest

from .cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: from-e2e
  version: 1.0.0
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
        hyperparameters: {num_round: ROUNDS, objective: "binary:logistic"}
"""
PREP = """import glob, os
rows = [l for f in sorted(glob.glob('/opt/ml/processing/input/rows/**/*.csv', recursive=True)) for l in open(f) if l.strip()]
os.makedirs('/opt/ml/processing/output', exist_ok=True)
open('/opt/ml/processing/output/train.csv', 'w').writelines(rows)
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("from"))
    (workspace.root / "prep_code").mkdir()
    (workspace.root / "prep_code" / "preprocess.py").write_text(PREP)
    (workspace.root / "from-e2e.yaml").write_text(PLAYBOOK.replace("ROUNDS", "5"))
    yield workspace
    workspace.cli("destroy", "from-e2e.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def _jobs(workspace) -> tuple[int, int]:
    sagemaker = workspace.aws("sagemaker")
    processing = sagemaker.list_processing_jobs(MaxResults=100)["ProcessingJobSummaries"]
    return len(processing), len(sagemaker.list_training_jobs(MaxResults=100)["TrainingJobSummaries"])


def _run(workspace, *extra):
    before = _jobs(workspace)
    done = workspace.cli("run", "from-e2e.yaml", "--local", "--wait", *extra)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    after = _jobs(workspace)
    return (after[0] - before[0], after[1] - before[1]), done.stdout.splitlines()


def test_from_and_only_run_part_of_the_pipeline_on_the_latest_outputs(workspace):
    deployed = workspace.cli("deploy", "from-e2e.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    bucket, _, prefix = outputs["node_rows_s3_uri"].removeprefix("s3://").partition("/")
    rows = "".join(f"{i % 2},{i % 13},{(i * 7) % 11}\n" for i in range(120)).encode()
    workspace.aws("s3").put_object(Bucket=bucket, Key=f"{prefix}part-1.csv", Body=rows)

    refused = workspace.cli("run", "from-e2e.yaml", "--local", "--from", "fit")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "prep has no successful run yet: run the whole pipeline first" in refused.stderr
    sfn = workspace.aws("stepfunctions")
    assert sfn.list_executions(stateMachineArn=outputs["orchestrator_arn"])["executions"] == []  # nothing started
    unknown = workspace.cli("run", "from-e2e.yaml", "--local", "--only", "fitt")
    assert unknown.returncode == 2 and "no node 'fitt' (did you mean 'fit'?); nodes: rows, prep, fit" in unknown.stderr

    started, lines = _run(workspace)
    assert started == (1, 1), lines
    first_run = [line for line in lines if line.startswith("started ")][0].split()[1].rsplit(":", 1)[-1]

    started, lines = _run(workspace)
    assert started == (0, 0), lines  # the model its first run trained and registered is reused
    assert any(line.startswith(f"  fit cached (from run {first_run}, key ") for line in lines), lines

    started, lines = _run(workspace, "--from", "fit")
    assert started == (0, 1), lines
    assert f"  prep reused (latest output, from run {first_run}, --from fit)" in lines
    assert "  fit ran: --from fit" in lines
    sagemaker = workspace.aws("sagemaker")  # the new training job read the prefix the first run's prep wrote
    newest = max(sagemaker.list_training_jobs()["TrainingJobSummaries"], key=lambda job: job["CreationTime"])
    described = sagemaker.describe_training_job(TrainingJobName=newest["TrainingJobName"])
    first_prep = described["InputDataConfig"][0]["DataSource"]["S3DataSource"]["S3Uri"]
    oldest = min(sagemaker.list_training_jobs()["TrainingJobSummaries"], key=lambda job: job["CreationTime"])
    assert (
        first_prep
        == sagemaker.describe_training_job(TrainingJobName=oldest["TrainingJobName"])["InputDataConfig"][0]["DataSource"][
            "S3DataSource"
        ]["S3Uri"]
    )

    started, lines = _run(workspace, "--only", "prep")
    assert started == (1, 0), lines
    assert "  prep ran: --only prep" in lines and "  fit skipped (--only prep)" in lines
    listed = json.loads(workspace.cli("runs", "from-e2e.yaml", "--local", "--json").stdout)["runs"]
    assert {node: item["status"] for node, item in listed[0]["cache"].items()} == {"prep": "ran", "fit": "skipped"}
    assert {node: item["status"] for node, item in listed[1]["cache"].items()} == {"prep": "reused", "fit": "ran"}
    log = json.loads(workspace.cli("logs", listed[0]["name"], "--local", "--json").stdout)
    assert log["cache"]["fit"]["why"] == "skipped (--only prep)"

    (workspace.root / "from-e2e.yaml").write_text(PLAYBOOK.replace("ROUNDS", "6"))
    redeployed = workspace.cli("deploy", "from-e2e.yaml", "--local", "--auto-approve")
    assert redeployed.returncode == 0, redeployed.stderr[-3000:]
    started, lines = _run(workspace)
    assert started == (0, 1), lines  # prep's output is cached; only training sees the change
    assert "  fit ran: config changed: hyperparameters.num_round 5 → 6" in lines
