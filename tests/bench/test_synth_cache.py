"""pipeline_ops.synth_cache: hits on unchanged input and code, misses on any change.

`synth` here is a stand-in that writes a cdk.tf.json derived from its input and
counts its calls (the real stacks.synth.synth_stacks has the same signature);
what is under test is the key and the store, not cdktf.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pydantic import BaseModel

from pipeline_ops import synth_cache
from pipeline_ops.synth_cache import synth_cached
from playbooks.spec.resolved import NodeRef, ResolvedNode, ResolvedPipeline


class _Config(BaseModel):
    instance_type: str = "ml.m5.large"


@dataclass(frozen=True)
class _Stack:
    name: str
    pipeline: str
    version: str
    environment: str
    directory: Path


class StandInSynth:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, pipelines, envs, out_dir):
        self.calls += 1
        stacks = []
        for p in pipelines:
            for env in envs:
                d = Path(out_dir) / "stacks" / f"{p.name}-{env}"
                d.mkdir(parents=True, exist_ok=True)
                (d / "cdk.tf.json").write_text(json.dumps({"nodes": [n.id for n in p.nodes], "env": env}))
                stacks.append(_Stack(f"{p.name}-{env}", p.name, p.version, env, d))
        return stacks


def _pipeline(instance_type: str = "ml.m5.large") -> ResolvedPipeline:
    nodes = (
        ResolvedNode(id="raw", kind="data_source", subtype="s3", config=None, produces="dataset"),
        ResolvedNode(
            id="train",
            kind="model",
            subtype="training",
            config=_Config(instance_type=instance_type),
            inputs=(NodeRef("raw"),),
            produces="model",
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
    )


@pytest.fixture(autouse=True)
def cache_enabled(monkeypatch):
    monkeypatch.setattr(synth_cache, "ENABLED", True)  # whatever PLAYBOOK_SYNTH_CACHE says in this shell


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "constructs_lib").mkdir()
    (tmp_path / "constructs_lib" / "bucket.py").write_text("ENCRYPTION = 'aws:kms'\n")
    (tmp_path / "stacks").mkdir()
    (tmp_path / "stacks" / "environments.yaml").write_text("dev: {region: eu-west-1}\n")
    return tmp_path


def _synth(repo, synth, pipeline=None, envs=("dev",), out="out"):
    return synth_cached(
        [pipeline or _pipeline()],
        list(envs),
        repo / out,
        synth=synth,
        cache_dir=repo / "cache",
        repo=repo,
        code_paths=("constructs_lib", "stacks"),
    )


def test_unchanged_input_and_code_is_a_hit_with_identical_output(repo):
    synth = StandInSynth()
    first, hit1 = _synth(repo, synth)
    produced = (repo / "out/stacks/demo-dev/cdk.tf.json").read_text()
    (repo / "out/stacks/demo-dev/cdk.tf.json").unlink()
    second, hit2 = _synth(repo, synth)
    assert (hit1, hit2, synth.calls) == (False, True, 1)
    assert (repo / "out/stacks/demo-dev/cdk.tf.json").read_text() == produced
    assert [(s.name, s.environment, s.directory) for s in second] == [(s.name, s.environment, s.directory) for s in first]


@pytest.mark.parametrize(
    "change", ["config value", "environment", "construct code", "environments file", "out dir position relative to the state dir"]
)
def test_any_change_to_inputs_or_code_is_a_miss(repo, change):
    synth = StandInSynth()
    _synth(repo, synth)
    kwargs = {}
    if change == "config value":
        kwargs["pipeline"] = _pipeline("ml.g5.xlarge")
    elif change == "environment":
        kwargs["envs"] = ("prod",)
    elif change == "construct code":
        (repo / "constructs_lib" / "bucket.py").write_text("ENCRYPTION = 'AES256'\n")
    elif change == "environments file":
        (repo / "stacks" / "environments.yaml").write_text("dev: {region: us-east-1}\n")
    elif change == "out dir position relative to the state dir":
        kwargs["out"] = "nested/out"  # the state path in the JSON is relative to the stack directory
    _, hit = _synth(repo, synth, **kwargs)
    assert not hit and synth.calls == 2


def test_a_failed_synth_stores_nothing(repo):
    def failing(pipelines, envs, out_dir):
        raise RuntimeError("synth failed")

    with pytest.raises(RuntimeError):
        _synth(repo, failing)
    synth = StandInSynth()
    _, hit = _synth(repo, synth)
    assert not hit and synth.calls == 1
    assert not [p for p in (repo / "cache").iterdir() if p.name.startswith(".")]


def test_renamed_node_changes_the_key(repo):
    synth = StandInSynth()
    _synth(repo, synth)
    p = _pipeline()
    renamed = replace(p, nodes=(replace(p.nodes[0], id="raw2"), p.nodes[1]))
    _, hit = _synth(repo, synth, pipeline=renamed)
    assert not hit


def test_an_out_dir_at_the_same_depth_shares_the_entry(repo):
    synth = StandInSynth()
    _synth(repo, synth, out="run-1")
    _, hit = _synth(repo, synth, out="run-2")
    assert hit and synth.calls == 1
    assert (repo / "run-2/stacks/demo-dev/cdk.tf.json").read_text() == (repo / "run-1/stacks/demo-dev/cdk.tf.json").read_text()
