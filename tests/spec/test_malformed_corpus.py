"""Every malformed playbook is rejected with exit 1 and a message naming file, line, column and YAML path."""

import json
import re
from pathlib import Path

import pytest

from playbook_cli.main import main
from playbooks.library import display_path

CORPUS = Path(__file__).parent / "malformed"
EXPECTED = json.loads((CORPUS / "expected.json").read_text())


def test_corpus_is_large_and_fully_described():
    files = sorted(p.stem for p in CORPUS.glob("*.yaml"))
    assert len(files) >= 40
    assert files == sorted(EXPECTED), "every malformed file needs an expectation and vice versa"


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_malformed_playbook_is_rejected_precisely(case, capsys):
    path, line, fragment = EXPECTED[case]
    file = CORPUS / f"{case}.yaml"
    code = main(["validate", str(file)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Traceback" not in err
    # file:line:column: yaml.path: message
    pattern = re.compile(rf"^error: {re.escape(display_path(file))}:{line}:\d+: {re.escape(path)}: .*{re.escape(fragment)}", re.M)
    assert pattern.search(err), f"expected {path} at line {line} with {fragment!r}, got:\n{err}"


@pytest.mark.parametrize("case", ["unknown_node_type", "cycle_two", "pipeline_unknown_parameter"])
def test_json_output_lists_errors_with_positions(case, capsys):
    path, line, fragment = EXPECTED[case]
    code = main(["validate", "--json", str(CORPUS / f"{case}.yaml")])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1 and payload["ok"] is False
    errors = payload["results"][0]["errors"]
    assert any(e["path"] == path and e["line"] == line and fragment in e["message"] and e["column"] >= 1 for e in errors)
