"""How the emulator server reaches itself: its own HTTPS endpoint and certificate.

Why: Step Functions integrations and the local SageMaker job runner call other
services (S3, SageMaker, Step Functions) exactly as AWS's own services do, by
API. moto's ASL interpreter builds its clients for ``http://localhost:MOTO_PORT``
(moto/stepfunctions/parser/asl/utils/boto_client.py), but this emulator speaks
HTTPS only (TLS-only bucket policies, see EMULATOR.md), so the server records
its real endpoint here at start and every in-server client goes through it —
requests take the same path (and the same bucket-policy checks) as a user's,
signed with the emulator's key pair like every other client's (``emulator_auth``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .emulator_credentials import EmulatorKey, read_key

_SELF: dict[str, str | None] = {"endpoint": None, "ca_file": None, "key_file": None}


def configure(host: str, port: int, ca_file: str | None, key_file: Path) -> None:
    scheme = "https" if ca_file else "http"
    _SELF["endpoint"] = f"{scheme}://{host}:{port}"
    _SELF["ca_file"] = ca_file
    _SELF["key_file"] = str(key_file)


def key() -> EmulatorKey:
    if not _SELF["key_file"]:
        raise RuntimeError("the emulator's key file is not configured (emulator_loopback.configure)")
    return read_key(Path(str(_SELF["key_file"])))


def endpoint() -> str:
    if not _SELF["endpoint"]:
        raise RuntimeError("the emulator's own endpoint is not configured (emulator_loopback.configure)")
    return str(_SELF["endpoint"])


def ca_file() -> str | None:
    return _SELF["ca_file"]


def client(service: str, region: str = "us-east-1", **config: Any) -> Any:
    """A boto3 client for this emulator, signing with its key pair."""
    import boto3
    from botocore.config import Config

    pair = key()
    return boto3.client(
        service,
        endpoint_url=endpoint(),
        region_name=region,
        aws_access_key_id=pair.access_key_id,
        aws_secret_access_key=pair.secret_access_key,
        verify=ca_file() or False,
        config=Config(retries={"max_attempts": 2, "mode": "standard"}, **config),
    )


def job_environment() -> dict[str, str]:
    """Environment a local job process needs to call the emulator like a job calls AWS
    with its execution role (standard AWS SDK variables only). The job runs as the emulator's user and
    signs with the emulator's key: what a job may do here is what that user may do, not what its role allows."""
    pair = key()
    env = {
        "AWS_ENDPOINT_URL": endpoint(),
        "AWS_ACCESS_KEY_ID": pair.access_key_id,
        "AWS_SECRET_ACCESS_KEY": pair.secret_access_key,
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    if ca_file():
        env["AWS_CA_BUNDLE"] = str(ca_file())
    return env
