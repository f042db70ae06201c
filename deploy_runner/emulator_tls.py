"""The emulator's TLS certificate and key: created once, always as a matching pair.

The emulator speaks HTTPS like AWS (TLS-only bucket policies are evaluated on
the request's real scheme), with a self-signed certificate for 127.0.0.1 and
localhost. Clients trust the certificate file; the server loads certificate and
key at start, and OpenSSL refuses a key that does not belong to the certificate
(``ssl.SSLError: KEY_VALUES_MISMATCH``).

Why the lock: concurrent first starts each generated a pair and renamed their files
into place one by one, so the directory could end up with one start's
certificate and another's key, and every later start failed. Now:

* generation happens under an exclusive ``flock`` on ``tls/.lock``; a process
  that finds the pair missing or broken takes the lock, looks again (another
  process may have just written it) and only then generates;
* each file is written under a unique temporary name, flushed, and renamed into
  place, key first, both while the lock is held — a reader that looks without
  the lock in between sees a mismatch, waits for the lock and then finds the
  finished pair;
* a pair that is unreadable, half missing, mismatched or expired is replaced,
  with a warning that says what was wrong (it used to fail forever).

Validation (parse both, compare the public keys, check the validity window) is
cached per process on the files' inode/mtime, so the many ``ca_bundle()`` calls
of one command re-parse nothing.
"""

from __future__ import annotations
from typing import Any

import datetime
import logging
import os
import tempfile
from pathlib import Path

from .file_lock import exclusive

HOST = "127.0.0.1"
CERT_NAME, KEY_NAME = "cert.pem", "key.pem"
_LOCK_TIMEOUT = 60.0  # generating an EC P-256 pair takes milliseconds; this only bounds a stuck holder
_log = logging.getLogger(__name__)
_valid: dict[Path, tuple[Any, ...]] = {}


def ensure_pair(tls: Path) -> Path:
    """The certificate path of a valid pair in ``tls`` (made or repaired if needed)."""
    cert, key = tls / CERT_NAME, tls / KEY_NAME
    if pair_problem(cert, key) is None:
        return cert
    with exclusive(tls / ".lock", _LOCK_TIMEOUT, "creating the emulator's TLS certificate"):
        problem = pair_problem(cert, key)
        if problem is None:  # another process finished it while we waited
            return cert
        if problem != "missing":
            _log.warning(
                "the emulator's TLS material in %s was unusable (%s); generating a new certificate "
                "and key (a running emulator using the old pair is restarted by its next start)",
                tls,
                problem,
            )
        _write_pair(tls)
    return cert


def pair_problem(cert: Path, key: Path) -> str | None:
    """None when cert and key form a valid pair, else what is wrong ("missing" when neither exists)."""
    try:
        signature = (_stat(cert), _stat(key))
    except FileNotFoundError:
        if not cert.exists() and not key.exists():
            return "missing"
        return f"{KEY_NAME if cert.exists() else CERT_NAME} is missing"
    except OSError as exc:
        return f"cannot read it: {exc.strerror}"
    if _valid.get(cert) == signature:
        return None
    problem = _check(cert, key)
    if problem is None:
        _valid[cert] = signature
    return problem


def _stat(path: Path) -> tuple[Any, ...]:
    st = path.stat()
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def _check(cert: Path, key: Path) -> str | None:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        certificate = x509.load_pem_x509_certificate(cert.read_bytes())
    except (OSError, ValueError) as exc:
        return f"{CERT_NAME} is not a readable PEM certificate: {exc}"
    try:
        private = serialization.load_pem_private_key(key.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        return f"{KEY_NAME} is not a readable unencrypted PEM private key: {exc}"
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if certificate.public_key().public_bytes(*spki) != private.public_key().public_bytes(*spki):
        return f"{CERT_NAME} and {KEY_NAME} do not belong together (their public keys differ)"
    now = datetime.datetime.now(datetime.timezone.utc)
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        return f"{CERT_NAME} is outside its validity period ({certificate.not_valid_after_utc:%Y-%m-%d})"
    return None


def _write_pair(tls: Path) -> None:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "playbook local AWS emulator")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    key_pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    tmp_key = _write_temp(tls, "key", key_pem, 0o600)
    tmp_cert = _write_temp(tls, "cert", certificate.public_bytes(serialization.Encoding.PEM), 0o644)
    os.replace(tmp_key, tls / KEY_NAME)
    os.replace(tmp_cert, tls / CERT_NAME)


def _write_temp(directory: Path, stem: str, data: bytes, mode: int) -> str:
    """Write ``data`` to a unique temporary file in ``directory`` (same filesystem: rename is atomic)."""
    fd, name = tempfile.mkstemp(prefix=f".{stem}-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        os.unlink(name)
        raise
    return name
