"""pipeline_ops.data_inputs: which S3 locations a run reads that it does not fill, and whether they hold data.

The output names come from really synthesized stacks (so a renamed output breaks these tests);
their values are stand-in URIs, since no stack is deployed here. Emptiness is checked against
moto's S3 (the emulator's S3 backend).
"""

from __future__ import annotations

import json
from pathlib import Path

import boto3
import pytest
import yaml
from moto import mock_aws

import pipeline_ops
from pipeline_ops.data_inputs import InputsEmpty, check_inputs, fill_before_first_run, output_key, run_reads
from pipeline_ops.stack_prep import resolve_for_deploy

pytestmark = pytest.mark.synth
LIBRARY = Path(__file__).resolve().parents[2] / "playbooks" / "library"


@pytest.fixture
def state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path / "state"))
    return tmp_path


def _stand_in_outputs(source, tmp_path: Path) -> dict[str, str]:
    """The stack's real output names, each given a made-up location (`s3://stand-in/<name>/`), plus the artifact bucket."""
    synth = pipeline_ops.synth(source, "dev", out_dir=tmp_path / "out")
    doc = json.loads((Path(synth["stacks"][0]["directory"]) / "cdk.tf.json").read_text())
    outputs = {name: f"s3://stand-in/{name}/" for name in doc["output"] if name.endswith("_s3_uri")}
    return {**outputs, "artifact_bucket": "stand-in-artifacts"}


def _pipeline(source):
    return resolve_for_deploy(source, (), None).pipeline


def test_nested_s3_sources_are_read_and_generated_data_is_not(state_dir):
    fraud = (LIBRARY / "fraud-detection" / "1.0.0.yaml").read_text()
    outputs = _stand_in_outputs(fraud, state_dir)
    reads = run_reads(_pipeline(fraud), outputs)
    # The root's source and the inline sub-pipeline's own source; every preprocessing output is made by the run.
    assert [(r.name, r.uri, r.what) for r in reads] == [
        ("transactions", outputs[output_key("transactions")], "data source"),
        ("labelling/chargebacks", outputs["node_labelling__chargebacks_s3_uri"], "data source"),
    ]
    assert [(r.name, r.what) for r in fill_before_first_run(_pipeline(fraud))] == [
        ("transactions", "data source"),
        ("labelling/chargebacks", "data source"),
    ]


def test_a_source_inside_what_a_job_writes_is_filled_by_the_run(state_dir):
    churn = yaml.safe_load((LIBRARY / "churn-prediction" / "1.3.0.yaml").read_text())
    outputs = _stand_in_outputs(churn, state_dir)
    assert [r.name for r in run_reads(_pipeline(churn), outputs)] == ["events"]
    outputs[output_key("events")] = outputs[output_key("clean")] + "part/"  # the source points into clean's output
    assert run_reads(_pipeline(churn), outputs) == []


def test_a_batch_given_no_dataset_reads_its_own_input_prefix(state_dir):
    text = (LIBRARY / "ab-test-scoring" / "1.0.0.yaml").read_text()
    scored_from_sessions = run_reads(_pipeline(text), _stand_in_outputs(text, state_dir))
    assert [r.name for r in scored_from_sessions] == ["sessions"]  # the batch scores `sessions`
    alone = yaml.safe_load(text)
    alone["spec"]["nodes"][-1]["inputs"] = ["train"]  # the model only: it scores <node>/input/ in the artifact bucket
    reads = run_reads(_pipeline(alone), _stand_in_outputs(alone, state_dir))
    assert [(r.name, r.uri, r.what) for r in reads] == [
        ("sessions", "s3://stand-in/node_sessions_s3_uri/", "data source"),
        ("score", "s3://stand-in-artifacts/score/input/", "batch input"),
    ]
    review = pipeline_ops.review(alone, "dev")
    score = next(n for n in review["nodes"] if n["node"] == "score")
    assert "scores the files under score/input/ in the artifact bucket, which start empty" in score["sentence"]


def test_a_pipeline_deployed_on_its_own_reads_its_dataset_inputs(state_dir):
    quality = (LIBRARY / "data-quality" / "1.0.0.yaml").read_text()
    reads = run_reads(_pipeline(quality), _stand_in_outputs(quality, state_dir))
    assert [(r.name, r.uri, r.what) for r in reads] == [("raw", "s3://stand-in-artifacts/pipeline/inputs/raw/", "pipeline input")]


@mock_aws
def test_empty_locations_are_named_one_per_line_and_a_folder_marker_is_not_data(state_dir):
    fraud = (LIBRARY / "fraud-detection" / "1.0.0.yaml").read_text()
    pipeline = _pipeline(fraud)
    outputs = {**_stand_in_outputs(fraud, state_dir)}
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="stand-in")
    s3.put_object(Bucket="stand-in", Key="node_transactions_s3_uri/", Body=b"")  # a console "folder"
    with pytest.raises(InputsEmpty) as refused:
        check_inputs(pipeline, outputs, s3)
    assert refused.value.problems == [
        "transactions (s3://stand-in/node_transactions_s3_uri/) is empty: upload data with "
        "`playbook data put TARGET transactions FILE` or point the node at an existing bucket",
        "labelling/chargebacks (s3://stand-in/node_labelling__chargebacks_s3_uri/) is empty: upload data with "
        "`playbook data put TARGET labelling/chargebacks FILE` or point the node at an existing bucket",
    ]
    s3.put_object(Bucket="stand-in", Key="node_transactions_s3_uri/day=1/part.csv", Body=b"1,2\n")
    with pytest.raises(InputsEmpty) as refused:
        check_inputs(pipeline, outputs, s3)
    assert [loc.name for loc in refused.value.empty] == ["labelling/chargebacks"]
    s3.put_object(Bucket="stand-in", Key="node_labelling__chargebacks_s3_uri/c.csv", Body=b"1\n")
    assert [loc.name for loc in check_inputs(pipeline, outputs, s3)] == ["transactions", "labelling/chargebacks"]


def test_the_review_says_which_buckets_to_fill_before_the_first_run(state_dir):
    churn = yaml.safe_load((LIBRARY / "churn-prediction" / "1.3.0.yaml").read_text())
    review = pipeline_ops.review(churn, "dev")
    sentences = {n["node"]: n["sentence"] for n in review["nodes"]}
    assert sentences["events"] == (
        "“events” creates an encrypted, versioned S3 bucket for csv files under data/; it starts empty: "
        "put the data in before the first run (`playbook data put TARGET events FILE`)."
    )
    assert review["fill_before_first_run"] == [{"node": "events", "what": "data source"}]
    assert (
        "Before the first run, put data into “events” (a new, empty bucket): `playbook data put TARGET NODE FILE`. "
        "A run is refused while a location it reads is empty."
    ) in review["headline"]
    existing = yaml.safe_load(yaml.safe_dump(churn))
    existing["spec"]["nodes"][0]["config"] = {"bucket": "team-events"}
    review = pipeline_ops.review(existing, "dev")
    assert review["fill_before_first_run"] == [] and not any("Before the first run" in h for h in review["headline"])
