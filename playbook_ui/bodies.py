"""Request bodies of the builder API, validated before anything runs.

The playbook itself is validated by the same loader and models as the CLI
(pipeline_ops.validate); these models only pin down the envelope around it.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_BODY_BYTES = 1_000_000
ENV_NAME = re.compile(r"^[a-z][a-z0-9-]{0,39}$")


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlaybookBody(_Body):
    """A playbook as the editor holds it: a mapping (preferred) or YAML text."""

    playbook: dict[str, Any] | None = Field(default=None, description="The playbook mapping.")
    yaml: str | None = Field(default=None, max_length=MAX_BODY_BYTES, description="The playbook as YAML text.")

    def source(self) -> dict[str, Any] | str:
        if (self.playbook is None) == (self.yaml is None):
            raise ValueError("give exactly one of 'playbook' (a mapping) or 'yaml' (text)")
        if self.yaml is not None:
            # pipeline_ops treats a one-line string as a library TARGET; YAML text always has a newline.
            return self.yaml if "\n" in self.yaml else self.yaml + "\n"
        assert self.playbook is not None  # exactly one of the two is set (checked above)
        return self.playbook


class GraphBody(PlaybookBody):
    format: str = Field(default="mermaid", pattern="^(mermaid|dot)$")
    flatten: bool = False


class DeployBody(PlaybookBody):
    environment: str = Field(default="local", description="Environment from stacks/environments.yaml.")

    @field_validator("environment")
    @classmethod
    def _env_name(cls, value: str) -> str:
        if not ENV_NAME.match(value):
            raise ValueError("expected an environment name: lowercase letters, digits, hyphens")
        return value


class ConfirmBody(_Body):
    approve: bool = Field(description="true: apply the plan the job is showing; false: cancel.")


class RunBody(DeployBody):
    """Start a run of the deployed pipeline: values for its declared parameters (defaults for the rest)."""

    parameters: dict[str, Any] = Field(default_factory=dict, description="Declared parameter name -> typed value.")


MAX_TRY_ROWS_BYTES = 64_000  # "Try it" sends a few rows typed or pasted into the page; bigger files go through `playbook invoke`


class InvokeBody(DeployBody):
    """Score rows with the deployed pipeline's API endpoint node `node` (CSV rows or JSON lines)."""

    node: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$", description="The API endpoint node's id.")
    data: str = Field(
        max_length=MAX_TRY_ROWS_BYTES,
        description=f"CSV rows (features only) or JSON lines; at most {MAX_TRY_ROWS_BYTES} characters.",
    )
