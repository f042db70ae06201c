"""Run-time parameters on the emulator, as a user runs it: a playbook whose node configs reference
its parameters is deployed, run with `--param` and run with the defaults; each job received the
run's values (environment, arguments, hyperparameters, a child pipeline's `with:`), the
independent branches ran in a Parallel state, and a run with a wrongly typed value is refused.

One deploy for the whole story (about a minute).
"""

import json

import pytest

from .cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: params-e2e
  version: 1.0.0
  description: Parameters reach the jobs
spec:
  platform: aws
  parameters:
    tag: {type: string, default: plain}
    rounds: {type: integer, default: 4}
    min_rows: {type: integer, default: 1}
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
        hyperparameters: {num_round: "{{ params.rounds }}", objective: "binary:logistic"}
    - id: echo
      type: preprocessing
      inputs: [rows]
      config:
        code: echo_code
        environment: {TAG: "run-{{ params.tag }} ${kept}"}
        arguments: ["--min", "{{ params.min_rows }}"]
    - id: child
      type: pipeline
      inputs: {raw: rows}
      with: {label: "child-{{ params.tag }}", rounds: "{{ params.rounds }}"}
      pipeline:
        spec:
          parameters:
            label: {type: string}
            rounds: {type: number, default: 1}
          inputs: {raw: dataset}
          nodes:
            - id: say
              type: preprocessing
              inputs: [raw]
              config: {code: echo_code, environment: {TAG: "{{ params.label }}", ROUNDS: "{{ params.rounds }}"}}
"""
PREP = """import glob, os
rows = [l for f in sorted(glob.glob('/opt/ml/processing/input/rows/**/*.csv', recursive=True)) for l in open(f) if l.strip()]
os.makedirs('/opt/ml/processing/output', exist_ok=True)
open('/opt/ml/processing/output/train.csv', 'w').writelines(rows)
"""
ECHO = """import json, os, sys
os.makedirs('/opt/ml/processing/output', exist_ok=True)
json.dump({"tag": os.environ.get("TAG"), "rounds": os.environ.get("ROUNDS"), "args": sys.argv[1:]},
          open('/opt/ml/processing/output/seen.json', 'w'))
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("params"))
    for name, script in (("prep_code", PREP), ("echo_code", ECHO)):
        (workspace.root / name).mkdir()
        (workspace.root / name / "preprocess.py").write_text(script)
    (workspace.root / "params-e2e.yaml").write_text(PLAYBOOK)
    yield workspace
    workspace.cli("destroy", "params-e2e.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def _read_json(s3, uri):
    """The newest run's seen.json: each run writes its own `<output prefix>runs/<run id>/`."""
    bucket, _, prefix = uri.removeprefix("s3://").partition("/")
    written = [
        o for o in s3.list_objects_v2(Bucket=bucket, Prefix=f"{prefix}runs/")["Contents"] if o["Key"].endswith("/seen.json")
    ]
    newest = max(written, key=lambda o: o["LastModified"])
    return json.loads(s3.get_object(Bucket=bucket, Key=newest["Key"])["Body"].read())


def _new_training_hyperparameters(sagemaker, known: set):
    """The hyperparameters of the one training job started since `known` was taken (updated in place)."""
    names = {j["TrainingJobName"] for j in sagemaker.list_training_jobs(MaxResults=100)["TrainingJobSummaries"]}
    (new,) = names - known
    known |= names
    return sagemaker.describe_training_job(TrainingJobName=new)["HyperParameters"]


def test_parameters_reach_every_job_on_the_emulator(workspace):
    deployed = workspace.cli("deploy", "params-e2e.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    s3, sagemaker = workspace.aws("s3"), workspace.aws("sagemaker")
    bucket, _, prefix = outputs["node_rows_s3_uri"].removeprefix("s3://").partition("/")
    s3.put_object(
        Bucket=bucket, Key=f"{prefix}part-1.csv", Body="".join(f"{i % 2},{i % 13},{(i * 7) % 11}\n" for i in range(60)).encode()
    )
    child_uri = next(v for k, v in outputs.items() if k.startswith("node_child__say") and k.endswith("_s3_uri"))

    jobs: set = set()
    refused = workspace.cli("run", "params-e2e.yaml", "--local", "--param", "rounds=three")
    assert refused.returncode == 2 and "parameter 'rounds' (integer): found 'three'" in refused.stderr
    assert "started" not in refused.stdout

    run = workspace.cli(
        "run", "params-e2e.yaml", "--local", "--wait", "--param", "tag=blue", "--param", "rounds=3", "--param", "min_rows=7"
    )
    assert run.returncode == 0, run.stdout + run.stderr[-3000:]
    assert any(line.startswith("  -> Parallel") for line in run.stdout.splitlines()), run.stdout
    assert _read_json(s3, outputs["node_echo_s3_uri"]) == {"tag": "run-blue ${kept}", "rounds": None, "args": ["--min", "7"]}
    assert _read_json(s3, child_uri) == {"tag": "child-blue", "rounds": "3", "args": []}
    assert _new_training_hyperparameters(sagemaker, jobs)["num_round"] == "3"

    defaults = workspace.cli("run", "params-e2e.yaml", "--local", "--wait")
    assert defaults.returncode == 0, defaults.stdout + defaults.stderr[-3000:]
    assert _read_json(s3, outputs["node_echo_s3_uri"]) == {"tag": "run-plain ${kept}", "rounds": None, "args": ["--min", "1"]}
    assert _read_json(s3, child_uri) == {"tag": "child-plain", "rounds": "4", "args": []}
    assert _new_training_hyperparameters(sagemaker, jobs)["num_round"] == "4"
