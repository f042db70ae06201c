"""Emulator extension 23: deleting an object that has a delete marker, once versioning is suspended.

Why: moto 5.2.5 removes every version of a key of a non-versioned (or suspended) bucket with
``_VersionedKeyStore.pop`` (`moto/s3/utils.py`), which calls ``dispose()`` on each version; a
``FakeDeleteMarker`` (`moto/s3/models.py`) has no ``dispose``, so the call answered 500
``AttributeError``. Terraform's destroy of a bucket whose versioning is suspended first
(``aws_s3_bucket_versioning`` goes before the bucket) empties it with ``DeleteObjects``; a key a user
had deleted (a delete marker) made it fail, and the AWS provider retried the 500 until its
timeout — a destroy that hung for many minutes. On AWS the same ``DeleteObjects`` succeeds
(`DeleteObjects` in botocore's `s3/2006-03-01/service-2.json`; "Deleting object versions from a
versioning-enabled bucket" in the S3 user guide).

What it does: a delete marker's ``dispose`` is a no-op, since it holds no object data to release.
Not modelled: moto still deletes every version of such a key, where AWS deletes only the version
named (or the null version).
"""

from __future__ import annotations


def install() -> None:
    from moto.s3.models import FakeDeleteMarker

    if not hasattr(FakeDeleteMarker, "dispose"):
        FakeDeleteMarker.dispose = lambda self, garbage=False: None  # type: ignore[attr-defined]
