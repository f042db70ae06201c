"""How the emulator server reaches itself: its own HTTPS endpoint and certificate.

Why: Step Functions integrations and the local SageMaker job runner call other
services (S3, SageMaker, Step Functions) exactly as AWS's own services do, by
API. moto's ASL interpreter builds its clients for ``http://localhost:MOTO_PORT``
(moto/stepfunctions/parser/asl/utils/boto_client.py), but this emulator speaks
HTTPS only (TLS-only bucket policies, see EMULATOR.md), so the server records
its real endpoint here at start and every in-server client goes through it —
requests take the same path (and the same bucket-policy checks) as a user's.
"""

from __future__ import annotations

from typing import Any

_SELF: dict[str, str | None] = {"endpoint": None, "ca_file": None}


def configure(host: str, port: int, ca_file: str | None) -> None:
    scheme = "https" if ca_file else "http"
    _SELF["endpoint"] = f"{scheme}://{host}:{port}"
    _SELF["ca_file"] = ca_file


def endpoint() -> str:
    if not _SELF["endpoint"]:
        raise RuntimeError("the emulator's own endpoint is not configured (emulator_loopback.configure)")
    return str(_SELF["endpoint"])


def ca_file() -> str | None:
    return _SELF["ca_file"]


def client(service: str, region: str = "us-east-1", **config: Any) -> Any:
    """A boto3 client for this emulator (dummy credentials: moto accepts any)."""
    import boto3
    from botocore.config import Config

    return boto3.client(
        service,
        endpoint_url=endpoint(),
        region_name=region,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        aws_session_token="test",
        verify=ca_file() or False,
        config=Config(retries={"max_attempts": 2, "mode": "standard"}, **config),
    )


def job_environment() -> dict[str, str]:
    """Environment a local job process needs to call the emulator like a job calls AWS
    with its execution role (standard AWS SDK variables only)."""
    env = {
        "AWS_ENDPOINT_URL": endpoint(),
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_SESSION_TOKEN": "test",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    if ca_file():
        env["AWS_CA_BUNDLE"] = str(ca_file())
    return env
