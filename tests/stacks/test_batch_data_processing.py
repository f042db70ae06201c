"""A batch node's input filter, join source and output filter reach its CreateTransformJob request."""

from __future__ import annotations

import json
import textwrap

import pytest

from playbooks import load_resolved
from stacks.synth import synth_stacks

pytestmark = pytest.mark.synth

PLAYBOOK = """
apiVersion: playbooks/v1
kind: Pipeline
metadata: {name: score-prepared, version: 1.0.0}
spec:
  nodes:
    - id: pretrained
      type: model
      task: inference
      config: {model_artifact_uri: "s3://model-zoo-bucket/xgb/model.tar.gz"}
    - id: labelled
      type: deployment
      mode: batch
      inputs: [pretrained]
      config: {input_filter: "$[1:]", join_source: Input, output_filter: "$[0,-1]"}
    - id: plain
      type: deployment
      mode: batch
      inputs: [pretrained]
"""


def _transform_requests(doc: dict) -> dict[str, dict]:
    """Each state machine's createTransformJob parameters, by the machine's Terraform name."""
    requests = {}
    for key, machine in doc["resource"]["aws_sfn_state_machine"].items():
        for state in json.loads(machine["definition"])["States"].values():
            if "createTransformJob" in state.get("Resource", ""):
                requests[key] = state["Parameters"]
    return requests


def test_data_processing_is_in_the_scoring_request_only_where_configured(tmp_path):
    source = tmp_path / "score-prepared.yaml"
    source.write_text(textwrap.dedent(PLAYBOOK))
    (stack,) = synth_stacks([load_resolved(str(source))], ["dev"], tmp_path / "out")
    requests = _transform_requests(json.loads((stack.directory / "cdk.tf.json").read_text()))
    labelled = [r for key, r in requests.items() if "labelled" in key]
    plain = [r for key, r in requests.items() if "plain" in key]
    assert len(labelled) == 1 and len(plain) == 1, sorted(requests)
    assert labelled[0]["DataProcessing"] == {"InputFilter": "$[1:]", "JoinSource": "Input", "OutputFilter": "$[0,-1]"}
    assert "DataProcessing" not in plain[0]  # absent: SageMaker's defaults, and unchanged stacks
