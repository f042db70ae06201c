"""Every Task request of a synthesized state machine, validated against botocore's service model.

The checker walks each state machine like the Step Functions interpreter would, on
sample data: the execution input (the declared parameter defaults, or what a parent
pipeline passes), the Pass states' Parameters, and for each Task a sample result built
from the API's *output* shape in botocore's model (for `.sync` integrations, the
Describe* output; for `startExecution.sync:2`, the child machine's own output), put
through ResultSelector and ResultPath. So a wrong JSONPath (`$.nodes.trian.job_name`),
a misspelt field (`TrainingJobNmae`), a wrong type (an integer where the API takes a
string) or a missing required member fails, each with the machine and state named.

Request bodies are checked with botocore's ParamValidator (required members, unknown
members, types, minimums), plus the model's enums, maximum lengths and patterns, which
botocore leaves to the service.

Sources: AWS States Language spec (https://states-language.net/spec.html): Parameters,
ResultSelector, ResultPath, Parallel, intrinsic functions; Step Functions service
integrations (https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html,
.../connect-lambda.html, .../connect-stepfunctions.html): optimized integrations take the
API's request members; Lambda's Payload and startExecution's Input may be JSON objects.
How a state's data flows (JSONPath, intrinsic functions, ResultPath) is asl_paths.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import botocore.session
from botocore.validate import ParamValidator

from .asl_paths import CheckError, evaluate, put, read_path
from .placeholders import ACCOUNT, REGION

_SESSION = botocore.session.get_session()
_MODELS: dict[str, Any] = {}

# The bundled API-pull function's return value (constructs_lib/bundled/api_pull.py).
LAMBDA_SAMPLE_PAYLOAD = {"s3_uri": "s3://sample-bucket/feed/pulls/20260101T000000Z.json", "bytes": 1}


def service_model(service: str):
    if service not in _MODELS:
        _MODELS[service] = _SESSION.get_service_model(service)
    return _MODELS[service]


@dataclass(frozen=True)
class Integration:
    service: str
    operation: str
    result_operation: str  # whose output shape is the Task's result
    kind: str  # "sdk", "sync", "lambda", "child"


def integration(resource: str) -> Integration:
    match = re.fullmatch(r"arn:aws:states:::sagemaker:(\w+?)(\.sync)?", resource)
    if match:
        operation = match.group(1)[0].upper() + match.group(1)[1:]
        if match.group(2):
            return Integration("sagemaker", operation, "Describe" + operation.removeprefix("Create"), "sync")
        return Integration("sagemaker", operation, operation, "sdk")
    match = re.fullmatch(r"arn:aws:states:::aws-sdk:([\w-]+):(\w+)", resource)
    if match:
        operation = match.group(2)[0].upper() + match.group(2)[1:]
        return Integration(match.group(1), operation, operation, "sdk")
    if resource == "arn:aws:states:::lambda:invoke":
        return Integration("lambda", "Invoke", "Invoke", "lambda")
    if resource == "arn:aws:states:::states:startExecution.sync:2":
        return Integration("stepfunctions", "StartExecution", "DescribeExecution", "child")
    raise CheckError(f"no AWS model known for Task resource {resource!r}")


# --- samples from botocore output shapes ---------------------------------------------------------


def sample(shape, name: str = "", depth: int = 0) -> Any:
    kind = shape.type_name
    if kind == "structure":
        if depth > 6:
            return {}
        return {member: sample(sub, member, depth + 1) for member, sub in shape.members.items()}
    if kind == "list":
        return [sample(shape.member, name, depth + 1)] if depth <= 6 else []
    if kind == "map":
        return {"key": sample(shape.value, name, depth + 1)} if depth <= 6 else {}
    if kind == "string":
        if shape.enum:
            return shape.enum[0]
        if name.endswith("Arn"):
            return f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:sample/sample-{name.lower()}"
        if "S3" in name or name.endswith("Uri") or name.endswith("Url"):
            return "s3://sample-bucket/sample/model.tar.gz"
        return f"sample-{name.lower()}" if name else "sample"
    if kind in ("integer", "long"):
        return 1
    if kind in ("double", "float"):
        return 1.0
    if kind == "boolean":
        return True
    if kind == "timestamp":
        return "2026-01-01T00:00:00Z"
    return "sample"


# --- request validation --------------------------------------------------------------------------


def validate_request(spec: Integration, request: dict) -> list[str]:
    operation = service_model(spec.service).operation_model(spec.operation)
    body = dict(request)
    if spec.kind == "child":
        # The Step Functions integration takes the API's members capitalized (StateMachineArn, Input, Name)
        # and maps them onto StartExecution's camelCase ones.
        body = {key[0].lower() + key[1:]: value for key, value in body.items()}
    if spec.kind == "lambda" and isinstance(body.get("Payload"), (dict, list)):
        body["Payload"] = json.dumps(body["Payload"]).encode()  # the integration serializes a JSON payload
    if spec.kind == "child" and isinstance(body.get("input"), (dict, list)):
        body["input"] = json.dumps(body["input"])  # ditto for an execution's input
    report = ParamValidator().validate(body, operation.input_shape)
    problems = [line.strip() for line in report.generate_report().splitlines() if line.strip()] if report.has_errors() else []
    problems += _model_constraints(operation.input_shape, body, "")
    return problems


def _model_constraints(shape, value: Any, where: str) -> list[str]:
    """Enums, maximum lengths/values and patterns from the model (botocore checks none of them)."""
    problems: list[str] = []
    kind = shape.type_name
    meta = shape.metadata
    label = where or "request"
    if kind == "structure" and isinstance(value, dict):
        for key, item in value.items():
            if key in shape.members:
                problems += _model_constraints(shape.members[key], item, f"{where}.{key}" if where else key)
    elif kind == "list" and isinstance(value, list):
        if "max" in meta and len(value) > meta["max"]:
            problems.append(f"{label}: {len(value)} items, the API allows at most {meta['max']}")
        for i, item in enumerate(value):
            problems += _model_constraints(shape.member, item, f"{label}[{i}]")
    elif kind == "map" and isinstance(value, dict):
        if "max" in meta and len(value) > meta["max"]:
            problems.append(f"{label}: {len(value)} entries, the API allows at most {meta['max']}")
        for key, item in value.items():
            problems += _model_constraints(shape.key, key, f"{label} key")
            problems += _model_constraints(shape.value, item, f"{label}.{key}")
    elif kind == "string" and isinstance(value, str):
        if shape.enum and value not in shape.enum:
            problems.append(f"{label}: {value!r} is not one of the API's values ({', '.join(shape.enum[:8])}...)")
        if "max" in meta and len(value) > meta["max"]:
            problems.append(f"{label}: {len(value)} characters, the API allows at most {meta['max']}")
        pattern = meta.get("pattern")
        if pattern:
            try:
                compiled = re.compile(pattern)
            except re.error:
                compiled = None  # a Java-only construct; botocore does not check it either
            if compiled is not None and not compiled.search(value):
                problems.append(f"{label}: {value!r} does not match the API's pattern {pattern}")
    elif kind in ("integer", "long") and isinstance(value, int) and "max" in meta and value > meta["max"]:
        problems.append(f"{label}: {value} is above the API's maximum {meta['max']}")
    return problems


# --- walking a machine ---------------------------------------------------------------------------


@dataclass
class Checker:
    machines: dict[str, dict]  # state machine name -> definition
    problems: list[str] = field(default_factory=list)
    requests: int = 0  # Task requests validated
    outputs: dict[str, Any] = field(default_factory=dict)  # machine name -> sample output
    inputs: dict[str, Any] = field(default_factory=dict)  # "machine: state" -> the state's sample input

    def machines_states(self, machine: str) -> dict:
        """The states of `machine` (a Parallel branch's label starts with its machine's name)."""
        root = self.machines.get(machine.split(" / ")[0], {})
        found = dict(root.get("States", {}))
        stack = list(found.values())
        while stack:  # a branch's states are named uniquely across the machine
            for branch in stack.pop().get("Branches", []):
                found.update(branch["States"])
                stack += branch["States"].values()
        return found

    def run(self, name: str, execution_input: dict) -> Any:
        context = {
            "Execution": {
                "Id": f"arn:aws:states:{REGION}:{ACCOUNT}:execution:{name}:sample",
                "Input": execution_input,
                "Name": "sample",
                "RedriveCount": 0,  # a first attempt (job names end with it: constructs_lib/asl.py REDRIVE_COUNT_PATH)
            }
        }
        output = self._machine(name, self.machines[name], execution_input, context)
        self.outputs[name] = output
        return output

    def _machine(self, name: str, definition: dict, data: Any, context: dict) -> Any:
        states, output = definition["States"], None
        todo: list[tuple[str, Any, bool]] = [(definition["StartAt"], data, False)]
        seen: set[str] = set()
        skipped_output = None  # what the machine returns by way of a cache gate's skip: only if no other way ends
        while todo:
            state_name, data, skipped = todo.pop()
            if state_name in seen:
                continue
            seen.add(state_name)
            self.inputs[f"{name}: {state_name}"] = data
            state = states[state_name]
            try:
                nexts, data = self._state(name, state_name, state, data, context)
            except CheckError as exc:
                self.problems.append(f"{name}: {state_name}: {exc}")
                continue
            skipped = skipped or "skipped.$" in state.get("Parameters", {})
            if not nexts and state["Type"] != "Fail":
                if skipped:
                    skipped_output = data
                else:
                    output = data
            todo += [(n, data, skipped) for n in reversed(nexts)]
        return output if output is not None else skipped_output

    def _state(self, machine: str, name: str, state: dict, data: Any, context: dict) -> tuple[list[str], Any]:
        kind = state["Type"]
        nexts = [state["Next"]] if "Next" in state else []
        if kind == "Choice":
            for choice in state["Choices"]:
                if "IsPresent" not in choice:
                    read_path(choice["Variable"], data, context)
            nexts = [c["Next"] for c in state["Choices"]] + ([state["Default"]] if "Default" in state else [])
            # A cache gate's skip branch last: a state is walked once, and what follows a node is walked
            # with its job's (or its reused) result, as a run that does not skip the node sees it.
            skips = [n for n in nexts if "skipped.$" in self.machines_states(machine).get(n, {}).get("Parameters", {})]
            return [n for n in nexts if n not in skips] + skips, data
        if kind in ("Succeed", "Fail"):
            return [], data
        if kind == "Wait":
            return nexts, data
        if kind == "Pass":
            result = evaluate(state["Parameters"], data, context) if "Parameters" in state else state.get("Result", data)
            return nexts, put(data, result, state.get("ResultPath", "$"))
        if kind == "Parallel":
            outputs = [self._machine(f"{machine} / {name}", branch, data, context) for branch in state["Branches"]]
            result = evaluate(state["ResultSelector"], outputs, context) if "ResultSelector" in state else outputs
            return nexts, put(data, result, state.get("ResultPath", "$"))
        if kind != "Task":
            raise CheckError(f"state type {kind} is not known to the checker")
        spec = integration(state["Resource"])
        request = evaluate(state.get("Parameters", {}), data, context)
        self.requests += 1
        for problem in validate_request(spec, request):
            self.problems.append(f"{machine}: {name}: {spec.service}.{spec.operation}: {problem}")
        result = self._result(spec, request)
        if "ResultSelector" in state:
            result = evaluate(state["ResultSelector"], result, context)
        # a Catch continues with the (error) input: explore its targets too
        nexts += [c["Next"] for c in state.get("Catch", [])]
        return nexts, put(data, result, state.get("ResultPath", "$"))

    def _result(self, spec: Integration, request: dict) -> Any:
        model = service_model(spec.service)
        result = sample(model.operation_model(spec.result_operation).output_shape)
        if spec.kind == "lambda":
            result["Payload"] = dict(LAMBDA_SAMPLE_PAYLOAD)
        if spec.kind == "child":
            # ... and returns DescribeExecution's output capitalized, with Output parsed (":2").
            result = {key[0].upper() + key[1:]: value for key, value in result.items()}
            child = request.get("StateMachineArn", "").rsplit(":", 1)[-1]
            if child not in self.machines:
                raise CheckError(f"starts state machine {child!r}, which this stack does not define")
            child_input = request.get("Input", {})
            result["Output"] = self.run(child, child_input if isinstance(child_input, dict) else json.loads(child_input))
        return result


def check_stack(definitions: dict[str, dict]) -> Checker:
    """Run every state machine of a stack: the ones no other machine starts, with a sample input
    carrying their declared parameter defaults; children with what their parent passes."""
    checker = Checker(definitions)
    started = set()
    for definition in definitions.values():
        for text in re.findall(r'"StateMachineArn": "[^"]*:stateMachine:([^"]+)"', json.dumps(definition)):
            started.add(text)
    for name, definition in definitions.items():
        if name in started:
            continue
        start = definition["States"][definition["StartAt"]]
        defaults = start.get("Parameters", {}).get("params")
        sample = {"parameters": defaults} if isinstance(defaults, dict) else {}
        hits = _cache_hits(definition)
        checker.run(name, {**sample, "cache": hits} if hits else sample)
    for name in definitions:  # a machine no one started (none today) is still checked
        if name not in checker.outputs:
            checker.run(name, {})
    return checker


def _cache_hits(definition: dict) -> dict:
    """A sample cache hit for every node behind a cache gate that reuses outputs (constructs_lib/asl.py
    cache_gate), as pipeline_ops/step_cache.py puts them in the run's input (the fields the gate's Pass
    reads), and for a gate that only skips (a kind never reused) a skip: every branch is then walked."""
    hits = {}
    text = json.dumps(definition)
    for node in re.findall(r'"Variable": "\$\.input\.cache\.([a-z0-9_]+)\.output"', text):
        fields = re.findall(rf'"([a-z_]+)\.\$": "\$\.input\.cache\.{node}\.output\.([a-z_]+)"', text)
        output = {name: f"s3://sample-bucket/{node}/output/runs/sample/{name}" for name, _ in fields}
        hits[node] = {"output": output, "run": "sample", "key": "0" * 64, "status": "cached", "why": "cached (sample)"}
    for node in re.findall(r'"Variable": "\$\.input\.cache\.([a-z0-9_]+)\.skipped"', text):
        hits.setdefault(node, {"key": None, "why": "skipped (--only sample)", "status": "skipped", "skipped": True})
    return hits
