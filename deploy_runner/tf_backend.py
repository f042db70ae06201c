"""Where a stack's state lives, and ``terraform init`` only when something changed.

Local backend: the state is ``<state root>/state/<stack>/terraform.tfstate``,
passed with ``-backend-config=path=...`` (or an ``*_override.tf.json`` when the
JSON has no backend block), so it does not depend on where the stack was
synthesized. S3 backend: its own bucket/key/lock settings; against the
emulator an extra backend config file points it at the emulator, whose state
bucket is created first.

``init`` is skipped when the stack directory already holds ``.terraform/``,
the provider lock file ``.terraform.lock.hcl`` and a fingerprint of what
``init`` depends on (the ``terraform`` block: providers and backend; the
backend arguments; the CLI config) that matches; anything else re-runs it.
Terraform itself documents init as safe to repeat, but it costs seconds and
prints advice we would have to hide.

Terraform's local backend locks the state file with a POSIX ``fcntl`` lock
and writes ``.terraform.tfstate.lock.info`` beside it for the error message
(hashicorp/terraform ``internal/states/statemgr/filesystem.go`` and
``filesystem_lock_unix.go``). A process killed hard leaves the info file
behind although the kernel released the lock: ``clean_stale_lock_info`` takes
the same fcntl lock to prove nobody holds it, then removes the leftover.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from pathlib import Path
from typing import Any

LOCAL_OVERRIDE = "zz_playbook_backend_override.tf.json"
FINGERPRINT = "playbook-init.json"


def backend_of(doc: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    backends = doc.get("terraform", {}).get("backend") or {}
    if not backends:
        return "local", {}
    kind, conf = next(iter(backends.items()))
    return kind, conf


def init_fingerprint(doc: dict[str, Any], args: list[str], cli_config: Path, extra: str = "") -> str:
    block = {k: v for k, v in (doc.get("terraform") or {}).items()}
    text = json.dumps(
        {"terraform": block, "args": args, "extra": extra, "cli_config": cli_config.read_text() if cli_config.is_file() else ""},
        sort_keys=True,
    )
    return hashlib.sha256(text.encode()).hexdigest()


def init_needed(stack_dir: Path, fingerprint: str) -> bool:
    marker = stack_dir / ".terraform" / FINGERPRINT
    if not (stack_dir / ".terraform.lock.hcl").is_file() or not marker.is_file():
        return True
    try:
        return bool(json.loads(marker.read_text()).get("fingerprint") != fingerprint)
    except ValueError:
        return True


def record_init(stack_dir: Path, fingerprint: str) -> None:
    (stack_dir / ".terraform" / FINGERPRINT).write_text(json.dumps({"fingerprint": fingerprint}))


def local_backend_args(doc: dict[str, Any], stack_dir: Path, state_file: Path) -> list[str]:
    """Arguments (or the override file) that put a local backend's state at ``state_file``."""
    kind, conf = backend_of(doc)
    override = stack_dir / LOCAL_OVERRIDE
    if conf or "backend" in doc.get("terraform", {}):
        override.unlink(missing_ok=True)
        return [f"-backend-config=path={state_file}"]
    text = json.dumps({"terraform": {"backend": {"local": {"path": str(state_file)}}}})
    if not override.is_file() or override.read_text() != text:
        override.write_text(text)
    return []


def emulator_s3_backend(conf: dict[str, Any], *, stack: str, endpoint: str, state_dir: Path) -> Path:
    """Backend settings that point an s3 backend at the emulator (and create its bucket there)."""
    from .emulator import emulator_client
    from .tf_errors import DeployError

    bucket = conf.get("bucket")
    if not bucket:
        raise DeployError(f"stack {stack}: the s3 backend has no bucket. Set it in stacks/environments.yaml.", kind="config")
    region = conf.get("region") or "us-east-1"
    client = emulator_client("s3", endpoint, region)
    try:
        client.head_bucket(Bucket=bucket)
    except client.exceptions.ClientError:
        client.create_bucket(Bucket=bucket)
    endpoints = [f's3 = "{endpoint}"']
    if conf.get("dynamodb_table"):
        endpoints.append(f'dynamodb = "{endpoint}"')
        ddb = emulator_client("dynamodb", endpoint, region)
        try:
            ddb.create_table(
                TableName=conf["dynamodb_table"],
                BillingMode="PAY_PER_REQUEST",
                AttributeDefinitions=[{"AttributeName": "LockID", "AttributeType": "S"}],
                KeySchema=[{"AttributeName": "LockID", "KeyType": "HASH"}],
            )
        except ddb.exceptions.ResourceInUseException:
            pass
    path = state_dir / "emulator-backend.hcl"
    path.write_text(
        "\n".join(
            [
                f"endpoints = {{ {', '.join(endpoints)} }}",
                "use_path_style = true",
                "skip_credentials_validation = true",
                "skip_requesting_account_id = true",
                "skip_metadata_api_check = true",
                "skip_region_validation = true",
                "",
            ]
        )
    )
    return path


def lock_info_file(state_file: Path) -> Path:
    return state_file.with_name(f".{state_file.name}.lock.info")


def clean_stale_lock_info(state_file: Path) -> bool:
    """Remove a lock info file no process backs (True if one was removed)."""
    info = lock_info_file(state_file)
    if not info.is_file() or not state_file.is_file():
        return False
    try:
        fd = os.open(state_file, os.O_RDWR)
    except OSError:
        return False
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a live terraform holds the lock: the info is current
        info.unlink(missing_ok=True)
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)
