"""Emulator extensions 10/11: state machines really execute and SageMaker jobs run as local processes.

No Terraform here: state machines are created through the API, so each case costs seconds.
The pipelines' own state machines are run end to end in tests/cli/test_runs.py.
"""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
import zipfile
import time

import pytest

from deploy_runner.runs import follow, run_log

from .botocore_shapes import describe_problems
from .conftest import aws

pytestmark = [pytest.mark.emulator]

ROLE = "arn:aws:iam::123456789012:role/job"
XGBOOST = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
RUN_ID = "States.ArrayGetItem(States.StringSplit(States.UUID(), '-'), 0)"
PREP = b"""import glob, os
rows = [l for f in sorted(glob.glob('/opt/ml/processing/input/rows/*.csv')) for l in open(f) if l.strip()]
os.makedirs('/opt/ml/processing/output', exist_ok=True)
open('/opt/ml/processing/output/train.csv', 'w').writelines(rows)
print(f"prep kept {len(rows)} rows", flush=True)
"""
SLOW = b"import time\nprint('slow job started', flush=True)\ntime.sleep(120)\n"
BROKEN = b"import sys, time\nprint('broken job started', flush=True)\ntime.sleep(3)\nsys.exit('bad rows: column 3 is empty')\n"


def _processing(name: str, bucket: str, script: str, out: str) -> dict:
    return {
        "Type": "Task",
        "Resource": "arn:aws:states:::sagemaker:createProcessingJob.sync",
        "Parameters": {
            "ProcessingJobName.$": f"States.Format('{name}-{{}}', $.run_id)",
            "RoleArn": ROLE,
            "AppSpecification": {
                "ImageUri": "x.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3",
                "ContainerEntrypoint": ["python3", f"/opt/ml/processing/code/{script}"],
            },
            "ProcessingInputs": [
                {
                    "InputName": "code",
                    "S3Input": {
                        "S3Uri": f"s3://{bucket}/code/",
                        "LocalPath": "/opt/ml/processing/code",
                        "S3DataType": "S3Prefix",
                        "S3InputMode": "File",
                    },
                },
                {
                    "InputName": "rows",
                    "S3Input": {
                        "S3Uri": f"s3://{bucket}/rows/",
                        "LocalPath": "/opt/ml/processing/input/rows",
                        "S3DataType": "S3Prefix",
                        "S3InputMode": "File",
                    },
                },
            ],
            "ProcessingOutputConfig": {
                "Outputs": [
                    {
                        "OutputName": "out",
                        "S3Output": {
                            "S3Uri": f"s3://{bucket}/{out}/",
                            "LocalPath": "/opt/ml/processing/output",
                            "S3UploadMode": "EndOfJob",
                        },
                    }
                ]
            },
            "ProcessingResources": {"ClusterConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.large", "VolumeSizeInGB": 30}},
            "StoppingCondition": {"MaxRuntimeInSeconds": 600},
        },
        "ResultSelector": {"arn.$": "$.ProcessingJobArn"},
        "ResultPath": f"$.{name}",
    }


def _training(bucket: str, source: str, hyperparameters: dict) -> dict:
    return {
        "Type": "Task",
        "Resource": "arn:aws:states:::sagemaker:createTrainingJob.sync",
        "Parameters": {
            "TrainingJobName.$": "States.Format('fit-{}', $.run_id)",
            "RoleArn": ROLE,
            "AlgorithmSpecification": {"TrainingImage": XGBOOST, "TrainingInputMode": "File"},
            "HyperParameters": hyperparameters,
            "InputDataConfig": [
                {
                    "ChannelName": "train",
                    "ContentType": "text/csv",
                    "DataSource": {
                        "S3DataSource": {
                            "S3Uri": f"s3://{bucket}/{source}/",
                            "S3DataType": "S3Prefix",
                            "S3DataDistributionType": "FullyReplicated",
                        }
                    },
                }
            ],
            "OutputDataConfig": {"S3OutputPath": f"s3://{bucket}/model/"},
            "ResourceConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.large", "VolumeSizeInGB": 30},
            "StoppingCondition": {"MaxRuntimeInSeconds": 600},
        },
        "ResultSelector": {"job.$": "$.TrainingJobName", "model.$": "$.ModelArtifacts.S3ModelArtifacts"},
        "ResultPath": "$.fit",
    }


