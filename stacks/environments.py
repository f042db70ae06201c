"""Deployment environments, read from `stacks/environments.yaml` (or a file you name)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

ENVIRONMENTS_FILE = Path(__file__).with_name("environments.yaml")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalBackend(_Strict):
    type: Literal["local"] = "local"


class S3Backend(_Strict):
    type: Literal["s3"] = "s3"
    bucket: str = Field(description="State bucket (created outside the project).")
    key_prefix: str = Field("", description="State objects are <key_prefix>/<stack>/terraform.tfstate.")
    region: str = Field(description="Region of the state bucket.")
    use_lockfile: bool = Field(True, description="S3-native state locking (Terraform >= 1.10).")
    dynamodb_table: str | None = Field(
        None, description="Legacy DynamoDB lock table, if used instead of (or besides) the lockfile."
    )


class Environment(_Strict):
    name: str
    region: str = Field(pattern=r"^[a-z]{2}(-[a-z]+)+-\d$")
    naming_prefix: str = Field(pattern=r"^[a-z][a-z0-9-]{0,11}$", description="Short: it starts every resource name.")
    account_id: str | None = Field(None, pattern=r"^\d{12}$")
    backend: LocalBackend | S3Backend = Field(default_factory=LocalBackend, discriminator="type")
    force_destroy: bool = False
    deletion_protection: bool = True
    emulator: bool = False


# The Terraform variable an `emulator: true` stack declares and points every AWS service endpoint
# at; the deploy runner sets it to the running emulator's endpoint.
ENDPOINT_VARIABLE = "aws_endpoint_url"


class EnvironmentError_(ValueError):
    """The environments file is invalid or an environment is unknown; the message says which."""


def load_environments(path: Path | None = None) -> dict[str, Environment]:
    path = path or ENVIRONMENTS_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise EnvironmentError_(f"{path}: cannot read environments: {error}") from error
    raw = data.get("environments") if isinstance(data, dict) else None
    if not isinstance(raw, dict) or not raw:
        raise EnvironmentError_(f"{path}: expected a mapping `environments: {{name: {{region: ..., naming_prefix: ...}}}}`")
    environments = {}
    for name, settings in raw.items():
        try:
            environments[name] = Environment(name=name, **(settings or {}))
        except (ValidationError, TypeError) as error:
            raise EnvironmentError_(f"{path}: environments.{name}: {error}") from error
    return environments


def select_environments(names: list[str], path: Path | None = None) -> list[Environment]:
    known = load_environments(path)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise EnvironmentError_(f"unknown environment(s) {', '.join(unknown)}; expected one of: {', '.join(known)}")
    return [known[n] for n in names]
