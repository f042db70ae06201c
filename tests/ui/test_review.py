"""pipeline_ops.review: the deploy review in plain words, from the really synthesized Terraform JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import pipeline_ops
from pipeline_ops.idle_cost import load_pricing
from pipeline_ops.deploy_review import PIPELINE_WIDE

pytestmark = pytest.mark.synth
REPO = Path(__file__).resolve().parents[2]
CHURN = yaml.safe_load((REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text())
EVERY_KIND = (REPO / "tests/constructs/playbooks/every-node-kind.yaml").read_text()


@pytest.fixture
def state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path / "state-root"))
    return tmp_path / "state-root"


def test_one_sentence_per_node_and_resources_by_kind(state_dir):
    review = pipeline_ops.review(CHURN, "dev")
    sentences = {n["node"]: n["sentence"] for n in review["nodes"]}
    assert sentences["events"].startswith("“events” creates an encrypted, versioned S3 bucket for csv files under data/; ")
    assert sentences["train"] == "“train” trains a model with a SageMaker training job (1× ml.m5.large) on each pipeline run."
    assert (
        "serverless SageMaker endpoint" in sentences["serve"] and "each pipeline run creates or updates it" in sentences["serve"]
    )
    # Every synthesized resource is counted once, under a plain name, and belongs to a node or to the whole pipeline.
    assert review["resources"]["total"] == len(review["addresses"]) == sum(k["count"] for k in review["resources"]["by_kind"])
    kinds = {k["kind"]: k["count"] for k in review["resources"]["by_kind"]}
    assert kinds["S3 bucket"] == 3 and kinds["KMS key"] == 1
    owned = sum(len(n["resources"]) for n in review["nodes"])
    assert owned == review["resources"]["total"]
    assert any(a["node"] == PIPELINE_WIDE and a["address"].startswith("aws_sfn_state_machine.") for a in review["addresses"])
    assert review["changes"]["sentence"].startswith("Nothing is deployed yet")


def test_schedules_in_words_and_nested_nodes_by_path(state_dir):
    fraud = (REPO / "playbooks/library/fraud-detection/1.0.0.yaml").read_text()
    nodes = {n["node"]: n for n in pipeline_ops.review(fraud, "dev")["nodes"]}
    assert nodes["features/quality/validate"]["sentence"].startswith(
        "“features/quality/validate” runs a SageMaker processing job"
    )
    assert nodes["features/quality/validate"]["resources"]  # its role and code live under the nested path
    llm = (REPO / "playbooks/library/llm-finetune/1.0.0.yaml").read_text()
    nodes = {n["node"]: n for n in pipeline_ops.review(llm, "dev")["nodes"]}
    assert nodes["tickets"]["when"] == "every day"
    assert nodes["nightly_scoring"]["when"] == "every day at 02:00 UTC"


def test_always_on_cost_from_the_shipped_price_table(state_dir):
    prices = load_pricing()
    review = pipeline_ops.review(EVERY_KIND, "dev")
    cost = review["cost"]
    by_what = {i["what"]: i for i in cost["items"]}
    endpoint = by_what["endpoint: 1× ml.c5.large"]
    assert endpoint["node"] == "serve_pretrained"
    assert endpoint["hourly"] == prices["sagemaker_hosting_per_hour"]["ml.c5.large"]
    aurora = by_what["Aurora Serverless v2 at its minimum 0.5 capacity units"]
    assert aurora["node"] == "orders_db" and aurora["hourly"] == pytest.approx(0.5 * prices["aurora_serverless_v2_acu_per_hour"])
    rds = next(i for i in cost["items"] if i["what"].startswith("database db.t4g.small"))
    assert rds["node"] == "legacy_db" and rds["hourly"] > prices["rds_instance_per_hour"]["db.t4g.small"]  # + storage
    assert cost["monthly"] == pytest.approx(sum(i["monthly"] for i in cost["items"]), abs=0.05)
    assert cost["monthly"] == pytest.approx(cost["hourly"] * prices["hours_per_month"], rel=0.01)
    assert cost["table"]["date"] == prices["date"] and "aws.amazon.com" in cost["table"]["source"]
    # Serverless endpoints and jobs bill per use: a pipeline of those costs only its KMS key while idle.
    churn = pipeline_ops.review(CHURN, "dev")["cost"]
    assert [i["what"] for i in churn["items"]] == ["KMS key"]


def test_an_instance_endpoint_the_run_creates_is_priced_from_its_config(state_dir):
    playbook = json.loads(json.dumps(CHURN))
    playbook["spec"]["nodes"][3]["config"] = {"mode": "instance", "instance_type": "ml.m5.xlarge", "initial_instance_count": 2}
    cost = pipeline_ops.review(playbook, "dev")["cost"]
    serve = next(i for i in cost["items"] if i["node"] == "serve")
    assert serve["hourly"] == pytest.approx(2 * load_pricing()["sagemaker_hosting_per_hour"]["ml.m5.xlarge"])
    playbook["spec"]["nodes"][3]["config"]["instance_type"] = "ml.p5.48xlarge"
    assert "ml.p5.48xlarge is not in the price table" in pipeline_ops.review(playbook, "dev")["cost"]["unpriced"][0]


def test_changes_versus_what_is_deployed(state_dir):
    first = pipeline_ops.review(CHURN, "dev")
    kept = [a["address"] for a in first["addresses"]][:-2]
    # A stand-in for the state file Terraform writes after a deploy (format version 4: mode/type/name per resource).
    stand_in_state = {
        "version": 4,
        "outputs": {
            "playbook_name": {"value": "churn-prediction", "type": "string"},
            "playbook_version": {"value": "1.1.0", "type": "string"},
            "environment": {"value": "dev", "type": "string"},
        },
        "resources": [
            {"mode": "managed", "type": a.split(".")[0], "name": a.split(".", 1)[1], "instances": []}
            for a in kept + ["aws_sqs_queue.pipeline_old_queue_0A1B2C3D"]
        ]
        + [{"mode": "data", "type": "aws_region", "name": "current", "instances": []}],
    }
    path = state_dir / "state" / first["stack"] / "terraform.tfstate"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(stand_in_state))
    changes = pipeline_ops.review(CHURN, "dev")["changes"]
    assert changes["deployed_version"] == "1.1.0"
    assert len(changes["add"]) == 2 and changes["remove"] == ["aws_sqs_queue.pipeline_old_queue_0A1B2C3D"]
    assert changes["keep"] == len(kept)
    assert (
        changes["sentence"] == f"Versus the deployed version 1.1.0: 2 resources are new, 1 go away, {len(kept)} stay "
        "(a plan shows which of those change settings)."
    )


def test_an_invalid_playbook_is_not_reviewed(state_dir):
    from playbooks import PlaybookInvalid

    broken = json.loads(json.dumps(CHURN))
    broken["spec"]["nodes"][2]["inputs"] = ["nowhere"]
    with pytest.raises(PlaybookInvalid):
        pipeline_ops.review(broken, "dev")


def test_the_local_emulator_is_free_and_says_what_aws_would_cost(state_dir):
    local = pipeline_ops.review(CHURN, "local")
    assert local["cost"]["local"].startswith("local is the local AWS emulator on this machine, where nothing bills;")
    assert local["cost"]["sentence"].startswith("local: free. ")
    assert any(line.startswith("local: free.") for line in local["headline"])
    # The prices stay: they say what the same pipeline costs in AWS.
    dev = pipeline_ops.review(CHURN, "dev")
    assert local["cost"]["monthly"] == dev["cost"]["monthly"]
    assert "local" not in dev["cost"] and not any("free" in line for line in dev["headline"])


def test_the_plan_summary_names_each_resource_as_the_review_does(state_dir):
    """One vocabulary: what the review counts as "KMS key" the plan's per-node line does not call "encryption key"."""
    from deploy_runner.plan_summary import PlanSummary, ResourceChange, plain_type

    review = pipeline_ops.review(EVERY_KIND, "dev")
    for kind in review["resources"]["by_kind"]:
        if not kind["type"].endswith("*"):  # the review folds bucket settings into one line; the plan names each
            assert plain_type(kind["type"]) == kind["kind"], kind
    keys = [a for a in review["addresses"] if a["type"] in ("aws_kms_key", "aws_s3_bucket")]
    rendered = PlanSummary(
        add=len(keys), changes=[ResourceChange(a["address"], a["type"], a["node"], "create") for a in keys]
    ).render()
    assert "KMS key" in rendered and "S3 bucket" in rendered and "encryption key" not in rendered