@pytest.fixture()
def bucket(endpoint: str, request: pytest.FixtureRequest) -> str:
    name = "runs-" + request.node.name.replace("_", "-")[:40].lower().strip("-")
    s3 = aws("s3", endpoint)
    s3.create_bucket(Bucket=name)
    s3.put_object(Bucket=name, Key="code/prep.py", Body=PREP)
    s3.put_object(Bucket=name, Key="code/slow.py", Body=SLOW)
    rows = "".join(f"{i % 2},{i % 13},{(i * 7) % 11}\n" for i in range(80))
    s3.put_object(Bucket=name, Key="rows/part-1.csv", Body=rows.encode())
    return name


def _start(endpoint: str, name: str, states: dict, start_at: str) -> str:
    sfn = aws("stepfunctions", endpoint)
    definition = {
        "StartAt": "Start",
        "States": {"Start": {"Type": "Pass", "Parameters": {"run_id.$": RUN_ID}, "Next": start_at}, **states},
    }
    machine = sfn.create_state_machine(name=name, definition=json.dumps(definition), roleArn=ROLE)
    return sfn.start_execution(stateMachineArn=machine["stateMachineArn"], input="{}")["executionArn"]


def test_processing_then_builtin_xgboost_training_run_for_real(endpoint: str, bucket: str) -> None:
    prep = _processing("prep", bucket, "prep.py", "prepared")
    prep["Next"] = "fit"
    fit = _training(bucket, "prepared", {"num_round": "5", "objective": "binary:logistic"})
    fit["End"] = True
    execution = _start(endpoint, "runs-ok", {"prep": prep, "fit": fit}, "prep")
    seen: list[tuple[str, str]] = []
    summary = follow(
        aws("stepfunctions", endpoint),
        aws("logs", endpoint),
        execution,
        on_event=lambda e: seen.append((e["event"], e.get("state"))),
        poll_seconds=0.5,
        timeout_seconds=240,
    )

    assert summary["status"] == "SUCCEEDED", summary["failure"]
    assert [s for s in seen if s[0] == "entered"] == [("entered", "Start"), ("entered", "prep"), ("entered", "fit")]
    s3 = aws("s3", endpoint)
    # what the processing job wrote is exactly what the training channel read
    assert s3.get_object(Bucket=bucket, Key="prepared/train.csv")["Body"].read().count(b"\n") == 80
    model_uri = summary["output"]["fit"]["model"]
    assert model_uri == f"s3://{bucket}/model/{summary['output']['fit']['job']}/output/model.tar.gz"
    archive = s3.get_object(Bucket=bucket, Key=model_uri.split("/", 3)[3])["Body"].read()
    assert tarfile.open(fileobj=io.BytesIO(archive)).getnames() == ["xgboost-model"]
    # the job's own output is in CloudWatch Logs, where `playbook logs` reads it
    log = run_log(aws("stepfunctions", endpoint), aws("logs", endpoint), execution)
    prep_job = next(j for j in log["jobs"] if j["state"] == "prep")
    assert "prep kept 80 rows" in prep_job["log_tail"]
    assert [s["status"] for s in log["states"]] == ["SUCCEEDED"] * 3
    _tasks, problems = describe_problems(aws("stepfunctions", endpoint), aws("sagemaker", endpoint), execution)
    assert problems == [], "\n".join(problems)  # extension 21: ProcessingResources and all, as AWS describes them


def test_a_failing_algorithm_fails_the_run_with_its_reason_and_log_tail(endpoint: str, bucket: str) -> None:
    s3 = aws("s3", endpoint)
    s3.put_object(Bucket=bucket, Key="headered/part.csv", Body=b"label,a,b\n1,2,3\n0,1,1\n")
    fit = _training(bucket, "headered", {"objective": "binary:logistic", "num_round": "3"})
    fit["End"] = True
    execution = _start(endpoint, "runs-bad-csv", {"fit": fit}, "fit")
    summary = follow(aws("stepfunctions", endpoint), aws("logs", endpoint), execution, poll_seconds=0.5, timeout_seconds=120)

    assert summary["status"] == "FAILED"
    failure = summary["failure"]
    assert failure["state"] == "fit" and failure["error"] == "States.TaskFailed"
    assert failure["reason"].startswith("AlgorithmError: Could not read part.csv as CSV")
    assert any("Could not read part.csv" in line for line in failure["log_tail"])
    job = aws("sagemaker", endpoint).describe_training_job(TrainingJobName=failure["job"].split()[-1])
    assert job["TrainingJobStatus"] == "Failed" and job["FailureReason"] == failure["reason"]


