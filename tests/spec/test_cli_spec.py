"""The `playbook` CLI as a user runs it: real processes, exit codes, no tracebacks, no cdktf."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LIBRARY = REPO / "playbooks" / "library"
EXAMPLES = sorted(LIBRARY.rglob("*.yaml"))


def run(*args, env=None, cwd=REPO):
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", *args], capture_output=True, text=True, cwd=cwd, env=full_env, timeout=120
    )


def test_examples_validate_and_cdktf_is_never_imported():
    code = (
        "import sys; from playbook_cli.main import main; rc = main(['validate', *sys.argv[1:]]);"
        "assert not any(m.startswith(('cdktf', 'jsii', 'constructs')) for m in sys.modules), 'cdktf imported';"
        "sys.exit(rc)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, *map(str, EXAMPLES)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(EXAMPLES) >= 3 and proc.stdout.count("ok: ") == len(EXAMPLES)


def test_exit_codes_valid_invalid_or_unknown_usage(tmp_path):
    bad = REPO / "tests/spec/malformed/cycle_two.yaml"
    assert run("validate", str(EXAMPLES[0])).returncode == 0
    proc = run("validate", str(EXAMPLES[0]), str(bad))
    assert proc.returncode == 1 and "cycle in the graph" in proc.stderr and "Traceback" not in proc.stderr
    missing = run("validate", str(tmp_path / "nope.yaml"))
    assert missing.returncode == 1 and "no such playbook file" in missing.stderr
    unknown_flag = run("validate", "--frobnicate", str(EXAMPLES[0]))
    assert unknown_flag.returncode == 2 and "unrecognized arguments" in unknown_flag.stderr


def test_validate_json_is_machine_readable():
    proc = run("validate", "--json", "churn-prediction@^1", "tests/spec/malformed/missing_input.yaml")
    payload = json.loads(proc.stdout)
    assert proc.returncode == 1 and payload["ok"] is False
    ok, bad = payload["results"]
    assert ok["ok"] and ok["name"] == "churn-prediction" and ok["digest"].startswith("sha256:")
    assert bad["errors"][0]["path"] == "spec.nodes[1].inputs[0]" and bad["errors"][0]["line"] == 8


def test_name_and_range_targets_resolve_in_library_and_playbook_path(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        (LIBRARY / "churn-prediction/1.2.0.yaml")
        .read_text()
        .replace("name: churn-prediction", "name: my-churn")
        .replace("1.2.0", "2.0.0")
    )
    assert run("validate", "my-churn@^2", "--library", str(tmp_path)).returncode == 0
    assert run("validate", "my-churn", env={"PLAYBOOK_PATH": str(tmp_path)}).returncode == 0
    proc = run("validate", "my-churn@^3", "--library", str(tmp_path))
    assert proc.returncode == 1 and "no version of 'my-churn' satisfies '^3'; published versions: 2.0.0" in proc.stderr


def test_same_name_and_version_with_different_content_is_an_error(tmp_path):
    text = (LIBRARY / "churn-prediction/1.2.0.yaml").read_text()
    (tmp_path / "copy.yaml").write_text(text.replace("Weekly churn model", "Edited copy"))
    proc = run("validate", "churn-prediction@1.2.0", "--library", str(tmp_path))
    assert proc.returncode == 1 and "also defined by" in proc.stderr and "different content" in proc.stderr


def test_oversized_file_is_rejected(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text("apiVersion: playbooks/v1\n# " + "x" * 1_100_000 + "\n")
    proc = run("validate", str(big))
    assert proc.returncode == 1 and "expected at most 1000000 bytes" in proc.stderr


def test_graph_renders_every_example_in_both_formats():
    for example in EXAMPLES:
        mermaid = run("graph", str(example))
        assert mermaid.returncode == 0 and mermaid.stdout.startswith("flowchart LR"), mermaid.stderr
        dot = run("graph", str(example), "--format", "dot")
        assert dot.returncode == 0 and dot.stdout.startswith("digraph"), dot.stderr


def test_graph_shows_nesting_and_flatten_expands_it():
    from playbooks import Library, load_target

    resolved = load_target("fraud-detection", Library.open()).pipeline  # the versions the graph must name
    feature_prep = resolved.node("features").child
    data_quality = feature_prep.node("quality").child
    nested = run("graph", "fraud-detection").stdout
    assert f'subgraph features__["features: feature-prep@{feature_prep.version}"]' in nested
    assert f'subgraph features__quality__["quality: data-quality@{data_quality.version}"]' in nested
    assert "transactions --> features__quality__validate" in nested
    flat = run("graph", "fraud-detection", "--flatten").stdout
    assert "subgraph" not in flat and '"features/quality/validate<br/>preprocessing"' in flat
    assert "labelling__join_labels --> train" in flat


def test_schema_is_committed_and_current():
    committed = (REPO / "playbooks/schema/playbook.schema.json").read_text()
    proc = run("schema")
    assert proc.returncode == 0
    assert proc.stdout == committed, "playbook schema drifted from the models: run `make schema` and commit it"


def test_schema_validates_examples_and_rejects_bad_node_kind():
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    schema = json.loads((REPO / "playbooks/schema/playbook.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    for example in EXAMPLES:
        assert not list(validator.iter_errors(yaml.safe_load(example.read_text()))), example
    bad = yaml.safe_load((REPO / "tests/spec/malformed/unknown_node_type.yaml").read_text())
    assert list(validator.iter_errors(bad))


@pytest.mark.parametrize("command", ["validate", "graph", "lock", "versions"])
def test_an_unknown_name_is_an_error_exit_1_in_every_spec_command(command):
    """Unknown names are errors (exit 1) everywhere, as in the deploy commands; 2 is for usage."""
    proc = run(command, "no-such-pipeline")
    assert proc.returncode == 1, proc.stderr
    assert "no-such-pipeline" in proc.stderr and "Traceback" not in proc.stderr and proc.stdout == ""
