"""Step cache keys and the explanations a user reads (pipeline_ops/step_cache.py), without the emulator.

The index is an in-memory stand-in for the artifact bucket's `cache/` folder (same calls as CacheIndex);
S3 listings are given as dicts, as `s3_listing` returns them.
"""

from __future__ import annotations

import pytest

from pipeline_ops.run_selection import Selection, SelectionRefused, UnknownNode
from pipeline_ops.step_cache import Decision, decide
from playbooks import Library, PlaybookInvalid
from playbooks.loader import load_text
from playbooks.resolver import Resolver

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata: {{name: cache-probe, version: 1.0.0}}
spec:
  parameters:
    window_days: {{type: integer, default: 30}}
  {pipeline_cache}
  nodes:
    - {{id: events, type: data_source, source: s3}}
    - id: clean
      type: preprocessing
      inputs: [events]
      {clean_cache}
      config:
        environment: {{MODE: "{mode}", WINDOW_DAYS: "{{{{ params.window_days }}}}"}}
    - id: features
      type: preprocessing
      inputs: [clean]
    - id: train
      type: model
      task: training
      inputs: [features]
      config: {{hyperparameters: {{max_depth: {depth}}}}}
    - id: score
      type: deployment
      mode: batch
      inputs: [train, features]
      config: {{schedule: null}}
    - id: side
      type: preprocessing
      inputs: [events]
"""
OUTPUTS = {"node_events_s3_uri": "s3://bucket/events/data/", "artifact_bucket": "bucket"}
EVENTS = {"a.csv": [10, '"e1"'], "b.csv": [20, '"e2"']}


def resolve(mode: str = "strict", clean_cache: str = "", pipeline_cache: str = "", depth: int = 6):
    text = PLAYBOOK.format(mode=mode, clean_cache=clean_cache, pipeline_cache=pipeline_cache, depth=depth)
    return Resolver(Library.open([])).resolve(load_text(text, "probe.yaml"))


class MemoryIndexStandIn:
    """Stands in for CacheIndex: entries by (node, key), and each node's newest entry."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], dict] = {}
        self.newest: dict[str, dict] = {}

    def __call__(self, node: str, key: str | None):
        if key is None:
            return self.newest[node]["components"] if node in self.newest else None
        return self.entries.get((node, key))

    def latest(self, node: str):
        return self.newest.get(node)

    def record(self, decisions: list[Decision], run: str, created: float = 1000.0) -> None:
        """What folding a SUCCEEDED run does for the nodes whose job ran in it (each kind's result fields)."""
        for d in decisions:
            if d.state == "ran" and d.key and d.fields:
                output = {f: f"s3://bucket/{d.node}/output/runs/{run}/{f}" for f in d.fields}
                if d.fields == ("output",):
                    output = {"output": f"s3://bucket/{d.node}/output/runs/{run}/"}
                entry = {"node": d.node, "key": d.key, "run": run, "output": output, "created": created}
                entry["components"] = d.components
                self.entries[(d.node, d.key)] = entry
                self.newest[d.node] = entry


def run(pipeline, index, events=EVENTS, params=None, **kwargs) -> dict[str, Decision]:
    decisions = decide(
        pipeline,
        {"window_days": 30, **(params or {})},
        index,
        lambda uri: dict(events) if uri == OUTPUTS["node_events_s3_uri"] else {},
        OUTPUTS,
        {"clean": "code-1", "features": "code-1", "side": "code-1"},
        now=kwargs.pop("now", 2000.0),
        **kwargs,
    )
    return {d.node: d for d in decisions}


