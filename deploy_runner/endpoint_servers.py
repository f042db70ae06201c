"""Warm local model servers behind the emulator's SageMaker endpoints (extension 19).

Why: on AWS an endpoint's variant is a running inference container that
answers ``/invocations``; here it is a local process of the image's serving
stand-in (``standins``), started on the first invocation of an (endpoint,
variant, model) and kept warm so later calls answer in milliseconds. It runs
like a job (``local_jobs``): the model artifact unpacked into a temporary
directory bind-mounted on ``/opt/ml`` in a private mount namespace, so serving
code sees ``/opt/ml/model`` as in the container, and it dies with the emulator.

Lifetime: a server unused for ``IDLE_SECONDS`` (``PLAYBOOK_EMULATOR_SERVE_IDLE``,
default 600) is stopped, and started again by the next call (a cold start, as a
serverless endpoint has on AWS); a server whose endpoint moved to another model
(``UpdateEndpoint``) keeps answering until the new model's server is ready,
then stops; ``DeleteEndpoint`` and the emulator's stop end them all.
"""

from __future__ import annotations

import collections
import http.client
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import local_jobs

# Built-in algorithm images (ECR repository name) -> local serving stand-in module.
SERVING_STANDINS = {
    "sagemaker-xgboost": "deploy_runner.standins.xgboost_serving",
    "huggingface-pytorch-inference": "deploy_runner.standins.huggingface_inference",
}
IDLE_SECONDS = int(os.environ.get("PLAYBOOK_EMULATOR_SERVE_IDLE", "600"))
START_SECONDS = 60  # AWS gives a container this long to answer /ping before the endpoint fails
INVOKE_SECONDS = 60  # "A customer's model containers must respond to requests within 60 seconds" (InvokeEndpoint)

Key = tuple[str, str, str]  # endpoint, variant, model


class ServingFailed(Exception):
    """The model's server could not start; the message says why (its log tail included)."""


def standin_for(image: str) -> str | None:
    repository = image.rsplit("/", 1)[-1].split(":", 1)[0].split("@", 1)[0]
    return SERVING_STANDINS.get(repository)


@dataclass
class ModelServer:
    key: Key
    proc: subprocess.Popen[str]
    root: Path
    port: int = 0
    last_used: float = field(default_factory=time.monotonic)
    tail: collections.deque[str] = field(default_factory=lambda: collections.deque(maxlen=30))

    def invoke(self, body: bytes, content_type: str | None, accept: str | None) -> tuple[int, str, bytes]:
        """(status, content type, body) of one POST /invocations."""
        self.last_used = time.monotonic()
        headers = {"Content-Type": content_type or "application/octet-stream"}
        if accept:
            headers["Accept"] = accept
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=INVOKE_SECONDS)
        try:
            connection.request("POST", "/invocations", body=body, headers=headers)
            answer = connection.getresponse()
            return answer.status, answer.getheader("Content-Type") or "application/octet-stream", answer.read()
        finally:
            connection.close()
            self.last_used = time.monotonic()

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # the namespace's shell and the server in it
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)


_LOCK = threading.Lock()
_SERVERS: dict[Key, ModelServer] = {}
_CURRENT: dict[tuple[str, str], Key] = {}  # (endpoint, variant) -> the key that serves it now
_STARTING: dict[Key, threading.Lock] = {}
_REAPER: list[threading.Thread] = []
_SPAWNER: list[threading.Thread] = []
_SPAWNS: queue.Queue[Callable[[], None]] = queue.Queue()


def serve(
    key: Key,
    image: str,
    environment: dict[str, str],
    model_archive: Callable[[], bytes | None],
    base_env: dict[str, str],
    on_log: Callable[[str], None],
) -> ModelServer:
    """The warm server of `key`, started if needed; while it starts, the variant's previous model answers."""
    endpoint, variant, _model = key
    with _LOCK:
        server = _SERVERS.get(key)
        if server is not None and server.alive():
            server.last_used = time.monotonic()
            return server
        starting = _STARTING.setdefault(key, threading.Lock())
        previous = _SERVERS.get(_CURRENT.get((endpoint, variant), key))
    if not starting.acquire(blocking=previous is None or not previous.alive()):
        assert previous is not None
        return previous  # the old model serves until the new one is ready (UpdateEndpoint)
    try:
        with _LOCK:
            server = _SERVERS.get(key)
            if server is not None and server.alive():
                return server
        server = _start(key, image, environment, model_archive, base_env, on_log)
        with _LOCK:
            _SERVERS[key] = server
            old_key = _CURRENT.get((endpoint, variant))
            _CURRENT[(endpoint, variant)] = key
            old = _SERVERS.pop(old_key, None) if old_key not in (None, key) else None
        if old is not None:
            old.stop()
        _ensure_reaper()
        return server
    finally:
        starting.release()


