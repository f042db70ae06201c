"""Deployment environments, read from the project's `environments.yaml` (or a file you name).

Outside any project, the environments bundled with the package (`stacks/environments.yaml`) apply.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from playbooks.failures import PlaybookFailure

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

    def state_key(self, stack: str) -> str:
        """The object a stack's state is kept in (the synthesized backend and every reader agree on it)."""
        return "/".join(p for p in (self.key_prefix.strip("/"), stack, "terraform.tfstate") if p)


class Environment(_Strict):
    name: str
    region: str = Field(pattern=r"^[a-z]{2}(-[a-z]+)+-\d$")
    naming_prefix: str = Field(pattern=r"^[a-z][a-z0-9-]{0,11}$", description="Short: it starts every resource name.")
    account_id: str | None = Field(None, pattern=r"^\d{12}$", description="The account guard: any other account is refused.")
    profile: str | None = Field(
        None, pattern=r"^[A-Za-z0-9_.+=@-]{1,64}$", description="AWS profile for Terraform and the run commands."
    )
    role_arn: str | None = Field(
        None,
        pattern=r"^arn:aws[a-z-]*:iam::\d{12}:role/[A-Za-z0-9_+=,.@/-]{1,512}$",
        description="Role to assume (with the profile's or the default credentials) for Terraform and the run commands.",
    )
    backend: LocalBackend | S3Backend = Field(default_factory=LocalBackend, discriminator="type")
    force_destroy: bool = False
    deletion_protection: bool = True
    emulator: bool = False


# The Terraform variable an `emulator: true` stack declares and points every AWS service endpoint
# at; the deploy runner sets it to the running emulator's endpoint.
ENDPOINT_VARIABLE = "aws_endpoint_url"


class EnvironmentError_(PlaybookFailure, ValueError):
    """The environments file is invalid or an environment is unknown; the message says which."""

    kind = "unknown_name"


def environments_file() -> Path:
    """The file environments are read from: the project's, else the bundled one."""
    from playbooks.project import ProjectError, current_project

    try:
        return current_project().environments_file or ENVIRONMENTS_FILE
    except ProjectError as error:
        raise EnvironmentError_(str(error)) from error


def load_environments(path: Path | None = None) -> dict[str, Environment]:
    path = path or environments_file()
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
        except ValidationError as error:
            raise EnvironmentError_(_describe(path, name, error)) from None
        except TypeError as error:
            raise EnvironmentError_(f"{path}: environments.{name}: expected a mapping of settings ({error})") from None
    return environments


def _describe(path: Path, name: str, error: ValidationError) -> str:
    """One line per problem: file:line, the YAML path, what was expected and what was found."""
    lines = _lines(path)
    problems = []
    for item in error.errors():
        where = ["environments", name, *map(str, item["loc"])]
        line = next((lines[tuple(where[:n])] for n in range(len(where), 0, -1) if tuple(where[:n]) in lines), 1)
        found = f" (found {item['input']!r})" if item["type"] not in ("missing", "extra_forbidden") else ""
        problems.append(f"{path}:{line}: {'.'.join(where)}: {item['msg']}{found}")
    return "\n".join(problems)


def _lines(path: Path) -> dict[tuple[str, ...], int]:
    """Line of every mapping key in the file, by its path (for messages only: best effort)."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    found: dict[tuple[str, ...], int] = {}

    def walk(node: yaml.Node | None, at: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                here = (*at, str(key.value))
                found[here] = key.start_mark.line + 1
                walk(value, here)

    walk(root, ())
    return found


def default_environment(path: Path | None = None) -> str:
    """`dev` when it is defined, else the only environment there is; otherwise a command must name one."""
    known = load_environments(path)
    if "dev" in known:
        return "dev"
    if len(known) == 1:
        return next(iter(known))
    raise EnvironmentError_(
        f"name an environment with --env: one of {', '.join(sorted(known))} (from {path or environments_file()})"
    )


def select_environments(names: list[str], path: Path | None = None) -> list[Environment]:
    known = load_environments(path)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise EnvironmentError_(
            f"unknown environment(s) {', '.join(unknown)}; expected one of: {', '.join(known)} (from {path or environments_file()})"
        )
    return [known[n] for n in names]
