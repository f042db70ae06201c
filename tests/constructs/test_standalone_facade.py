"""The standalone constructs (`from constructs_lib import ...`) as another team uses them.

Synthesized in-process with the project's own provider class; the same snippet with the
prebuilt provider package runs in tests/examples. No deploy: synth and JSON only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.synth


def _synth(tmp_path, build) -> dict:
    from constructs_lib import cdk

    app = cdk.App(outdir=str(tmp_path), stack_traces=False)
    stacks = build(app)
    app.synth()
    return {name: json.loads((tmp_path / "stacks" / name / "cdk.tf.json").read_text()) for name in stacks}


def _states(doc: dict) -> list[str]:
    machine = next(iter(doc["resource"]["aws_sfn_state_machine"].values()))
    return list(json.loads(machine["definition"])["States"])


def _snippet(app, name="team-x", **defaults):
    from constructs_lib import ApiEndpoint, Preprocessing, S3DataSource, StackDefaults, Training, cdk

    stack = cdk.TerraformStack(app, name)
    cdk.AwsProvider(stack, "aws", region="eu-west-1")
    if defaults:
        StackDefaults(stack, **defaults)
    events = S3DataSource(stack, "events")
    clean = Preprocessing(stack, "clean", inputs=[events])
    model = Training(stack, "train", inputs=[clean])
    ApiEndpoint(stack, "serve", model=model)
    return stack


def test_snippet_gets_one_kit_one_orchestrator_running_the_nodes_in_order(tmp_path):
    docs = _synth(tmp_path, lambda app: [_snippet(app).node.id])
    doc = docs["team-x"]
    assert len(doc["resource"]["aws_kms_key"]) == 1  # one kit for the four constructs
    assert len(doc["resource"]["aws_sfn_state_machine"]) == 1
    assert _states(doc) == [
        "Start",
        "clean: process",
        "train: train",
        "train: register model",
        "serve: endpoint config",
        "serve: find endpoint",
        "serve: create endpoint",
        "serve: update endpoint",
        "Done",
    ]
    assert len(doc["provider"]["aws"]) == 1  # the constructs add no provider of their own
    # wiring through outputs: the training job reads where preprocessing writes
    definition = json.loads(next(iter(doc["resource"]["aws_sfn_state_machine"].values()))["definition"])
    written = definition["States"]["clean: process"]["Parameters"]["ProcessingOutputConfig"]["Outputs"][0]["S3Output"]["S3Uri.$"]
    read = definition["States"]["train: train"]["Parameters"]["InputDataConfig"][0]["DataSource"]["S3DataSource"]["S3Uri.$"]
    assert "/runs/{}/'" in written and read == "$.nodes.clean.output"  # this run's prefix, as the job reported it


def test_not_production_by_default_so_destroy_empties_buckets(tmp_path):
    docs = _synth(tmp_path, lambda app: [_snippet(app, "dev").node.id, _snippet(app, "prod", production=True).node.id])
    dev_buckets = docs["dev"]["resource"]["aws_s3_bucket"].values()
    prod_buckets = docs["prod"]["resource"]["aws_s3_bucket"].values()
    assert {b["bucket"] for b in dev_buckets} == {"dev-access-logs", "dev-artifacts", "dev-events-data"}
    assert all(b["force_destroy"] is True for b in dev_buckets)  # the access-log bucket included
    assert all(b["force_destroy"] is False for b in prod_buckets)
    assert len(docs["prod"]["resource"]["aws_kms_key"]) == 1  # each stack its own kit


def test_a_stack_with_only_a_data_source_still_gets_a_state_machine(tmp_path):
    from constructs_lib import S3DataSource, cdk

    def build(app):
        stack = cdk.TerraformStack(app, "only-data")
        cdk.AwsProvider(stack, "aws", region="eu-west-1")
        S3DataSource(stack, "events", bucket="existing-bucket", prefix="raw/")
        return ["only-data"]

    doc = _synth(tmp_path, build)["only-data"]
    assert _states(doc) == ["Start", "Done"]
    assert "aws_s3_bucket" in doc["resource"]  # the kit's buckets; none for the existing data bucket
    assert not any("existing-bucket" == b["bucket"] for b in doc["resource"]["aws_s3_bucket"].values())


def test_grants_attach_least_privilege_policies_to_the_teams_own_roles(tmp_path):
    from constructs_lib import ApiEndpoint, S3DataSource, Training, cdk

    def build(app):
        stack = cdk.TerraformStack(app, "grants")
        cdk.AwsProvider(stack, "aws", region="eu-west-1")
        trust = json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
            }
        )
        ingest = cdk.IamRole(stack, "ingest", name="team-ingest", assume_role_policy=trust)
        events = S3DataSource(stack, "events", format="parquet")
        model = Training(stack, "train", inputs=[events])
        endpoint = ApiEndpoint(stack, "serve", model=model)
        events.grant_write(ingest)
        endpoint.grant_invoke("team-web")  # a role the team manages elsewhere, by name
        return ["grants"]

    doc = _synth(tmp_path, build)["grants"]
    policies = [
        p for p in doc["resource"]["aws_iam_role_policy"].values() if p["role"] in ("team-web", "${aws_iam_role.ingest.name}")
    ]
    assert len(policies) == 2, [p["role"] for p in doc["resource"]["aws_iam_role_policy"].values()]
    write = next(json.loads(p["policy"]) for p in policies if p["role"] != "team-web")
    invoke = next(json.loads(p["policy"]) for p in policies if p["role"] == "team-web")
    put = write["Statement"][0]
    assert "s3:PutObject" in put["Action"] and put["Resource"].endswith("/data/*")
    assert any("kms:GenerateDataKey" in s["Action"] for s in write["Statement"])
    assert invoke["Statement"][0]["Action"][0] == "sagemaker:InvokeEndpoint"
    assert invoke["Statement"][0]["Resource"].endswith(":endpoint/grants-serve-endpoint")


def test_a_wrong_setting_names_the_construct_and_the_field(tmp_path):
    from constructs_lib import Preprocessing, cdk

    app = cdk.App(outdir=str(tmp_path), stack_traces=False)
    stack = cdk.TerraformStack(app, "bad")
    with pytest.raises(ValueError, match=r"(?s)clean: invalid settings for PreprocessingConfig.*instance_count"):
        Preprocessing(stack, "clean", instance_count=0)
    with pytest.raises(ValueError, match=r"(?s)clean2.*instance_tpye"):
        Preprocessing(stack, "clean2", instance_tpye="ml.m5.large")


def test_settings_are_shown_with_their_defaults_in_the_signature():
    import inspect

    from constructs_lib import Preprocessing

    parameters = inspect.signature(Preprocessing.__init__).parameters
    assert parameters["instance_type"].default == "ml.m5.large"
    assert parameters["inputs"].kind is inspect.Parameter.KEYWORD_ONLY


def test_library_and_playbook_model_import_without_front_end_packages():
    """`pip install` without extras: no wmill, starlette, uvicorn or boto3 (blocked here as if absent)."""
    code = (
        "import sys\n"
        "for name in ('wmill', 'starlette', 'uvicorn', 'boto3', 'botocore'):\n"
        "    sys.modules[name] = None  # import raises ImportError, as when not installed\n"
        "import playbooks, playbooks.targets, constructs_lib, constructs_lib.standalone, constructs_lib.pipeline\n"
        "from constructs_lib import S3DataSource, Preprocessing, Training, ApiEndpoint\n"
        "print('ok')\n"
    )
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]


def test_a_construct_given_its_own_kit_does_not_get_a_second_one(tmp_path):
    from constructs_lib import Namer, Preprocessing, S3DataSource, SecurityKit, cdk

    def build(app):
        stack = cdk.TerraformStack(app, "own-kit")
        cdk.AwsProvider(stack, "aws", region="eu-west-1")
        kit = SecurityKit(stack, "team-kit", namer=Namer("acme", "shared"), tags={})
        events = S3DataSource(stack, "events", kit=kit)
        Preprocessing(stack, "clean", inputs=[events], kit=kit)
        return ["own-kit"]

    doc = _synth(tmp_path, build)["own-kit"]
    assert len(doc["resource"]["aws_kms_key"]) == 1  # the team's kit only
    assert _states(doc) == ["Start", "clean: process", "Done"]  # still orchestrated
    assert {b["bucket"] for b in doc["resource"]["aws_s3_bucket"].values()} == {
        "acme-shared-access-logs",
        "acme-shared-artifacts",
        "own-kit-events-data",
    }


def test_every_exported_construct_builds_from_defaults_alone(tmp_path):
    from constructs_lib import (
        ApiDataSource,
        ApiEndpoint,
        BatchTransform,
        DatabaseDataSource,
        FineTuning,
        Inference,
        Preprocessing,
        S3DataSource,
        Training,
        cdk,
    )

    def build(app):
        stack = cdk.TerraformStack(app, "all")
        cdk.AwsProvider(stack, "aws", region="eu-west-1")
        api = ApiDataSource(stack, "pull")
        database = DatabaseDataSource(stack, "db")
        events = S3DataSource(stack, "events")
        clean = Preprocessing(stack, "clean", inputs=[events, database, api])
        tuned = FineTuning(stack, "tune", inputs=[clean])
        served = Inference(stack, "served")
        ApiEndpoint(stack, "serve", model=served)
        ApiEndpoint(stack, "serve-tuned", model=tuned)
        BatchTransform(stack, "score", model=Training(stack, "train", inputs=[clean]), inputs=[events])
        return ["all"]

    resources = _synth(tmp_path, build)["all"]["resource"]
    assert {
        "aws_lambda_function",
        "aws_rds_cluster",
        "aws_sagemaker_model",
        "aws_sagemaker_endpoint",
        "aws_scheduler_schedule",
        "aws_ssm_parameter",
    } <= set(resources)
    assert resources["aws_rds_cluster"][next(iter(resources["aws_rds_cluster"]))]["deletion_protection"] is False
    assert len(resources["aws_kms_key"]) == 1
    # the stack's orchestrator plus the nodes' own state machines (database extraction, batch scoring)
    assert len(resources["aws_sfn_state_machine"]) == 3