def test_missing_num_round_fails_like_the_builtin_algorithm(endpoint: str, bucket: str) -> None:
    s3 = aws("s3", endpoint)
    s3.put_object(Bucket=bucket, Key="plain/part.csv", Body=b"1,2,3\n0,1,1\n")
    fit = _training(bucket, "plain", {"objective": "binary:logistic"})
    fit["End"] = True
    execution = _start(endpoint, "runs-no-rounds", {"fit": fit}, "fit")
    summary = follow(aws("stepfunctions", endpoint), None, execution, poll_seconds=0.5, timeout_seconds=120)
    assert summary["failure"]["reason"] == "AlgorithmError: Missing required hyperparameter: num_round"


# Deadlines, and a machine-wide `pgrep` for slow.py (which other tests run too): alone, after the parallel pass.
@pytest.mark.serial
def test_a_failed_branch_stops_the_jobs_still_running_in_other_branches(endpoint: str, bucket: str) -> None:
    slow = _processing("slow", bucket, "slow.py", "slow-out")
    slow["End"] = True
    fit = _training(bucket, "rows", {"objective": "binary:logistic"})  # no num_round: fails at once
    fit["End"] = True
    parallel = {
        "Type": "Parallel",
        "End": True,
        "Branches": [{"StartAt": "slow", "States": {"slow": slow}}, {"StartAt": "fit", "States": {"fit": fit}}],
    }
    execution = _start(endpoint, "runs-parallel", {"both": parallel}, "both")
    started = time.monotonic()
    summary = follow(aws("stepfunctions", endpoint), None, execution, poll_seconds=0.5, timeout_seconds=100)
    assert summary["status"] == "FAILED"
    assert time.monotonic() - started < 60  # not the 120 s the slow job would take
    sagemaker = aws("sagemaker", endpoint)
    name = next(
        j["ProcessingJobName"]
        for j in sagemaker.list_processing_jobs()["ProcessingJobSummaries"]
        if j["ProcessingJobName"].startswith("slow-")
    )
    deadline = time.monotonic() + 30
    while sagemaker.describe_processing_job(ProcessingJobName=name)["ProcessingJobStatus"] != "Stopped":
        assert time.monotonic() < deadline, "the slow job was never stopped"
        time.sleep(0.5)
    leftover = subprocess.run(["pgrep", "-f", "processing/code/slow.py"], capture_output=True, text=True)
    assert leftover.stdout.strip() == "", "a job process outlived its stopped job"


@pytest.mark.serial  # the branches' order is timed (3 s job against a 1 s Wait); it lost that race under load
def test_a_failure_in_a_parallel_branch_is_placed_in_its_own_branch(endpoint: str, bucket: str) -> None:
    """Branch events interleave: `late` is entered after `broken` started and before it fails.

    The failure, its job and its log tail belong to `broken` (found through previousEventId),
    and the execution fails with the branch's own error, as AWS reports a failed branch.
    `broken` fails 3 s into its job and `late` is entered after a 1 s Wait, so the order is
    fixed by the test, not by how fast a job starts (a job failing at once raced the Wait).
    """
    s3 = aws("s3", endpoint)
    s3.put_object(Bucket=bucket, Key="code/broken.py", Body=BROKEN)
    broken = _processing("broken", bucket, "broken.py", "broken-out")
    broken["End"] = True
    late = _processing("late", bucket, "slow.py", "late-out")
    late["End"] = True
    parallel = {
        "Type": "Parallel",
        "End": True,
        "Branches": [
            {"StartAt": "broken", "States": {"broken": broken}},
            {"StartAt": "pause", "States": {"pause": {"Type": "Wait", "Seconds": 1, "Next": "late"}, "late": late}},
        ],
    }
    execution = _start(endpoint, "runs-branch-blame", {"both": parallel}, "both")
    sfn, logs = aws("stepfunctions", endpoint), aws("logs", endpoint)
    seen: list[dict] = []
    summary = follow(sfn, logs, execution, on_event=seen.append, poll_seconds=0.5, timeout_seconds=100)
    entered = [e["state"] for e in seen if e["event"] == "entered"]
    assert entered.index("late") > entered.index("broken")  # the situation this test is about
    failure = summary["failure"]
    assert (failure["state"], failure["error"]) == ("broken", "States.TaskFailed")
    assert "bad rows: column 3 is empty" in failure["reason"]
    assert failure["job"].startswith("processing job broken-")
    assert any("broken job started" in line for line in failure["log_tail"])
    assert not any("slow job" in line for line in failure["log_tail"])
    assert [e["state"] for e in seen if e["event"] == "TaskFailed"] == ["broken"]
    states = {s["state"]: s["status"] for s in run_log(sfn, logs, execution)["states"]}
    assert states["broken"] == "FAILED" and states["both"] == "FAILED" and states["late"] == "ABORTED"
    jobs = {j["state"]: j["job"] for j in run_log(sfn, logs, execution)["jobs"]}
    assert jobs["broken"].startswith("processing job broken-") and jobs["late"].startswith("processing job late-")