def test_first_run_runs_everything_then_an_unchanged_run_reuses_every_output():
    pipeline, index = resolve(), MemoryIndexStandIn()
    first = run(pipeline, index)
    assert [(n, d.hit, d.why) for n, d in first.items()] == [
        (node, False, "no earlier run") for node in ("clean", "features", "train", "score", "side")
    ]
    index.record(list(first.values()), "run-1")
    second = run(pipeline, index)
    assert all(d.hit for d in second.values())
    assert second["clean"].why == f"cached (from run run-1, key {first['clean'].key[:12]})"
    assert second["features"].output == {"output": "s3://bucket/features/output/runs/run-1/"}
    assert second["clean"].as_input()["output"] == {"output": "s3://bucket/clean/output/runs/run-1/"}
    # a training hit gives back the model its run registered and the artifact it came from
    assert second["train"].as_input()["output"] == {
        "job_name": "s3://bucket/train/output/runs/run-1/job_name",
        "model_data": "s3://bucket/train/output/runs/run-1/model_data",
    }


def test_a_config_change_misses_that_node_and_downstream_and_says_what_changed():
    index = MemoryIndexStandIn()
    index.record(list(run(resolve("strict"), index).values()), "run-1")
    changed = run(resolve("lenient"), index)
    assert changed["clean"].why == "config changed: environment.MODE strict → lenient"
    assert not changed["features"].hit and changed["features"].why == "input clean changed"
    assert changed["train"].why == "input features changed" and not changed["score"].hit


def test_a_changed_hyperparameter_misses_training_and_what_scores_with_it_only():
    index = MemoryIndexStandIn()
    index.record(list(run(resolve(), index).values()), "run-1")
    changed = run(resolve(depth=4), index)
    assert [n for n, d in changed.items() if not d.hit] == ["train", "score"]
    assert changed["train"].why == "config changed: hyperparameters.max_depth 6 → 4"
    assert changed["score"].why == "input train changed"


def test_a_batch_transform_reuses_only_its_newest_scores():
    index = MemoryIndexStandIn()  # its scores live at one prefix: a later run's scoring overwrote the older ones
    index.record(list(run(resolve(depth=6), index).values()), "run-1")
    index.record(list(run(resolve(depth=4), index).values()), "run-2")
    back = run(resolve(depth=6), index)
    assert back["train"].hit and back["train"].run == "run-1"
    assert not back["score"].hit and back["score"].why == "its output was overwritten by run run-2 (it writes one fixed prefix)"


def test_new_source_objects_and_parameters_are_named():
    pipeline, index = resolve(), MemoryIndexStandIn()
    index.record(list(run(pipeline, index).values()), "run-1")
    more = {**EVENTS, "c.csv": [5, '"e3"'], "d.csv": [5, '"e4"'], "e.csv": [1, '"e5"']}
    assert run(pipeline, index, events=more)["clean"].why == "input events changed (3 objects added)"
    edited = {"a.csv": [11, '"e9"']}
    assert run(pipeline, index, events=edited)["clean"].why == "input events changed (1 object removed, 1 object changed)"
    assert run(pipeline, index, params={"window_days": 7})["clean"].why == "parameter window_days changed: 30 → 7"


def test_code_change_no_cache_cache_off_and_expiry():
    pipeline, index = resolve(), MemoryIndexStandIn()
    index.record(list(run(pipeline, index).values()), "run-1")
    decisions = decide(
        pipeline, {"window_days": 30}, index, lambda uri: dict(EVENTS), OUTPUTS, {"clean": "code-2", "features": "code-1"}
    )
    assert decisions[0].why == "code changed" and decisions[1].why == "input clean changed"
    forced = run(pipeline, index, no_cache=True)
    assert {d.why for d in forced.values()} == {"cache off (--no-cache)"} and not any(d.hit for d in forced.values())
    fresh = MemoryIndexStandIn()  # a --no-cache run records real keys: the next run reuses every node
    fresh.record(list(run(pipeline, fresh, no_cache=True).values()), "forced")
    assert all(d.hit for d in run(pipeline, fresh).values())
    off = run(resolve(clean_cache="cache: {enabled: false}"), index)
    assert off["clean"].why == "cache off" and off["features"].why == "input clean is produced anew by every run"
    expiring = resolve(pipeline_cache="cache: {expire_after: 1h}")
    assert run(expiring, index, now=1000.0 + 3599)["clean"].hit
    assert run(expiring, index, now=1000.0 + 3601)["clean"].why == "expired"


