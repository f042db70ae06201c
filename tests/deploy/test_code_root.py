"""A node's `code:` is found where validate checked it, by every reader (synth, the cache key, the upload),
never in the caller's working directory: for a playbook without a file, the library's folder for it;
for a project's playbook, the same directory from whichever directory of the project a command runs."""

from __future__ import annotations

import shutil
from pathlib import Path

from constructs_lib.pipeline import code_root_of
from deploy_runner.pipeline_deploy import code_artifacts
from pipeline_ops.inputs import resolve_input
from pipeline_ops.synth_cache import user_code_fingerprint
from playbooks.code_location import local_code_dirs
from playbooks.library import library_dirs

REPO = Path(__file__).resolve().parents[2]
CHURN = (REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text()
WITH_CODE = CHURN.replace("      type: preprocessing\n", "      type: preprocessing\n      config: {code: prep_code}\n", 1)


def _decoy(directory: Path) -> None:
    """A same-named code directory where the command runs: the one that must not be read."""
    (directory / "prep_code").mkdir(parents=True)
    (directory / "prep_code" / "preprocess.py").write_text("print('wrong one')\n")


def test_fileless_playbook_code_comes_from_the_library_folder(tmp_path, monkeypatch):
    library = tmp_path / "library"
    code = library / "churn-prediction" / "prep_code"
    code.mkdir(parents=True)
    (code / "preprocess.py").write_text("print('prep')\n")
    elsewhere = tmp_path / "server-cwd"
    _decoy(elsewhere)
    monkeypatch.chdir(elsewhere)
    target = resolve_input(WITH_CODE, [library])
    (artifact,) = code_artifacts(target.pipeline)
    assert artifact.local_path == code.resolve()


def test_every_directory_of_a_project_finds_the_same_code(tmp_path, monkeypatch):
    project = tmp_path / "team-project"
    folder = project / "pipelines" / "churn-prediction"
    (folder / "prep_code").mkdir(parents=True)
    (folder / "prep_code" / "preprocess.py").write_text("print('prep')\n")
    (folder / "1.2.0.yaml").write_text(WITH_CODE)
    shutil.copy(REPO / "stacks" / "environments.yaml", project / "environments.yaml")
    (project / "playbook-project.yaml").write_text("name: team\nlibrary: [pipelines]\n")
    deeper = project / "notebooks" / "scratch"
    _decoy(project)
    _decoy(deeper)
    monkeypatch.delenv("PLAYBOOK_PROJECT", raising=False)
    monkeypatch.delenv("PLAYBOOK_PATH", raising=False)

    seen = []
    for cwd, sources in (
        (project, ["churn-prediction@1.2.0", "pipelines/churn-prediction/1.2.0.yaml"]),
        (deeper, ["churn-prediction@1.2.0", "../../pipelines/churn-prediction/1.2.0.yaml"]),
    ):
        monkeypatch.chdir(cwd)
        for source in sources:
            pipeline = resolve_input(source, library_dirs()).pipeline
            (artifact,) = code_artifacts(pipeline)  # what `playbook run` uploads
            (local,) = local_code_dirs(pipeline)  # what the synth and step caches hash
            synth_reads = Path(code_root_of(pipeline)) / "prep_code"  # what synth bundles
            seen.append((artifact.local_path, local.directory, synth_reads.resolve(), str(user_code_fingerprint([pipeline]))))
    assert {row[:3] for row in seen} == {((folder / "prep_code").resolve(),) * 3}
    assert len({row[3] for row in seen}) == 1  # the cache key does not depend on where the command ran
