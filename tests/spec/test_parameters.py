"""Parameters on the spec side: `{{ params.NAME }}` references, `with:` bindings, warnings,
and the typed execution input a run is refused without."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline_ops.run_input import RunInputInvalid, execution_input, parse_assignments
from playbook_cli.main import main
from playbooks import Library, PlaybookInvalid, load_target
from playbooks.loader import load_text
from playbooks.resolver import Resolver

PROBE = Path(__file__).parents[1] / "constructs" / "playbooks" / "parameters.yaml"


def resolve_text(text: str):
    return Resolver(Library.open([])).resolve(load_text(text, "probe.yaml"))


def errors_of(text: str) -> list[str]:
    with pytest.raises(PlaybookInvalid) as info:
        resolve_text(text)
    return [str(e) for e in info.value.errors]


BASE = """apiVersion: playbooks/v1
kind: Pipeline
metadata: {{name: probe, version: 1.0.0}}
spec:
  parameters:
    epochs: {{type: integer, default: 10}}
    day: {{type: string, default: "2026-01-01"}}
  nodes:
    - {{id: events, type: data_source, source: s3}}
    - id: train
      type: model
      task: training
      inputs: [events]
      config: {config}
"""


def test_probe_resolves_with_child_bound_from_parent_values():
    pipeline = load_target(str(PROBE), Library.open([])).pipeline
    assert pipeline.warnings == ()
    child = pipeline.node("enrich").child
    assert child.parameters == {
        "window_days": "{{ params.window }}",
        "label": "w{{ params.window }}-{{ params.day }}",
        "fixed": 3,
    }
    assert child.declared["window_days"].required


def test_undeclared_reference_is_an_error_at_its_line_and_path():
    errors = errors_of(BASE.format(config='{hyperparameters: {num_round: "{{ params.epoch }}"}}'))
    assert errors == [
        "probe.yaml:14:34: spec.nodes[1].config.hyperparameters.num_round: '{{ params.epoch }}' names an "
        "undeclared parameter (did you mean 'epochs'?); expected one of the declared parameters: epochs, day"
    ]


def test_malformed_reference_is_an_error():
    (error,) = errors_of(BASE.format(config='{environment: {E: "{{ params.epochs }"}}'))
    assert "spec.nodes[1].config.environment.E: found '{{ params.epochs }'" in error and "{{ params.NAME }}" in error


def test_reference_in_a_deploy_time_field_is_an_error_naming_the_run_time_fields():
    text = BASE.replace("task: training", "task: training\n      description: x").format(
        config='{environment: {E: "{{ params.day }}"}, hyperparameters: {n: "{{ params.epochs }}"}}'
    )
    assert resolve_text(text).warnings == ()
    text = BASE.format(config="{}").replace("source: s3}", 'source: s3, config: {prefix: "d/{{ params.day }}/"}}')
    (error,) = errors_of(text)
    assert (
        "spec.nodes[0].config.prefix: found a parameter reference in a field of a data_source s3 node that is fixed at deploy time"
        in error
    )
    assert all(name in error for name in ("environment", "hyperparameters", "arguments", "query", "url", "headers"))


def test_declared_but_unused_parameter_is_a_warning_in_validate_and_json(tmp_path, capsys):
    path = tmp_path / "unused.yaml"
    path.write_text(BASE.format(config='{hyperparameters: {num_round: "{{ params.epochs }}"}}'))
    assert main(["validate", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"warning: {path}:7:5: spec.parameters.day: parameter 'day' is declared but nothing references it" in err
    assert main(["validate", "--json", str(path)]) == 0
    (warning,) = json.loads(capsys.readouterr().out)["results"][0]["warnings"]
    assert (warning["path"], warning["line"]) == ("spec.parameters.day", 7)


CHILD = """apiVersion: playbooks/v1
kind: Pipeline
metadata: {{name: parent, version: 1.0.0}}
spec:
  parameters:
    n: {{type: integer, default: 1}}
    s: {{type: string, default: a}}
  nodes:
    - {{id: events, type: data_source, source: s3}}
    - id: child
      type: pipeline
      inputs: [events]
      with: {{value: {value}}}
      pipeline:
        spec:
          parameters: {{value: {{type: {kind}}}}}
          inputs: {{raw: dataset}}
          nodes:
            - {{id: p, type: preprocessing, inputs: [raw], config: {{environment: {{V: "{{{{ params.value }}}}"}}}}}}
