"""A failed API pull in a run says which URL it asked for (secret-looking fields redacted), and the
run's failure carries the function's own log, as a failed SageMaker job's does.

The bundled pull function (constructs_lib/bundled/api_pull.py) runs in the local emulator as a
Lambda function (extension 12) and fails for real: nothing listens on the URL's port.
"""

from __future__ import annotations

import io
import json
import socket
import zipfile

import pytest

from constructs_lib import code_bundle
from deploy_runner.runs import follow

from .conftest import aws

pytestmark = pytest.mark.emulator
ROLE = "arn:aws:iam::123456789012:role/runs-pull-failure"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends: a connection is refused


def test_a_failed_pull_names_its_url_and_brings_its_log(endpoint: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("api_pull.py", code_bundle.bundled_script("api_pull.py"))
    port = _closed_port()
    trust = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    }
    role = aws("iam", endpoint).create_role(RoleName="runs-pull-failure", AssumeRolePolicyDocument=json.dumps(trust))["Role"][
        "Arn"
    ]
    function = aws("lambda", endpoint).create_function(
        FunctionName="runs-pull-failure",
        Runtime="python3.12",
        Role=role,
        Handler="api_pull.handler",
        Code={"ZipFile": buffer.getvalue()},
        Environment={
            "Variables": {
                "URL": f"https://127.0.0.1:{port}/rows?day=2026-01-01",
                "URL_TEMPLATE": f"https://127.0.0.1:{port}/rows?day={{{{ params.day }}}}&api_key=k-123",
                "HEADERS": "{}",
                "BUCKET": "unused",
                "PREFIX": "pulls/",
                "KMS_KEY_ARN": "unused",
                "TIMEOUT": "5",
            }
        },
        Timeout=30,
    )["FunctionArn"]
    sfn = aws("stepfunctions", endpoint)
    definition = {
        "StartAt": "pull",
        "States": {
            "pull": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": function, "Payload": {"params": {"day": "2026-11-27"}}},
                "End": True,
            }
        },
    }
    machine = sfn.create_state_machine(name="runs-pull-failure", definition=json.dumps(definition), roleArn=ROLE)
    execution = sfn.start_execution(stateMachineArn=machine["stateMachineArn"], input="{}")["executionArn"]
    summary = follow(sfn, aws("logs", endpoint), execution, poll_seconds=0.5, timeout_seconds=60)
    assert summary["status"] == "FAILED"
    failure = summary["failure"]
    url = f"https://127.0.0.1:{port}/rows?day=2026-11-27&api_key=***"
    assert failure["reason"].startswith(f"GET {url} failed: "), failure
    assert "k-123" not in json.dumps(summary)
    assert failure["job"] == "function runs-pull-failure", failure
    assert json.dumps({"pulling": url}) in failure["log_tail"], failure["log_tail"]
