"""Hostile library contents and command-line paths: invalid files are
reported where they matter with their own errors, never break unrelated commands; symlink loops
and misdirected --out/--to are clean errors (exit 1, or 2 for usage), never tracebacks."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from playbook_cli.main import main

REPO = Path(__file__).resolve().parents[2]
DATA_QUALITY = (REPO / "playbooks/library/data-quality/1.0.0.yaml").read_text()


@pytest.fixture
def hostile_library(tmp_path, monkeypatch):
    lib = tmp_path / "lib"
    (lib / "good").mkdir(parents=True)
    (lib / "good" / "1.0.0.yaml").write_text(DATA_QUALITY.replace("name: data-quality", "name: good-one"))
    (lib / "tagged").mkdir()
    (lib / "tagged" / "1.0.0.yaml").write_text(
        DATA_QUALITY.replace("name: data-quality", "name: tagged-one").replace(
            "owner: data-platform", "owner: !!python/name:os.system"
        )
    )
    (lib / "loop").mkdir()
    os.symlink("../loop", lib / "loop" / "again")  # a directory symlink loop
    os.symlink("b.yaml", lib / "a.yaml")  # a file symlink loop
    os.symlink("a.yaml", lib / "b.yaml")
    monkeypatch.chdir(tmp_path)
    return lib


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err + out
    return code, out, err


def test_broken_files_do_not_break_unrelated_commands(hostile_library, capsys):
    code, out, err = _run(capsys, "validate", "--library", "lib", "good-one")
    assert code == 0, err
    assert "ok: good-one" in out
    code, out, err = _run(capsys, "validate", "--library", "lib", "churn-prediction@1.2.0")
    assert code == 0, err


def test_using_a_broken_playbook_reports_its_own_errors(hostile_library, capsys):
    code, out, err = _run(capsys, "validate", "--library", "lib", "tagged-one@^1")
    assert code == 1
    assert "lib/tagged/1.0.0.yaml:7:10: metadata.owner: found YAML tag '!!python/name:os.system'" in err
    assert "no playbook named" not in err


def test_a_sub_pipeline_reference_to_a_broken_playbook_names_the_file(hostile_library, tmp_path, capsys):
    parent = tmp_path / "parent.yaml"
    parent.write_text("""apiVersion: playbooks/v1
kind: Pipeline
metadata: {name: parent-one, version: 1.0.0}
spec:
  platform: aws
  nodes:
    - {id: events, type: data_source, source: s3}
    - {id: child, type: pipeline, use: tagged-one@^1, inputs: [events]}
""")
    code, out, err = _run(capsys, "validate", "--library", "lib", str(parent))
    assert code == 1
    assert "lib/tagged/1.0.0.yaml" in err and "YAML tag" in err


def test_a_damaged_registry_is_reported_not_a_crash(hostile_library, capsys):
    (hostile_library / "registry.json").write_text("{not json")
    code, out, err = _run(capsys, "validate", "--library", "lib", "good-one")
    assert code == 1
    assert "registry" in err and "cannot be read" in err
    code, out, err = _run(capsys, "validate", "--library", "lib", "churn-prediction@1.2.0")
    assert code == 0, err


def test_a_symlink_loop_as_target_is_an_error(hostile_library, capsys):
    code, out, err = _run(capsys, "validate", "--library", "lib", "lib/a.yaml")
    assert code == 1 and "lib/a.yaml" in err


@pytest.mark.parametrize(
    "argv, flag",
    [
        (["synth", "data-quality", "--out", "afile"], "--out"),
        (["publish", "lib/good/1.0.0.yaml", "--to", "afile"], "--to"),
    ],
)
def test_output_directory_options_pointing_at_a_file_are_usage_errors(hostile_library, tmp_path, capsys, argv, flag):
    (tmp_path / "afile").write_text("keep me")
    code, out, err = _run(capsys, *argv)
    assert code == 2 and f"{flag} afile is not a directory" in err
    assert (tmp_path / "afile").read_text() == "keep me"


def test_schema_out_pointing_at_a_directory_is_a_usage_error(hostile_library, capsys):
    code, out, err = _run(capsys, "schema", "--out", "lib")
    assert code == 2 and "is a directory" in err


def test_json_output_still_parses_with_broken_files_around(hostile_library, capsys):
    code, out, err = _run(capsys, "validate", "--json", "--library", "lib", "good-one", "tagged-one")
    payload = json.loads(out)
    assert code == 1 and [r["ok"] for r in payload["results"]] == [True, False]
