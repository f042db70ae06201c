"""The synth cache sees the playbook's own code and honours PLAYBOOK_STATE_DIR;
what it stores is private. The stand-in synth (same signature as stacks.synth.synth_stacks)
counts its calls: a call is a miss."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from pipeline_ops import synth_cache
from pipeline_ops.synth_cache import synth_cached
from playbooks.spec.node_configs import PreprocessingConfig
from playbooks.spec.resolved import NodeRef, ResolvedNode, ResolvedPipeline

from .test_synth_cache import StandInSynth


@pytest.fixture(autouse=True)
def cache_enabled(monkeypatch, tmp_path):
    monkeypatch.setattr(synth_cache, "ENABLED", True)
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path / "state"))


def _pipeline(playbook_dir: Path, code: str = "prep_code", entry_point: str = "preprocess.py") -> ResolvedPipeline:
    nodes = (
        ResolvedNode(id="raw", kind="data_source", subtype="s3", config=None, produces="dataset"),
        ResolvedNode(
            id="prep",
            kind="preprocessing",
            subtype=None,
            produces="dataset",
            inputs=(NodeRef("raw"),),
            config=PreprocessingConfig(code=code, entry_point=entry_point),
        ),
    )
    return ResolvedPipeline(
        name="demo",
        version="1.0.0",
        digest="sha256:0",
        description="",
        owner=None,
        labels={},
        platform="aws",
        region=None,
        parameters={},
        inputs={},
        outputs={},
        nodes=nodes,
        source=str(playbook_dir / "demo.yaml"),
        code_root=str(playbook_dir),
    )


@pytest.fixture
def playbook_dir(tmp_path):
    code = tmp_path / "playbook" / "prep_code"
    code.mkdir(parents=True)
    (code / "preprocess.py").write_text("print('v1')\n")
    (code / "helpers.py").write_text("X = 1\n")
    return tmp_path / "playbook"


def _synth(pipeline, synth, out):
    return synth_cached([pipeline], ["dev"], out, synth=synth)


@pytest.mark.parametrize("edit", ["entry point", "another file", "new file", "deleted file"])
def test_editing_the_code_a_node_ships_is_a_miss(playbook_dir, tmp_path, edit):
    synth = StandInSynth()
    pipeline = _pipeline(playbook_dir)
    _, first = _synth(pipeline, synth, tmp_path / "out1")
    _, again = _synth(pipeline, synth, tmp_path / "out2")
    assert (first, again, synth.calls) == (False, True, 1)
    code = playbook_dir / "prep_code"
    if edit == "entry point":
        (code / "preprocess.py").write_text("print('v2')\n")
    elif edit == "another file":
        (code / "helpers.py").write_text("X = 2\n")
    elif edit == "new file":
        (code / "extra.sql").write_text("select 1\n")
    else:
        (code / "helpers.py").unlink()
    _, after = _synth(pipeline, synth, tmp_path / "out3")
    assert (after, synth.calls) == (False, 2), "a code edit must re-synthesize, never reuse the old stack"


def test_another_entry_point_is_a_miss(playbook_dir, tmp_path):
    (playbook_dir / "prep_code" / "other.py").write_text("print('other')\n")
    synth = StandInSynth()
    _synth(_pipeline(playbook_dir), synth, tmp_path / "a")
    _, hit = _synth(_pipeline(playbook_dir, entry_point="other.py"), synth, tmp_path / "b")
    assert (hit, synth.calls) == (False, 2)


def test_cache_lives_in_the_state_dir_and_is_private(playbook_dir, tmp_path):
    synth = StandInSynth()
    _synth(_pipeline(playbook_dir), synth, tmp_path / "out")
    cache = tmp_path / "state" / "synth-cache"
    entries = [p for p in cache.iterdir() if (p / "manifest.json").is_file()]
    assert len(entries) == 1, "the cache must honour PLAYBOOK_STATE_DIR"
    assert not (synth_cache.REPO / ".playbook" / "synth-cache" / entries[0].name).exists()
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    for path in entries[0].rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path
    assert json.loads((entries[0] / "manifest.json").read_text())["stacks"][0]["name"] == "demo-dev"
