"""`playbook run` uploads a node's code from where validate checked it, never from the caller's
working directory: for a playbook without a file, the library's folder for it."""

from __future__ import annotations

from pathlib import Path

from deploy_runner.pipeline_deploy import code_artifacts
from pipeline_ops.inputs import resolve_input

REPO = Path(__file__).resolve().parents[2]
CHURN = (REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text()


def test_fileless_playbook_code_comes_from_the_library_folder(tmp_path, monkeypatch):
    library = tmp_path / "library"
    code = library / "churn-prediction" / "prep_code"
    code.mkdir(parents=True)
    (code / "preprocess.py").write_text("print('prep')\n")
    elsewhere = tmp_path / "server-cwd"
    (elsewhere / "prep_code").mkdir(parents=True)  # a same-named directory where the server runs
    (elsewhere / "prep_code" / "preprocess.py").write_text("print('wrong one')\n")
    monkeypatch.chdir(elsewhere)
    text = CHURN.replace("      type: preprocessing\n", "      type: preprocessing\n      config: {code: prep_code}\n", 1)
    target = resolve_input(text, [library])
    (artifact,) = code_artifacts(target.pipeline, Path.cwd())
    assert artifact.local_path == code.resolve()
