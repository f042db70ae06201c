"""The emulator's own credentials: one random key pair per state directory, readable by its owner only.

Why: the emulator runs code on the host (Python Lambdas, local SageMaker jobs,
see EMULATOR.md "Who can use the emulator"), as the user who started it. moto
accepts any credentials, so without a secret any local user who can connect
to ``127.0.0.1:<port>`` could create a role and a function and have it run as
us. The server (``emulator_auth``) verifies every request's SigV4 signature
with this secret; Terraform (``emulator_env``), our boto3 clients
(``emulator_client``) and the server's own clients (``emulator_loopback``)
sign with it.

The pair lives in ``<state root>/emulator/credentials.json`` (0600, directory
0700), is made once under a lock (concurrent first starts agree on one pair)
and is never logged. The server is told the file's path, not the secret,
through ``PLAYBOOK_EMULATOR_CREDENTIALS``.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .file_lock import exclusive
from .private_files import PRIVATE_FILE, make_private_dir

FILE_NAME = "credentials.json"
PATH_VAR = "PLAYBOOK_EMULATOR_CREDENTIALS"
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class CredentialsError(Exception):
    """The credentials file is unreadable or malformed; the message names the file and the fix."""


@dataclass(frozen=True)
class EmulatorKey:
    access_key_id: str
    secret_access_key: str

    def __repr__(self) -> str:  # never print the secret by accident
        return f"EmulatorKey(access_key_id={self.access_key_id!r}, secret_access_key=<hidden>)"


def _new_key() -> EmulatorKey:
    # 20 characters like an AWS key id; the prefix says where it belongs and matches no real key type.
    return EmulatorKey(
        "LOCAL" + "".join(secrets.choice(_ALPHABET) for _ in range(15)),
        secrets.token_urlsafe(30),
    )


def read_key(path: Path) -> EmulatorKey:
    try:
        data = json.loads(Path(path).read_text())
        return EmulatorKey(str(data["access_key_id"]), str(data["secret_access_key"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CredentialsError(
            f"cannot read the emulator's credentials from {path} ({exc}); delete the file and restart the "
            "emulator (`playbook emulator stop` then `start`) to make a new pair"
        ) from exc


def ensure_key(directory: Path) -> EmulatorKey:
    """The key pair of this emulator directory, created (0600) if it does not exist yet."""
    path = Path(directory) / FILE_NAME
    if path.is_file():
        return read_key(path)
    make_private_dir(directory)
    with exclusive(Path(directory) / ".credentials.lock", 60.0, "creating the emulator's credentials"):
        if path.is_file():  # another process made it while we waited
            return read_key(path)
        key = _new_key()
        fd, tmp = tempfile.mkstemp(prefix=".credentials-", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w") as fh:
                os.fchmod(fh.fileno(), PRIVATE_FILE)
                json.dump({"access_key_id": key.access_key_id, "secret_access_key": key.secret_access_key}, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return key
