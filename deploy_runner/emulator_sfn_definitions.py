"""Emulator extensions 2 and 3: the Step Functions definition calls the AWS provider makes and moto lacks.

2. ``ValidateStateMachineDefinition`` (the provider calls it while planning every
   ``aws_sfn_state_machine``): a structural Amazon States Language check — JSON
   object, ``StartAt`` names a state, every state has a known ``Type``, every
   ``Next``/``Default``/``Choices[].Next``/``Catch[].Next`` target exists, every
   non-terminal state has ``Next`` or ``End``, nested ``Parallel`` branches /
   ``Map`` iterators are checked recursively. Returns ``result`` OK/FAIL with
   ``diagnostics`` as AWS does (``SCHEMA_VALIDATION_FAILED`` codes). It does not
   check JSONPath/intrinsics or resource ARNs.
3. ``ListStateMachineVersions``: lists the versions moto already records when a
   state machine is created/updated with ``publish=true`` (newest first, as AWS),
   with ``maxResults``/``nextToken``.
"""

from __future__ import annotations

import json
from typing import Any

_STATE_TYPES = {"Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"}
_TERMINAL_TYPES = {"Succeed", "Fail"}


def validate_asl(definition: str) -> list[dict[str, str]]:
    """Structural ASL diagnostics (empty list = valid)."""
    try:
        doc = json.loads(definition)
    except (TypeError, ValueError) as exc:
        return [_diag("INVALID_JSON_DESCRIPTION", f"Definition is not valid JSON: {exc}", "/")]
    if not isinstance(doc, dict):
        return [_diag("SCHEMA_VALIDATION_FAILED", "Definition must be a JSON object", "/")]
    return _validate_machine(doc, "")


def _validate_machine(doc: dict[str, Any], where: str) -> list[dict[str, str]]:
    diags: list[dict[str, str]] = []
    states = doc.get("States")
    start = doc.get("StartAt")
    if not isinstance(states, dict) or not states:
        return [_diag("SCHEMA_VALIDATION_FAILED", "States must be a non-empty object", f"{where}/States")]
    if not isinstance(start, str):
        diags.append(_diag("SCHEMA_VALIDATION_FAILED", "StartAt is required", f"{where}/StartAt"))
    elif start not in states:
        diags.append(_diag("MISSING_TRANSITION_TARGET", f"Missing 'Next' target: {start}", f"{where}/StartAt"))
    for name, state in states.items():
        loc = f"{where}/States/{name}"
        if not isinstance(state, dict):
            diags.append(_diag("SCHEMA_VALIDATION_FAILED", "A state must be an object", loc))
            continue
        kind = state.get("Type")
        if kind not in _STATE_TYPES:
            diags.append(_diag("SCHEMA_VALIDATION_FAILED", f"Unknown state Type: {kind!r}", f"{loc}/Type"))
            continue
        targets: list[tuple[str, Any]] = []
        if "Next" in state:
            targets.append((f"{loc}/Next", state["Next"]))
        if kind == "Choice":
            choices = state.get("Choices")
            if not isinstance(choices, list) or not choices:
                diags.append(_diag("SCHEMA_VALIDATION_FAILED", "Choice state needs Choices", f"{loc}/Choices"))
            else:
                targets += [
                    (f"{loc}/Choices/{i}/Next", c.get("Next") if isinstance(c, dict) else None) for i, c in enumerate(choices)
                ]
            if "Default" in state:
                targets.append((f"{loc}/Default", state["Default"]))
        elif kind not in _TERMINAL_TYPES and "Next" not in state and state.get("End") is not True:
            diags.append(_diag("SCHEMA_VALIDATION_FAILED", "State must have 'Next' or 'End': true", loc))
        for i, catcher in enumerate(state.get("Catch") or []):
            targets.append((f"{loc}/Catch/{i}/Next", catcher.get("Next") if isinstance(catcher, dict) else None))
        for path, target in targets:
            if target not in states:
                diags.append(_diag("MISSING_TRANSITION_TARGET", f"Missing 'Next' target: {target}", path))
        if kind == "Parallel":
            for i, branch in enumerate(state.get("Branches") or []):
                diags += _validate_machine(branch if isinstance(branch, dict) else {}, f"{loc}/Branches/{i}")
        if kind == "Map":
            sub = state.get("ItemProcessor") or state.get("Iterator")
            key = "ItemProcessor" if "ItemProcessor" in state else "Iterator"
            diags += _validate_machine(sub if isinstance(sub, dict) else {}, f"{loc}/{key}")
    return diags


def _diag(code: str, message: str, location: str) -> dict[str, str]:
    return {"severity": "ERROR", "code": code, "message": message, "location": location}


def install() -> None:
    from moto.core.responses import ActionResult
    from moto.stepfunctions.responses import StepFunctionResponse

    def validate_state_machine_definition(self: Any) -> Any:
        diags = validate_asl(self._get_param("definition"))
        return ActionResult({"result": "FAIL" if diags else "OK", "diagnostics": diags, "truncated": False})

    def list_state_machine_versions(self: Any) -> Any:
        machine = self.stepfunction_backend.describe_state_machine(self._get_param("stateMachineArn"))
        versions = sorted(getattr(machine, "versions", {}).values(), key=lambda v: v.version, reverse=True)
        start = int(self._get_param("nextToken") or 0)
        size = self._get_int_param("maxResults") or 100
        page = versions[start : start + size]
        result: dict[str, Any] = {
            "stateMachineVersions": [{"stateMachineVersionArn": v.arn, "creationDate": v.creation_date} for v in page]
        }
        if start + size < len(versions):
            result["nextToken"] = str(start + size)
        return ActionResult(result)

    # New actions (moto's responses class has no such method): moto dispatches to them by name.
    setattr(StepFunctionResponse, "validate_state_machine_definition", validate_state_machine_definition)
    setattr(StepFunctionResponse, "list_state_machine_versions", list_state_machine_versions)
