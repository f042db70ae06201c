"""What is deployed, read from where Terraform keeps it: the local state file, or the S3 backend's object.

One reader for every backend, so `status`, `output`, `run`, `runs`, `logs`, the review and rollback
detection see a remote state exactly as a local one. The S3 key is the one the synthesized backend block
names (``S3Backend.state_key``); against the emulator the state bucket is the emulator's.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .aws_clients import aws_client
from .cli_config import state_root

if TYPE_CHECKING:
    from stacks.environments import Environment

STATE_FILE = "terraform.tfstate"


def state_location(stack: str, environment: Environment) -> str:
    """Where the stack's state is, for messages: a path, or s3://bucket/key."""
    from stacks.environments import S3Backend

    backend = environment.backend
    if isinstance(backend, S3Backend):
        return f"s3://{backend.bucket}/{backend.state_key(stack)}"
    return str(state_root() / "state" / stack / STATE_FILE)


def read_state(stack: str, environment: Environment, *, emulator_endpoint: str | None = None) -> dict[str, Any] | None:
    """The stack's Terraform state document, or None when it has none (never deployed, or unreadable)."""
    from stacks.environments import S3Backend

    backend = environment.backend
    if not isinstance(backend, S3Backend):
        return _parse((state_root() / "state" / stack / STATE_FILE).read_bytes, missing=(OSError,))
    if environment.emulator and not emulator_endpoint:
        return None  # the emulator holds the state bucket and is not running: nothing is deployed there now
    s3 = aws_client("s3", environment, emulator_endpoint=emulator_endpoint, region=backend.region)
    return _parse(lambda: _get(s3, backend.bucket, backend.state_key(stack)), missing=(KeyError,))


def deployed_states(environment: Environment, *, emulator_endpoint: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    """(stack, state) for every stack of the environment whose backend holds a state."""
    from stacks.environments import S3Backend

    backend = environment.backend
    suffix = f"-{environment.name}"
    found: list[tuple[str, dict[str, Any]]] = []
    if not isinstance(backend, S3Backend):
        for path in sorted((state_root() / "state").glob(f"*{suffix}/{STATE_FILE}")):
            state = _parse(path.read_bytes, missing=(OSError,))
            if state is not None:
                found.append((path.parent.name, state))
        return found
    if environment.emulator and not emulator_endpoint:
        return found
    s3 = aws_client("s3", environment, emulator_endpoint=emulator_endpoint, region=backend.region)
    prefix = backend.key_prefix.strip("/")
    try:
        pages = list(s3.get_paginator("list_objects_v2").paginate(Bucket=backend.bucket, Prefix=f"{prefix}/" if prefix else ""))
    except s3.exceptions.NoSuchBucket:
        return found
    for page in pages:
        for obj in page.get("Contents", []):
            key = obj["Key"]
            stack = key[len(prefix) + 1 if prefix else 0 :].removesuffix(f"/{STATE_FILE}")
            if not key.endswith(f"/{STATE_FILE}") or "/" in stack or not stack.endswith(suffix):
                continue
            state = _parse(lambda: _get(s3, backend.bucket, key), missing=(KeyError,))
            if state is not None:
                found.append((stack, state))
    return found


def _get(s3: Any, bucket: str, key: str) -> bytes:
    try:
        return bytes(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
    except (s3.exceptions.NoSuchKey, s3.exceptions.NoSuchBucket) as exc:
        raise KeyError(key) from exc


def _parse(read: Any, *, missing: tuple[type[BaseException], ...]) -> dict[str, Any] | None:
    try:
        state = json.loads(read())
    except missing:
        return None
    except ValueError:
        return None  # a half-written or foreign file is not a deployment
    return state if isinstance(state, dict) else None
