"""A construct used on its own by another team's cdktf app (no playbook, no Pipeline)."""

from __future__ import annotations

import json
import os
import re

import pytest

pytestmark = pytest.mark.synth


def test_preprocessing_and_training_compose_in_a_plain_stack(tmp_path):
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    from constructs_lib import cdk
    from constructs_lib.iam import statement_id
    from constructs_lib.models import TrainingModel
    from constructs_lib.naming import Namer
    from constructs_lib.node_base import NodeContext
    from constructs_lib.orchestrator import Orchestrator
    from constructs_lib.preprocessing import Preprocessing
    from constructs_lib.security import SecurityKit
    from playbooks.spec.node_configs import PreprocessingConfig, TrainingConfig

    app = cdk.App(outdir=str(tmp_path), stack_traces=False)
    stack = cdk.TerraformStack(app, "other-team")
    cdk.AwsProvider(stack, "aws", region="eu-central-1")
    namer = Namer("ot", "scoring")
    kit = SecurityKit(stack, "kit", namer=namer, tags={"team": "other"})
    raw = kit.artifact_dataset(namer, "raw")
    prep = Preprocessing(
        stack,
        "prep",
        config=PreprocessingConfig(instance_type="ml.c5.xlarge"),
        context=NodeContext(kit=kit, namer=namer.child("prep"), tags={"team": "other"}),
        inputs=[raw],
    )
    train = TrainingModel(
        stack,
        "train",
        config=TrainingConfig(),
        context=NodeContext(kit=kit, namer=namer.child("train"), tags={}),
        inputs=[prep.dataset],
    )
    orchestrator = Orchestrator(stack, "flow", namer=namer, kit=kit, tags={})
    prep.grant_orchestrator(orchestrator.role)
    train.grant_orchestrator(orchestrator.role)
    orchestrator.finalize(
        [prep.steps, train.steps],
        comment="hand-built",
        takes_inputs=False,
        outputs={"model": train.model.name_field("model_name")},
    )
    app.synth()

    doc = json.loads((tmp_path / "stacks" / "other-team" / "cdk.tf.json").read_text())
    definition = json.loads(next(iter(doc["resource"]["aws_sfn_state_machine"].values()))["definition"])
    assert list(definition["States"]) == ["Start", "prep: process", "train: train", "train: register model", "Done"]
    process = definition["States"]["prep: process"]["Parameters"]
    training = definition["States"]["train: train"]["Parameters"]
    # the training job reads exactly where this run's preprocessing job wrote: wiring through the Dataset
    # artifact, the location carried in the state from the job's own description
    written = process["ProcessingOutputConfig"]["Outputs"][0]["S3Output"]["S3Uri.$"]
    assert written.startswith("States.Format('s3://") and "/runs/{}/'" in written
    assert definition["States"]["prep: process"]["ResultSelector"]["output.$"].startswith("$.ProcessingOutputConfig")
    assert training["InputDataConfig"][0]["DataSource"]["S3DataSource"]["S3Uri.$"] == "$.nodes.prep.output"
    assert process["ProcessingResources"]["ClusterConfig"]["InstanceType"] == "ml.c5.xlarge"
    # every grant is there, its statements named after its purpose (one policy per role: constructs_lib.iam.ServiceRole)
    sids = [s["Sid"] for p in doc["resource"]["aws_iam_role_policy"].values() for s in json.loads(p["policy"])["Statement"]]
    for purpose in ("read-input_0", "write-output", "write-model", "run-prep", "run-train", "register-train"):
        assert any(re.fullmatch(statement_id(purpose) + r"\d*", sid) for sid in sids), (purpose, sids)