def test_a_node_cache_overrides_its_pipeline_default():
    index = MemoryIndexStandIn()
    pipeline = resolve(clean_cache="cache: {enabled: true}", pipeline_cache="cache: {enabled: false}")
    decisions = run(pipeline, index)
    assert decisions["clean"].why == "no earlier run" and decisions["features"].why == "cache off"


def test_a_bad_duration_is_a_playbook_error():
    with pytest.raises(PlaybookInvalid) as caught:
        resolve(pipeline_cache="cache: {expire_after: 2 weeks}")
    assert "expire_after '2 weeks' is not a duration" in str(caught.value)


def test_from_a_node_runs_it_and_downstream_and_reuses_the_latest_outputs_before_it():
    pipeline, index = resolve(), MemoryIndexStandIn()
    index.record(list(run(pipeline, index).values()), "run-1")
    chosen = run(pipeline, index, selection=Selection(from_node="train"))
    assert {n: (d.state, d.why) for n, d in chosen.items()} == {
        "clean": ("reused", "reused (latest output, from run run-1, --from train)"),
        "features": ("reused", "reused (latest output, from run run-1, --from train)"),
        "train": ("ran", "--from train"),  # runs although its key matches: that is what was asked
        "score": ("ran", "--from train"),
        "side": ("skipped", "skipped (--from train)"),  # neither before nor after train, read by none of them
    }
    assert chosen["features"].as_input()["output"] == {"output": "s3://bucket/features/output/runs/run-1/"}
    assert chosen["train"].key == run(pipeline, index)["train"].key  # recorded under its real key


def test_only_a_node_runs_it_alone_and_skips_what_follows():
    pipeline, index = resolve(), MemoryIndexStandIn()
    index.record(list(run(pipeline, index).values()), "run-1")
    chosen = run(pipeline, index, selection=Selection(only_node="features"))
    assert {n: d.state for n, d in chosen.items()} == {
        "clean": "reused",
        "features": "ran",
        "train": "skipped",
        "score": "skipped",
        "side": "skipped",
    }
    item = chosen["train"].as_input()
    assert item["skipped"] is True and item["why"] == "skipped (--only features)" and item["status"] == "skipped"


def test_a_selection_refuses_without_earlier_outputs_and_names_the_nodes():
    pipeline = resolve()
    with pytest.raises(SelectionRefused) as refused:
        run(pipeline, MemoryIndexStandIn(), selection=Selection(from_node="train"))
    assert "clean has no successful run yet: run the whole pipeline first" in str(refused.value)
    assert "features has no successful run yet" in str(refused.value)
    with pytest.raises(UnknownNode) as unknown:
        run(pipeline, MemoryIndexStandIn(), selection=Selection(only_node="trian"))
    assert str(unknown.value).startswith("--only trian: cache-probe has no node 'trian' (did you mean 'train'?)")
    assert "nodes: events, clean, features, train, score, side" in str(unknown.value)


def test_a_node_nothing_can_reuse_runs_when_a_running_node_reads_it_and_is_skipped_otherwise():
    from pipeline_ops.run_selection import plan
    from playbooks import load_resolved

    pipeline = load_resolved("ab-test-scoring")  # two sub-pipelines feed training; a batch scores with its model
    assert plan(pipeline, Selection(from_node="train")) == {
        "short_window": "run",  # train runs and reads them: a sub-pipeline has no output to reuse
        "long_window": "run",
        "train": "run",
        "score": "run",
    }
    assert plan(pipeline, Selection(only_node="score")) == {
        "short_window": "skip",  # score reuses train's model: nothing reads the sub-pipelines
        "long_window": "skip",
        "train": "reuse",
        "score": "run",
    }
    assert plan(pipeline, Selection()) == {}
