"""Lifecycle of the local AWS emulator: a moto server on 127.0.0.1.

``Emulator(state_dir).start()`` runs ``python -m deploy_runner.emulator_ext``
(moto's own WSGI app plus the project's small extensions, see
``emulator_ext`` and ``EMULATOR.md``) on a free port in its own session, and
keeps three files under ``<repo>/.playbook/emulator/``:

* ``emulator.json`` — pid, port, start time (written only once it is healthy);
* ``emulator.log``  — the server's stdout/stderr;
* ``tls/cert.pem``, ``tls/key.pem`` — its self-signed certificate: the emulator
  speaks HTTPS (``https://127.0.0.1:PORT``) so TLS-only bucket policies behave
  as on AWS; clients trust it through ``ca_bundle()`` / ``emulator_client()``;

``start`` is idempotent (a healthy running emulator is reused), ``stop`` is
idempotent (a stale record is cleaned up), ``status`` never raises. The pid is
only signalled after checking that the process is still our emulator, so a
recycled pid is never killed.

moto keeps everything in memory: stopping (or a crash) forgets every resource.
``Emulator(persist=True)`` (``PLAYBOOK_EMULATOR_PERSIST=1``) keeps them across
restarts with moto's own recorder: every request is appended to
``recording.jsonl``, moto's random ids are seeded per request (see
``emulator_ext``, extension 6) and a restart replays the recording, so the
same requests produce the same ids and ARNs. See EMULATOR.md, "Restarts".
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .cli_config import state_root

HOST = "127.0.0.1"
_MARKER = "deploy_runner.emulator_ext"
# Dummy credentials for the emulator: moto accepts anything; these are not secrets.
EMULATOR_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "test",
    "AWS_SECRET_ACCESS_KEY": "test",
    "AWS_SESSION_TOKEN": "test",
    "AWS_REGION": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
}
_AWS_CHAIN_VARS = ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE",
                   "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                   "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_ENDPOINT_URL")


def ca_bundle() -> Path:
    """The emulator's self-signed certificate (PEM), created on first use.

    The emulator speaks HTTPS like AWS: TLS-only bucket policies
    (``aws:SecureTransport``) are evaluated by moto and deny plain HTTP. Clients
    trust this file (``AWS_CA_BUNDLE`` for Terraform, ``verify=`` for boto3).
    One certificate per state directory, valid for 127.0.0.1 and localhost.
    """
    tls = state_root() / "emulator" / "tls"
    cert, key = tls / "cert.pem", tls / "key.pem"
    if cert.is_file() and key.is_file():
        return cert
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    tls.mkdir(parents=True, exist_ok=True)
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "playbook local AWS emulator")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST)),
                                                    x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    tmp_key, tmp_cert = key.with_suffix(".tmp"), cert.with_suffix(".tmp")
    tmp_key.write_bytes(private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
    os.chmod(tmp_key, 0o600)
    tmp_cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    tmp_key.replace(key)
    tmp_cert.replace(cert)
    return cert


def _ssl_context():  # type: ignore[no-untyped-def]
    import ssl

    return ssl.create_default_context(cafile=str(ca_bundle()))


def emulator_client(service: str, endpoint: str, region: str = "us-east-1"):  # type: ignore[no-untyped-def]
    """A boto3 client for the emulator: dummy credentials, the emulator's certificate."""
    import boto3

    return boto3.client(service, endpoint_url=endpoint, region_name=region,
                        aws_access_key_id=EMULATOR_CREDENTIALS["AWS_ACCESS_KEY_ID"],
                        aws_secret_access_key=EMULATOR_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
                        aws_session_token=EMULATOR_CREDENTIALS["AWS_SESSION_TOKEN"],
                        verify=str(ca_bundle()) if endpoint.startswith("https") else None)


class EmulatorError(Exception):
    """The emulator could not be started or reached; the message names the fix."""


