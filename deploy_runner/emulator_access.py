"""How a client reaches the local emulator: dummy credentials, its TLS certificate, boto3 clients, health.

Everything that talks to the emulator (Terraform's environment, boto3 clients of
the CLI and the UI, the emulator's own lifecycle checks) goes through here, so a
real AWS credential can never reach it and every client trusts the same certificate.
"""

from __future__ import annotations

import os
import ssl
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from .cli_config import state_root
from .emulator_tls import ensure_pair

# Dummy credentials for the emulator: moto accepts anything; these are not secrets.
EMULATOR_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "test",
    "AWS_SECRET_ACCESS_KEY": "test",
    "AWS_SESSION_TOKEN": "test",
    "AWS_REGION": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
}
AWS_CHAIN_VARS = (
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_ROLE_ARN",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_ENDPOINT_URL",
)


def ca_bundle() -> Path:
    """The emulator's self-signed certificate (PEM), created on first use.

    The emulator speaks HTTPS like AWS: TLS-only bucket policies
    (``aws:SecureTransport``) are evaluated by moto and deny plain HTTP. Clients
    trust this file (``AWS_CA_BUNDLE`` for Terraform, ``verify=`` for boto3).
    One certificate per state directory, valid for 127.0.0.1 and localhost;
    made and repaired as a matching pair under a lock (``emulator_tls``).
    """
    return ensure_pair(state_root() / "emulator" / "tls")


def ssl_context() -> ssl.SSLContext:

    return ssl.create_default_context(cafile=str(ca_bundle()))


def emulator_client(service: str, endpoint: str, region: str = "us-east-1") -> Any:
    """A boto3 client for the emulator: dummy credentials, the emulator's certificate."""
    import boto3

    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=region,
        aws_access_key_id=EMULATOR_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=EMULATOR_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        aws_session_token=EMULATOR_CREDENTIALS["AWS_SESSION_TOKEN"],
        verify=str(ca_bundle()) if endpoint.startswith("https") else None,
    )


def emulator_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """A subprocess env whose AWS credentials are the emulator's dummy ones.

    Every other credential source of the standard chain is removed so a real
    profile can never be used (or leaked) while talking to the emulator.
    """
    env = dict(os.environ if base is None else base)
    for key in AWS_CHAIN_VARS:
        env.pop(key, None)
    env.update(EMULATOR_CREDENTIALS)
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    env["AWS_CA_BUNDLE"] = str(ca_bundle())  # trust the emulator's certificate (and nothing else is called)
    return env


def healthy(endpoint: str, timeout: float = 2.0) -> bool:
    """True when the moto control API answers (a cheap request that touches no service)."""
    try:
        context = ssl_context() if endpoint.startswith("https") else None
        with urllib.request.urlopen(f"{endpoint}/moto-api/config", timeout=timeout, context=context) as resp:
            return bool(resp.status < 500)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def post(url: str, timeout: float = 30) -> None:
    """POST to the emulator's control API (``/moto-api/...``)."""
    context = ssl_context() if url.startswith("https") else None
    urllib.request.urlopen(urllib.request.Request(url, data=b"", method="POST"), timeout=timeout, context=context).close()
