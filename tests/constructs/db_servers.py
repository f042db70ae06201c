"""Real PostgreSQL and MariaDB servers for the extraction tests (Debian packages, 127.0.0.1, TLS).

Each server lives in its own temporary directory on a free port, speaks TLS
with a certificate from a throw-away test CA (SAN: IP 127.0.0.1 only, so a
connection to "localhost" fails the host name check), refuses plain TCP
(PostgreSQL: only ``hostssl`` lines in pg_hba.conf; MariaDB:
``require_secure_transport``), and is stopped by the fixture that started it.
Every step is bounded in time. Both refuse to run as root, so under root the
data directory is handed to the packages' own system user.
"""

from __future__ import annotations

import datetime
import glob
import ipaddress
import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

STEP_TIMEOUT = 120  # seconds for one initdb / install-db / start / stop


@dataclass
class ThrowawayCA:
    """A certificate authority made for one test session (the stand-in for the RDS CA)."""

    cert_pem: str
    key: object

    @classmethod
    def create(cls, name: str) -> "ThrowawayCA":
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        now = datetime.datetime.now(datetime.timezone.utc)
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    key_cert_sign=True,
                    crl_sign=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        from cryptography.hazmat.primitives import serialization

        return cls(cert.public_bytes(serialization.Encoding.PEM).decode(), key)

    def issue_server_cert(self, directory: Path, owner: str | None) -> tuple[Path, Path]:
        """server.crt / server.key for IP 127.0.0.1, signed by this CA (key readable by its owner only)."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

        ca_cert = x509.load_pem_x509_certificate(self.cert_pem.encode())
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.timezone.utc)
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()), critical=False)
            .sign(self.key, hashes.SHA256())
        )
        crt, pem_key = directory / "server.crt", directory / "server.key"
        crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + self.cert_pem.encode())
        pem_key.write_bytes(
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        )
        os.chmod(pem_key, 0o600)
        if owner:
            for path in (crt, pem_key):
                shutil.chown(path, owner, owner)
        return crt, pem_key


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _service_user(name: str) -> str | None:
    """Under root, the Debian package's own account (the servers refuse root); else run as ourselves."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(name)
    except KeyError:
        raise RuntimeError(f"the {name} system user is missing; run scripts/bootstrap") from None
    return name


def _run(cmd: list[str], user: str | None, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, user=user, capture_output=True, text=True, timeout=STEP_TIMEOUT, **kwargs)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({result.returncode}): {result.stdout[-2000:]} {result.stderr[-2000:]}")
    return result


def _wait_port(port: int, deadline: float, log: Path) -> None:
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not start; log:\n{log.read_text(errors='replace')[-3000:]}")


def _owned_dir(path: Path, user: str | None) -> Path:
    path.mkdir(parents=True)  # its parent: a root made by the fixture with mode 0711, traversable by `user`
    if user:
        shutil.chown(path, user, user)
    return path


@dataclass
class Server:
    engine: str
    port: int
    user: str
    password: str
    database: str
    ca_pem: str
    stop: object


def postgres_bin(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} is missing; run scripts/bootstrap (apt-get install postgresql)")
    return found


def start_postgres(root: Path, ca: ThrowawayCA) -> Server:
    owner = _service_user("postgres")
    base = _owned_dir(root / "postgres", owner)
    data, port, password = base / "data", free_port(), "pg-Secret-1"
    (base / "pw").write_text(password)
    if owner:
        shutil.chown(base / "pw", owner, owner)
    _run(
        [
            postgres_bin("initdb"),
            "-D",
            str(data),
            "-U",
            "extract",
            "--pwfile",
            str(base / "pw"),
            "--auth",
            "scram-sha-256",
            "-E",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
        ],
        owner,
    )
    crt, key = ca.issue_server_cert(base, owner)
    with open(data / "postgresql.conf", "a") as conf:
        conf.write(
            f"listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{base}'\n"
            f"ssl = on\nssl_cert_file = '{crt}'\nssl_key_file = '{key}'\nfsync = off\n"
        )
    # TLS or nothing: no plain `host` line, so an unencrypted connection is refused.
    (data / "pg_hba.conf").write_text("hostssl all all 127.0.0.1/32 scram-sha-256\n")
    if owner:
        shutil.chown(data / "pg_hba.conf", owner, owner)
    log = base / "server.log"
    _run([postgres_bin("pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "start"], owner)

    def stop() -> None:
        subprocess.run(
            [postgres_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "-t", "60", "stop"],
            user=owner,
            capture_output=True,
            timeout=STEP_TIMEOUT,
        )

    return Server("postgres", port, "extract", password, "postgres", ca.cert_pem, stop)


def start_mariadb(root: Path, ca: ThrowawayCA) -> Server:
    for tool in ("mariadb-install-db", "mariadbd", "mariadb"):
        if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()):
            raise RuntimeError(f"MariaDB's {tool} is missing; run scripts/bootstrap (apt-get install mariadb-server)")
    owner = _service_user("mysql")
    base = _owned_dir(root / "mariadb", owner)
    data, port, sock = base / "data", free_port(), base / "mysqld.sock"
    _run(
        [
            "mariadb-install-db",
            "--no-defaults",
            f"--datadir={data}",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            "--skip-name-resolve",
            *([f"--user={owner}"] if owner else []),
        ],
        None,
    )
    crt, key = ca.issue_server_cert(base, owner)
    ca_file = base / "ca.pem"
    ca_file.write_text(ca.cert_pem)
    log = base / "server.log"
    server = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
    proc = subprocess.Popen(
        [
            server,
            "--no-defaults",
            f"--datadir={data}",
            f"--port={port}",
            "--bind-address=127.0.0.1",
            f"--socket={sock}",
            f"--pid-file={base / 'mariadbd.pid'}",
            f"--log-error={log}",
            "--skip-name-resolve",
            f"--ssl-ca={ca_file}",
            f"--ssl-cert={crt}",
            f"--ssl-key={key}",
            "--require-secure-transport=ON",
            "--innodb-buffer-pool-size=16M",
            "--skip-log-bin",
            *([f"--user={owner}"] if owner else []),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    try:
        _wait_port(port, time.monotonic() + STEP_TIMEOUT, log)
        password = "My-Secret-1"
        _run(
            [
                "mariadb",
                "--no-defaults",
                f"--socket={sock}",
                "-u",
                "root",
                "-e",
                "CREATE DATABASE shop; "
                f"CREATE USER 'extract'@'127.0.0.1' IDENTIFIED BY '{password}' REQUIRE SSL; "
                "GRANT ALL ON shop.* TO 'extract'@'127.0.0.1';",
            ],
            None,
        )
    except BaseException:
        stop()
        raise
    return Server("mysql", port, "extract", password, "shop", ca.cert_pem, stop)
