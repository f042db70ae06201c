"""The playbook format (apiVersion playbooks/v1), as pydantic models.

These models are the single source of the schema: `playbook schema` exports
them as JSON Schema for editors, the Windmill app and the visual builder.
The classes here are the format's parts. `PipelineSpec.nodes` is a node union that
depends on which kinds a registry holds, so a playbook is never validated by these
classes directly: `bound_models.models_for(registry, tags)` derives registry-bound
subclasses with the union of the kinds a playbook uses (built on first use, cached per
registry). Nothing here is rewritten when a plugin loads, and every model defers its
pydantic build to first use (`defer_build`): a command pays only for the models it validates.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator, model_validator

from ..kinds import REGISTRY, KindDescriptor, KindRegistry
from .cache_settings import CacheSettings, reused_fields

API_VERSION = "playbooks/v1"
SUPPORTED_PLATFORMS = ("aws",)
DATA_KINDS = ("dataset", "model")

NAME_RE = r"^[a-z][a-z0-9-]{2,39}$"
NODE_ID_RE = r"^[a-z][a-z0-9_]{0,39}$"
# SemVer 2.0.0 (semver.org's recommended regular expression).
SEMVER_RE = (
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)
# AWS tag rules: keys 1-128, values 0-256, letters/digits/space and _ . : / = + - @; no "aws:" prefix.
_TAG_CHARS = re.compile(r"^[\w .:/=+\-@]*$", re.UNICODE)
REFERENCE_RE = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$"  # node, node.output or a pipeline input


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)


class Metadata(_Strict):
    name: str = Field(
        pattern=NAME_RE,
        description="Pipeline name: lowercase letters, digits and hyphens, 3-40 characters, starting with a letter.",
    )
    version: str = Field(pattern=SEMVER_RE, description="SemVer 2.0.0 version of this playbook, e.g. 1.2.0.")
    description: str = Field("", max_length=1024, description="What the pipeline does.")
    owner: str | None = Field(None, max_length=128, description="Owning team or person.")
    labels: dict[str, str] = Field(
        default_factory=dict, description="Become resource tags; keys and values must satisfy AWS tag rules."
    )

    @field_validator("labels")
    @classmethod
    def _aws_tag_rules(cls, labels: dict[str, str]) -> dict[str, str]:
        if len(labels) > 40:
            raise ValueError(
                f"found {len(labels)} labels; expected at most 40 (AWS allows 50 tags, 10 are reserved for the project)"
            )
        for key, value in labels.items():
            if not 1 <= len(key) <= 128 or not _TAG_CHARS.match(key):
                raise ValueError(
                    f"label key {key!r} breaks AWS tag rules; expected 1-128 letters, digits, spaces or _ . : / = + - @"
                )
            if key.lower().startswith("aws:"):
                raise ValueError(f"label key {key!r} starts with the reserved prefix 'aws:'")
            if len(value) > 256 or not _TAG_CHARS.match(value):
                raise ValueError(
                    f"label value {value!r} of {key!r} breaks AWS tag rules; expected 0-256 letters, digits, spaces or _ . : / = + - @"
                )
        return labels


ParameterType = Literal["string", "integer", "number", "boolean", "list", "object"]


class Parameter(_Strict):
    type: ParameterType = Field(description="Parameter type.")
    default: Any = Field(None, description="Default value; a parameter without a default is required in `with:`.")
    description: str = Field("", description="What the parameter controls.")

    @model_validator(mode="after")
    def _default_has_type(self) -> "Parameter":
        if "default" in self.model_fields_set and self.default is not None and not value_has_type(self.default, self.type):
            raise ValueError(f"default {self.default!r} is not of type {self.type}")
        return self

    @property
    def required(self) -> bool:
        return "default" not in self.model_fields_set


def value_has_type(value: Any, type_name: str) -> bool:
    checks = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "list": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
    }
    return checks[type_name](value)


class _NodeBase(_Strict):
    id: str = Field(pattern=NODE_ID_RE, description="Node id: lowercase letters, digits, underscores; unique in this pipeline.")
    description: str = Field("", max_length=512, description="What this node does.")


class _ConsumerMixin(BaseModel):
    model_config = ConfigDict(defer_build=True)

    inputs: list[Annotated[str, Field(pattern=REFERENCE_RE)]] = Field(
        default_factory=list, description="Upstream node ids (or `pipeline_node.output`, or a declared pipeline input)."
    )


def node_class(desc: KindDescriptor) -> type[BaseModel]:
    """One node model per descriptor, so the JSON Schema knows each config (and the palette, via `x-kind`)."""
    config_model = desc.config_model
    fields: dict[str, Any] = {
        "type": (Literal[desc.kind], Field(description="Node kind.")),
        "config": (
            config_model,
            Field(default_factory=config_model, description=f"{config_model.__name__}; every field is optional."),
        ),
    }
    if desc.subtype_field:
        fields[desc.subtype_field] = (Literal[desc.subtype], Field(description=f"{desc.kind} subtype."))
    if reused_fields(desc.kind, desc.subtype) is not None:  # a job whose output the step cache can reuse
        fields["cache"] = (
            CacheSettings | None,
            Field(None, description="Step caching of this node: overrides the pipeline's `cache`. Default: on."),
        )
    bases: tuple[type, ...] = (_NodeBase, _ConsumerMixin) if desc.consumes is not None else (_NodeBase,)
    name = (
        "".join(p.capitalize() for p in (desc.subtype or desc.kind).split("_"))
        + ("" if desc.subtype is None else desc.kind.split("_")[0].capitalize())
        + "Node"
    )
    cls: type[BaseModel] = create_model(name, __base__=bases if len(bases) > 1 else bases[0], **fields)
    return _with_palette(cls, desc.palette())


def _with_palette(cls: type[BaseModel], palette: dict[str, Any]) -> type[BaseModel]:
    # Read when the JSON Schema is generated (not by validation), so no rebuild is needed.
    cls.model_config = {**cls.model_config, "json_schema_extra": {"x-kind": palette}}
    return cls


def subtype_field(kind: Any, registry: KindRegistry = REGISTRY) -> str | None:
    return registry.subtype_field(kind) if isinstance(kind, str) else None


class InlinePipeline(_Strict):
    """A pipeline embedded in its parent (fractal assembly without the library)."""

    name: str | None = Field(None, pattern=NAME_RE, description="Optional name for messages; defaults to the node id.")
    spec: "PipelineSpec"


class PipelineNode(_NodeBase):
    type: Literal["pipeline"] = Field(description="A pipeline used as a node (fractal assembly).")
    use: str | None = Field(None, description="Library playbook reference NAME@RANGE, e.g. feature-prep@^1.2.")
    pipeline: InlinePipeline | None = Field(None, description="An inline child pipeline (instead of `use`).")
    with_: dict[str, Any] = Field(default_factory=dict, alias="with", description="Parameters passed to the child.")
    inputs: list[Annotated[str, Field(pattern=REFERENCE_RE)]] | dict[str, Annotated[str, Field(pattern=REFERENCE_RE)]] = Field(
        default_factory=list, description="A list when the child has one input, or {child_input: upstream}."
    )

    @model_validator(mode="after")
    def _exactly_one_source(self) -> "PipelineNode":
        if (self.use is None) == (self.pipeline is None):
            raise ValueError("a pipeline node needs exactly one of `use` (a library playbook) or `pipeline` (inline)")
        return self


def node_tag(value: Any, registry: KindRegistry = REGISTRY) -> str | None:
    """The union tag of a node mapping: `pipeline`, `type`, or `type/subtype` for a kind with subtypes."""
    if isinstance(value, BaseModel):
        value = value.model_dump(by_alias=True)
    if not isinstance(value, dict):
        return None
    kind = value.get("type")
    if kind == "pipeline":
        return "pipeline"
    if kind is not None and not isinstance(kind, str):  # `type: []` and friends: an unknown kind, not a crash
        return repr(kind)
    sub_field = subtype_field(kind, registry)
    if sub_field:
        return f"{kind}/{value.get(sub_field)}"
    # An unknown kind still yields a tag, so the error says "unknown type" rather than "missing".
    return str(kind) if kind is not None else None


class PipelineSpec(_Strict):
    platform: str = Field("aws", description="Target platform. Supported: aws.")
    region: str | None = Field(
        None, pattern=r"^[a-z]{2}(-[a-z]+)+-\d$", description="Cloud region; defaults to the environment's."
    )
    parameters: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], Parameter] = Field(
        default_factory=dict, description="Declared parameters with type and default."
    )
    inputs: dict[Annotated[str, Field(pattern=NODE_ID_RE)], Literal["dataset", "model"]] = Field(
        default_factory=dict, description="Named inputs (name -> data kind) this pipeline receives when used as a node."
    )
    outputs: dict[Annotated[str, Field(pattern=NODE_ID_RE)], Annotated[str, Field(pattern=NODE_ID_RE)]] = Field(
        default_factory=dict, description="Output name -> node id; default: the single terminal node."
    )
    # The node union of a registry's kinds replaces `Any` in the bound subclass (bound_models.py).
    nodes: list[Any] = Field(min_length=1, description="The pipeline's nodes, wired by `inputs`.")
    cache: CacheSettings | None = Field(
        None, description="Step caching default for this pipeline's nodes (a node's own `cache` wins). Default: on."
    )

    @field_validator("platform")
    @classmethod
    def _supported_platform(cls, value: str) -> str:
        if value not in SUPPORTED_PLATFORMS:
            raise ValueError(f"platform {value!r} is not supported; expected one of: {', '.join(SUPPORTED_PLATFORMS)}")
        return value


class NodePosition(_Strict):
    x: float = Field(description="Horizontal position on the builder's canvas.")
    y: float = Field(description="Vertical position on the builder's canvas.")


class Layout(_Strict):
    """Where the visual builder draws each node. Drawing only: never read by synth or deploy,
    not part of the content digest; entries for ids that no longer exist are ignored."""

    nodes: dict[Annotated[str, Field(pattern=NODE_ID_RE)], NodePosition] = Field(
        default_factory=dict, description="Node id (or declared input name) -> canvas position."
    )


class Playbook(_Strict):
    """An ML pipeline playbook."""

    model_config = ConfigDict(extra="forbid", title="ML pipeline playbook (playbooks/v1)")
    apiVersion: Literal["playbooks/v1"] = Field(description="Format version.")
    kind: Literal["Pipeline"] = Field(description="Document kind.")
    metadata: Metadata
    spec: PipelineSpec
    layout: Layout | None = Field(None, description="Optional: node positions saved by the visual builder (drawing only).")


def node_subtype(node: BaseModel) -> str | None:
    field = subtype_field(getattr(node, "type", ""))
    return getattr(node, field) if field else None
