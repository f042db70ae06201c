"""Run a SageMaker processing, training or transform job as a local process.

Why: on the emulator a pipeline's jobs must really run, so that a wrong S3
prefix between two nodes, a script error or a broken data contract fails
locally as it would on AWS. This is SageMaker local mode without Docker: the
SageMaker Python SDK's local mode (``sagemaker/local/image.py``,
``_SageMakerContainer``) stages every channel from S3 into a host directory,
mounts it into the container under ``/opt/ml``, writes
``/opt/ml/input/config/{hyperparameters,inputdataconfig,resourceconfig}.json``,
runs the image, then tars ``/opt/ml/model`` to ``<S3OutputPath>/<job>/output/model.tar.gz``.
The container contract is AWS's ("How Amazon SageMaker Provides Training
Information", awsdocs/amazon-sagemaker-developer-guide
your-algorithms-training-algo-running-container.md; processing: inputs at each
``ProcessingInput.S3Input.LocalPath``, outputs uploaded from each
``S3Output.LocalPath`` at the end of the job).

Here the "container" is a process in a private mount namespace (``unshare
--mount``) where a per-job temporary directory is bind-mounted on ``/opt/ml``:
scripts that hard-code ``/opt/ml/...`` (like every SageMaker script) see
exactly the paths they would in the container, and two jobs never share them.
The image's interpreter is this Python (``python3``/``python`` in an
entrypoint); built-in algorithm images need a stand-in (``standins``: the
XGBoost algorithm, Hugging Face training and inference). What it does not honour: instance types and counts
(one local process), network isolation, VPC config, Pipe/FastFile input modes
(everything is File mode), the image's own library versions.
"""

from __future__ import annotations

import collections
import json
import os
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

from . import transform_filters
from .job_errors import error_message
from .standins import STANDINS

OnLog = Callable[[str], None]
LOG_TAIL_LINES = 30
_NAMESPACE_OK: list[bool] = []
_LIVE: set[subprocess.Popen[Any]] = set()  # running job processes, stopped with the emulator


class JobFailed(Exception):
    """The job ended Failed; the message is the FailureReason SageMaker would report."""


@dataclass
class JobOutcome:
    status: str  # Completed | Failed | Stopped
    failure_reason: str | None = None
    log_tail: list[str] = field(default_factory=list)


def _split_s3(uri: str) -> tuple[str, str]:
    bucket, _, key = uri.removeprefix("s3://").partition("/")
    return bucket, key


def download_prefix(s3: Any, uri: str, target: Path) -> int:
    """S3Prefix semantics: every object under the prefix, relative paths kept."""
    bucket, prefix = _split_s3(uri)
    count = 0
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            key = obj["Key"]
            if key.endswith("/"):
                continue
            relative = key[len(prefix) :].lstrip("/") or Path(key).name
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            s3.download_file(bucket, key, str(path))
            count += 1
    return count


def upload_dir(s3: Any, source: Path, uri: str, kms_key: str | None) -> int:
    bucket, prefix = _split_s3(uri)
    prefix = prefix if not prefix or prefix.endswith("/") else prefix + "/"
    extra = {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": kms_key} if kms_key else {}
    count = 0
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        s3.upload_file(str(path), bucket, prefix + path.relative_to(source).as_posix(), ExtraArgs=extra or None)
        count += 1
    return count


def _namespace_available() -> bool:
    if not _NAMESPACE_OK:
        ok = shutil.which("unshare") is not None
        if ok:
            probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"], capture_output=True, timeout=20)
            ok = probe.returncode == 0
        _NAMESPACE_OK.append(ok)
    return _NAMESPACE_OK[0]


def in_container(opt_ml: Path, command: list[str]) -> list[str]:
    """`command` with /opt/ml bound to `opt_ml` in a private mount namespace."""
    if not _namespace_available():
        raise JobFailed(
            "ClientError: the local job runner gives each job its own /opt/ml through a private mount "
            "namespace (`unshare --mount`, needs root or CAP_SYS_ADMIN), which this machine refused. "
            "Run the emulator as root, or run this pipeline on AWS."
        )
    script = 'mkdir -p /opt/ml && mount --bind "$0" /opt/ml && exec "$@"'
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, str(opt_ml), *command]