"""


@pytest.mark.parametrize(
    "value, kind, problem",
    [
        ('"{{ params.n }}"', "integer", None),
        ('"{{ params.n }}"', "number", None),
        ('"{{ params.n }}"', "string", None),
        ('"x-{{ params.n }}"', "string", None),
        (
            '"{{ params.s }}"',
            "integer",
            "'{{ params.s }}' is a string but parameter 'value' of inline pipeline 'parent-child' is a integer",
        ),
        ('"x-{{ params.n }}"', "integer", "found text around a parameter reference for parameter 'value'"),
        ('"{{ params.missing }}"', "string", "'{{ params.missing }}' names an undeclared parameter"),
    ],
)
def test_with_binds_child_parameters_from_parent_values(value, kind, problem):
    text = CHILD.format(value=value, kind=kind)
    if problem is None:
        assert resolve_text(text).node("child").child.parameters == {"value": json.loads(value)}
    else:
        (error,) = errors_of(text)
        assert "spec.nodes[1].with.value" in error and problem in error, error


# -- the run's input ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def probe():
    return load_target(str(PROBE), Library.open([])).pipeline


def test_run_input_carries_every_parameter_typed_from_command_line_text(probe):
    given = parse_assignments(["epochs=3", "learning_rate=0.05", 'columns=["x"]', "day=2026-11-27"])
    assert execution_input(probe, given, from_text=True) == {
        "parameters": {
            "epochs": 3,
            "learning_rate": 0.05,
            "day": "2026-11-27",
            "region_filter": "eu",
            "columns": ["x"],
            "window": 7,
        }
    }
    assert execution_input(probe)["parameters"]["epochs"] == 10


@pytest.mark.parametrize(
    "assignments, problem",
    [
        (["epochs=ten"], "parameter 'epochs' (integer): found 'ten'; expected an integer"),
        (["epochs=1.5"], "parameter 'epochs' (integer): found '1.5'; expected an integer"),
        (["learning_rate=nan"], "expected a finite number"),
        (["columns=a,b"], "parameter 'columns' (list): found 'a,b'; expected a JSON array"),
        (["epoch=3"], "unknown parameter 'epoch' (did you mean 'epochs'?)"),
    ],
)
def test_run_input_that_does_not_match_the_types_is_refused(probe, assignments, problem):
    with pytest.raises(RunInputInvalid) as info:
        execution_input(probe, parse_assignments(assignments), from_text=True)
    assert any(problem in p for p in info.value.problems), info.value.problems


def test_typed_callers_are_checked_too(probe):
    with pytest.raises(RunInputInvalid, match=r"parameter 'epochs' \(integer\): found '3' \(str\)"):
        execution_input(probe, {"epochs": "3"})
    with pytest.raises(RunInputInvalid, match="expected NAME=VALUE"):
        parse_assignments(["epochs"])


def test_cli_run_refuses_bad_parameters_before_anything_starts(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path))
    code = main(["run", str(PROBE), "--local", "--param", "epochs=ten", "--param", "nope=1"])
    err = capsys.readouterr().err
    assert code == 2, err  # a --param that does not fit is a usage error
    assert "error: parameter 'epochs' (integer): found 'ten'" in err and "unknown parameter 'nope'" in err
    assert "nothing was uploaded or started" in err and "Traceback" not in err
    assert not (tmp_path / "runs").exists()  # refused before synth: no run directory


def test_validate_with_run_parameters_refuses_a_bad_run_input_before_deploying():
    """The Windmill flow validates `parameters` with the configuration (its first step) and
    passes them to the run step; pipeline_ops.validate is what both call."""
    import pipeline_ops
    from windmill.scripts import validate_pipeline

    config = json.loads(json.dumps(__import__("yaml").safe_load(PROBE.read_text())))
    assert pipeline_ops.validate(config, parameters={"epochs": 3})["valid"] is True
    bad = validate_pipeline.main(config, parameters={"epochs": "three", "nope": 1})
    assert bad["valid"] is False
    messages = [e["message"] for e in bad["errors"]]
    assert any("parameter 'epochs' (integer): found 'three'" in m for m in messages)
    assert any("unknown parameter 'nope'" in m for m in messages)
    assert all(e["path"] == "parameters" for e in bad["errors"])
