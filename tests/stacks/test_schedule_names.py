"""`playbook schedule` finds every schedule a stack creates under the name the constructs give it:
which kinds carry a schedule, and under which purpose word, is the kind's descriptor (`schedule=`)."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.synth

FIXTURE = "tests/constructs/playbooks/every-node-kind.yaml"


def test_scheduled_nodes_are_exactly_the_stacks_schedules(synthesized):
    from pipeline_ops.schedule_ops import scheduled_nodes
    from pipeline_ops.stack_prep import load_environment
    from playbooks import load_resolved

    pipeline = load_resolved(FIXTURE)
    found, _paths = scheduled_nodes(pipeline, load_environment("dev").naming_prefix)
    doc = json.loads((synthesized[f"{pipeline.name}-dev"].directory / "cdk.tf.json").read_text())
    created = {s["name"] for s in doc["resource"]["aws_scheduler_schedule"].values()}
    assert {s.name for s in found} == created
    assert {s.purpose for s in found} == {"extraction", "pull", "scoring"}  # one of each scheduled kind