def test_a_failure_handled_by_catch_is_not_the_runs_failure(endpoint: str, bucket: str) -> None:
    probe = {
        "Type": "Task",
        "Resource": "arn:aws:states:::aws-sdk:sagemaker:describeEndpoint",
        "Parameters": {"EndpointName": "no-such-endpoint"},
        "ResultPath": None,
        "Next": "fit",
        "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": None, "Next": "fit"}],
    }
    fit = _training(bucket, "rows", {"objective": "binary:logistic"})  # no num_round
    fit["End"] = True
    execution = _start(endpoint, "runs-caught", {"probe": probe, "fit": fit}, "probe")
    sfn, logs = aws("stepfunctions", endpoint), aws("logs", endpoint)
    summary = follow(sfn, logs, execution, poll_seconds=0.5, timeout_seconds=120)
    assert summary["status"] == "FAILED"
    assert summary["failure"]["state"] == "fit"
    assert summary["failure"]["reason"] == "AlgorithmError: Missing required hyperparameter: num_round"
    states = {s["state"]: s["status"] for s in run_log(sfn, logs, execution)["states"]}
    assert states == {"Start": "SUCCEEDED", "probe": "CAUGHT", "fit": "FAILED"}


def _fit_register_score(bucket: str, **score_parameters: object) -> dict:
    """Train XGBoost on rows/, register the model, batch-score score/in/ into score/out/."""
    fit = _training(bucket, "rows", {"num_round": "3", "objective": "binary:logistic"})
    fit["Next"] = "register"
    register = {
        "Type": "Task",
        "Resource": "arn:aws:states:::sagemaker:createModel",
        "ResultPath": None,
        "Next": "score",
        "Parameters": {
            "ModelName.$": "$.fit.job",
            "ExecutionRoleArn": ROLE,
            "PrimaryContainer": {"Image": XGBOOST, "ModelDataUrl.$": "$.fit.model"},
        },
    }
    score = {
        "Type": "Task",
        "Resource": "arn:aws:states:::sagemaker:createTransformJob.sync",
        "End": True,
        "Parameters": {
            "TransformJobName.$": "States.Format('score-{}', $.run_id)",
            "ModelName.$": "$.fit.job",
            "TransformInput": {
                "ContentType": "text/csv",
                "SplitType": "Line",
                "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"s3://{bucket}/score/in/"}},
            },
            "TransformOutput": {"S3OutputPath": f"s3://{bucket}/score/out/", "AssembleWith": "Line"},
            "TransformResources": {"InstanceType": "ml.m5.large", "InstanceCount": 1},
        },
        "ResultSelector": {"arn.$": "$.TransformJobArn"},
        "ResultPath": "$.score",
    }
    score["Parameters"].update(score_parameters)
    return {"fit": fit, "register": register, "score": score}


