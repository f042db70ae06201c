"""Lifecycle of the local AWS emulator: a moto server on 127.0.0.1.

``Emulator(state_dir).start()`` runs ``python -m deploy_runner.emulator_ext``
(moto's own WSGI app plus the project's small extensions, see
``emulator_ext`` and ``EMULATOR.md``) on a free port in its own session, and
keeps three files under ``<repo>/.playbook/emulator/``:

* ``emulator.json`` — pid, port, start time (written only once it is healthy);
* ``emulator.pids`` — every server pid spawned for this directory, so ``stop`` finds them all;
* ``emulator.lock`` — held (``flock``) across check-start-record and stop: concurrent
  starters get one server (issue 21);
* ``emulator.log``  — the server's stdout/stderr; a failed start quotes its tail;
* ``tls/cert.pem``, ``tls/key.pem`` — its self-signed certificate: the emulator
  speaks HTTPS (``https://127.0.0.1:PORT``) so TLS-only bucket policies behave
  as on AWS; clients trust it through ``ca_bundle()`` / ``emulator_client()``;

``start`` is idempotent (a healthy running emulator is reused), ``stop`` is
idempotent (a stale record is cleaned up) and stops every server of the
directory, ``status`` never raises. A pid is only signalled after checking that
the process is an emulator serving this directory (command line marker plus
``PLAYBOOK_EMULATOR_DIR`` in its environment, or its cwd), so a recycled pid or
another directory's emulator is never killed.

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
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cli_config import state_root
from .emulator_tls import KEY_NAME, ensure_pair
from .file_lock import LockTimeout, exclusive

HOST = "127.0.0.1"
_MARKER = "deploy_runner.emulator_ext"
_DIR_VAR = "PLAYBOOK_EMULATOR_DIR"  # in each server's environment: which state dir it serves
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
    One certificate per state directory, valid for 127.0.0.1 and localhost;
    made and repaired as a matching pair under a lock (``emulator_tls``).
    """
    return ensure_pair(state_root() / "emulator" / "tls")


def _ssl_context() -> ssl.SSLContext:

    return ssl.create_default_context(cafile=str(ca_bundle()))


def emulator_client(service: str, endpoint: str, region: str = "us-east-1") -> Any:
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
        port: int = sock.getsockname()[1]
        return port


def healthy(endpoint: str, timeout: float = 2.0) -> bool:
    """True when the moto control API answers (a cheap request that touches no service)."""
    try:
        context = _ssl_context() if endpoint.startswith("https") else None
        with urllib.request.urlopen(f"{endpoint}/moto-api/config", timeout=timeout, context=context) as resp:
            return bool(resp.status < 500)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _emulator_dir_of(pid: int) -> Path | None:
    """The state directory an emulator process serves: its ``PLAYBOOK_EMULATOR_DIR``, else its cwd.

    ``start`` sets both (the cwd since the first version, so servers started by
    older code are recognised too).
    """
    try:
        for item in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0"):
            if item.startswith(_DIR_VAR.encode() + b"="):
                return Path(item.split(b"=", 1)[1].decode(errors="replace"))
    except OSError:
        pass
    try:
        return Path(os.readlink(f"/proc/{pid}/cwd"))
    except OSError:
        return None


def _is_our_process(pid: int, directory: Path | None = None) -> bool:
    """True when ``pid`` is an emulator server (and, given ``directory``, the one of that state dir).

    Checked before any signal so a recycled pid, or another state directory's
    emulator (a parallel test session), is never touched.
    """
    if pid <= 0 or _MARKER not in _cmdline(pid) or _is_zombie(pid):
        return False
    if directory is None:
        return True
    served = _emulator_dir_of(pid)
    return served is not None and _same_dir(served, directory)


