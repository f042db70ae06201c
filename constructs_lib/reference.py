"""The inputs/outputs tables of constructs_lib/README.md, generated from the config models.

Inputs are the fields of each construct's pydantic config model (name, type, default,
description: the same text the playbook JSON Schema carries), so the README cannot
drift from the code: tests/constructs/test_reference_docs.py fails when the README's
generated section differs from what this module renders. Regenerate with

    .venv/bin/python -m constructs_lib.reference --write

Pure: imports the spec models only (no cdktf), so it runs without Node.js.
"""

from __future__ import annotations

import argparse
import json
import sys
import types
import typing
from pathlib import Path

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from playbooks.spec.node_configs import (
    ApiEndpointConfig,
    BatchConfig,
    FineTuningConfig,
    InferenceConfig,
    PreprocessingConfig,
    TrainingConfig,
)
from playbooks.spec.source_configs import ApiSourceConfig, DatabaseSourceConfig, S3SourceConfig

README = Path(__file__).with_name("README.md")
SETTINGS = Path(__file__).with_name("settings.py")
BEGIN = "<!-- BEGIN GENERATED: python -m constructs_lib.reference --write -->"
END = "<!-- END GENERATED -->"

# construct class (constructs_lib.standalone) -> (playbook `type:`, config model, what it makes,
# construct-specific keyword arguments, outputs as (attribute, meaning)).
CONSTRUCTS: dict[str, tuple[str, type[BaseModel], str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "S3DataSource": (
        "data_source (s3)",
        S3SourceConfig,
        "A managed S3 bucket (KMS, versioned, TLS-only, public access blocked, access-logged), "
        "or a reference to an existing bucket (`bucket=`). Nothing runs per pipeline run.",
        [],
        [
            ("dataset", "`Dataset`: S3 URI, bucket ARN, prefix, KMS key"),
            ("bucket", "the managed `SecureBucket` (None for an existing bucket)"),
        ],
    ),
    "DatabaseDataSource": (
        "data_source (database)",
        DatabaseSourceConfig,
        "A managed Aurora Serverless v2 / RDS database in an isolated VPC (or an existing one), "
        "and a SageMaker Processing job that exports rows to S3, as its own state machine.",
        [],
        [("dataset", "`Dataset`: where the extraction writes")],
    ),
    "ApiDataSource": (
        "data_source (api)",
        ApiSourceConfig,
        "A Lambda function pulling an HTTPS URL to S3 on a schedule (EventBridge Scheduler) and once per pipeline run.",
        [],
        [("dataset", "`Dataset`: where the pulls land")],
    ),
    "Preprocessing": (
        "preprocessing",
        PreprocessingConfig,
        "A SageMaker Processing job (network isolation, KMS volumes and outputs) over the input "
        "datasets, run by the orchestrator.",
        [
            ("inputs", "datasets, or constructs with a `dataset` (default: none)"),
            ("channel_names", "one per input (default `input_0`, `input_1`, ...)"),
        ],
        [("dataset", "`Dataset`: the job's output prefix"), ("role", "the job's execution role")],
    ),
    "Training": (
        "model (training)",
        TrainingConfig,
        "A SageMaker training job over the inputs, then `CreateModel` from its artifact (a new, traceable model per run).",
        [
            ("inputs", "datasets, or constructs with a `dataset`; built-in XGBoost reads `train` and `validation`"),
            ("channel_names", "one per input (default `input_0`, ...; XGBoost: `train`, `validation`)"),
        ],
        [
            ("model", "`Model`: serving image and the run's model name"),
            ("artifacts", "`Dataset`: where model.tar.gz is written"),
            ("role", "the job's execution role"),
        ],
    ),
    "FineTuning": (
        "model (fine_tuning)",
        FineTuningConfig,
        "A SageMaker training job fine-tuning a base model (S3 artifact or hub model id), then `CreateModel`.",
        [("inputs", "datasets, or constructs with a `dataset`"), ("channel_names", "one per input")],
        [("model", "`Model`"), ("artifacts", "`Dataset`: the fine-tuned artifact")],
    ),
    "Inference": (
        "model (inference)",
        InferenceConfig,
        "A Terraform-managed SageMaker model from an existing artifact (network isolation on).",
        [],
        [("model", "`Model` with a static `model_name`")],
    ),
    "ApiEndpoint": (
        "deployment (api_endpoint)",
        ApiEndpointConfig,
        "A SageMaker real-time endpoint (serverless by default). For a model trained per run, the "
        "orchestrator creates an endpoint configuration per run and creates or updates the endpoint.",
        [("model", "a `Model`, or a Training / FineTuning / Inference construct (required)")],
        [("endpoint_name", "the endpoint's name (stable across runs)")],
    ),
    "BatchTransform": (
        "deployment (batch)",
        BatchConfig,
        "A scoring state machine running a SageMaker batch transform with the latest registered model "
        "(published to an encrypted SSM parameter), on a schedule and once per pipeline run.",
        [
            ("model", "a `Model` or a model construct (required)"),
            ("inputs", "datasets to score (default: the node's `input/` prefix in the artifact bucket)"),
        ],
        [("dataset", "`Dataset`: the scores"), ("scoring", "the scoring `Orchestrator`")],
    ),
}

GRANTS = {
    "S3DataSource": "`grant_read(role)`, `grant_write(role)`",
    "DatabaseDataSource": "`grant_read(role)`, `grant_write(role)` (on the extracted dataset)",
    "ApiDataSource": "`grant_read(role)`, `grant_write(role)` (on the pulled dataset)",
    "Preprocessing": "`grant_read(role)`, `grant_write(role)` (on the output dataset)",
    "Training": "`grant_read_artifacts(role)`",
    "FineTuning": "`grant_read_artifacts(role)`",
    "Inference": "—",
    "ApiEndpoint": "`grant_invoke(role)`",
    "BatchTransform": "`grant_read(role)`, `grant_write(role)` (on the scores)",
}

COMMON = [
    ("config", "the whole config model instead of (or under) the keywords (default: every default below)"),
    ("kit", "a `SecurityKit` (default: the stack's, created on demand)"),
    ("namer", "a `Namer` (default: the stack's)"),
    ("orchestrator", "an `Orchestrator` you finalize yourself (default: the stack's, finalized at synth)"),
]


def _type(annotation: typing.Any) -> str:
    """A readable type: Annotated metadata (patterns, bounds) dropped; the description says what matters."""
    return _type_text(annotation).replace("|", "\\|")


def _type_text(annotation: typing.Any) -> str:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_text(args[0])
    if origin is typing.Literal:
        return " | ".join(repr(a) for a in args)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_text(a) for a in args)
    if annotation is type(None):
        return "None"
    if origin is not None:
        return f"{getattr(origin, '__name__', str(origin))}[{', '.join(_type_text(a) for a in args)}]"
    return getattr(annotation, "__name__", str(annotation))


