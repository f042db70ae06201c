"""Check an AWS answer against botocore's own service model: the shape a real client parses.

`shape_problems` walks a parsed answer (what a boto3 call returns) along an operation's
output shape: every required member present, every value of the shape's type (structure,
list, map, string, integer, boolean, timestamp, ...), strings within the shape's length
bounds and enum. `missing_from_answer` says which members of a Create request an answer does
not carry back unchanged (a Describe echoes its Create's members on AWS). `describe_problems`
applies both to every SageMaker task a Step Functions execution scheduled: the request as the
execution's history records it, against the matching Describe* answer.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import botocore.session

# Step Functions integration -> (Describe operation, the request member naming the resource)
DESCRIBES = {
    "createProcessingJob.sync": ("DescribeProcessingJob", "ProcessingJobName"),
    "createTrainingJob.sync": ("DescribeTrainingJob", "TrainingJobName"),
    "createTransformJob.sync": ("DescribeTransformJob", "TransformJobName"),
    "createModel": ("DescribeModel", "ModelName"),
    "createEndpointConfig": ("DescribeEndpointConfig", "EndpointConfigName"),
    "createEndpoint": ("DescribeEndpoint", "EndpointName"),
}
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "long": (int,),
    "float": (float, int),
    "double": (float, int),
    "boolean": (bool,),
    "timestamp": (datetime.datetime,),
    "blob": (bytes, bytearray),
    "structure": (dict,),
    "map": (dict,),
    "list": (list,),
}


def output_shape(service: str, operation: str) -> Any:
    model = botocore.session.get_session().get_service_model(service)
    return model.operation_model(operation).output_shape


def shape_problems(value: Any, shape: Any, path: str = "$") -> list[str]:
    """What in ``value`` does not fit ``shape`` (a botocore Shape), as 'path: problem' lines."""
    kind = shape.type_name
    allowed = _TYPES.get(kind, (object,))
    if not isinstance(value, allowed) or (kind in ("integer", "long") and isinstance(value, bool)):
        return [f"{path}: expected {kind} ({shape.name}), got {type(value).__name__} {value!r:.80}"]
    problems: list[str] = []
    if kind == "structure":
        for name in shape.required_members:
            if name not in value:
                problems.append(f"{path}.{name}: required by {shape.name}, missing")
        for name, member in value.items():
            if name in shape.members:
                problems += shape_problems(member, shape.members[name], f"{path}.{name}")
            else:
                problems.append(f"{path}.{name}: not a member of {shape.name}")
    elif kind == "list":
        for index, item in enumerate(value):
            problems += shape_problems(item, shape.member, f"{path}[{index}]")
    elif kind == "map":
        for key, item in value.items():
            problems += shape_problems(key, shape.key, f"{path} key {key!r}")
            problems += shape_problems(item, shape.value, f"{path}[{key!r}]")
    elif kind == "string":
        low, high = shape.metadata.get("min"), shape.metadata.get("max")
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            problems.append(f"{path}: length {len(value)} outside {shape.name}'s {low}..{high}")
        if shape.enum and value not in shape.enum:
            problems.append(f"{path}: {value!r} is not one of {shape.name}'s {shape.enum}")
    return problems


def missing_from_answer(request: Any, answer: Any, path: str = "$") -> list[str]:
    """Members (recursively) of ``request`` that ``answer`` lacks or answers differently."""
    if isinstance(request, dict):
        if not isinstance(answer, dict):
            return [f"{path}: sent {request!r:.120}, answered {answer!r:.120}"]
        problems: list[str] = []
        for key, sent in request.items():
            if key not in answer:
                problems.append(f"{path}.{key}: sent, not answered")
            else:
                problems += missing_from_answer(sent, answer[key], f"{path}.{key}")
        return problems
    if isinstance(request, list):
        if not isinstance(answer, list) or len(answer) != len(request):
            return [f"{path}: sent {request!r:.120}, answered {answer!r:.120}"]
        return [p for i, (s, a) in enumerate(zip(request, answer)) for p in missing_from_answer(s, a, f"{path}[{i}]")]
    return [] if request == answer else [f"{path}: sent {request!r:.120}, answered {answer!r:.120}"]


def scheduled_sagemaker_tasks(sfn: Any, execution_arn: str) -> list[tuple[str, dict[str, Any]]]:
    """(resource, request) of every SageMaker task the execution scheduled, from its history."""
    events: list[dict[str, Any]] = []
    token = None
    while True:
        page = sfn.get_execution_history(executionArn=execution_arn, maxResults=1000, **({"nextToken": token} if token else {}))
        events += page["events"]
        token = page.get("nextToken")
        if not token:
            break
    tasks = []
    for event in events:
        details = event.get("taskScheduledEventDetails")
        if event["type"] == "TaskScheduled" and details and details["resourceType"] == "sagemaker":
            tasks.append((details["resource"], json.loads(details["parameters"])))
    return tasks


def describe_problems(sfn: Any, sagemaker: Any, execution_arn: str) -> tuple[list[tuple[str, dict[str, Any]]], list[str]]:
    """The execution's SageMaker tasks, and what their Describe answers lack or get wrong."""
    tasks = scheduled_sagemaker_tasks(sfn, execution_arn)
    problems: list[str] = []
    for resource, request in tasks:
        operation, name_field = DESCRIBES[resource.rsplit(":", 1)[-1]]
        method = re.sub(r"(?<!^)([A-Z])", r"_\1", operation).lower()
        answer = getattr(sagemaker, method)(**{name_field: request[name_field]})
        answer.pop("ResponseMetadata")
        shape = output_shape("sagemaker", operation)
        # Tags and the like are Create-only: the Describe shape says what AWS echoes back.
        echoed = {k: v for k, v in request.items() if k in shape.members}
        problems += [f"{operation}: {p}" for p in missing_from_answer(echoed, answer)]
        problems += [f"{operation}: {p}" for p in shape_problems(answer, shape)]
    return tasks, problems