def _interpreter(command: list[str]) -> list[str]:
    if command and command[0] in ("python", "python3"):
        return [sys.executable, *command[1:]]
    return command


def die_with_parent() -> None:
    """Linux PR_SET_PDEATHSIG: the job gets SIGKILL if the emulator dies (even by SIGKILL)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)
    except OSError:
        pass


def kill_all() -> None:
    """Stop every running job process (the emulator is stopping): nothing outlives it."""
    for proc in list(_LIVE):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def run_process(
    command: list[str], opt_ml: Path, env: dict[str, str], on_log: OnLog, stop: threading.Event, max_seconds: int
) -> tuple[int | None, list[str], str]:
    """Run the job's process; returns (exit code or None if stopped/timed out, log tail, why it ended)."""
    tail: collections.deque[str] = collections.deque(maxlen=LOG_TAIL_LINES)
    full_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(opt_ml.parent),
        "LANG": "C.UTF-8",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
        **env,
    }
    proc = subprocess.Popen(
        in_container(opt_ml, _interpreter(command)),
        cwd=str(opt_ml.parent),
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        start_new_session=True,
        preexec_fn=die_with_parent,
    )
    _LIVE.add(proc)

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.rstrip("\n")
            tail.append(line)
            on_log(line)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    deadline = time.monotonic() + max_seconds
    ended = "exited"
    while proc.poll() is None:
        if stop.is_set() or time.monotonic() > deadline:
            ended = "stopped" if stop.is_set() else "timeout"
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.2)
    proc.wait()
    _LIVE.discard(proc)
    reader.join(timeout=5)
    return (proc.returncode if ended == "exited" else None), list(tail), ended


def _failure_reason(opt_ml: Path, code: int | None, ended: str, tail: list[str], max_seconds: int) -> str:
    if ended == "timeout":
        return f"MaxRuntimeExceeded: the job ran longer than StoppingCondition.MaxRuntimeInSeconds ({max_seconds} s)"
    failure_file = opt_ml / "output" / "failure"  # the container contract's way to report why it failed
    if failure_file.is_file() and failure_file.read_text().strip():
        return "AlgorithmError: " + failure_file.read_text().strip()[:1024]
    return f"AlgorithmError: process exited with code {code}: {error_message(tail)}"[:1024]


def _image_command(image: str, mode: str) -> list[str] | None:
    repository = image.rsplit("/", 1)[-1].split(":", 1)[0]
    module = STANDINS.get(repository)
    return [sys.executable, "-m", module, mode] if module else None


def _workdir(name: str) -> tuple[Path, Path]:
    root = Path(tempfile.mkdtemp(prefix=f"playbook-job-{name[:40]}-"))
    opt_ml = root / "opt_ml"
    (opt_ml / "output").mkdir(parents=True)
    return root, opt_ml


def _finish(opt_ml: Path, code: int | None, ended: str, tail: list[str], max_seconds: int) -> JobOutcome | None:
    if ended == "stopped":
        return JobOutcome("Stopped", "Stopped by StopJob (the execution ended)", tail)
    if code != 0:
        return JobOutcome("Failed", _failure_reason(opt_ml, code, ended, tail, max_seconds), tail)
    return None


