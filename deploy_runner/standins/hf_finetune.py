"""The bundled default fine-tuning script the Hugging Face training stand-in runs when a job names no entry point.

Written like a user's SageMaker script (``python hf_finetune.py --epochs 1 ...``): it reads the
toolkit's environment (``SM_CHANNEL_<NAME>``, ``SM_MODEL_DIR``, ``SM_OUTPUT_DATA_DIR``) and its
hyperparameters as ``--key value`` arguments, the contract of sagemaker-training-toolkit
(ENVIRONMENT_VARIABLES.md; ``mapping.to_cmd_args``).

What it does: LoRA fine-tuning (``peft``) of the base model in the ``model`` channel (a
``model.tar.gz`` or a directory with ``config.json``, the node's ``base_model_uri``) as a text
classifier on the other channels' records, CSV with a header (columns ``text`` and ``label``) or
JSON lines (``{"text": ..., "label": ...}``). The LoRA weights are merged into the model, which is
saved with its tokenizer to ``SM_MODEL_DIR``: the directory the Hugging Face inference image loads
(``transformers.pipeline(task, model=/opt/ml/model)``). The base model is loaded from disk only
(``HF_HUB_OFFLINE=1``): a hub id needs AWS, where the job may reach the hub.

Hyperparameters: ``epochs`` (1), ``max_steps`` (0: no limit), ``batch_size`` (8),
``learning_rate`` (5e-4), ``max_length`` (64), ``lora_r`` (8), ``seed`` (7).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tarfile
from pathlib import Path
from typing import Any


class ScriptError(Exception):
    pass


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="LoRA fine-tuning of a sequence classifier (CPU or GPU)")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--max_steps", "--max-steps", type=int, default=0)
    parser.add_argument("--batch_size", "--batch-size", type=int, default=8)
    parser.add_argument("--learning_rate", "--learning-rate", type=float, default=5e-4)
    parser.add_argument("--max_length", "--max-length", type=int, default=64)
    parser.add_argument("--lora_r", "--lora-r", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--model_id", "--model-id", default="")
    known, unknown = parser.parse_known_args(argv)
    if unknown:
        print(f"hf_finetune: ignoring hyperparameters it does not use: {' '.join(unknown[::2])}", flush=True)
    return known


def base_model_dir(channel: Path, scratch: Path) -> Path:
    """The directory holding the base model's config.json (a model.tar.gz in the channel is unpacked first)."""
    for archive in sorted(channel.rglob("*.tar.gz")):
        with tarfile.open(archive) as tar:
            tar.extractall(scratch, filter="data")
        channel = scratch
        break
    configs = sorted(channel.rglob("config.json"), key=lambda p: len(p.parts))
    if not configs:
        raise ScriptError(f"the model channel has no config.json (nor a model.tar.gz holding one): {channel}")
    return configs[0].parent


def _records(channels: dict[str, Path]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for name, directory in sorted(channels.items()):
        for path in sorted(p for p in directory.rglob("*") if p.is_file()):
            where = f"channel {name}, {path.relative_to(directory)}"
            if path.suffix in (".jsonl", ".json"):
                for number, line in enumerate(path.read_text().splitlines(), 1):
                    if line.strip():
                        item = json.loads(line)
                        if not isinstance(item, dict) or "text" not in item or "label" not in item:
                            raise ScriptError(f'{where}, line {number}: expected {{"text": ..., "label": ...}}')
                        rows.append((str(item["text"]), str(item["label"])))
            else:
                with path.open(newline="") as handle:
                    reader = csv.DictReader(handle)
                    if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
                        raise ScriptError(f"{where}: expected a CSV header with columns text and label, got {reader.fieldnames}")
                    rows.extend((r["text"], r["label"]) for r in reader)
    if not rows:
        raise ScriptError(f"no training records in channels {sorted(channels)}")
    return rows


def train(args: argparse.Namespace) -> None:
    import importlib

    # The emulator-llm extra: optional, so imported untyped (mypy runs without it too).
    torch: Any = importlib.import_module("torch")
    peft: Any = importlib.import_module("peft")
    transformers: Any = importlib.import_module("transformers")
    LoraConfig, get_peft_model = peft.LoraConfig, peft.get_peft_model
    AutoModelForSequenceClassification, AutoTokenizer = (
        transformers.AutoModelForSequenceClassification,
        transformers.AutoTokenizer,
    )

    channels = {
        key.removeprefix("SM_CHANNEL_").lower(): Path(value) for key, value in os.environ.items() if key.startswith("SM_CHANNEL_")
    }
    if "model" not in channels:
        hint = f" (hub model {args.model_id} is downloaded only on AWS)" if args.model_id else ""
        raise ScriptError("no `model` channel: set the node's base_model_uri to a model in S3" + hint)
    base = base_model_dir(channels.pop("model"), Path(os.environ.get("SM_OUTPUT_DATA_DIR", "/tmp")) / "base-model")
    rows = _records(channels)
    labels = sorted({label for _, label in rows})
    torch.manual_seed(args.seed)
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForSequenceClassification.from_pretrained(
        base,
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
    )
    config = LoraConfig(r=args.lora_r, lora_alpha=2 * args.lora_r, lora_dropout=0.0, task_type="SEQ_CLS")
    model = get_peft_model(model, config)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.learning_rate)
    model.train()
    step = 0
    print(f"fine-tuning {base.name} on {len(rows)} records, labels {labels}", flush=True)
    for epoch in range(args.epochs):
        order = torch.randperm(len(rows)).tolist()
        for start in range(0, len(rows), args.batch_size):
            batch = [rows[i] for i in order[start : start + args.batch_size]]
            encoded = tokenizer(
                [t for t, _ in batch], padding=True, truncation=True, max_length=args.max_length, return_tensors="pt"
            )
            target = torch.tensor([labels.index(label) for _, label in batch])
            loss = model(**encoded, labels=target).loss
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            step += 1
            print(f"epoch {epoch + 1} step {step} loss {loss.item():.4f}", flush=True)
            if args.max_steps and step >= args.max_steps:
                break
        if args.max_steps and step >= args.max_steps:
            break
    merged = model.merge_and_unload()
    model_dir = Path(os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
    merged.save_pretrained(model_dir)
    tokenizer.save_pretrained(model_dir)
    print(f"saved the fine-tuned model ({step} steps) to {model_dir}", flush=True)


def main(argv: list[str]) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        train(_arguments(argv))
    except ScriptError as exc:
        print(f"ERROR: {exc}", file=sys.stderr, flush=True)
        failure = Path("/opt/ml/output/failure")
        if failure.parent.is_dir():
            failure.write_text(str(exc))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
