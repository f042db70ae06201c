"""Checks on one node that need more than its config model: literal secrets,
AWS limits, and that its `code:` directory is fit to bundle.

The resolver calls `check_node` for every node at every nesting level, so the
CLI, the builder and Windmill all get the same errors at validate time (never
at synth or apply).

Where relative `code:` resolves is code_location.py; the resolved directory
must stay inside that root (no symlink escapes), exist, hold the entry point
and stay under the size that belongs in S3.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .code_location import code_directory, is_local_code
from .errors import PlaybookError, YamlPath
from .spec import aws_limits, secrets
from .yaml_source import YamlDocument

MAX_CODE_BYTES = 2 * 1024 * 1024  # same as constructs_lib.code_bundle.MAX_CODE_BYTES
MAX_CODE_FILES = 2000


def check_node(
    node: Any, doc: YamlDocument, path: YamlPath, code_root: Path | None, library_hint: str = "the library"
) -> list[PlaybookError]:
    config = getattr(node, "config", None)
    if config is None:
        return []
    errors: list[PlaybookError] = []
    cpath = path + ("config",)

    def err(at: YamlPath, message: str) -> None:
        errors.append(doc.error(cpath + at, message))

    for field in ("environment", "headers"):
        values = getattr(config, field, None)
        if not isinstance(values, dict):
            continue
        what = "environment variable" if field == "environment" else "header"
        for key, value in values.items():
            problem = secrets.reference_problem(value) if isinstance(value, str) else None
            if problem:
                err((field, key), problem)
                continue
            why = secrets.secret_literal(key, value)
            if why:
                err(
                    (field, key),
                    f"{what} {key} holds a literal that looks like a secret ({why}); secrets must never "
                    f"be written into Terraform, plans or state: {secrets.fix_hint(key)}",
                )
        if field == "environment" and type(config).__name__ == "InferenceConfig":
            for key, value in values.items():
                if secrets.parse_reference(value) is not None:
                    err(
                        (field, key),
                        "a secret reference cannot be used in an inference model's environment: the "
                        "SageMaker model's environment is fixed in Terraform when it is created; read the "
                        "secret in the serving container instead (its role needs GetSecretValue)",
                    )
        if field == "environment":
            for at, message in aws_limits.environment_problems(values):
                err((field,) + at, message)
    for field in ("hyperparameters", "environment"):
        for key in getattr(config, field, None) or {}:
            if isinstance(key, str) and key.endswith(".$"):
                err((field, key), _path_key_problem(key, field))
    hyperparameters = getattr(config, "hyperparameters", None)
    if isinstance(hyperparameters, dict):
        for at, message in aws_limits.hyperparameter_problems(hyperparameters):
            err(("hyperparameters",) + at, message)
        for key, value in hyperparameters.items():
            why = secrets.secret_literal(str(key), value if isinstance(value, str) else str(value))
            if why:
                err(
                    ("hyperparameters", key),
                    f"hyperparameter {key} looks like a secret ({why}); hyperparameters are "
                    "stored in Terraform and shown by DescribeTrainingJob. Pass it as an "
                    "`environment:` reference instead (secretsmanager:NAME_OR_ARN or ssm:/NAME)",
                )
    arguments = getattr(config, "arguments", None)
    if isinstance(arguments, list):
        for index, option, why in secrets.argument_secrets(arguments):
            err(
                ("arguments", index),
                f"argument {option} passes a literal that looks like a secret ({why}); arguments are written into "
                f"Terraform and shown by DescribeProcessingJob: pass it in `environment:` as a reference instead "
                f"(secretsmanager:NAME_OR_ARN or ssm:/NAME) and read it in the script",
            )
    if isinstance(getattr(config, "url", None), str):
        for name, why in secrets.url_secrets(config.url):
            err(
                ("url",),
                f"query parameter {name} of the URL holds a literal that looks like a secret ({why}); the URL is "
                "written into Terraform, the function's environment and its logs: send the credential in a header "
                f"from a reference instead (headers: {{X-Api-Key: secretsmanager:NAME_OR_ARN}}) or use auth_secret_arn",
            )
    if isinstance(getattr(config, "headers", None), dict) and isinstance(getattr(config, "url", None), str):
        for at, message in aws_limits.lambda_environment_problems(config.url, config.headers):
            err(("headers",) + at, message)
    code = getattr(config, "code", None)
    if is_local_code(code):
        problem = code_problem(code, getattr(config, "entry_point", None), code_root, doc.file, library_hint)
        if problem:
            err(("code",), problem)
    return errors


def _path_key_problem(key: str, field: str) -> str:
    # Amazon States Language: "a field whose name ends in .$ ... its value is a path or an intrinsic function"
    # (docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html). These maps are copied
    # into the orchestrator's task Parameters, so such a key would copy run data (e.g. `States.JsonToString($)`,
    # the whole execution input) into the job instead of passing the literal value.
    what = "hyperparameter" if field == "hyperparameters" else "environment variable"
    return (
        f"{what} name {key!r} ends in '.$', which Step Functions reads as a JSONPath or intrinsic function and "
        f"evaluates against the run's data; expected a plain name (rename it, e.g. {key[:-2].rstrip('.') or 'value'!r})"
    )


def code_problem(code: str, entry_point: str | None, root: Path | None, file: str, library_hint: str) -> str | None:
    if root is None:
        return (
            f"`code: {code}` is a local directory, but this playbook has no file of its own (it came from the builder "
            f"or Windmill), so there is nothing to resolve it against; expected an s3:// URI, or a directory inside "
            f"{library_hint}/<playbook name>/ (publish the code there)"
        )
    try:
        directory = code_directory(root, code)
        inside = directory == root or root in directory.parents
    except (OSError, RuntimeError) as exc:  # RuntimeError: symlink loop on older Pythons
        return f"`code: {code}` cannot be resolved ({exc}); expected a directory next to {file}"
    if not inside:
        return f"`code: {code}` resolves to {directory}, outside {root} (through a symlink?); expected a directory inside it"
    if not directory.is_dir():
        return f"code directory {code!r} does not exist in {root}; expected a directory holding the node's script"
    total, count = 0, 0
    for current, dirs, files in os.walk(directory, followlinks=False):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in files:
            full = Path(current) / name
            try:
                real = full.resolve(strict=True)
            except (OSError, RuntimeError):
                return f"code directory {code!r}: {full.relative_to(directory)} is a broken or looping symlink"
            if real != directory and directory not in real.parents:
                return f"code directory {code!r}: {full.relative_to(directory)} links outside the directory; expected plain files"
            if not real.is_file():  # a FIFO or device would hang or flood the bundling at synth
                return f"code directory {code!r}: {full.relative_to(directory)} is not a regular file; expected plain files"
            count += 1
            total += real.stat().st_size
            if count > MAX_CODE_FILES or total > MAX_CODE_BYTES:
                return (
                    f"code directory {code!r} holds more than {MAX_CODE_BYTES} bytes or {MAX_CODE_FILES} files; "
                    "larger code belongs in S3 (code: s3://...)"
                )
    if entry_point and not (directory / entry_point).is_file():
        return f"entry point {entry_point!r} is not in code directory {code!r} ({directory})"
    return None


def check_parameter_secrets(spec: Any, doc: YamlDocument, path: YamlPath) -> list[PlaybookError]:
    """Parameter defaults and `with:` values are literals in the playbook (and in the state machine definition)."""
    errors: list[PlaybookError] = []
    for name, parameter in (getattr(spec, "parameters", None) or {}).items():
        why = secrets.secret_literal(name, parameter.default) if "default" in parameter.model_fields_set else None
        if why:
            errors.append(doc.error(path + ("parameters", name, "default"), _parameter_message(name, why)))
    for i, node in enumerate(getattr(spec, "nodes", ())):
        for name, value in (getattr(node, "with_", None) or {}).items():
            why = secrets.secret_literal(name, value) if isinstance(value, str) and "{{" not in value else None
            if why:
                errors.append(doc.error(path + ("nodes", i, "with", name), _parameter_message(name, why)))
    return errors


def _parameter_message(name: str, why: str) -> str:
    return (
        f"parameter {name} is given a literal that looks like a secret ({why}); parameter values are written into "
        "the state machine definition and every run's input: keep the secret in Secrets Manager or SSM and pass its "
        "reference to the node that needs it (`environment:` secretsmanager:NAME_OR_ARN or ssm:/NAME)"
    )


def check_label_counts(pipeline: Any, doc: YamlDocument, inherited: frozenset[str] = frozenset()) -> list[PlaybookError]:
    """Labels of nested pipelines add up on their resources; AWS counts them all."""
    keys = inherited | set(getattr(pipeline, "labels", {}) or {})
    problem = aws_limits.tag_count_problem(set(keys))
    if problem:
        return [doc.error(("metadata", "labels"), f"{pipeline.name}: {problem}")]
    errors: list[PlaybookError] = []
    for node in getattr(pipeline, "nodes", ()):
        if getattr(node, "child", None) is not None:
            errors += check_label_counts(node.child, doc, frozenset(keys))
    return errors