def run_processing_job(
    request: dict[str, Any], s3: Any, on_log: OnLog, stop: threading.Event, base_env: dict[str, str]
) -> JobOutcome:
    name = request["ProcessingJobName"]
    root, opt_ml = _workdir(name)
    try:
        for item in request.get("ProcessingInputs", []):
            s3_input = item.get("S3Input")
            if s3_input:
                local = opt_ml / Path(s3_input["LocalPath"]).relative_to("/opt/ml")
                local.mkdir(parents=True, exist_ok=True)
                n = download_prefix(s3, s3_input["S3Uri"], local)
                on_log(
                    f"[local runner] input {item['InputName']}: {n} object(s) from {s3_input['S3Uri']} -> {s3_input['LocalPath']}"
                )
        outputs = request.get("ProcessingOutputConfig", {}).get("Outputs", [])
        for out in outputs:
            (opt_ml / Path(out["S3Output"]["LocalPath"]).relative_to("/opt/ml")).mkdir(parents=True, exist_ok=True)
        app = request["AppSpecification"]
        command = list(app.get("ContainerEntrypoint") or []) + list(app.get("ContainerArguments") or [])
        if not app.get("ContainerEntrypoint"):
            command = (_image_command(app["ImageUri"], "process") or []) + command
        if not command:
            return JobOutcome("Failed", f"ClientError: no ContainerEntrypoint and no local stand-in for image {app['ImageUri']}")
        max_seconds = int(request.get("StoppingCondition", {}).get("MaxRuntimeInSeconds", 86400))
        env = {**base_env, **(request.get("Environment") or {})}
        code, tail, ended = run_process(command, opt_ml, env, on_log, stop, max_seconds)
        failed = _finish(opt_ml, code, ended, tail, max_seconds)
        if failed:
            return failed
        kms = request.get("ProcessingOutputConfig", {}).get("KmsKeyId")
        for out in outputs:
            local = opt_ml / Path(out["S3Output"]["LocalPath"]).relative_to("/opt/ml")
            n = upload_dir(s3, local, out["S3Output"]["S3Uri"], kms)
            on_log(f"[local runner] output {out['OutputName']}: {n} file(s) -> {out['S3Output']['S3Uri']}")
        return JobOutcome("Completed", None, tail)
    except JobFailed as exc:
        return JobOutcome("Failed", str(exc))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run_training_job(
    request: dict[str, Any], s3: Any, on_log: OnLog, stop: threading.Event, base_env: dict[str, str]
) -> JobOutcome:
    name = request["TrainingJobName"]
    root, opt_ml = _workdir(name)
    try:
        algorithm = request["AlgorithmSpecification"]
        command = list(algorithm.get("ContainerEntrypoint") or []) + list(algorithm.get("ContainerArguments") or [])
        if not algorithm.get("ContainerEntrypoint"):
            command = (_image_command(algorithm.get("TrainingImage", ""), "train") or []) + command
        if not command:
            return JobOutcome(
                "Failed",
                f"ClientError: the local runner has no stand-in for the training image "
                f"{algorithm.get('TrainingImage')} (it runs the built-in XGBoost and Hugging Face training images "
                f"and images given a ContainerEntrypoint); run this node on AWS",
            )
        channels = {}
        for channel in request.get("InputDataConfig", []):
            local = opt_ml / "input" / "data" / channel["ChannelName"]
            local.mkdir(parents=True, exist_ok=True)
            uri = channel["DataSource"]["S3DataSource"]["S3Uri"]
            n = download_prefix(s3, uri, local)
            on_log(f"[local runner] channel {channel['ChannelName']}: {n} object(s) from {uri}")
            channels[channel["ChannelName"]] = {
                "ContentType": channel.get("ContentType", ""),
                "TrainingInputMode": "File",
                "S3DistributionType": "FullyReplicated",
                "RecordWrapperType": "None",
            }
        config = opt_ml / "input" / "config"
        config.mkdir(parents=True, exist_ok=True)
        hyperparameters = request.get("HyperParameters") or {}
        (config / "hyperparameters.json").write_text(json.dumps(hyperparameters))
        (config / "inputdataconfig.json").write_text(json.dumps(channels))
        (config / "resourceconfig.json").write_text(
            json.dumps({"current_host": "algo-1", "hosts": ["algo-1"], "network_interface_name": "eth0"})
        )
        (opt_ml / "model").mkdir()
        env = {
            **base_env,
            **(request.get("Environment") or {}),
            "TRAINING_JOB_NAME": name,
            "SM_MODEL_DIR": "/opt/ml/model",
            "SM_OUTPUT_DATA_DIR": "/opt/ml/output/data",
            "SM_INPUT_DIR": "/opt/ml/input",
            "SM_INPUT_CONFIG_DIR": "/opt/ml/input/config",
            "SM_CHANNELS": json.dumps(sorted(channels)),
            "SM_HPS": json.dumps(hyperparameters),
            "SM_CURRENT_HOST": "algo-1",
            "SM_HOSTS": json.dumps(["algo-1"]),
            **{f"SM_CHANNEL_{c.upper()}": f"/opt/ml/input/data/{c}" for c in channels},
        }
        max_seconds = int(request.get("StoppingCondition", {}).get("MaxRuntimeInSeconds", 86400))
        code, tail, ended = run_process(command, opt_ml, env, on_log, stop, max_seconds)
        failed = _finish(opt_ml, code, ended, tail, max_seconds)
        if failed:
            return failed
        output = request["OutputDataConfig"]
        archive = root / "model.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            for path in sorted((opt_ml / "model").iterdir()):
                tar.add(path, arcname=path.name)
        bucket, prefix = _split_s3(output["S3OutputPath"].rstrip("/") + f"/{name}/output/model.tar.gz")
        kms = output.get("KmsKeyId")
        s3.upload_file(
            str(archive), bucket, prefix, ExtraArgs={"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": kms} if kms else None
        )
        on_log(f"[local runner] model artifact -> s3://{bucket}/{prefix}")
        return JobOutcome("Completed", None, tail)
    except JobFailed as exc:
        return JobOutcome("Failed", str(exc))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run_transform_job(
    request: dict[str, Any], model: dict[str, Any], s3: Any, on_log: OnLog, stop: threading.Event, base_env: dict[str, str]
) -> JobOutcome:
    """Batch transform: each input object is scored into `<S3OutputPath>/<relative key>.out` (SageMaker's naming)."""
    name = request["TransformJobName"]
    root, opt_ml = _workdir(name)
    try:
        container = model.get("PrimaryContainer") or (model.get("Containers") or [{}])[0]
        command = _image_command(container.get("Image", ""), "transform")
        if not command:
            return JobOutcome(
                "Failed",
                f"ClientError: the local runner has no stand-in for the serving image "
                f"{container.get('Image')}; run this node on AWS",
            )
        (opt_ml / "model").mkdir()
        if container.get("ModelDataUrl"):
            bucket, key = _split_s3(container["ModelDataUrl"])
            archive = root / "model.tar.gz"
            s3.download_file(bucket, key, str(archive))
            with tarfile.open(archive) as tar:
                tar.extractall(opt_ml / "model", filter="data")
        source = request["TransformInput"]["DataSource"]["S3DataSource"]["S3Uri"]
        inputs = opt_ml / "transform" / "input"
        n = download_prefix(s3, source, inputs)
        on_log(f"[local runner] input: {n} object(s) from {source}")
        originals = transform_filters.filter_inputs(inputs, request)  # DataProcessing.InputFilter
        outputs = opt_ml / "transform" / "output"
        outputs.mkdir(parents=True)
        env = {
            **base_env,
            **(container.get("Environment") or {}),
            **(request.get("Environment") or {}),
            "SM_INPUT_CONTENT_TYPE": request["TransformInput"].get("ContentType", "text/csv"),
        }
        max_seconds = 86400
        code, tail, ended = run_process(
            [*command, "/opt/ml/transform/input", "/opt/ml/transform/output"], opt_ml, env, on_log, stop, max_seconds
        )
        failed = _finish(opt_ml, code, ended, tail, max_seconds)
        if failed:
            return failed
        transform_filters.join_outputs(outputs, request, originals)
        output = request["TransformOutput"]
        n = upload_dir(s3, outputs, output["S3OutputPath"], output.get("KmsKeyId"))
        on_log(f"[local runner] output: {n} file(s) -> {output['S3OutputPath']}")
        return JobOutcome("Completed", None, tail)
    except (JobFailed, transform_filters.FilterFailed) as exc:
        return JobOutcome("Failed", str(exc))
    finally:
        shutil.rmtree(root, ignore_errors=True)
