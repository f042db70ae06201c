"""The local emulator: lifecycle, loopback-only, and the project's moto extensions."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from deploy_runner import emulator_tls
from deploy_runner.emulator import Emulator, EmulatorError, ca_bundle, healthy
from deploy_runner.emulator_processes import servers_of
from deploy_runner.file_lock import exclusive
from deploy_runner.emulator_sfn_definitions import validate_asl

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


# -- concurrent starts, TLS pair, stop, start errors ------------------------------

REPO = Path(__file__).resolve().parents[2]
_STARTER = """
import json, sys, time
from deploy_runner.emulator import Emulator
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # all starters leave the gate together
status = Emulator(sys.argv[1]).start()
print(json.dumps({"pid": status.pid, "port": status.port, "running": status.running}))
"""


def _fresh_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A state directory with no emulator and no TLS material yet (the first-start race)."""
    state = tmp_path / "state"
    state.mkdir()
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(state))
    return state


def _pair_problem(state: Path) -> str | None:
    tls = state / "emulator" / "tls"
    emulator_tls._valid.clear()  # judge the files on disk, not this process's cache
    return emulator_tls.pair_problem(tls / "cert.pem", tls / "key.pem")


def test_concurrent_starters_share_one_server_and_a_valid_pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Four processes start the emulator of a fresh state dir at the same instant."""
    state = _fresh_state(tmp_path, monkeypatch)
    emu_dir = state / "emulator"
    gate = time.time() + 3  # after every interpreter has imported the module
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    starters = [
        subprocess.Popen(
            [sys.executable, "-c", _STARTER, str(emu_dir), str(gate)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    try:
        results = []
        for proc in starters:
            out, err = proc.communicate(timeout=180)
            assert proc.returncode == 0, err
            results.append(json.loads(out))
        assert all(r["running"] for r in results)
        assert len({(r["pid"], r["port"]) for r in results}) == 1, results  # one server, used by all
        assert servers_of(emu_dir) == {results[0]["pid"]}  # and no second one running unrecorded
        assert _pair_problem(state) is None
        assert healthy(f"https://127.0.0.1:{results[0]['port']}")  # verified against the pair on disk
    finally:
        for proc in starters:
            proc.kill() if proc.poll() is None else None
        Emulator(emu_dir).stop()
    assert servers_of(emu_dir) == set()


@pytest.mark.parametrize(
    "damage, message",
    [
        ("mismatched", "do not belong together"),
        ("garbage_cert", "not a readable PEM certificate"),
        ("garbage_key", "not a readable unencrypted PEM private key"),
        ("missing_key", "key.pem is missing"),
    ],
)
def test_a_broken_pair_is_regenerated_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, damage: str, message: str
) -> None:
    state = _fresh_state(tmp_path, monkeypatch)
    cert = ca_bundle()
    key = cert.with_name("key.pem")
    if damage == "mismatched":  # what the race left behind: one start's cert, another's key
        other = tmp_path / "other"
        emulator_tls._write_pair(other.mkdir() or other)
        key.write_bytes((other / "key.pem").read_bytes())
    elif damage == "garbage_cert":
        cert.write_text("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")
    elif damage == "garbage_key":
        key.write_bytes(b"")
    else:
        key.unlink()
    assert _pair_problem(state) is not None
    with caplog.at_level(logging.WARNING, logger="deploy_runner.emulator_tls"):
        assert ca_bundle() == cert
    assert message in caplog.text and "generating a new certificate" in caplog.text
    assert _pair_problem(state) is None


def test_start_repairs_a_mismatched_pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The state dir the race broke used to fail every start with KEY_VALUES_MISMATCH."""
    state = _fresh_state(tmp_path, monkeypatch)
    key = ca_bundle().with_name("key.pem")
    other = tmp_path / "other"
    other.mkdir()
    emulator_tls._write_pair(other)
    key.write_bytes((other / "key.pem").read_bytes())
    emulator_tls._valid.clear()
    emu = Emulator(state / "emulator")
    try:
        assert emu.start().running
    finally:
        emu.stop()