def test_a_run_and_its_schedules_are_priced_as_an_estimate_from_instances_and_time_limits(state_dir):
    prices = load_pricing()["sagemaker_jobs_per_hour"]
    llm = (REPO / "playbooks/library/llm-finetune/1.0.0.yaml").read_text()
    review = pipeline_ops.review(llm, "dev")
    run = review["run_cost"]
    jobs = {j["node"]: j for j in run["jobs"]}
    # The API pull is a Lambda function (per request), the sources and endpoints start no job.
    assert set(jobs) == {"tokenize", "finetune", "nightly_scoring"}
    assert jobs["finetune"]["what"] == "1× ml.g5.xlarge" and jobs["finetune"]["hourly"] == prices["ml.g5.xlarge"]
    assert jobs["tokenize"]["limit_hours"] == 24 and jobs["tokenize"]["at_limit"] == pytest.approx(24 * prices["ml.m5.large"])
    assert run["hourly"] == pytest.approx(2 * prices["ml.m5.large"] + prices["ml.g5.xlarge"])
    assert run["at_limit"] == pytest.approx(24 * run["hourly"], abs=0.02)
    (nightly,) = run["schedules"]  # the review's "every day at 02:00 UTC"
    assert nightly["node"] == "nightly_scoring" and nightly["runs_a_month"] == 30
    assert nightly["monthly_per_run_hour"] == pytest.approx(30 * prices["ml.m5.large"], abs=0.01)
    sentence = run["sentence"]
    assert sentence.startswith(f"A run costs about ${run['hourly']:.2f} for each hour its jobs run")
    assert "An estimate" in sentence and "per second" in sentence and "30 times in 30 days" in sentence
    assert sentence in review["headline"]
    # More instances cost proportionally more; an instance type the table lacks is said, not guessed.
    playbook = yaml.safe_load(llm)
    playbook["spec"]["nodes"][2]["config"] = {"instance_type": "ml.p5.48xlarge"}
    playbook["spec"]["nodes"][1]["config"] = {"instance_count": 3}
    changed = pipeline_ops.review(playbook, "dev")["run_cost"]
    assert {j["node"]: j["hourly"] for j in changed["jobs"]}["tokenize"] == pytest.approx(3 * prices["ml.m5.large"])
    assert changed["unpriced"] == ["finetune: instance type ml.p5.48xlarge is not in the price table"]
    assert "Not priced: finetune" in changed["sentence"]


def test_schedules_fire_as_often_as_their_expressions_say():
    from datetime import UTC, datetime

    from pipeline_ops.run_cost import MAX_COUNTED_RUNS, runs_in_a_month

    start = datetime(2026, 1, 5, tzinfo=UTC)
    assert runs_in_a_month("rate(1 hour)", start) == 720
    assert runs_in_a_month("cron(0 2 * * ? *)", start) == 30
    assert runs_in_a_month("cron(0 9 ? * MON-FRI *)", start) == 22  # 30 days from a Monday: four weeks and two days
    assert runs_in_a_month("at(2026-01-10T00:00:00)", start) == 1
    assert runs_in_a_month("rate(1 minute)", start) == MAX_COUNTED_RUNS + 1


def test_no_operation_the_package_names_is_shadowed_by_a_module_of_that_name():
    # A submodule named like an operation replaces it on the package once anything imports that module:
    # `pipeline_ops.review(...)` then called a module.
    import importlib.util

    assert [n for n in pipeline_ops.__all__ if importlib.util.find_spec(f"pipeline_ops.{n}") is not None] == []
    importlib.import_module("pipeline_ops.deploy_review")
    assert callable(pipeline_ops.review)