def _same_dir(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _servers_of(directory: Path) -> set[int]:
    """Every live emulator process serving ``directory``, found by its command line marker."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _is_our_process(int(entry.name), directory):
            found.add(int(entry.name))
    return found


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

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Emulator:
    """The project's moto server. Paths default to ``<repo>/.playbook/emulator``."""

    def __init__(self, state_dir: Path | None = None, *, startup_timeout: float = 30.0,
                 persist: bool | None = None, lock_timeout: float | None = None):
        self.dir = Path(state_dir) if state_dir else state_root() / "emulator"
        self.record_file = self.dir / "emulator.json"
        self.log_file = self.dir / "emulator.log"
        self.recording = self.dir / "recording.jsonl"
        self.pids_file = self.dir / "emulator.pids"  # every server ever spawned here, until stopped
        self.lock_file = self.dir / "emulator.lock"
        self.startup_timeout = startup_timeout
        # A second starter waits for the first one's start (and, persisting, its replay) to finish.
        self.lock_timeout = lock_timeout if lock_timeout is not None else max(120.0, 4 * startup_timeout)
        if persist is None:
            persist = os.environ.get("PLAYBOOK_EMULATOR_PERSIST", "").lower() in ("1", "true", "yes")
        self.persist = persist

    # -- queries -----------------------------------------------------------
    def _record(self) -> dict[str, Any] | None:
        try:
            record: dict[str, Any] = json.loads(self.record_file.read_text())
            return record
        except (OSError, ValueError):
            return None

    def status(self) -> EmulatorStatus:
        rec = self._record()
        if not rec or not _is_our_process(int(rec.get("pid", 0)), self.dir):
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
        """Start the emulator unless a healthy one is already running; returns its status.

        Atomic per state directory: the check, the start and the record happen
        under an exclusive lock on ``emulator.lock``, so concurrent starters
        (parallel CLI commands, Windmill workers, test workers) end up with one
        server — the first starts it, the others wait and reuse it.
        """
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            with exclusive(self.lock_file, self.lock_timeout, "starting the local AWS emulator"):
                return self._start_locked(port)
        except LockTimeout as exc:
            raise EmulatorError(str(exc)) from exc
        except OSError as exc:
            raise EmulatorError(f"cannot write in {self.dir}: {exc.strerror}. Make it writable.") from exc

    def _start_locked(self, port: int | None) -> EmulatorStatus:
        current = self.status()
        if current.running:
            return current
        # No healthy recorded server: whatever else serves this directory (an unhealthy
        # one, one whose record was lost, strays of older versions) goes first.
        self._stop_locked()
        attempts = 1 if port else 3  # a free port can be taken by someone else before the server binds it
        for attempt in range(attempts):
            try:
                return self._spawn(port or free_port())
            except _PortTaken as exc:
                if attempt == attempts - 1:
                    raise EmulatorError(str(exc)) from None
        raise AssertionError("unreachable")

    def _spawn(self, port: int) -> EmulatorStatus:
        cert = ca_bundle()
        endpoint = f"https://{HOST}:{port}"
        env = emulator_env()
        env["MOTO_PORT"] = str(port)
        env[_DIR_VAR] = str(self.dir.resolve())
        for key in ("MOTO_ENABLE_RECORDING", "MOTO_RECORDER_FILEPATH"):
            env.pop(key, None)
        if self.persist:
            env["MOTO_ENABLE_RECORDING"] = "1"
            env["MOTO_RECORDER_FILEPATH"] = str(self.recording)
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        with open(self.log_file, "ab") as log:
            log.write(f"--- starting the emulator on {endpoint} at {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n"
                      .encode())
            log.flush()
            log_offset = log.tell()
            proc = subprocess.Popen(
                [sys.executable, "-m", _MARKER, "--host", HOST, "--port", str(port),
                 "--ssl-cert", str(cert), "--ssl-key", str(cert.with_name(KEY_NAME)),
                 *(["--deterministic-ids"] if self.persist else [])],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env=env, start_new_session=True, cwd=str(self.dir),
            )
        with open(self.pids_file, "a") as pids:  # recorded before it is healthy: a crash here leaves no orphan
            pids.write(f"{proc.pid}\n")
        deadline = time.monotonic() + self.startup_timeout
        delay = 0.1
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise self._start_failure(f"the emulator exited with code {proc.returncode} while starting",
                                          log_offset, port)
            if healthy(endpoint, timeout=1.0) and proc.poll() is None:  # ours answered, not a port squatter
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
        raise self._start_failure(f"the emulator did not answer on {endpoint} within {self.startup_timeout:.0f} s",
                                  log_offset, port)

    def _start_failure(self, what: str, log_offset: int, port: int) -> Exception:
        """The start error, naming the cause the server logged (not a guess)."""
        tail = _log_tail(self.log_file, log_offset)
        cause = _cause(tail)
        in_use = [line for line in tail if "address already in use" in line.lower()]
        if in_use:  # werkzeug prints this (no traceback) and exits 1
            return _PortTaken(f"{what}: {in_use[0].strip()} (port {port} on {HOST}); see {self.log_file}.")
        hint = ""
        if cause and ("No module named" in cause or "ImportError" in cause):
            hint = " Install the project's dependencies (scripts/bootstrap)."
        shown = "\n".join(f"    {line}" for line in tail[-_TAIL_LINES:])
        return EmulatorError(f"{what}: {cause or 'it logged nothing'}.{hint}\n"
                             f"  last lines of {self.log_file}:\n{shown}" if tail else
                             f"{what}: it logged nothing (see {self.log_file}).{hint}")

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
        """Stop every emulator server of this state directory; True if a process was stopped.

        Not only the recorded one: every pid ever spawned here (``emulator.pids``)
        and any server whose command line and environment say it serves this
        directory, so a server left over by an older version or a lost record
        does not keep running.
        """
        if not self.dir.is_dir():  # nothing can start here without creating it; a deleted dir's servers still go
            return self._stop_locked(timeout)
        try:
            with exclusive(self.lock_file, self.lock_timeout, "stopping the local AWS emulator"):
                return self._stop_locked(timeout)
        except LockTimeout as exc:
            raise EmulatorError(str(exc)) from exc
        except OSError as exc:
            raise EmulatorError(f"cannot lock {self.lock_file}: {exc.strerror}. Make {self.dir} writable.") from exc

    def _stop_locked(self, timeout: float = 10.0) -> bool:
        candidates = set(_read_pids(self.pids_file))
        rec = self._record()
        if rec:
            candidates.add(int(rec.get("pid", 0)))
        candidates |= _servers_of(self.dir)
        stopped = False
        for pid in sorted(candidates):
            if _is_our_process(pid, self.dir):
                _terminate(pid, timeout)
                stopped = True
        self.record_file.unlink(missing_ok=True)
        self.pids_file.unlink(missing_ok=True)
        return stopped

    def kill(self) -> None:
        """SIGKILL the emulator (fault injection: a crash, not a clean stop). Keeps the record."""
        rec = self._record()
        if rec and _is_our_process(int(rec["pid"]), self.dir):
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


class _PortTaken(EmulatorError):
    """The chosen port was taken before the server could bind it (retried with another free port)."""


_TAIL_LINES = 15


def _read_pids(path: Path) -> list[int]:
    try:
        return [int(line) for line in path.read_text().split() if line.isdigit()]
    except OSError:
        return []


def _log_tail(log_file: Path, offset: int, limit: int = 64 * 1024) -> list[str]:
    """The non-empty lines the server wrote after ``offset`` (at most the last ``limit`` bytes)."""
    try:
        with open(log_file, "rb") as fh:
            fh.seek(max(offset, fh.seek(0, os.SEEK_END) - limit))
            text = fh.read().decode(errors="replace")
    except OSError:
        return []
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def _cause(lines: list[str]) -> str | None:
    """The exception line of a Python traceback (``ssl.SSLError: ...``), else the last line."""
    for line in reversed(lines):
        head = line.split(":", 1)[0].strip()
        if ":" in line and not line.startswith(" ") and head.replace(".", "").replace("_", "").isalnum() \
                and (head.endswith(("Error", "Exception", "Exit", "Interrupt")) or head == "OSError"):
            return line.strip()
    return lines[-1].strip() if lines else None


def _replay(endpoint: str, entry: dict[str, Any]) -> None:
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
