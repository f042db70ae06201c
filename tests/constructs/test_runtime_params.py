"""`{{ params.NAME }}` at run time: the ASL the constructs emit, executed by a real ASL interpreter.

moto's Step Functions interpreter (ported from LocalStack, which follows the AWS
States Language spec) runs the orchestrator's first states and a Pass state built
from `RuntimeParameters`, in-process: what the job would receive is asserted
exactly, for a run that sets parameters and for one that relies on the defaults.
"""

from __future__ import annotations

import json
import time

import pytest

from constructs_lib.asl import start_states
from constructs_lib.escaping import literal
from constructs_lib.runtime_params import RuntimeParameters
from playbooks.spec.resolved import DeclaredParameter

DECLARED = {
    "day": DeclaredParameter("string", "2026-01-01"),
    "epochs": DeclaredParameter("integer", 10),
    "rate": DeclaredParameter("number", 0.1),
    "strict": DeclaredParameter("boolean", False),
    "columns": DeclaredParameter("list", ["a", "b"]),
}
# Config text as a construct receives it: made literal for Terraform first.
TEXTS = {
    "DAY": "{{ params.day }}",
    "EPOCHS": "{{ params.epochs }}",
    "QUERY": "SELECT * FROM t WHERE day = '{{ params.day }}' AND x > ${tf} %{ if } {} \\ n={{params.epochs}}",
    "MIX": "rate={{ params.rate }};strict={{ params.strict }};cols={{ params.columns }}",
    "PLAIN": "no references ${here}",
}


def _execute(definition: dict, execution_input: dict) -> dict:
    import boto3
    from moto import mock_aws

    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        client = boto3.client("stepfunctions", region_name="us-east-1")
        arn = client.create_state_machine(
            name="params", definition=json.dumps(definition), roleArn="arn:aws:iam::123456789012:role/sfn"
        )["stateMachineArn"]
        execution = client.start_execution(stateMachineArn=arn, name="run", input=json.dumps(execution_input))["executionArn"]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            described = client.describe_execution(executionArn=execution)
            if described["status"] != "RUNNING":
                break
            time.sleep(0.05)
    assert described["status"] == "SUCCEEDED", described
    return json.loads(described["output"])


def _machine(params: RuntimeParameters) -> dict:
    fields = params.fields({key: literal(text) for key, text in TEXTS.items()})
    arguments = params.list_field("Args", [literal(a) for a in ["--day", "{{ params.day }}", "--x='{y}'"]])
    states = start_states("Job", takes_inputs=False, parameters=params.defaults)
    states["Job"] = {"Type": "Pass", "Parameters": {"Environment": fields, **arguments}, "End": True}
    return {"StartAt": "Start", "States": states}


@pytest.mark.parametrize(
    "given, expected",
    [
        (
            {"day": "2026-11-27", "epochs": 3, "columns": ["x"], "strict": True},
            {
                "DAY": "2026-11-27",
                "EPOCHS": "3",
                "QUERY": "SELECT * FROM t WHERE day = '2026-11-27' AND x > ${tf} %{ if } {} \\ n=3",
                "MIX": 'rate=0.1;strict=true;cols=["x"]',
                "PLAIN": "no references ${here}",
            },
        ),
        (
            None,
            {
                "DAY": "2026-01-01",
                "EPOCHS": "10",
                "QUERY": "SELECT * FROM t WHERE day = '2026-01-01' AND x > ${tf} %{ if } {} \\ n=10",
                "MIX": 'rate=0.1;strict=false;cols=["a","b"]',
                "PLAIN": "no references ${here}",
            },
        ),
    ],
)
def test_the_job_receives_the_runs_values_or_the_defaults(given, expected):
    params = RuntimeParameters(DECLARED, {n: p.default for n, p in DECLARED.items()})
    output = _execute(_machine(params), {"parameters": given} if given is not None else {})
    plain = output["Environment"].pop("PLAIN", None)
    assert output["Environment"] == {k: v for k, v in expected.items() if k != "PLAIN"}
    assert output["Args"] == ["--day", (given or {}).get("day", "2026-01-01"), "--x='{y}'"]
    # A value without references is not a `.$` field: it stays Terraform-literal text (Terraform unescapes it).
    assert plain == literal(TEXTS["PLAIN"])


def test_text_without_references_stays_a_plain_field():
    params = RuntimeParameters(DECLARED, {})
    assert params.field("K", "a ${b}") == {"K": "a ${b}"}
    assert params.field("K", "{{ params.day }}") == {"K.$": "$.params.day"}
    assert params.field("K", "{{ params.epochs }}") == {"K.$": "States.JsonToString($.params.epochs)"}


def test_child_bindings_keep_types_or_format_text():
    parent = RuntimeParameters(DECLARED, {})
    child = {
        "window": DeclaredParameter("integer"),
        "label": DeclaredParameter("string", "x"),
        "fixed": DeclaredParameter("integer", 1),
    }
    bound = parent.bind_child(
        child, {"window": "{{ params.epochs }}", "label": "e{{ params.epochs }}-{{ params.day }}", "fixed": 3}
    )
    assert bound == {
        "window.$": "$.params.epochs",
        "fixed": 3,
        "label.$": "States.Format('e{}-{}', States.JsonToString($.params.epochs), $.params.day)",
    }
