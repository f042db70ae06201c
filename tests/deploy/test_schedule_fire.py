"""A scheduled batch deployment fires on the emulator: listed with its next fire time, triggered, and by its due time.

Through the CLI as a user runs it, one deploy -> run -> destroy cycle: a training -> batch pipeline
whose batch node scores nightly is deployed to the emulator (started with the due-fire loop on,
`PLAYBOOK_EMULATOR_FIRE_SCHEDULES`). `schedule ls` shows the node's schedule and its next 02:00
UTC; `schedule trigger` before any run starts the scoring, which ends at "no model yet" as it would
on AWS; after a pipeline run, a triggered scoring writes the batch scores to S3 again. Schedules
added beside it (every minute: enabled, DISABLED, past its EndDate) show what the loop fires.
"""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone

import pytest

from tests.cli.cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: scored-nightly
  version: 1.0.0
  description: Train, then score a prefix every night
spec:
  platform: aws
  nodes:
    - {id: rows, type: data_source, source: s3}
    - id: fit
      type: model
      task: training
      inputs: [rows]
      config:
        hyperparameters: {num_round: 3, objective: "binary:logistic"}
    - id: score
      type: deployment
      mode: batch
      inputs: [fit]
      config: {schedule: "cron(0 2 * * ? *)", instance_type: ml.m5.large}
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("schedules"), PLAYBOOK_EMULATOR_FIRE_SCHEDULES="2")
    (workspace.root / "scored-nightly.yaml").write_text(PLAYBOOK)
    yield workspace
    workspace.cli("destroy", "scored-nightly.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def _next_2am(now: datetime) -> str:
    today = now.replace(hour=2, minute=0, second=0, microsecond=0)
    return (today if now < today else today + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _scored(s3, bucket: str) -> list[str]:
    return [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix="score/scored/").get("Contents", [])]


def test_a_scheduled_batch_node_is_listed_triggered_and_fired_when_due(workspace):
    deployed = workspace.cli("deploy", "scored-nightly.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    bucket, _, prefix = outputs["node_rows_s3_uri"].removeprefix("s3://").partition("/")
    s3, sfn, scheduler = workspace.aws("s3"), workspace.aws("stepfunctions"), workspace.aws("scheduler")
    s3.put_object(
        Bucket=bucket, Key=f"{prefix}part-1.csv", Body="".join(f"{i % 2},{i % 7},{i % 5}\n" for i in range(60)).encode()
    )
    artifacts = outputs["artifact_bucket"]  # a batch node given no dataset scores its own prefix there
    s3.put_object(Bucket=artifacts, Key="score/input/rows.csv", Body="".join(f"{i % 7},{i % 5}\n" for i in range(10)).encode())

    listed = workspace.cli("schedule", "ls", "scored-nightly.yaml", "--local", "--json")
    assert listed.returncode == 0, listed.stdout + listed.stderr[-3000:]
    (row,) = json.loads(listed.stdout)["schedules"]
    assert row["node"] == "score" and row["expression"] == "cron(0 2 * * ? *)" and row["state"] == "ENABLED"
    assert row["next_fire"] == _next_2am(datetime.now(timezone.utc))
    assert row["starts"] == "states:StartExecution" and ":stateMachine:" in row["target"]
    text = workspace.cli("schedule", "ls", "scored-nightly.yaml", "--local")
    assert f"next {row['next_fire']}" in text.stdout and "score" in text.stdout
    scoring = row["target"]

    _errors_name_their_kind(workspace)
    _due_fire_loop_fires_only_what_is_due(workspace, scheduler, sfn, row["schedule"], scoring)

    early = workspace.cli("schedule", "trigger", "scored-nightly.yaml", "score", "--local", "--wait", "--json")
    doc = json.loads(early.stdout)
    assert early.returncode == 0 and doc["execution_status"] == "SUCCEEDED", early.stdout + early.stderr[-3000:]
    assert doc["id"].startswith(scoring.replace(":stateMachine:", ":execution:"))
    assert f"playbook logs {doc['id']} --env local --local" in early.stderr  # how to follow it
    assert _scored(s3, artifacts) == []  # no pipeline run has registered a model: nothing scored, as on AWS

    ran = workspace.cli("run", "scored-nightly.yaml", "--local", "--wait")
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    scores = _scored(s3, artifacts)
    assert scores == ["score/scored/rows.csv.out"], scores
    s3.delete_object(Bucket=artifacts, Key=scores[0])

    fired = workspace.cli("schedule", "trigger", "scored-nightly.yaml", "score", "--local", "--wait")
    assert fired.returncode == 0, fired.stdout[-3000:] + fired.stderr[-3000:]
    assert "started states:StartExecution" in fired.stdout and "SUCCEEDED" in fired.stdout
    assert _scored(s3, artifacts) == ["score/scored/rows.csv.out"]
    body = s3.get_object(Bucket=artifacts, Key="score/scored/rows.csv.out")["Body"].read().decode()
    assert len([line for line in body.splitlines() if line.strip()]) == 10  # one score per input row
    assert all(0.0 <= float(line) <= 1.0 for line in body.splitlines() if line.strip())

    destroyed = workspace.cli("destroy", "scored-nightly.yaml", "--local", "--auto-approve")
    assert destroyed.returncode == 0, destroyed.stderr[-3000:]
    gone = workspace.cli("schedule", "ls", "scored-nightly.yaml", "--local", "--json")
    assert gone.returncode == 1 and json.loads(gone.stdout)["error"]["kind"] == "not_deployed"


def _errors_name_their_kind(workspace):
    for node, kind, says in (
        ("nope", "unknown_node", "its nodes: rows, fit, score"),
        ("fit", "no_schedule", "nodes with a schedule: score"),
    ):
        proc = workspace.cli("schedule", "trigger", "scored-nightly.yaml", node, "--local", "--json")
        error = json.loads(proc.stdout)["error"]
        assert proc.returncode == 1 and error["kind"] == kind and says in error["message"], proc.stdout
    plain = workspace.cli("schedule", "trigger", "scored-nightly.yaml", "nope", "--local")
    assert plain.returncode == 1 and plain.stderr.startswith("error: scored-nightly has no node 'nope'")
    (workspace.root / "never.yaml").write_text(PLAYBOOK.replace("name: scored-nightly", "name: never-deployed"))
    never = workspace.cli("schedule", "trigger", "never.yaml", "score", "--local", "--json")
    assert never.returncode == 1 and json.loads(never.stdout)["error"]["kind"] == "not_deployed"


def _due_fire_loop_fires_only_what_is_due(workspace, scheduler, sfn, deployed_name, scoring):
    role = scheduler.get_schedule(Name=deployed_name)["Target"]["RoleArn"]
    now = datetime.now(timezone.utc)
    variants = {
        "every-minute": {},
        "disabled": {"State": "DISABLED"},
        "ended": {"EndDate": now - timedelta(hours=1)},
    }
    for name, extra in variants.items():
        scheduler.create_schedule(
            Name=name,
            ScheduleExpression="rate(1 minute)",
            FlexibleTimeWindow={"Mode": "OFF"},
            Target={
                "Arn": scoring,
                "RoleArn": role,
                "Input": json.dumps({"marker": name, "at": "<aws.scheduler.scheduled-time>"}),
            },
            **extra,
        )

    def started() -> dict[str, dict]:
        found = {}
        for execution in sfn.list_executions(stateMachineArn=scoring)["executions"]:
            given = json.loads(sfn.describe_execution(executionArn=execution["executionArn"])["input"])
            if "marker" in given:
                found[given["marker"]] = given
        return found

    deadline = time.monotonic() + 30
    while "every-minute" not in started() and time.monotonic() < deadline:
        time.sleep(1)
    time.sleep(5)  # two more looks of the loop: the others had their chance to fire
    fired = started()
    for name in variants:
        scheduler.delete_schedule(Name=name)
    assert set(fired) == {"every-minute"}, fired
    assert fired["every-minute"]["at"].endswith("Z") and fired["every-minute"]["at"] >= now.strftime("%Y-%m-%dT%H:%M")
    log = (workspace.root / "state" / "emulator" / "emulator.log").read_text()
    assert "EMULATOR-SCHEDULE-FIRED" in log and ":schedule/default/every-minute" in log
    assert ":schedule/default/" + deployed_name not in log  # the nightly schedule is not due
