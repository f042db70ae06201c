"""Lifecycle of the local AWS emulator: a moto server on 127.0.0.1.

``Emulator(state_dir).start()`` runs ``python -m deploy_runner.emulator_ext``
(moto's own WSGI app plus the project's small extensions, see
``emulator_ext`` and ``EMULATOR.md``) on a free port in its own session, and
keeps three files under ``<repo>/.playbook/emulator/``:

* ``emulator.json`` — pid, port, start time (written only once it is healthy);
* ``emulator.pids`` — every server pid spawned for this directory, so ``stop`` finds them all;
* ``emulator.lock`` — held (``flock``) across check-start-record and stop: concurrent
  starters get one server;
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
``emulator_deterministic_ids``, extension 6) and a restart replays the recording, so the
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playbooks.failures import PlaybookFailure

from .cli_config import state_root

# The client side of the emulator is public here too: callers import it from deploy_runner.emulator.
from .emulator_access import (
    AWS_CHAIN_VARS as AWS_CHAIN_VARS,
    EMULATOR_CREDENTIALS as EMULATOR_CREDENTIALS,
    ca_bundle as ca_bundle,
    emulator_client as emulator_client,
    emulator_credentials as emulator_credentials,
    emulator_dir,
    emulator_key as emulator_key,
    emulator_env as emulator_env,
    healthy as healthy,
    post,
)
from .emulator_credentials import FILE_NAME as KEY_FILE_NAME, PATH_VAR as KEY_PATH_VAR
from .emulator_processes import DIR_VAR, MARKER, is_our_process, read_pids, servers_of, terminate, wait_gone
from .emulator_recording import replay_recording
from .emulator_tls import KEY_NAME
from .file_lock import LockTimeout, exclusive
from .private_files import make_private_dir

# How long a live server of ours that does not answer is waited for before it is replaced (see
# Emulator._answers_within_grace). The health check itself gives up after 2 s.
BUSY_GRACE = 30.0

HOST = "127.0.0.1"


class EmulatorError(PlaybookFailure):
    """The emulator could not be started or reached; the message names the fix."""

    kind = "emulator"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


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

    def __init__(
        self,
        state_dir: Path | None = None,
        *,
        startup_timeout: float = 30.0,
        persist: bool | None = None,
        lock_timeout: float | None = None,
        busy_grace: float = BUSY_GRACE,
    ):
        self.dir = Path(state_dir) if state_dir else state_root() / "emulator"
        self.record_file = self.dir / "emulator.json"
        self.log_file = self.dir / "emulator.log"
        self.recording = self.dir / "recording.jsonl"
        self.pids_file = self.dir / "emulator.pids"  # every server ever spawned here, until stopped
        self.lock_file = self.dir / "emulator.lock"
        self.startup_timeout = startup_timeout
        self.busy_grace = busy_grace
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
        if not rec or not is_our_process(int(rec.get("pid", 0)), self.dir):
            return EmulatorStatus(running=False, log_file=str(self.log_file))
        endpoint = f"{rec.get('scheme', 'https')}://{HOST}:{rec['port']}"
        return EmulatorStatus(
            running=healthy(endpoint),
            pid=rec["pid"],
            port=rec["port"],
            endpoint=endpoint,
            log_file=str(self.log_file),
            started_at=rec.get("started_at"),
            persist=bool(rec.get("persist")),
            ca_bundle=str(ca_bundle()),
        )

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
            emulator_dir()  # the state root and its emulator/ directory: 0700 from creation
            make_private_dir(self.dir)
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
        if current.pid is not None and self._answers_within_grace(current):
            return self.status()
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

    def _answers_within_grace(self, current: EmulatorStatus) -> bool:
        """Our recorded server is alive but missed one health check: busy (a deploy's burst of requests on a
        loaded machine), not dead. Replacing it would start an empty emulator and lose everything deployed to
        it, so it gets `busy_grace` seconds to answer; only a server that stays silent that long is replaced."""
        deadline = time.monotonic() + self.busy_grace
        while time.monotonic() < deadline:
            if not is_our_process(int(current.pid or 0), self.dir):
                return False
            if current.endpoint and healthy(current.endpoint, timeout=min(5.0, max(0.1, deadline - time.monotonic()))):
                return True
            time.sleep(0.2)
        return False

    def _spawn(self, port: int) -> EmulatorStatus:
        cert = ca_bundle()
        endpoint = f"https://{HOST}:{port}"
        env = emulator_env()
        env["MOTO_PORT"] = str(port)
        env[DIR_VAR] = str(self.dir.resolve())
        env[KEY_PATH_VAR] = str((emulator_dir() / KEY_FILE_NAME).resolve())  # emulator_env() made it
        for key in ("MOTO_ENABLE_RECORDING", "MOTO_RECORDER_FILEPATH"):
            env.pop(key, None)
        if self.persist:
            env["MOTO_ENABLE_RECORDING"] = "1"
            env["MOTO_RECORDER_FILEPATH"] = str(self.recording)
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        # 0600 from creation: the log holds request details of everything deployed here.
        with os.fdopen(os.open(self.log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "ab") as log:
            os.fchmod(log.fileno(), 0o600)
            log.write(f"--- starting the emulator on {endpoint} at {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n".encode())
            log.flush()
            log_offset = log.tell()
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    MARKER,
                    "--host",
                    HOST,
                    "--port",
                    str(port),
                    "--ssl-cert",
                    str(cert),
                    "--ssl-key",
                    str(cert.with_name(KEY_NAME)),
                    *(["--deterministic-ids"] if self.persist else []),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
                start_new_session=True,
                cwd=str(self.dir),
            )
        with open(self.pids_file, "a") as pids:  # recorded before it is healthy: a crash here leaves no orphan
            pids.write(f"{proc.pid}\n")
        deadline = time.monotonic() + self.startup_timeout
        delay = 0.1
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise self._start_failure(f"the emulator exited with code {proc.returncode} while starting", log_offset, port)
            if healthy(endpoint, timeout=1.0) and proc.poll() is None:  # ours answered, not a port squatter
                replayed = replay_recording(endpoint, self.recording) if self.persist else 0
                tmp = self.record_file.with_suffix(".tmp")
                tmp.write_text(
                    json.dumps(
                        {
                            "pid": proc.pid,
                            "port": port,
                            "scheme": "https",
                            "started_at": time.time(),
                            "persist": self.persist,
                            "replayed_requests": replayed,
                        }
                    )
                )
                tmp.replace(self.record_file)
                return self.status()
            time.sleep(delay)
            delay = min(delay * 1.5, 1.0)
        terminate(proc.pid)
        raise self._start_failure(
            f"the emulator did not answer on {endpoint} within {self.startup_timeout:.0f} s", log_offset, port
        )

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
        return EmulatorError(
            f"{what}: {cause or 'it logged nothing'}.{hint}\n  last lines of {self.log_file}:\n{shown}"
            if tail
            else f"{what}: it logged nothing (see {self.log_file}).{hint}"
        )

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
        candidates = set(read_pids(self.pids_file))
        rec = self._record()
        if rec:
            candidates.add(int(rec.get("pid", 0)))
        candidates |= servers_of(self.dir)
        stopped = False
        for pid in sorted(candidates):
            if is_our_process(pid, self.dir):
                terminate(pid, timeout)
                stopped = True
        self.record_file.unlink(missing_ok=True)
        self.pids_file.unlink(missing_ok=True)
        return stopped

    def kill(self) -> None:
        """SIGKILL the emulator (fault injection: a crash, not a clean stop). Keeps the record."""
        rec = self._record()
        if rec and is_our_process(int(rec["pid"]), self.dir):
            os.kill(int(rec["pid"]), signal.SIGKILL)
            wait_gone(int(rec["pid"]), 5.0)

    def reset(self) -> None:
        """Forget every emulated resource (moto's reset API and, when persisting, the recording)."""
        endpoint = self.endpoint
        if endpoint:
            post(f"{endpoint}/moto-api/reset")
            if self.persist:
                post(f"{endpoint}/moto-api/recorder/reset-recording")
        self.recording.unlink(missing_ok=True) if not endpoint else None


class _PortTaken(EmulatorError):
    """The chosen port was taken before the server could bind it (retried with another free port)."""


_TAIL_LINES = 15


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
        if (
            ":" in line
            and not line.startswith(" ")
            and head.replace(".", "").replace("_", "").isalnum()
            and (head.endswith(("Error", "Exception", "Exit", "Interrupt")) or head == "OSError")
        ):
            return line.strip()
    return lines[-1].strip() if lines else None
