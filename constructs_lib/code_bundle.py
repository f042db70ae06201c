"""Code shipped with the pipeline, embedded in the Terraform JSON as base64.

Deterministic by construction (sorted entries, fixed timestamps and modes), so
the synthesized JSON and its snapshots do not change between machines or runs,
and nothing in the JSON points at an absolute path on the synthesizing machine.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import zipfile
from pathlib import Path

BUNDLED = Path(__file__).parent / "bundled"
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)
MAX_CODE_BYTES = 2 * 1024 * 1024  # beyond this, keep code in S3 and give `code: s3://...`


def bundled_script(name: str) -> bytes:
    return (BUNDLED / name).read_bytes()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64_sha256(data: bytes) -> str:
    """Lambda's `source_code_hash` format."""
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def read_code_dir(directory: Path) -> dict[str, bytes]:
    """Every regular file below `directory`, keyed by its relative POSIX path."""
    if not directory.is_dir():
        raise FileNotFoundError(f"code directory {directory} does not exist")
    root = directory.resolve()
    files: dict[str, bytes] = {}
    # os.walk without following links: a symlink loop cannot hang us, and a link out of
    # the directory (e.g. to ~/.aws/credentials) is refused instead of shipped to S3.
    for current, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            path = Path(current) / name
            real = path.resolve()
            if root not in real.parents or not real.is_file():
                raise ValueError(
                    f"code directory {directory}: {path.relative_to(root)} links outside the directory "
                    "or is not a regular file; expected plain files"
                )
            files[path.relative_to(root).as_posix()] = real.read_bytes()
    total = sum(map(len, files.values()))
    if total > MAX_CODE_BYTES:
        raise ValueError(
            f"code directory {directory} holds {total} bytes; more than {MAX_CODE_BYTES} belongs in S3 (code: s3://...)"
        )
    return files