def test_stop_finds_servers_the_record_lost(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server nobody recorded (the old race; a record deleted by hand) is still stopped."""
    state = _fresh_state(tmp_path, monkeypatch)
    emu = Emulator(state / "emulator")
    first = emu.start()
    try:
        (state / "emulator" / "emulator.json").unlink()
        (state / "emulator" / "emulator.pids").unlink()
        assert not emu.status().running
        assert servers_of(state / "emulator") == {first.pid}
    finally:
        assert emu.stop() is True
    assert servers_of(state / "emulator") == set()


def test_stop_of_a_directory_never_used_creates_nothing(tmp_path: Path) -> None:
    assert Emulator(tmp_path / "never-used").stop() is False
    assert not (tmp_path / "never-used").exists()


def test_stop_leaves_other_state_dirs_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, emulator: Emulator) -> None:
    session_pid = emulator.start().pid  # the session's emulator, in another state dir
    state = _fresh_state(tmp_path, monkeypatch)
    assert Emulator(state / "emulator").stop() is False
    assert servers_of(emulator.dir) == {session_pid}  # still running


def test_start_error_names_the_cause_from_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = _fresh_state(tmp_path, monkeypatch)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))  # bound, not listening: the server's bind fails, health never answers
        port = squatter.getsockname()[1]
        emu = Emulator(state / "emulator")
        with pytest.raises(EmulatorError) as err:
            emu.start(port=port)
    assert "exited with code 1 while starting" in str(err.value)
    assert "Address already in use" in str(err.value) and str(port) in str(err.value)
    assert "moto[server]" not in str(err.value)
    assert servers_of(state / "emulator") == set()


@pytest.mark.serial  # a 5 s deadline
def test_a_start_blocked_by_a_stuck_holder_fails_clearly(tmp_path: Path) -> None:
    emu = Emulator(tmp_path / "emu", lock_timeout=0.5)
    with exclusive(tmp_path / "emu" / "emulator.lock", 5, "the test holding the lock"):
        started = time.monotonic()
        with pytest.raises(EmulatorError, match="another process has held .*emulator.lock.* starting"):
            emu.start()
        assert time.monotonic() - started < 5
    assert not emu.status().running


@pytest.mark.serial  # a 5 s deadline
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


@pytest.mark.parametrize(
    "definition, code",
    [
        ("not json", "INVALID_JSON_DESCRIPTION"),
        ('{"StartAt": "x", "States": {"x": {"Type": "Bogus"}}}', "SCHEMA_VALIDATION_FAILED"),
        ('{"StartAt": "x", "States": {"x": {"Type": "Task", "Resource": "arn"}}}', "SCHEMA_VALIDATION_FAILED"),
        (
            '{"StartAt": "p", "States": {"p": {"Type": "Parallel", "End": true, "Branches": '
            '[{"StartAt": "q", "States": {"q": {"Type": "Pass", "Next": "nowhere"}}}]}}}',
            "MISSING_TRANSITION_TARGET",
        ),
    ],
)
def test_asl_validator_rejects_broken_definitions(definition: str, code: str) -> None:
    assert validate_asl(definition)[0]["code"] == code


def test_list_state_machine_versions(endpoint: str) -> None:
    sfn, iam = aws("stepfunctions", endpoint), aws("iam", endpoint)
    role = iam.create_role(RoleName="versions-test", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    definition = json.dumps({"StartAt": "a", "States": {"a": {"Type": "Pass", "End": True}}})
    arn = sfn.create_state_machine(name="versions-test", definition=definition, roleArn=role, publish=True)["stateMachineArn"]
    sfn.update_state_machine(stateMachineArn=arn, definition=definition, publish=True)
    versions = sfn.list_state_machine_versions(stateMachineArn=arn)["stateMachineVersions"]
    assert [v["stateMachineVersionArn"] for v in versions] == [f"{arn}:2", f"{arn}:1"]
    unpublished = sfn.create_state_machine(name="no-versions", definition=definition, roleArn=role)
    assert sfn.list_state_machine_versions(stateMachineArn=unpublished["stateMachineArn"])["stateMachineVersions"] == []


def test_bucket_logging_next_to_a_tls_only_policy(endpoint: str) -> None:
    """moto crashed on PutBucketLogging when the target bucket has a "Principal": "*" statement."""
    s3 = aws("s3", endpoint)
    for name in ("logging-source-bucket", "logging-target-bucket"):
        s3.create_bucket(Bucket=name)
    tls_only = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "DenyInsecureTransport",
                "Effect": "Deny",
                "Principal": "*",
                "Action": "s3:*",
                "Resource": ["arn:aws:s3:::logging-target-bucket", "arn:aws:s3:::logging-target-bucket/*"],
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            },
            {
                "Sid": "S3ServerAccessLogsPolicy",
                "Effect": "Allow",
                "Principal": {"Service": "logging.s3.amazonaws.com"},
                "Action": "s3:PutObject",
                "Resource": "arn:aws:s3:::logging-target-bucket/*",
            },
        ],
    }
    s3.put_bucket_policy(Bucket="logging-target-bucket", Policy=json.dumps(tls_only))
    s3.put_bucket_logging(
        Bucket="logging-source-bucket",
        BucketLoggingStatus={"LoggingEnabled": {"TargetBucket": "logging-target-bucket", "TargetPrefix": "logs/"}},
    )
    assert s3.get_bucket_logging(Bucket="logging-source-bucket")["LoggingEnabled"]["TargetPrefix"] == "logs/"
    s3.put_object(Bucket="logging-target-bucket", Key="over-tls", Body=b"x")  # https: the deny does not apply


def test_tls_only_bucket_policy_denies_plain_http_only(endpoint: str) -> None:
    from deploy_runner.emulator_s3_policies import _REQUEST, install_secure_transport
    from moto.iam.access_control import PermissionResult
    from moto.s3.models import FakeBucket

    install_secure_transport()  # in-process check of the same code the server runs
    bucket = FakeBucket("tls-only-bucket", account_id="123456789012", region_name="us-east-1")
    bucket.policy = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": "arn:aws:s3:::tls-only-bucket/*",
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }
            ],
        }
    ).encode()
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
    lam.create_function(
        FunctionName="config-test",
        Runtime="python3.12",
        Role=role,
        Handler="index.handler",
        Code={"ZipFile": buf.getvalue()},
        DeadLetterConfig={"TargetArn": queue},
        LoggingConfig={"LogFormat": "JSON", "LogGroup": "/custom/group"},
    )
    config = lam.get_function(FunctionName="config-test")["Configuration"]
    assert config["DeadLetterConfig"] == {"TargetArn": queue}
    assert config["LoggingConfig"]["LogFormat"] == "JSON" and config["LoggingConfig"]["LogGroup"] == "/custom/group"
    lam.update_function_configuration(FunctionName="config-test", LoggingConfig={"LogFormat": "Text"})
    assert lam.get_function_configuration(FunctionName="config-test")["LoggingConfig"]["LogFormat"] == "Text"


def _create_role_as_attempt(endpoint: str, name: str, invocation: str, attempt: int):  # type: ignore[no-untyped-def]
    """CreateRole sent with the retry headers an AWS SDK puts on attempt N of one operation."""
    client = aws("iam", endpoint)

    def mark(request, **_):  # type: ignore[no-untyped-def]
        request.headers["amz-sdk-invocation-id"] = invocation
        request.headers["amz-sdk-request"] = f"attempt={attempt}; max=2"

    client.meta.events.register("before-send.iam.CreateRole", mark)
    return client.create_role(
        RoleName=name,
        AssumeRolePolicyDocument=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "sagemaker.amazonaws.com"}}
                ],
            }
        ),
    )


def test_a_retried_write_whose_answer_was_lost_gets_the_same_answer(emulator: Emulator, endpoint: str) -> None:
    """Extension 13: the provider's retry of a CreateRole that succeeded must not fail with 409."""
    first = _create_role_as_attempt(endpoint, "retried-role", "0f0e-retry-1", attempt=1)
    again = _create_role_as_attempt(endpoint, "retried-role", "0f0e-retry-1", attempt=2)
    assert again["Role"]["RoleId"] == first["Role"]["RoleId"]
    roles = [r for r in aws("iam", endpoint).list_roles()["Roles"] if r["RoleName"] == "retried-role"]
    assert len(roles) == 1
    assert "EMULATOR-RETRY-REPLAYED" in emulator.log_file.read_text()
    # A new operation that asks for the same role still gets AWS's answer.
    with pytest.raises(ClientError) as err:
        _create_role_as_attempt(endpoint, "retried-role", "0f0e-retry-2", attempt=1)
    assert err.value.response["Error"]["Code"] == "EntityAlreadyExists"


def test_a_key_a_user_deleted_is_removed_once_versioning_is_suspended(endpoint: str) -> None:
    """What Terraform's destroy of a versioned bucket does: suspend versioning, then delete every version and marker."""
    s3 = aws("s3", endpoint)
    bucket = "delete-marker-after-suspend"
    region = s3.meta.region_name
    s3.create_bucket(
        Bucket=bucket, **({} if region == "us-east-1" else {"CreateBucketConfiguration": {"LocationConstraint": region}})
    )
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    s3.put_object(Bucket=bucket, Key="scores.csv", Body=b"0.5\n")
    s3.delete_object(Bucket=bucket, Key="scores.csv")  # leaves a delete marker on top of the version
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Suspended"})
    listing = s3.list_object_versions(Bucket=bucket)
    objects = [{"Key": v["Key"], "VersionId": v["VersionId"]} for v in listing["Versions"] + listing["DeleteMarkers"]]
    answer = s3.delete_objects(Bucket=bucket, Delete={"Objects": objects})
    assert answer.get("Errors", []) == []
    s3.delete_bucket(Bucket=bucket)
    assert bucket not in [b["Name"] for b in s3.list_buckets()["Buckets"]]


def test_a_crash_escaping_moto_dispatch_answers_501_which_sdks_do_not_retry() -> None:
    """S3 dispatches itself; an exception raised through it must not become the server's generic, retried 500."""
    from deploy_runner.emulator_fail_fast import FailFast

    def crashing_s3(environ, start_response):  # type: ignore[no-untyped-def]
        raise AttributeError("'FakeDeleteMarker' object has no attribute 'dispose'")

    answered: dict[str, object] = {}
    body = FailFast(crashing_s3)(
        {"REQUEST_METHOD": "POST", "PATH_INFO": "/bucket", "QUERY_STRING": "delete", "CONTENT_TYPE": "application/xml"},
        lambda status, headers: answered.update(status=status),
    )
    assert answered["status"] == "501 Not Implemented"
    assert b"<Code>EmulatorInternalError</Code>" in b"".join(body) and b"POST /bucket?delete" in b"".join(body)