def _start(
    key: Key,
    image: str,
    environment: dict[str, str],
    model_archive: Callable[[], bytes | None],
    base_env: dict[str, str],
    on_log: Callable[[str], None],
) -> ModelServer:
    module = standin_for(image)
    if module is None:
        raise ServingFailed(f"no local stand-in for the serving image {image}")
    root = Path(tempfile.mkdtemp(prefix=f"playbook-serve-{key[0][:40]}-"))
    opt_ml = root / "opt_ml"
    (opt_ml / "model").mkdir(parents=True)
    archive = model_archive()
    if archive is not None:
        (root / "model.tar.gz").write_bytes(archive)
        with tarfile.open(root / "model.tar.gz") as tar:
            tar.extractall(opt_ml / "model", filter="data")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(root),
        "LANG": "C.UTF-8",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
        **base_env,
        **environment,
        "SAGEMAKER_BIND_TO_PORT": "0",  # the stand-in takes a free port and announces it
        "SM_MODEL_DIR": "/opt/ml/model",
    }
    try:
        command = local_jobs.in_container(opt_ml, [sys.executable, "-m", module, "serve"])
    except local_jobs.JobFailed as exc:
        shutil.rmtree(root, ignore_errors=True)
        raise ServingFailed(str(exc)) from exc
    proc = _spawn(command, str(root), env)
    server = ModelServer(key, proc, root)
    announced = threading.Event()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.rstrip("\n")
            server.tail.append(line)
            on_log(line)
            found = re.match(r"serving on 127\.0\.0\.1:(\d+)$", line)
            if found:
                server.port = int(found.group(1))
                announced.set()
        announced.set()

    threading.Thread(target=pump, daemon=True, name=f"serve-log-{key[0]}").start()
    deadline = time.monotonic() + START_SECONDS
    while not announced.wait(0.1) and time.monotonic() < deadline:
        pass
    if not server.port or not _healthy(server):
        why = "did not answer /ping in time" if proc.poll() is None else f"exited with code {proc.wait()}"
        server.stop()
        tail = " | ".join(list(server.tail)[-5:])
        raise ServingFailed(f"the model server {why}: {tail or '(no output)'}")
    return server


def _spawn(command: list[str], cwd: str, env: dict[str, str]) -> subprocess.Popen[str]:
    """Popen from a thread that lives as long as the emulator: PR_SET_PDEATHSIG fires when the *thread*
    that forked ends, and a request's thread ends with the request."""
    done: dict[str, Any] = {}
    ready = threading.Event()

    def work() -> None:
        try:
            done["proc"] = subprocess.Popen(
                command,
                cwd=cwd,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
                start_new_session=True,
                preexec_fn=local_jobs.die_with_parent,
            )
        except OSError as exc:
            done["error"] = exc
        ready.set()

    _SPAWNS.put(work)
    with _LOCK:
        if not _SPAWNER:
            _SPAWNER.append(threading.Thread(target=_spawner, daemon=True, name="serve-spawner"))
            _SPAWNER[0].start()
    ready.wait()
    if "error" in done:
        raise ServingFailed(f"could not start the model server: {done['error']}")
    return done["proc"]  # type: ignore[no-any-return]


def _spawner() -> None:
    while True:
        _SPAWNS.get()()


def _healthy(server: ModelServer) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("GET", "/ping")
        answer = connection.getresponse()
        reason = answer.read().decode(errors="replace")
        if answer.status != 200:
            server.tail.append(f"/ping answered {answer.status}: {reason}")
        return answer.status == 200
    except OSError as exc:
        server.tail.append(f"/ping failed: {exc}")
        return False
    finally:
        connection.close()


def _ensure_reaper() -> None:
    with _LOCK:
        if _REAPER and _REAPER[0].is_alive():
            return
        thread = threading.Thread(target=_reap, daemon=True, name="serve-reaper")
        _REAPER[:] = [thread]
    thread.start()


def _reap() -> None:
    while True:
        time.sleep(min(30, max(1, IDLE_SECONDS // 4)))
        now = time.monotonic()
        with _LOCK:
            idle = [k for k, s in _SERVERS.items() if now - s.last_used > IDLE_SECONDS or not s.alive()]
            stopped = [_SERVERS.pop(k) for k in idle]
        for server in stopped:
            server.stop()


def stop_endpoint(endpoint: str) -> None:
    """The endpoint was deleted: its servers stop."""
    with _LOCK:
        keys = [k for k in _SERVERS if k[0] == endpoint]
        stopped = [_SERVERS.pop(k) for k in keys]
        for current in [c for c in _CURRENT if c[0] == endpoint]:
            del _CURRENT[current]
    for server in stopped:
        server.stop()


def stop_all() -> None:
    """The emulator is stopping: no model server outlives it."""
    with _LOCK:
        stopped = list(_SERVERS.values())
        _SERVERS.clear()
        _CURRENT.clear()
    for server in stopped:
        server.stop()


def running() -> list[Key]:
    with _LOCK:
        return [k for k, s in _SERVERS.items() if s.alive()]
