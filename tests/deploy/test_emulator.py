"""The local emulator: lifecycle, loopback-only, and the project's moto extensions."""
from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from deploy_runner.emulator import Emulator
from deploy_runner.emulator_ext import validate_asl

from .conftest import aws

pytestmark = pytest.mark.emulator


def _listening_addresses(port: int) -> set[str]:
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, hexport = local.rsplit(":", 1)
            if int(hexport, 16) == port and state == "0A":  # LISTEN
                found.add(addr)
    return found


def test_lifecycle_is_idempotent_and_loopback_only(tmp_path: Path) -> None:
    emu = Emulator(tmp_path / "emu")
    assert not emu.status().running
    first = emu.start()
    try:
        assert first.running and first.endpoint.startswith("https://127.0.0.1:")
        assert emu.start().pid == first.pid  # reused, not a second server
        assert _listening_addresses(first.port) == {"0100007F"}  # 127.0.0.1 only
        record = json.loads((tmp_path / "emu" / "emulator.json").read_text())
        assert record["pid"] == first.pid and record["port"] == first.port
        assert (tmp_path / "emu" / "emulator.log").is_file()
    finally:
        assert emu.stop() is True
    assert not emu.status().running
    assert emu.stop() is False  # stopping twice is fine


def test_a_crashed_emulator_is_replaced_on_start(tmp_path: Path) -> None:
    emu = Emulator(tmp_path / "emu")
    first = emu.start()
    try:
        os.kill(first.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while emu.status().running and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not emu.status().running
        second = emu.start()
        assert second.running and second.pid != first.pid
    finally:
        emu.stop()


def test_unimplemented_calls_fail_fast_instead_of_hanging(endpoint: str) -> None:
    client = aws("sagemaker", endpoint)
    started = time.monotonic()
    with pytest.raises(ClientError) as err:
        client.list_hubs()
    assert time.monotonic() - started < 5
    assert err.value.response["Error"]["Code"] == "NotImplemented"
    assert "EMULATOR.md" in err.value.response["Error"]["Message"]


def test_validate_state_machine_definition(endpoint: str) -> None:
    sfn = aws("stepfunctions", endpoint)
    good = json.dumps({"StartAt": "a", "States": {"a": {"Type": "Pass", "Next": "b"}, "b": {"Type": "Succeed"}}})
    assert sfn.validate_state_machine_definition(definition=good)["result"] == "OK"
    bad = json.dumps({"StartAt": "a", "States": {"a": {"Type": "Pass", "Next": "missing"}}})
    answer = sfn.validate_state_machine_definition(definition=bad)
    assert answer["result"] == "FAIL"
    assert answer["diagnostics"][0]["code"] == "MISSING_TRANSITION_TARGET"


@pytest.mark.parametrize("definition, code", [
    ("not json", "INVALID_JSON_DESCRIPTION"),
    ('{"StartAt": "x", "States": {"x": {"Type": "Bogus"}}}', "SCHEMA_VALIDATION_FAILED"),
    ('{"StartAt": "x", "States": {"x": {"Type": "Task", "Resource": "arn"}}}', "SCHEMA_VALIDATION_FAILED"),
    ('{"StartAt": "p", "States": {"p": {"Type": "Parallel", "End": true, "Branches": '
     '[{"StartAt": "q", "States": {"q": {"Type": "Pass", "Next": "nowhere"}}}]}}}', "MISSING_TRANSITION_TARGET"),
])
def test_asl_validator_rejects_broken_definitions(definition: str, code: str) -> None:
    assert validate_asl(definition)[0]["code"] == code


def test_list_state_machine_versions(endpoint: str) -> None:
    sfn, iam = aws("stepfunctions", endpoint), aws("iam", endpoint)
    role = iam.create_role(RoleName="versions-test", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    definition = json.dumps({"StartAt": "a", "States": {"a": {"Type": "Pass", "End": True}}})
    arn = sfn.create_state_machine(name="versions-test", definition=definition, roleArn=role,
                                   publish=True)["stateMachineArn"]
    sfn.update_state_machine(stateMachineArn=arn, definition=definition, publish=True)
    versions = sfn.list_state_machine_versions(stateMachineArn=arn)["stateMachineVersions"]
    assert [v["stateMachineVersionArn"] for v in versions] == [f"{arn}:2", f"{arn}:1"]
    unpublished = sfn.create_state_machine(name="no-versions", definition=definition, roleArn=role)
    assert sfn.list_state_machine_versions(stateMachineArn=unpublished["stateMachineArn"])[
        "stateMachineVersions"] == []


def test_bucket_logging_next_to_a_tls_only_policy(endpoint: str) -> None:
    """moto crashed on PutBucketLogging when the target bucket has a "Principal": "*" statement."""
    s3 = aws("s3", endpoint)
    for name in ("logging-source-bucket", "logging-target-bucket"):
        s3.create_bucket(Bucket=name)
    tls_only = {"Version": "2012-10-17", "Statement": [
        {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
         "Resource": ["arn:aws:s3:::logging-target-bucket", "arn:aws:s3:::logging-target-bucket/*"],
         "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
        {"Sid": "S3ServerAccessLogsPolicy", "Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"},
         "Action": "s3:PutObject", "Resource": "arn:aws:s3:::logging-target-bucket/*"}]}
    s3.put_bucket_policy(Bucket="logging-target-bucket", Policy=json.dumps(tls_only))
    s3.put_bucket_logging(Bucket="logging-source-bucket", BucketLoggingStatus={"LoggingEnabled": {
        "TargetBucket": "logging-target-bucket", "TargetPrefix": "logs/"}})
    assert s3.get_bucket_logging(Bucket="logging-source-bucket")["LoggingEnabled"]["TargetPrefix"] == "logs/"
    s3.put_object(Bucket="logging-target-bucket", Key="over-tls", Body=b"x")  # https: the deny does not apply


def test_tls_only_bucket_policy_denies_plain_http_only(endpoint: str) -> None:
    from deploy_runner.emulator_ext import _REQUEST, _install_s3_secure_transport
    from moto.iam.access_control import PermissionResult
    from moto.s3.models import FakeBucket

    _install_s3_secure_transport()  # in-process check of the same code the server runs
    bucket = FakeBucket("tls-only-bucket", account_id="123456789012", region_name="us-east-1")
    bucket.policy = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::tls-only-bucket/*",
         "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}).encode()
    _REQUEST.scheme = "http"
    assert bucket.get_permission("s3:PutObject", "arn:aws:s3:::tls-only-bucket/k") == PermissionResult.DENIED
    _REQUEST.scheme = "https"
    assert bucket.get_permission("s3:PutObject", "arn:aws:s3:::tls-only-bucket/k") == PermissionResult.NEUTRAL


def test_lambda_returns_dead_letter_and_logging_config(endpoint: str) -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("index.py", "def handler(e, c):\n    return 1\n")
    role = aws("iam", endpoint).create_role(RoleName="lambda-config-test", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    queue = "arn:aws:sqs:us-east-1:123456789012:dlq"
    lam = aws("lambda", endpoint)
    lam.create_function(FunctionName="config-test", Runtime="python3.12", Role=role, Handler="index.handler",
                        Code={"ZipFile": buf.getvalue()}, DeadLetterConfig={"TargetArn": queue},
                        LoggingConfig={"LogFormat": "JSON", "LogGroup": "/custom/group"})
    config = lam.get_function(FunctionName="config-test")["Configuration"]
    assert config["DeadLetterConfig"] == {"TargetArn": queue}
    assert config["LoggingConfig"]["LogFormat"] == "JSON" and config["LoggingConfig"]["LogGroup"] == "/custom/group"
    lam.update_function_configuration(FunctionName="config-test", LoggingConfig={"LogFormat": "Text"})
    assert lam.get_function_configuration(FunctionName="config-test")["LoggingConfig"]["LogFormat"] == "Text"
