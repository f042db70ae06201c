"""The deploy review's sentence and `playbook schedule`'s schedules come from each kind's descriptor:
a plugin kind is described the same way as a built-in one, and no reader keeps a table of kinds."""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline_ops.node_sentences import describe_node
from pipeline_ops.schedule_ops import scheduled_nodes
from playbooks.kinds import REGISTRY

REPO = Path(__file__).resolve().parents[2]
BUILTIN = [d for d in REGISTRY.kinds().values() if d.plugin is None]


def _node(desc, config, node_id="n"):
    return SimpleNamespace(id=node_id, kind=desc.kind, subtype=desc.subtype, config=config, child=None)


@pytest.mark.parametrize("desc", BUILTIN, ids=lambda d: d.tag)
def test_every_builtin_kind_says_what_it_creates_and_when(desc):
    sentence, when = describe_node(_node(desc, desc.config_model()), "prep/n")
    assert sentence.startswith("“prep/n” ") and sentence.endswith(".")
    assert " node." not in sentence  # not the fallback for a kind that says nothing of itself
    assert when and (when in ("always", "on each run") or when.startswith(("every ", "on ")))


def test_the_words_follow_the_config():
    training = REGISTRY.get("model", "training")
    assert training is not None
    spot = training.config_model(use_spot=True, instance_count=2)
    assert describe_node(_node(training, spot), "train") == (
        "“train” trains a model with a SageMaker training job (2× ml.m5.large, on spot capacity) on each pipeline run.",
        "on each run",
    )
    batch = REGISTRY.get("deployment", "batch")
    assert batch is not None
    sentence, when = describe_node(_node(batch, batch.config_model(schedule="cron(30 2 * * ? *)")), "score")
    assert when == "every day at 02:30 UTC" and sentence.endswith("every day at 02:30 UTC.")


def test_a_plugin_kind_is_described_by_its_own_descriptor(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "examples" / "dataset_catalog_plugin"))
    kind = importlib.import_module("dataset_catalog_plugin.kind")
    desc = dataclasses.replace(kind.KIND, plugin="dataset-catalog-plugin")
    monkeypatch.setitem(REGISTRY._kinds, desc.tag, desc)
    sentence, when = describe_node(_node(desc, desc.config_model(retention_days=7)), "publish")
    assert sentence.startswith("“publish” publishes its input dataset") and "kept 7 days" in sentence
    assert when == "always"

    quiet = dataclasses.replace(desc, sentence=None)  # a plugin that brings no words still gets one sentence
    monkeypatch.setitem(REGISTRY._kinds, desc.tag, quiet)
    assert describe_node(_node(quiet, quiet.config_model()), "publish") == (
        "“publish” is a dataset catalog node.",
        "on each run",
    )


def test_scheduled_nodes_are_the_kinds_that_declare_a_schedule_and_set_it():
    scheduled = [d for d in BUILTIN if d.schedule is not None]
    assert {d.tag for d in scheduled} == {"data_source/api", "data_source/database", "deployment/batch"}
    nodes = [_node(d, d.config_model(**{d.schedule[1]: "rate(1 day)"}), f"on{i}") for i, d in enumerate(scheduled)]
    database = REGISTRY.get("data_source", "database")
    prep = REGISTRY.get("preprocessing", None)
    assert database is not None and prep is not None
    nodes += [_node(database, database.config_model(), "unscheduled"), _node(prep, prep.config_model(), "prep")]
    found, paths = scheduled_nodes(SimpleNamespace(name="p", nodes=nodes), "playbook")
    assert paths == [n.id for n in nodes]
    assert [(s.node, s.purpose) for s in found] == [(f"on{i}", d.schedule[0]) for i, d in enumerate(scheduled)]
    assert len({s.name for s in found}) == len(found)


def test_a_plugins_schedule_must_name_a_field_of_its_config():
    desc = REGISTRY.get("deployment", "batch")
    assert desc is not None
    assert dataclasses.replace(desc, schedule=("scoring", "no_such_field")).problems() == [
        "schedule ('scoring', 'no_such_field'); expected (purpose word, a field of the config model)"
    ]
