"""Stand-in for SageMaker's Hugging Face PyTorch training image (huggingface-pytorch-training), run locally.

Why: the image cannot run here (no Docker, no ECR, no GPU), but a fine-tuning node must really
fine-tune on the emulator, so its script, data contract and model artifact are tested before AWS.
The image's entry point is sagemaker-training-toolkit (``sagemaker_training.cli.train``); this
follows its contract (aws/sagemaker-training-toolkit: ENVIRONMENT_VARIABLES.md,
``src/sagemaker_training/{environment,params,mapping,files,entry_point}.py``):

* hyperparameters come from ``/opt/ml/input/config/hyperparameters.json``; each value is
  JSON-decoded when it parses (the SageMaker Python SDK JSON-encodes them), else kept as text;
* the ``sagemaker_*`` ones are the toolkit's own: ``sagemaker_program`` names the entry point,
  ``sagemaker_submit_directory`` the code (an ``s3://.../sourcedir.tar.gz``, unpacked into
  ``/opt/ml/code``, or a local directory); the rest are the user's;
* the entry point runs with the user's hyperparameters as ``--key value`` arguments (sorted by
  key, ``mapping.to_cmd_args``) and the environment ``SM_HPS``, ``SM_HP_<NAME>``,
  ``SM_USER_ARGS``, ``SM_MODULE_DIR``, ``SM_USER_ENTRY_POINT``, ``SM_NUM_GPUS``,
  ``SM_NUM_CPUS``, ``SM_OUTPUT_DIR`` (the local runner sets ``SM_CHANNEL_<NAME>``,
  ``SM_MODEL_DIR``, ``SM_OUTPUT_DATA_DIR``, ``SM_CHANNELS``, ``SM_HOSTS``), with the code
  directory as working directory and on ``PYTHONPATH``;
* a ``requirements.txt`` in the code is NOT installed (the toolkit pip-installs it; here the
  job runs with this Python's packages, the ``emulator-llm`` extra).

Without ``sagemaker_program`` the job runs the bundled default script (``hf_finetune.py``:
LoRA fine-tuning of the ``model`` channel's base model as a text classifier). On AWS such a
job needs a script of its own. ``HF_HUB_OFFLINE=1``: no hub download at run time, the base
model comes from the job's ``model`` channel (``base_model_uri``). Not honoured: GPUs (PyTorch's
CPU build; ``SM_NUM_GPUS=0``), distributed training (torchrun/smdistributed/MPI, one process),
instance types and counts, managed spot (checkpoints are not synced), the image's versions of
transformers and torch (this Python's, from the ``emulator-llm`` extra).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

from .container import report_failure

OPT_ML = Path("/opt/ml")
DEFAULT_SCRIPT = Path(__file__).with_name("hf_finetune.py")
_TOOLKIT_KEYS = ("sagemaker_program", "sagemaker_submit_directory")


class AlgorithmError(Exception):
    pass


def read_hyperparameters(path: Path) -> dict[str, Any]:
    raw = json.loads(path.read_text()) if path.is_file() else {}
    decoded: dict[str, Any] = {}
    for key, value in raw.items():
        try:
            decoded[key] = json.loads(value)
        except (TypeError, ValueError):
            decoded[key] = value
    return decoded


def to_cmd_args(hyperparameters: dict[str, Any]) -> list[str]:
    """``--key value`` per hyperparameter, sorted by key; lists and dicts JSON-encoded."""
    args: list[str] = []
    for key in sorted(hyperparameters):
        value = hyperparameters[key]
        text = json.dumps(value) if isinstance(value, (dict, list)) else str(value)
        args += [key if key.startswith("-") else f"--{key}", text]
    return args


def _stage_code(submit: str, code_dir: Path) -> None:
    code_dir.mkdir(parents=True, exist_ok=True)
    if submit.startswith("s3://"):
        import boto3  # the job's environment points the SDK at the emulator, like the image's role on AWS

        bucket, _, key = submit.removeprefix("s3://").partition("/")
        archive = code_dir.parent / "sourcedir.tar.gz"
        try:
            boto3.client("s3").download_file(bucket, key, str(archive))
        except Exception as exc:
            raise AlgorithmError(f"could not download sagemaker_submit_directory {submit}: {exc}") from None
        with tarfile.open(archive) as tar:
            tar.extractall(code_dir, filter="data")
        archive.unlink()
        return
    source = Path(submit.removeprefix("file://"))
    if not source.is_dir():
        raise AlgorithmError(f"sagemaker_submit_directory {submit} is neither an s3:// URI nor a directory")
    for path in source.rglob("*"):
        if path.is_file():
            target = code_dir / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())


def command_and_env(hyperparameters: dict[str, Any], code_dir: Path) -> tuple[list[str], dict[str, str]]:
    program = hyperparameters.get("sagemaker_program")
    submit = hyperparameters.get("sagemaker_submit_directory")
    if submit:
        _stage_code(str(submit), code_dir)
    if program:
        entry = code_dir / str(program)
        if not entry.is_file():
            raise AlgorithmError(f"entry point {program} (sagemaker_program) is not in the code ({submit or 'none given'})")
    else:
        code_dir.mkdir(parents=True, exist_ok=True)
        entry = code_dir / DEFAULT_SCRIPT.name
        entry.write_bytes(DEFAULT_SCRIPT.read_bytes())
    user = {k: v for k, v in hyperparameters.items() if not k.startswith("sagemaker_")}
    args = to_cmd_args(user)
    runner = ["bash"] if entry.suffix == ".sh" else [sys.executable]
    env = {
        "SM_HPS": json.dumps(user),
        "SM_USER_ARGS": json.dumps(args),
        "SM_MODULE_DIR": str(submit or code_dir),
        "SM_USER_ENTRY_POINT": entry.name,
        "SM_NUM_GPUS": "0",
        "SM_NUM_CPUS": str(os.cpu_count() or 1),
        "SM_OUTPUT_DIR": str(OPT_ML / "output"),
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": os.pathsep.join(p for p in (str(code_dir), os.environ.get("PYTHONPATH", "")) if p),
        **{f"SM_HP_{k.upper()}": (json.dumps(v) if isinstance(v, (dict, list)) else str(v)) for k, v in user.items()},
    }
    return [*runner, str(entry), *args], env


def require_llm_extra() -> None:
    import importlib.util

    missing = [m for m in ("torch", "transformers", "peft") if importlib.util.find_spec(m) is None]
    if missing:
        raise AlgorithmError(
            f"the local Hugging Face stand-in needs {', '.join(missing)}: install the emulator's LLM extra "
            "(pip install 'ml-pipeline-playbooks[emulator-llm]', torch from its CPU wheel) or run this node on AWS"
        )


def train() -> int:
    require_llm_extra()
    hyperparameters = read_hyperparameters(OPT_ML / "input" / "config" / "hyperparameters.json")
    command, env = command_and_env(hyperparameters, OPT_ML / "code")
    print(f"[huggingface stand-in] running {' '.join(command[1:])}", flush=True)
    return subprocess.run(command, cwd=OPT_ML / "code", env={**os.environ, **env}).returncode


def main(argv: list[str]) -> int:
    try:
        if argv[:1] != ["train"]:
            raise AlgorithmError(f"usage: train (got {argv})")
        return train()
    except AlgorithmError as exc:
        return report_failure(exc, OPT_ML / "output" / "failure", make_dir=True)


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # a shared machine: one core per local job
    sys.exit(main(sys.argv[1:]))
