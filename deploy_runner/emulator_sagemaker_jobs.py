"""Emulator extension 11: SageMaker processing, training and transform jobs really run.

Why: moto creates every job already ``Completed`` and runs nothing
(``moto/sagemaker/models.py``: ``FakeProcessingJob``/``FakeTrainingJob``/
``FakeTransformJob`` set the status in ``__init__``), so a pipeline would
"succeed" on the emulator with a broken script or an empty S3 prefix.
Here ``Create*Job`` answers as before, the job then is ``InProgress`` while
``local_jobs`` runs it as a local process (channels staged from and to the
emulator's S3, like SageMaker local mode), and ends ``Completed`` or
``Failed`` with a ``FailureReason`` (and ``FailureReason`` in ``Describe*``),
as on AWS. Job output goes to CloudWatch Logs like SageMaker's
(log group ``/aws/sagemaker/{ProcessingJobs,TrainingJobs,TransformJobs}``,
stream ``<job name>/algo-1-<epoch>``), so ``playbook logs`` reads the same API
on the emulator and on AWS. ``Stop*Job`` stops the process (``Stopped``).
At most ``MAX_PARALLEL_JOBS`` jobs run at once (``PLAYBOOK_EMULATOR_MAX_JOBS``,
default 4); later ones stay ``InProgress`` until a slot frees, like a capacity
wait on AWS. A job name that was used before is refused with ``ResourceInUse``, as AWS refuses it
("Training job names must be unique within an AWS account and region, and a training job with this
name already exists (arn:...)", quoted in aws/amazon-sagemaker-examples#3108; the processing and
transform wording is assumed by analogy): moto replaced the old job, so a run that reused a name
(a retried run naming its jobs like the first attempt) passed locally and failed on AWS.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
import threading
import time
from typing import Any

MAX_PARALLEL_JOBS = int(os.environ.get("PLAYBOOK_EMULATOR_MAX_JOBS", "4"))
_SLOTS = threading.BoundedSemaphore(MAX_PARALLEL_JOBS)
_STOPS: dict[tuple[str, str], threading.Event] = {}

_KINDS = {
    "processing": ("processing_jobs", "ProcessingJobName", "processing_job_status", "ProcessingJobs"),
    "training": ("training_jobs", "TrainingJobName", "training_job_status", "TrainingJobs"),
    "transform": ("transform_jobs", "TransformJobName", "transform_job_status", "TransformJobs"),
}


class _CloudWatchLog:
    """Appends a job's lines to CloudWatch Logs (batched; never fails the job)."""

    def __init__(self, region: str, group: str, stream: str) -> None:
        from . import emulator_loopback

        self.client = emulator_loopback.client("logs", region)
        self.group, self.stream = group, stream
        self.buffer: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        try:
            self.client.create_log_group(logGroupName=group)
        except self.client.exceptions.ResourceAlreadyExistsException:
            pass
        self.client.create_log_stream(logGroupName=group, logStreamName=stream)

    def __call__(self, line: str) -> None:
        with self.lock:
            self.buffer.append({"timestamp": int(time.time() * 1000), "message": line})
            if len(self.buffer) >= 50:
                self._flush()

    def _flush(self) -> None:
        if not self.buffer:
            return
        events, self.buffer = self.buffer, []
        try:
            self.client.put_log_events(logGroupName=self.group, logStreamName=self.stream, logEvents=events)
        except Exception as exc:  # logs are best effort, the job's outcome is not
            print(f"EMULATOR: could not write job logs: {exc}", file=sys.stderr, flush=True)

    def close(self) -> None:
        with self.lock:
            self._flush()


def _run(kind: str, job: Any, request: dict[str, Any], region: str, backend: Any) -> None:
    from . import emulator_loopback, local_jobs

    _attr, name_field, status_attr, group = _KINDS[kind]
    name = request[name_field]
    stop = _STOPS[(kind, name)]
    log = None
    try:
        log = _CloudWatchLog(region, f"/aws/sagemaker/{group}", f"{name}/algo-1-{int(time.time())}")
        with _SLOTS:
            s3 = emulator_loopback.client("s3", region)
            env = emulator_loopback.job_environment() | {"AWS_REGION": region, "AWS_DEFAULT_REGION": region}
            if kind == "processing":
                outcome = local_jobs.run_processing_job(request, s3, log, stop, env)
            elif kind == "training":
                outcome = local_jobs.run_training_job(request, s3, log, stop, env)
            else:
                model = emulator_loopback.client("sagemaker", region).describe_model(ModelName=request["ModelName"])
                outcome = local_jobs.run_transform_job(request, model, s3, log, stop, env)
    except Exception as exc:  # an emulator bug must end the job, not leave it InProgress forever
        outcome = local_jobs.JobOutcome("Failed", f"InternalServerError: local runner crashed: {type(exc).__name__}: {exc}")
    if log is not None:
        if outcome.failure_reason:
            log(f"[local runner] {outcome.status}: {outcome.failure_reason}")
        log.close()
    now = datetime.datetime.now(datetime.timezone.utc)
    setattr(job, status_attr, outcome.status)
    job.failure_reason = outcome.failure_reason
    job.last_modified_time = now
    for end in ("processing_end_time", "training_end_time", "transform_end_time"):
        if hasattr(job, end):
            setattr(job, end, now)
    if kind == "training":
        job.secondary_status = outcome.status
    _STOPS.pop((kind, name), None)


def install() -> None:
    from moto.core.responses import ActionResult
    from moto.sagemaker.responses import SageMakerResponse

    for kind, (attr, name_field, status_attr, _group) in _KINDS.items():
        original = getattr(SageMakerResponse, f"create_{kind}_job")

        def create(
            self: Any,
            original: Any = original,
            kind: str = kind,
            attr: str = attr,
            name_field: str = name_field,
            status_attr: str = status_attr,
        ) -> Any:
            request = json.loads(self.body or "{}")
            existing = getattr(self.sagemaker_backend, attr).get(request.get(name_field))
            if existing is not None:
                from moto.sagemaker.exceptions import ResourceInUseException

                raise ResourceInUseException(
                    f"{kind.capitalize()} job names must be unique within an AWS account and region, "
                    f"and a {kind} job with this name already exists ({existing.arn})"
                )
            result = original(self)
            job = getattr(self.sagemaker_backend, attr)[request[name_field]]
            setattr(job, status_attr, "InProgress")
            if kind == "training":
                job.secondary_status = "Training"
            for end in ("processing_end_time", "training_end_time", "transform_end_time"):
                if hasattr(job, end):
                    setattr(job, end, None)
            _STOPS[(kind, request[name_field])] = threading.Event()
            threading.Thread(
                target=_run,
                args=(kind, job, request, self.region, self.sagemaker_backend),
                name=f"sagemaker-{kind}-{request[name_field]}",
                daemon=True,
            ).start()
            return result

        setattr(SageMakerResponse, f"create_{kind}_job", create)

        def stop(
            self: Any, kind: Any = kind, attr: Any = attr, name_field: Any = name_field, status_attr: Any = status_attr
        ) -> Any:
            name = self._get_param(name_field)
            job = getattr(self.sagemaker_backend, attr).get(name)
            if job is None:
                from moto.sagemaker.exceptions import ValidationError

                raise ValidationError(message=f"Could not find {kind} job '{name}'.")
            event = _STOPS.get((kind, name))
            if event is not None:
                setattr(job, status_attr, "Stopping")
                event.set()
            return ActionResult({})

        setattr(SageMakerResponse, f"stop_{kind}_job", stop)
