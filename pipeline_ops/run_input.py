"""The execution input of a pipeline run: `{"parameters": {...}}`, typed against the declaration.

`playbook run --param NAME=VALUE`, the Windmill flow and the builder all give
values here; a run whose values do not match the declared types is refused
before anything is uploaded or started (`RunInputInvalid`, every problem at once).
The orchestrator merges these values over the declared defaults at run time
(constructs_lib/orchestrator.py), so the input carries every parameter's value
explicitly: the execution history shows what the run used.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

from playbooks.errors import did_you_mean
from playbooks.spec.models import value_has_type
from playbooks.spec.resolved import ResolvedPipeline
from playbooks.failures import EXIT_USAGE, PlaybookFailure


class RunInputInvalid(PlaybookFailure, ValueError):
    """The run's parameter values do not fit the pipeline's declaration."""

    kind = "usage"
    exit_code = EXIT_USAGE

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


def parse_assignments(assignments: Iterable[str]) -> dict[str, str]:
    """`NAME=VALUE` strings (the CLI's repeatable --param) -> {NAME: VALUE text}."""
    values: dict[str, str] = {}
    problems = []
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            problems.append(f"--param {item!r}: expected NAME=VALUE")
            continue
        if name.strip() in values:
            problems.append(f"--param {name.strip()} is given twice; expected each parameter once")
        values[name.strip()] = value
    if problems:
        raise RunInputInvalid(problems)
    return values


def _from_text(text: str, type_name: str) -> Any:
    """A command-line value as the declared type; ValueError says what was expected."""
    if type_name == "string":
        return text
    if type_name == "boolean":
        if text.lower() in ("true", "false"):
            return text.lower() == "true"
        raise ValueError("expected true or false")
    if type_name == "integer":
        try:
            return int(text, 10)
        except ValueError:
            raise ValueError("expected an integer, e.g. 10") from None
    if type_name == "number":
        try:
            number = float(text)
        except ValueError:
            raise ValueError("expected a number, e.g. 0.1") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError("expected a finite number")  # JSON has no NaN or Infinity
        return int(number) if text.strip().lstrip("+-").isdigit() else number
    try:
        value = json.loads(text)
    except ValueError:
        raise ValueError(f"expected a JSON {'array' if type_name == 'list' else 'object'}") from None
    if not value_has_type(value, type_name):
        raise ValueError(f"expected a JSON {'array' if type_name == 'list' else 'object'}")
    return value


def execution_input(
    pipeline: ResolvedPipeline, given: Mapping[str, Any] | None = None, *, from_text: bool = False
) -> dict[str, Any]:
    """{"parameters": every declared parameter's value for this run}.

    `given`: values to override (typed values from JSON callers, or text from the command
    line with `from_text=True`). Unknown names and wrong types raise RunInputInvalid.
    """
    declared = pipeline.declared
    values = {name: value for name, value in pipeline.parameters.items() if name in declared}
    problems: list[str] = []
    for name, raw in (given or {}).items():
        if name not in declared:
            known = ", ".join(declared) or "none"
            problems.append(f"unknown parameter '{name}'{did_you_mean(name, declared)}; {pipeline.name} declares: {known}")
            continue
        type_name = declared[name].type
        if from_text and isinstance(raw, str):
            try:
                values[name] = _from_text(raw, type_name)
            except ValueError as exc:
                problems.append(f"parameter '{name}' ({type_name}): found {raw!r}; {exc}")
            continue
        if not value_has_type(raw, type_name):
            problems.append(
                f"parameter '{name}' ({type_name}): found {raw!r} ({type(raw).__name__}); expected a value of type {type_name}"
            )
            continue
        values[name] = raw
    for name, param in declared.items():
        if name not in values and param.required:
            problems.append(f"missing required parameter '{name}' ({param.type}); expected --param {name}=VALUE")
    if problems:
        raise RunInputInvalid(problems)
    return {"parameters": values}