def test_transform_scores_with_the_trained_model(endpoint: str, bucket: str) -> None:
    s3 = aws("s3", endpoint)
    s3.put_object(Bucket=bucket, Key="score/in/batch.csv", Body=b"3,4\n12,1\n")
    execution = _start(endpoint, "runs-transform", _fit_register_score(bucket), "fit")
    summary = follow(aws("stepfunctions", endpoint), aws("logs", endpoint), execution, poll_seconds=0.5, timeout_seconds=180)
    assert summary["status"] == "SUCCEEDED", summary["failure"]
    scores = s3.get_object(Bucket=bucket, Key="score/out/batch.csv.out")["Body"].read().decode().split()
    assert len(scores) == 2 and all(0.0 <= float(x) <= 1.0 for x in scores)  # binary:logistic probabilities


def test_a_labelled_training_set_is_scored_with_its_label_dropped_then_joined(endpoint: str, bucket: str) -> None:
    """The prepared training rows (label first) scored as they are: the model sees the features only,
    each output row is the input's first column and its prediction (SageMaker DataProcessing)."""
    s3 = aws("s3", endpoint)
    rows = s3.get_object(Bucket=bucket, Key="rows/part-1.csv")["Body"].read().decode().split()
    s3.put_object(Bucket=bucket, Key="score/in/train.csv", Body="\n".join(rows).encode())
    processing = {"InputFilter": "$[1:]", "JoinSource": "Input", "OutputFilter": "$[0,-1]"}
    states = _fit_register_score(bucket, DataProcessing=processing)
    execution = _start(endpoint, "runs-transform-joined", states, "fit")
    summary = follow(aws("stepfunctions", endpoint), aws("logs", endpoint), execution, poll_seconds=0.5, timeout_seconds=180)
    assert summary["status"] == "SUCCEEDED", summary["failure"]
    scored = s3.get_object(Bucket=bucket, Key="score/out/train.csv.out")["Body"].read().decode().split()
    assert len(scored) == len(rows) == 80
    pairs = [line.split(",") for line in scored]
    assert [label for label, _ in pairs] == [row.split(",")[0] for row in rows]  # the label, row by row
    assert all(0.0 <= float(p) <= 1.0 for _, p in pairs)
    tasks, problems = describe_problems(aws("stepfunctions", endpoint), aws("sagemaker", endpoint), execution)
    assert [r.rsplit(":", 1)[-1] for r, _ in tasks][-1] == "createTransformJob.sync"
    assert problems == [], "\n".join(problems)  # extension 21: DataProcessing and all, as AWS describes it


def test_a_failing_child_pipeline_is_followed_to_the_state_that_failed(endpoint: str, bucket: str) -> None:
    sfn = aws("stepfunctions", endpoint)
    fit = _training(bucket, "rows", {"objective": "binary:logistic"})  # no num_round
    fit["End"] = True
    child = sfn.create_state_machine(
        name="runs-child",
        roleArn=ROLE,
        definition=json.dumps(
            {
                "StartAt": "Start",
                "States": {"Start": {"Type": "Pass", "Parameters": {"run_id.$": RUN_ID}, "Next": "fit"}, "fit": fit},
            }
        ),
    )["stateMachineArn"]
    run_child = {
        "Type": "Task",
        "Resource": "arn:aws:states:::states:startExecution.sync:2",
        "End": True,
        "Parameters": {"StateMachineArn": child, "Input": {"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"}},
    }
    execution = _start(endpoint, "runs-parent", {"features": run_child}, "features")
    logs = aws("logs", endpoint)
    summary = follow(sfn, logs, execution, poll_seconds=0.5, timeout_seconds=120)
    assert summary["status"] == "FAILED"
    failure = summary["failure"]
    assert failure["state"] == "features > fit"
    assert failure["reason"] == "AlgorithmError: Missing required hyperparameter: num_round"
    assert failure["execution_arn"].split(":")[-2] == "runs-child"
    log = run_log(sfn, logs, execution)
    assert [c["state"] for c in log["children"]] == ["features"]
    assert any(j["state"] == "fit" for j in log["children"][0]["jobs"])