def _default(field: FieldInfo) -> str:
    if field.default_factory is not None:
        value = field.get_default(call_default_factory=True)
    elif field.default is PydanticUndefined:
        return "required"
    else:
        value = field.default
    return f"`{value!r}`".replace("|", "\\|")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render() -> str:
    parts = [BEGIN, ""]
    for name, (kind, model, makes, extra, outputs) in CONSTRUCTS.items():
        parts += [
            f"### `{name}`",
            "",
            f"Playbook node: `{kind}`. Config model: `{model.__name__}`. {makes}",
            "",
            "| input | type | default | description |",
            "|---|---|---|---|",
        ]
        for arg, meaning in extra:
            parts.append(f"| `{arg}` | | | {_cell(meaning)} |")
        for field_name, field in model.model_fields.items():
            parts.append(
                f"| `{field_name}` | `{_type(field.annotation)}` | {_default(field)} | {_cell(field.description or '')} |"
            )
        parts += ["", "| output | meaning |", "|---|---|"]
        parts += [f"| `{attr}` | {_cell(meaning)} |" for attr, meaning in outputs]
        parts += ["", f"Grants: {GRANTS[name]}.", ""]
    parts += ["Every construct also takes:", "", "| keyword | meaning |", "|---|---|"]
    parts += [f"| `{arg}` | {_cell(meaning)} |" for arg, meaning in COMMON]
    parts += ["", END]
    return "\n".join(parts)


def _python_type(annotation: typing.Any) -> str:
    """The annotation as Python source (Annotated metadata dropped: pydantic checks it at run time)."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _python_type(args[0])
    if origin is typing.Literal:
        # json.dumps: double-quoted strings, as `ruff format` (run by `make test`) writes them.
        return f"Literal[{', '.join(json.dumps(a) if isinstance(a, str) else repr(a) for a in args)}]"
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_python_type(a) for a in args)
    if annotation is type(None):
        return "None"
    if origin is not None:
        return f"{origin.__name__}[{', '.join(_python_type(a) for a in args)}]"
    name: str = annotation.__name__  # a plain class (str, int, a pydantic model)
    return name


def render_settings() -> str:
    """constructs_lib/settings.py: one TypedDict per config model, for `**settings: Unpack[...]`."""
    lines = [
        '"""Keyword arguments of the standalone constructs, for static type checkers (PEP 692).',
        "",
        "GENERATED from the config models in playbooks/spec/node_configs.py by",
        "`python -m constructs_lib.reference --write`; tests/constructs/test_reference_docs.py fails when stale.",
        "Pydantic validates the values (patterns, bounds) when a construct is built.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Literal, TypedDict",
        "",
    ]
    for name, (_, model, *_rest) in CONSTRUCTS.items():
        lines += ["", f"class {name}Settings(TypedDict, total=False):", f'    """Fields of `{model.__name__}`."""', ""]
        for field_name, field in model.model_fields.items():
            lines.append(f"    {field_name}: {_python_type(field.annotation)}")
        lines.append("")
    return "\n".join(lines)


def current_section(text: str) -> str:
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[start:end]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite the generated section of {README}")
    args = parser.parse_args(argv)
    if not args.write:
        print(render())
        return 0
    text = README.read_text()
    README.write_text(text.replace(current_section(text), render()))
    SETTINGS.write_text(render_settings())
    print(f"updated {README} and {SETTINGS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
