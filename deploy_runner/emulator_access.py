"""How a client reaches the local emulator: its own credentials, its TLS certificate, boto3 clients, health.

Everything that talks to the emulator (Terraform's environment, boto3 clients of
the CLI and the UI, the emulator's own lifecycle checks) goes through here, so a
real AWS credential can never reach it, every client signs with the emulator's
secret (``emulator_credentials``; the server refuses any other signature) and
every client trusts the same certificate.
"""

from __future__ import annotations

import os
import ssl
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from .cli_config import state_root
from .emulator_auth import CONTROL_HEADER
from .emulator_credentials import EmulatorKey, ensure_key
from .emulator_tls import ensure_pair

# The emulator's region. The key pair itself is per state directory: emulator_key() / emulator_credentials().
EMULATOR_CREDENTIALS = {
    "AWS_REGION": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
}
AWS_CHAIN_VARS = (
    "AWS_SESSION_TOKEN",  # the emulator's key is a long-term pair; a real session token must not go along
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
    from .private_files import make_private_dir

    return ensure_pair(make_private_dir(emulator_dir() / "tls"))


def emulator_dir() -> Path:
    """``<state root>/emulator``, private (0700) from its creation: it holds the key pair and the TLS key.

    A state root this creates is 0700 too (not the umask's 0755): other users must not list it
    before the first deploy secures it."""
    from .private_files import make_private_dir

    root = state_root()
    if not root.exists():
        make_private_dir(root)
    return make_private_dir(root / "emulator")


def emulator_key() -> EmulatorKey:
    """This state directory's emulator key pair (made on first use, 0600)."""
    return ensure_key(emulator_dir())


def emulator_credentials() -> dict[str, str]:
    """The emulator's key pair and region as the standard AWS SDK environment variables."""
    key = emulator_key()
    return {"AWS_ACCESS_KEY_ID": key.access_key_id, "AWS_SECRET_ACCESS_KEY": key.secret_access_key, **EMULATOR_CREDENTIALS}


def ssl_context() -> ssl.SSLContext:

    return ssl.create_default_context(cafile=str(ca_bundle()))


def emulator_client(service: str, endpoint: str, region: str = "us-east-1") -> Any:
    """A boto3 client for the emulator: its key pair, its certificate."""
    import boto3
    from botocore.config import Config

    key = emulator_key()
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=region,
        aws_access_key_id=key.access_key_id,
        aws_secret_access_key=key.secret_access_key,
        config=Config(signature_version="s3v4") if service == "s3" else None,  # presigned URLs too: SigV2 is refused
        verify=str(ca_bundle()) if endpoint.startswith("https") else None,
    )


def emulator_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """A subprocess env whose AWS credentials are the emulator's key pair.

    Every other credential source of the standard chain is removed so a real
    profile can never be used (or leaked) while talking to the emulator.
    """
    env = dict(os.environ if base is None else base)
    for key in AWS_CHAIN_VARS:
        env.pop(key, None)
    env.update(emulator_credentials())
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    env["AWS_CA_BUNDLE"] = str(ca_bundle())  # trust the emulator's certificate (and nothing else is called)
    return env


def healthy(endpoint: str, timeout: float = 2.0) -> bool:
    """True when the moto control API answers (a cheap request that touches no service)."""
    try:
        context = ssl_context() if endpoint.startswith("https") else None
        request = urllib.request.Request(f"{endpoint}/moto-api/config", headers=control_headers())
        with urllib.request.urlopen(request, timeout=timeout, context=context) as resp:
            return bool(resp.status < 500)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def post(url: str, timeout: float = 30) -> None:
    """POST to the emulator's control API (``/moto-api/...``)."""
    context = ssl_context() if url.startswith("https") else None
    request = urllib.request.Request(url, data=b"", method="POST", headers=control_headers())
    urllib.request.urlopen(request, timeout=timeout, context=context).close()


def control_headers() -> dict[str, str]:
    """moto's control API (``/moto-api/``: reset, recorder, config) is not SigV4; it takes the secret itself."""
    return {CONTROL_HEADER: emulator_key().secret_access_key}
