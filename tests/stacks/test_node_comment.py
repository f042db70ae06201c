"""A node's `description` is documented as its state's comment: it must reach the state machine."""

from __future__ import annotations

import json

import pytest
import yaml

from .conftest import LIBRARY

pytestmark = pytest.mark.synth


def test_node_description_is_the_state_comment(synthesized):
    playbook = yaml.safe_load((LIBRARY / "data-quality" / "1.0.0.yaml").read_text())
    (node,) = playbook["spec"]["nodes"]
    doc = json.loads((synthesized["data-quality-dev"].directory / "cdk.tf.json").read_text())
    (machine,) = doc["resource"]["aws_sfn_state_machine"].values()
    states = json.loads(machine["definition"])["States"]
    assert states[f"{node['id']}: process"]["Comment"] == node["description"]
