"""The log tail of the job (or function) a Step Functions task ran, from CloudWatch Logs.

SageMaker jobs log to ``/aws/sagemaker/{ProcessingJobs,TrainingJobs,TransformJobs}`` in streams named
``<job name>/algo-1-<epoch>`` and Lambda functions to ``/aws/lambda/<name>`` (AWS's layout, which the
emulator reproduces), so the same reads serve the emulator and a real account.
"""

from __future__ import annotations

from typing import Any

LOG_GROUPS = {
    "createProcessingJob": ("/aws/sagemaker/ProcessingJobs", "ProcessingJobName", "processing"),
    "createTrainingJob": ("/aws/sagemaker/TrainingJobs", "TrainingJobName", "training"),
    "createTransformJob": ("/aws/sagemaker/TransformJobs", "TransformJobName", "transform"),
}


def _function_log_tail(logs: Any, function: str, lines: int) -> tuple[str | None, list[str]]:
    """The newest log stream of a Lambda function (`/aws/lambda/<name>`, one stream per instance)."""
    name = function.split(":function:")[-1].split(":")[0]
    if not name:
        return None, []
    group = f"/aws/lambda/{name}"
    try:
        streams = logs.describe_log_streams(logGroupName=group, orderBy="LastEventTime", descending=True, limit=1)
        if not streams.get("logStreams"):
            return f"function {name}", []
        stream = streams["logStreams"][0]["logStreamName"]
        events = logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=False, limit=lines)["events"]
    except Exception:  # no log group yet: the function never ran
        return f"function {name}", []
    return f"function {name}", [e["message"] for e in events][-lines:]


def job_log_tail(logs: Any, resource: str, parameters: dict[str, Any], lines: int = 20) -> tuple[str | None, list[str]]:
    """(job description, last log lines) of the SageMaker job a task ran; ([], None) for other tasks."""
    action = (resource or "").split(":")[-1].split(".")[0]
    if action == "invoke" and "FunctionName" in parameters:  # history names it resourceType lambda, resource invoke
        return _function_log_tail(logs, str(parameters.get("FunctionName") or ""), lines)
    if action not in LOG_GROUPS:
        return None, []
    group, name_field, kind = LOG_GROUPS[action]
    name = parameters.get(name_field)
    if not name:
        return None, []
    label = f"{kind} job {name}"
    try:
        streams = logs.describe_log_streams(logGroupName=group, logStreamNamePrefix=f"{name}/").get("logStreams", [])
    except Exception:  # no log group yet: the job never started
        return label, []
    tail: list[str] = []
    for stream in streams:
        events = logs.get_log_events(logGroupName=group, logStreamName=stream["logStreamName"], startFromHead=False, limit=lines)[
            "events"
        ]
        tail += [e["message"] for e in events]
    return label, tail[-lines:]
