"""Only holders of the emulator's key pair can use it; its files are private from their creation.

The emulator runs Python Lambdas and SageMaker jobs as host processes of the user who started
it, so a request another local user signs with any other key (or none) must be refused before
moto acts on it, in the error shape that service's protocol uses on AWS.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from deploy_runner.emulator import Emulator

pytestmark = pytest.mark.emulator

SITE = next(p for p in sys.path if p.endswith("site-packages"))

# Run as another local user: what it can send, and what came back, as JSON lines.
INTRUDER = r"""
import io, json, sys, zipfile
import boto3
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint, key_id = sys.argv[1], sys.argv[2]
attempts = {
    "guessed": dict(aws_access_key_id="test", aws_secret_access_key="test"),
    "right key id, guessed secret": dict(aws_access_key_id=key_id, aws_secret_access_key="guess"),
    "unsigned": dict(config=Config(signature_version=UNSIGNED)),
}
code = io.BytesIO()
with zipfile.ZipFile(code, "w") as zf:
    zf.writestr("handler.py", "import os\ndef handler(event, context):\n    return os.getuid()\n")
role = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
for name, creds in attempts.items():
    def client(service):
        return boto3.client(service, endpoint_url=endpoint, region_name="us-east-1", verify=False, **creds)
    calls = {
        "iam": lambda: client("iam").create_role(RoleName="intruder", AssumeRolePolicyDocument=role),
        "lambda": lambda: client("lambda").create_function(
            FunctionName="intruder", Runtime="python3.11", Role="arn:aws:iam::123456789012:role/intruder",
            Handler="handler.handler", Code={"ZipFile": code.getvalue()}),
        "s3": lambda: client("s3").create_bucket(Bucket="intruder-bucket"),
        "sagemaker": lambda: client("sagemaker").list_models(),
    }
    for service, call in calls.items():
        try:
            call()
            print(json.dumps([name, service, "ACCEPTED", 200]))
        except ClientError as exc:
            print(json.dumps([name, service, exc.response["Error"]["Code"], exc.response["ResponseMetadata"]["HTTPStatusCode"]]))
"""


def _as_nobody(*argv: str) -> subprocess.CompletedProcess[str]:
    # /root (where the venv's interpreter lives) is closed to other users: the system Python with our site-packages.
    return subprocess.run(
        ["runuser", "-u", "nobody", "--", "env", f"PYTHONPATH={SITE}", "HOME=/tmp", "/usr/bin/python3", *argv],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(os.geteuid() != 0 or not Path("/usr/bin/python3").exists(), reason="needs root to act as nobody")
def test_another_user_is_refused_in_each_protocols_shape_and_creates_nothing(emulator: Emulator, endpoint: str) -> None:
    from deploy_runner.emulator import emulator_client, emulator_key

    proc = _as_nobody("-c", INTRUDER, endpoint, emulator_key().access_key_id)
    assert proc.returncode == 0, proc.stderr[-3000:]
    answers = {(name, service): (code, status) for name, service, code, status in map(json.loads, proc.stdout.splitlines())}
    assert answers[("guessed", "iam")] == ("InvalidClientTokenId", 403)  # query protocol
    assert answers[("guessed", "lambda")] == ("UnrecognizedClientException", 403)  # rest-json
    assert answers[("guessed", "s3")] == ("InvalidAccessKeyId", 403)  # rest-xml
    assert answers[("guessed", "sagemaker")] == ("UnrecognizedClientException", 400)  # json
    assert answers[("right key id, guessed secret", "iam")] == ("SignatureDoesNotMatch", 403)
    assert answers[("right key id, guessed secret", "lambda")] == ("InvalidSignatureException", 403)
    assert answers[("right key id, guessed secret", "s3")] == ("SignatureDoesNotMatch", 403)
    assert answers[("unsigned", "iam")] == ("MissingAuthenticationToken", 403)
    assert answers[("unsigned", "s3")] == ("AccessDenied", 403)
    assert not any(code == "ACCEPTED" for code, _ in answers.values()), answers

    iam, lam, s3 = (emulator_client(s, endpoint) for s in ("iam", "lambda", "s3"))
    assert "intruder" not in [r["RoleName"] for r in iam.list_roles()["Roles"]]
    assert "intruder" not in [f["FunctionName"] for f in lam.list_functions()["Functions"]]
    assert "intruder-bucket" not in [b["Name"] for b in s3.list_buckets()["Buckets"]]

    # The secret itself is out of reach, and so is moto's control API (reset, the data dump).
    key_file = Path(os.environ["PLAYBOOK_STATE_DIR"]) / "emulator" / "credentials.json"
    read = _as_nobody("-c", f"open({str(key_file)!r}).read()")
    assert "PermissionError" in read.stderr
    dump = _as_nobody(
        "-c",
        f"import ssl,urllib.request as u; u.urlopen({endpoint + '/moto-api/data.json'!r}, context=ssl._create_unverified_context())",
    )
    assert "HTTP Error 403" in dump.stderr


def test_our_clients_sign_with_the_emulators_key_presigned_urls_included(endpoint: str) -> None:
    from deploy_runner.emulator import ca_bundle, emulator_client

    s3 = emulator_client("s3", endpoint)
    s3.create_bucket(Bucket="signed-by-us")
    s3.put_object(Bucket="signed-by-us", Key="a b/ü+x.txt", Body=b"payload")  # a key that needs URI encoding
    assert s3.get_object(Bucket="signed-by-us", Key="a b/ü+x.txt")["Body"].read() == b"payload"
    url = s3.generate_presigned_url("get_object", Params={"Bucket": "signed-by-us", "Key": "a b/ü+x.txt"})
    import ssl

    context = ssl.create_default_context(cafile=str(ca_bundle()))
    with urllib.request.urlopen(url, context=context) as response:
        assert response.read() == b"payload"
    tampered = url.replace("ü", "u", 1) if "ü" in url else url.replace("a%20b", "a%20c")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(tampered, context=context)
    assert refused.value.code == 403
    # A path that needs encoding on a non-S3 service (Lambda's function ARN in the path) verifies too.
    lam = emulator_client("lambda", endpoint)
    with pytest.raises(lam.exceptions.ResourceNotFoundException):
        lam.get_function(FunctionName="arn:aws:lambda:us-east-1:123456789012:function:absent")


def test_a_new_state_root_and_the_emulators_files_are_private_from_creation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "fresh-root"
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(root))
    old_umask = os.umask(0o022)
    emulator = Emulator(root / "emulator")
    try:
        emulator.start()
    finally:
        os.umask(old_umask)
        emulator.stop()

    def mode(path: Path) -> str:
        return oct(stat.S_IMODE(path.stat().st_mode)) if path.exists() else "missing"

    emulator_dir = root / "emulator"
    assert [mode(p) for p in (root, emulator_dir, emulator.log_file, emulator_dir / "tls")] == [
        "0o700",
        "0o700",
        "0o600",
        "0o700",
    ]
    assert mode(emulator_dir / "credentials.json") == "0o600"
