"""The database drivers the extraction job imports, vendored into its code channel.

Why vendored, and why these drivers: the extraction runs as a SageMaker
Processing job on the prebuilt scikit-learn image (``sklearn 1.2-1``: Ubuntu
20.04, conda Python 3.9; see aws/sagemaker-scikit-learn-container,
``docker/1.2-1/base/Dockerfile.cpu``), which has no PostgreSQL or MySQL driver.
The job runs in isolated subnets with only S3 and Secrets Manager endpoints, so
it cannot ``pip install`` at start, and a custom image would be one more thing
to build and push. So the drivers travel with the code: pure-Python ones (no
compiled extension, hence independent of the image's Python build and libc),
zipped with their ``.dist-info`` metadata (pg8000 reads its own version through
``importlib.metadata``) and put first on ``sys.path`` by ``extract_db.py``
(``zipimport``).

* PostgreSQL: ``pg8000`` (+ ``scramp`` for SCRAM-SHA-256 auth, which needs
  ``asn1crypto``; ``python-dateutil`` + ``six`` for date parsing).
  pg8000 1.31.2 / scramp 1.4.5 are the newest pair still declaring Python 3.8+
  (scramp 1.5.0 needs 3.11, newer pg8000 pins it), so they run on the image's 3.9.
* MySQL / MariaDB: ``PyMySQL`` (no required dependency; with TLS the
  ``caching_sha2_password`` exchange needs no RSA, so no ``cryptography``).

The versions are pinned here and in ``pyproject.toml``; the zip is built from
the installed distributions at synth and refuses any other version, so the
bytes shipped (and the snapshots) are the same on every machine.
``dateutil/zoneinfo/dateutil-zoneinfo.tar.gz`` (156 kB of time zone data) is
left out: pg8000 only uses ``dateutil.parser``, which never opens it.
"""

from __future__ import annotations

import importlib.metadata
from functools import cache
from pathlib import Path

from . import code_bundle

DRIVERS: dict[str, tuple[tuple[str, str], ...]] = {
    "postgres": (
        ("pg8000", "1.31.2"),
        ("scramp", "1.4.5"),
        ("asn1crypto", "1.5.1"),
        ("python-dateutil", "2.9.0.post0"),
        ("six", "1.17.0"),
    ),
    "mysql": (("PyMySQL", "1.2.4"),),
}
ZIP_NAME = "db_drivers.zip"  # next to extract_db.py in the job's code channel
RDS_CA_NAME = "rds-ca-bundle.pem"
RDS_CA_FILE = code_bundle.BUNDLED / RDS_CA_NAME
_LEFT_OUT = ("dateutil/zoneinfo/dateutil-zoneinfo.tar.gz",)


class DriverMissing(Exception):
    """A pinned driver is not installed (or at another version) on the synthesizing machine."""


@cache
def drivers_zip(engine: str) -> bytes:
    """The deterministic zip of the pinned drivers for ``engine`` ("postgres" or "mysql")."""
    files: dict[str, bytes] = {}
    for name, pinned in DRIVERS[engine]:
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            raise DriverMissing(
                f"the {engine} extraction job ships {name}=={pinned}, which is not installed; run scripts/bootstrap"
            ) from None
        if dist.version != pinned:
            raise DriverMissing(
                f"the {engine} extraction job ships {name}=={pinned}, but {dist.version} is installed; run scripts/bootstrap"
            )
        for path in dist.files or ():
            posix = path.as_posix()
            if (
                posix.startswith("..")
                or "__pycache__" in path.parts
                or posix.endswith(".pyc")
                or posix in _LEFT_OUT
                or posix.endswith(("/RECORD", "/INSTALLER", "/REQUESTED", "direct_url.json"))
            ):
                continue  # scripts outside site-packages, bytecode, and install-time bookkeeping
            files[posix] = Path(str(dist.locate_file(path))).read_bytes()  # a pathlib.Path for an installed dist
    return code_bundle.zip_bytes(files)


def rds_ca_bundle(path: Path = RDS_CA_FILE) -> bytes | None:
    """The Amazon RDS CA bundle the job verifies RDS/Aurora certificates against, if the project ships it.

    RDS server certificates chain to Amazon RDS root CAs, which are in no public
    trust store (certifi, Debian's ca-certificates). AWS publishes them as one PEM
    bundle; ``scripts/fetch-rds-ca-bundle`` downloads it into
    ``constructs_lib/bundled/rds-ca-bundle.pem`` and checks that every certificate
    is a self-signed, unexpired "Amazon RDS" root. Without that file a job can
    still reach a database whose connection secret carries its CA (``ssl_ca``);
    otherwise it fails before connecting, never trusting an unverified server.
    """
    return path.read_bytes() if path.is_file() else None
