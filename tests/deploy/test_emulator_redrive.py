"""Emulator extension 24: Step Functions RedriveExecution (deploy_runner/emulator_sfn_redrive.py).

moto alone has no redrive. AWS continues a FAILED/ABORTED/TIMED_OUT execution from its unsuccessful
states with the same input, keeps what succeeded (inside a Parallel only the failed branches run), appends
`ExecutionRedriven` to the history, answers redriveCount/redriveDate/redriveStatus, and refuses what it
cannot redrive with botocore's error codes. Run in process with moto's mock and moto's interpreter on, as
the emulator server runs it. A state that fails on the first attempt only (`$$.Execution.RedriveCount`
picks a malformed JSON string the first time) stands in for a job that failed and was fixed.
"""

from __future__ import annotations

import json
import time

import boto3
import pytest
from botocore.exceptions import ClientError

FLAKY = "States.StringToJson(States.ArrayGetItem(States.Array('{', '{}'), $$.Execution.RedriveCount))"
DEFINITION = {
    "StartAt": "Start",
    "States": {
        "Start": {"Type": "Pass", "Parameters": {"run_id.$": "States.UUID()"}, "Next": "Both"},
        "Both": {
            "Type": "Parallel",
            "Branches": [
                {"StartAt": "Kept", "States": {"Kept": {"Type": "Pass", "Parameters": {"made.$": "States.UUID()"}, "End": True}}},
                {
                    # the pause lets the other branch succeed first (else it is cut short and would run again)
                    "StartAt": "Pause",
                    "States": {
                        "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Flaky"},
                        "Flaky": {"Type": "Pass", "Parameters": {"x.$": FLAKY}, "End": True},
                    },
                },
            ],
            "ResultSelector": {"kept.$": "$[0]", "flaky.$": "$[1]"},
            "ResultPath": "$.both",
            "Next": "Done",
        },
        "Done": {"Type": "Pass", "End": True},
    },
}


@pytest.fixture
def sfn():
    from moto import mock_aws
    from moto.core.config import default_user_config

    from deploy_runner import emulator_sfn_redrive

    default_user_config.setdefault("stepfunctions", {})["execute_state_machine"] = True
    emulator_sfn_redrive.install()
    with mock_aws():
        yield boto3.client("stepfunctions", region_name="us-east-1")
    default_user_config["stepfunctions"]["execute_state_machine"] = False


def _machine(sfn, definition) -> str:
    role = "arn:aws:iam::123456789012:role/orchestrator"
    return sfn.create_state_machine(name="m", definition=json.dumps(definition), roleArn=role)["stateMachineArn"]


def _ended(sfn, arn: str) -> dict:
    for _ in range(100):
        described = sfn.describe_execution(executionArn=arn)
        if described["status"] != "RUNNING":
            return described
        time.sleep(0.05)
    raise AssertionError("the execution did not end")


def _code(call) -> str:
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value.response["Error"]["Code"]


def test_a_failed_execution_continues_from_its_failed_branch_and_keeps_what_succeeded(sfn):
    arn = sfn.start_execution(stateMachineArn=_machine(sfn, DEFINITION), name="run-1")["executionArn"]
    first = _ended(sfn, arn)
    assert first["status"] == "FAILED" and first["redriveCount"] == 0 and first["redriveStatus"] == "REDRIVABLE"
    before = sfn.get_execution_history(executionArn=arn)["events"]
    kept = next(
        json.loads(e["stateExitedEventDetails"]["output"])
        for e in before
        if e["type"] == "PassStateExited" and e["stateExitedEventDetails"]["name"] == "Kept"
    )

    answer = sfn.redrive_execution(executionArn=arn)
    done = _ended(sfn, arn)
    assert done["status"] == "SUCCEEDED" and done["executionArn"] == arn
    assert done["redriveCount"] == 1 and done["redriveDate"] == answer["redriveDate"]
    assert done["startDate"] == first["startDate"]  # the same execution, not a new one
    output = json.loads(done["output"])
    assert output["both"] == {"kept": kept, "flaky": {"x": {}}}  # the branch that succeeded was not run again

    events = sfn.get_execution_history(executionArn=arn)["events"]
    assert events[: len(before)] == before  # the first attempt's history is kept
    added = events[len(before) :]
    assert added[0]["type"] == "ExecutionRedriven" and added[0]["executionRedrivenEventDetails"] == {"redriveCount": 1}
    entered = [e["stateEnteredEventDetails"]["name"] for e in added if e["type"].endswith("StateEntered")]
    assert entered == ["Both", "Flaky", "Done"]  # not Start, Kept or Pause
    assert [e["id"] for e in events] == list(range(1, len(events) + 1))

    assert done["redriveStatus"] == "NOT_REDRIVABLE"
    assert done["redriveStatusReason"] == "Execution is SUCCEEDED and cannot be redriven"
    listed = sfn.list_executions(stateMachineArn=done["stateMachineArn"], redriveFilter="REDRIVEN")["executions"]
    assert [(e["executionArn"], e["redriveCount"]) for e in listed] == [(arn, 1)]
    assert sfn.list_executions(stateMachineArn=done["stateMachineArn"], redriveFilter="NOT_REDRIVEN")["executions"] == []


def test_what_aws_cannot_redrive_is_refused_with_its_error_codes(sfn):
    machine = _machine(sfn, DEFINITION)
    arn = sfn.start_execution(stateMachineArn=machine, name="run-1")["executionArn"]
    _ended(sfn, arn)
    sfn.redrive_execution(executionArn=arn)
    _ended(sfn, arn)
    assert _code(lambda: sfn.redrive_execution(executionArn=arn)) == "ExecutionNotRedrivable"  # SUCCEEDED
    assert _code(lambda: sfn.redrive_execution(executionArn=arn + "-missing")) == "ExecutionDoesNotExist"
    assert _code(lambda: sfn.redrive_execution(executionArn="not-an-arn")) == "InvalidArn"

    waiting = _machine_named(sfn, "w", {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 30, "End": True}}})
    running = sfn.start_execution(stateMachineArn=waiting)["executionArn"]
    assert _code(lambda: sfn.redrive_execution(executionArn=running)) == "ExecutionNotRedrivable"
    described = sfn.describe_execution(executionArn=running)
    assert described["redriveStatusReason"] == "Execution is RUNNING and cannot be redriven"
    sfn.stop_execution(executionArn=running)
    assert _ended(sfn, running)["status"] == "ABORTED"
    sfn.redrive_execution(executionArn=running)  # an aborted execution can be redriven
    assert sfn.describe_execution(executionArn=running)["redriveCount"] == 1
    sfn.stop_execution(executionArn=running)


def _machine_named(sfn, name: str, definition: dict) -> str:
    role = "arn:aws:iam::123456789012:role/orchestrator"
    return sfn.create_state_machine(name=name, definition=json.dumps(definition), roleArn=role)["stateMachineArn"]


def test_a_repeated_client_token_answers_the_same_redrive_without_a_second_attempt(sfn):
    arn = sfn.start_execution(stateMachineArn=_machine(sfn, DEFINITION), name="run-1")["executionArn"]
    _ended(sfn, arn)
    first = sfn.redrive_execution(executionArn=arn, clientToken="token-1")
    _ended(sfn, arn)
    again = sfn.redrive_execution(executionArn=arn, clientToken="token-1")
    assert again["redriveDate"] == first["redriveDate"]
    assert sfn.describe_execution(executionArn=arn)["redriveCount"] == 1