@pytest.mark.serial  # deadlines on process exit
@pytest.mark.parametrize("how", ["stop", "kill"])
def test_no_job_outlives_its_emulator(tmp_path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    """A stopped emulator (SIGTERM) and a crashed one (SIGKILL) leave no local job process behind."""
    from deploy_runner.emulator import Emulator, emulator_client

    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path / "state"))
    emu = Emulator(tmp_path / "state" / "emulator")
    endpoint = emu.start().endpoint
    marker = f"slow-{how}-{time.time_ns()}.py"
    try:
        s3 = emulator_client("s3", endpoint)
        s3.create_bucket(Bucket="runs-outlive")
        s3.put_object(Bucket="runs-outlive", Key=f"code/{marker}", Body=SLOW)
        job = _processing("slow", "runs-outlive", marker, "out")
        job["Parameters"].pop("ProcessingJobName.$")
        job["Parameters"]["ProcessingJobName"] = "slow-job"
        emulator_client("sagemaker", endpoint).create_processing_job(
            **{k: v for k, v in job["Parameters"].items() if k != "ProcessingInputs"},
            ProcessingInputs=job["Parameters"]["ProcessingInputs"][:1],
        )
        deadline = time.monotonic() + 60
        while not subprocess.run(["pgrep", "-f", marker], capture_output=True).stdout:
            assert time.monotonic() < deadline, "the job never started"
            time.sleep(0.5)
    finally:
        emu.kill() if how == "kill" else emu.stop()
    deadline = time.monotonic() + 15
    while subprocess.run(["pgrep", "-f", marker], capture_output=True).stdout:
        assert time.monotonic() < deadline, f"a job process outlived the emulator ({how})"
        time.sleep(0.5)
    if how == "kill":
        emu.stop()  # clean up the record the crash left


def _function(endpoint: str, name: str, source: str) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("pull.py", source)
    iam = aws("iam", endpoint)
    role = iam.create_role(
        RoleName=f"{name}-role",
        AssumeRolePolicyDocument=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
            }
        ),
    )["Role"]["Arn"]
    return aws("lambda", endpoint).create_function(
        FunctionName=name,
        Runtime="python3.12",
        Role=role,
        Handler="pull.handler",
        Code={"ZipFile": buffer.getvalue()},
        Environment={"Variables": {"BUCKET": "runs-lambda-target"}},
        Timeout=30,
    )["FunctionArn"]


def test_python_lambda_invocations_run_locally(endpoint: str) -> None:
    aws("s3", endpoint).create_bucket(Bucket="runs-lambda-target")
    ok = _function(
        endpoint,
        "runs-pull-ok",
        (
            "import boto3, os\n"
            "def handler(event, context):\n"
            "    key = f\"pulled/{event['run_id']}.json\"\n"
            "    boto3.client('s3').put_object(Bucket=os.environ['BUCKET'], Key=key, Body=b'{}')\n"
            "    print('pulled', key)\n"
            "    return {'s3_uri': f\"s3://{os.environ['BUCKET']}/{key}\"}\n"
        ),
    )
    bad = _function(
        endpoint, "runs-pull-bad", "def handler(event, context):\n    raise ValueError('upstream API answered 503')\n"
    )
    pull = {
        "Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": {"FunctionName": ok, "Payload": {"run_id.$": "$.run_id"}},
        "ResultSelector": {"s3_uri.$": "$.Payload.s3_uri"},
        "ResultPath": "$.pull",
        "End": True,
    }
    execution = _start(endpoint, "runs-lambda-ok", {"pull": pull}, "pull")
    sfn = aws("stepfunctions", endpoint)
    summary = follow(sfn, None, execution, poll_seconds=0.5, timeout_seconds=60)
    assert summary["status"] == "SUCCEEDED", summary["failure"]
    uri = summary["output"]["pull"]["s3_uri"]
    assert aws("s3", endpoint).get_object(Bucket="runs-lambda-target", Key=uri.split("/", 3)[3])["Body"].read() == b"{}"

    failing = dict(pull, Parameters={"FunctionName": bad, "Payload": {"run_id.$": "$.run_id"}})
    summary = follow(
        sfn, None, _start(endpoint, "runs-lambda-bad", {"pull": failing}, "pull"), poll_seconds=0.5, timeout_seconds=60
    )
    assert summary["status"] == "FAILED"
    assert summary["failure"]["state"] == "pull" and summary["failure"]["error"] == "ValueError"
    assert "upstream API answered 503" in summary["failure"]["cause"]