def emulator_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """A subprocess env whose AWS credentials are the emulator's dummy ones.

    Every other credential source of the standard chain is removed so a real
    profile can never be used (or leaked) while talking to the emulator.
    """
    env = dict(os.environ if base is None else base)
    for key in _AWS_CHAIN_VARS:
        env.pop(key, None)
    env.update(EMULATOR_CREDENTIALS)
    env["AWS_EC2_METADATA_DISABLED"] = "true"
    env["AWS_CA_BUNDLE"] = str(ca_bundle())  # trust the emulator's certificate (and nothing else is called)
    return env


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def healthy(endpoint: str, timeout: float = 2.0) -> bool:
    """True when the moto control API answers (a cheap request that touches no service)."""
    try:
        context = _ssl_context() if endpoint.startswith("https") else None
        with urllib.request.urlopen(f"{endpoint}/moto-api/config", timeout=timeout, context=context) as resp:
            return resp.status < 500
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _is_our_process(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return _MARKER in cmdline


@dataclass
class EmulatorStatus:
    running: bool
    pid: int | None = None
    port: int | None = None
    endpoint: str | None = None
    log_file: str | None = None
    started_at: float | None = None
    persist: bool = False
    ca_bundle: str | None = None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


class Emulator:
    """The project's moto server. Paths default to ``<repo>/.playbook/emulator``."""

    def __init__(self, state_dir: Path | None = None, *, startup_timeout: float = 30.0,
                 persist: bool | None = None):
        self.dir = Path(state_dir) if state_dir else state_root() / "emulator"
        self.record_file = self.dir / "emulator.json"
        self.log_file = self.dir / "emulator.log"
        self.recording = self.dir / "recording.jsonl"
        self.startup_timeout = startup_timeout
        if persist is None:
            persist = os.environ.get("PLAYBOOK_EMULATOR_PERSIST", "").lower() in ("1", "true", "yes")
        self.persist = persist

    # -- queries -----------------------------------------------------------
    def _record(self) -> dict | None:
        try:
            return json.loads(self.record_file.read_text())
        except (OSError, ValueError):
            return None

    def status(self) -> EmulatorStatus:
        rec = self._record()
        if not rec or not _is_our_process(int(rec.get("pid", 0))):
            return EmulatorStatus(running=False, log_file=str(self.log_file))
        endpoint = f"{rec.get('scheme', 'https')}://{HOST}:{rec['port']}"
        return EmulatorStatus(running=healthy(endpoint), pid=rec["pid"], port=rec["port"], endpoint=endpoint,
                              log_file=str(self.log_file), started_at=rec.get("started_at"),
                              persist=bool(rec.get("persist")), ca_bundle=str(ca_bundle()))

    @property
    def endpoint(self) -> str | None:
        st = self.status()
        return st.endpoint if st.running else None

    # -- lifecycle ---------------------------------------------------------
    def start(self, port: int | None = None) -> EmulatorStatus:
        """Start the emulator unless a healthy one is already running; returns its status."""
        current = self.status()
        if current.running:
            return current
        if current.pid:  # our process but unhealthy: replace it
            self.stop()
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            log = open(self.log_file, "ab")
        except OSError as exc:
            raise EmulatorError(f"cannot write {self.log_file}: {exc.strerror}. Make {self.dir} writable.") from exc
        port = port or free_port()
        cert = ca_bundle()
        endpoint = f"https://{HOST}:{port}"
        env = emulator_env()
        env["MOTO_PORT"] = str(port)
        for key in ("MOTO_ENABLE_RECORDING", "MOTO_RECORDER_FILEPATH"):
            env.pop(key, None)
        if self.persist:
            env["MOTO_ENABLE_RECORDING"] = "1"
            env["MOTO_RECORDER_FILEPATH"] = str(self.recording)
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        with log:
            proc = subprocess.Popen(
                [sys.executable, "-m", _MARKER, "--host", HOST, "--port", str(port),
                 "--ssl-cert", str(cert), "--ssl-key", str(cert.with_name("key.pem")),
                 *(["--deterministic-ids"] if self.persist else [])],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env=env, start_new_session=True, cwd=str(self.dir),
            )
        deadline = time.monotonic() + self.startup_timeout
        delay = 0.1
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise EmulatorError(
                    f"the emulator exited with code {proc.returncode} while starting; see {self.log_file}. "
                    f"Is moto[server] installed (run scripts/bootstrap)?")
            if healthy(endpoint, timeout=1.0):
                replayed = self._restore(endpoint) if self.persist else 0
                tmp = self.record_file.with_suffix(".tmp")
                tmp.write_text(json.dumps({"pid": proc.pid, "port": port, "scheme": "https",
                                           "started_at": time.time(),
                                           "persist": self.persist, "replayed_requests": replayed}))
                tmp.replace(self.record_file)
                return self.status()
            time.sleep(delay)
            delay = min(delay * 1.5, 1.0)
        _terminate(proc.pid)
        raise EmulatorError(f"the emulator did not answer on {endpoint} within {self.startup_timeout:.0f} s; "
                            f"see {self.log_file}.")

    def _restore(self, endpoint: str) -> int:
        """Replay the recording of earlier runs into this (empty) emulator; returns the request count.

        Done from here rather than with moto's replay endpoint: the server
        handles one request at a time in this mode, so it cannot call itself.
        Recording is paused meanwhile so the file does not grow twice.
        """
        if not self.recording.is_file() or self.recording.stat().st_size == 0:
            return 0
        _post(f"{endpoint}/moto-api/recorder/stop-recording")
        count = 0
        try:
            with open(self.recording) as fh:
                for row in fh:
                    if row.strip():
                        _replay(endpoint, json.loads(row))
                        count += 1
        finally:
            _post(f"{endpoint}/moto-api/recorder/start-recording")
        return count

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop the emulator if it runs; True if a process was stopped."""
        rec = self._record()
        stopped = False
        if rec and _is_our_process(int(rec.get("pid", 0))):
            _terminate(int(rec["pid"]), timeout)
            stopped = True
        self.record_file.unlink(missing_ok=True)
        return stopped

    def kill(self) -> None:
        """SIGKILL the emulator (fault injection: a crash, not a clean stop). Keeps the record."""
        rec = self._record()
        if rec and _is_our_process(int(rec["pid"])):
            os.kill(int(rec["pid"]), signal.SIGKILL)
            _wait_gone(int(rec["pid"]), 5.0)

    def reset(self) -> None:
        """Forget every emulated resource (moto's reset API and, when persisting, the recording)."""
        endpoint = self.endpoint
        if endpoint:
            _post(f"{endpoint}/moto-api/reset")
            if self.persist:
                _post(f"{endpoint}/moto-api/recorder/reset-recording")
        self.recording.unlink(missing_ok=True) if not endpoint else None


def _replay(endpoint: str, entry: dict) -> None:
    import base64
    from urllib.parse import urlsplit

    body = entry.get("body") or ""
    data = base64.b64decode(body) if entry.get("body_encoded") else body.encode()
    url = urlsplit(entry["url"])
    headers = {k: v for k, v in (entry.get("headers") or {}).items()
               if k.lower() not in ("transfer-encoding", "content-length", "host")}
    target = f"{endpoint}{url.path}" + (f"?{url.query}" if url.query else "")
    req = urllib.request.Request(target, data=data if data or entry.get("method") in ("POST", "PUT") else None,
                                 headers=headers, method=entry.get("method", "GET"))
    try:
        urllib.request.urlopen(req, timeout=60, context=_ssl_context()).close()
    except urllib.error.HTTPError:
        pass  # a request that failed originally fails again on replay: same outcome


def _post(url: str, timeout: float = 30) -> None:
    context = _ssl_context() if url.startswith("https") else None
    urllib.request.urlopen(urllib.request.Request(url, data=b"", method="POST"), timeout=timeout,
                           context=context).close()


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)  # reap if it is our child
            if done == pid:
                return True
        except ChildProcessError:
            pass
        if not _is_our_process(pid) or _is_zombie(pid):
            return True
        time.sleep(0.1)
    return False


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except (OSError, IndexError):
        return True


def _terminate(pid: int, timeout: float = 10.0) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    if not _wait_gone(pid, timeout):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        _wait_gone(pid, 5.0)
