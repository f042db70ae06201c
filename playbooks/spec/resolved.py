"""The resolved pipeline: what the construct library consumes.

A playbook file is parsed and validated into `playbooks.spec.models.Playbook`;
resolution then follows `use:` references through the library, applies `with:`
parameters, orders nodes topologically and produces these frozen objects.
Nothing here imports cdktf, so a reusable construct library can depend on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

DataKind = Literal["dataset", "model"]
# "pipeline", or a kind of the node-kind registry (playbooks/kinds): built in or from a plugin.
NodeKind = str


@dataclass(frozen=True)
class NodeRef:
    """Where a node's input comes from.

    `node` is a sibling node id, or the name of one of the enclosing pipeline's
    declared inputs (then `is_pipeline_input` is True). `output` names an output
    of a pipeline node (`enrich.features`); None means its default output.
    """

    node: str
    output: str | None = None
    is_pipeline_input: bool = False

    def __str__(self) -> str:
        return f"{self.node}.{self.output}" if self.output else self.node


@dataclass(frozen=True)
class DeclaredParameter:
    """A parameter as declared: its type and default (None when required)."""

    type: str
    default: Any = None
    required: bool = False


@dataclass(frozen=True)
class ResolvedNode:
    id: str
    kind: NodeKind
    # The value of the kind's subtype field (s3, training, batch, ...); None for kinds without one and pipelines.
    subtype: str | None
    # The node's validated config model (all defaults filled); None for pipeline nodes.
    config: BaseModel | None
    # Upstream references in the order the playbook lists them (non-pipeline nodes).
    inputs: tuple[NodeRef, ...] = ()
    # Pipeline nodes: child input name -> upstream reference in this pipeline.
    input_bindings: dict[str, NodeRef] = field(default_factory=dict)
    # Pipeline nodes: the resolved child pipeline (library reference or inline).
    child: "ResolvedPipeline | None" = None
    # What this node produces: "dataset", "model" or None (an API endpoint produces nothing).
    produces: DataKind | None = None
    # The node's description (literal text), emitted as its state's Comment.
    description: str = ""
    # The node's own `cache:` settings (None: its pipeline's); see playbooks.spec.cache_settings.
    cache: Any = None


@dataclass(frozen=True)
class ResolvedPipeline:
    name: str
    version: str
    digest: str  # sha256 of the playbook's canonical content, "sha256:<hex>"
    description: str
    owner: str | None
    labels: dict[str, str]
    platform: str
    region: str | None
    # parameter name -> value known at synth (defaults + `with:`). A value bound from the parent's
    # parameters is the `with:` text itself ("{{ params.NAME }}"), resolved at run time.
    parameters: dict[str, Any]
    inputs: dict[str, DataKind]  # declared inputs (used when this pipeline is a node)
    outputs: dict[str, str]  # output name -> node id (defaults to the single terminal node)
    nodes: tuple[ResolvedNode, ...]  # topological order
    source: str = ""  # file path or "NAME@VERSION (inline in <file>)" for messages
    # Absolute directory relative `code:` paths resolve against ("" = none: only s3:// code);
    # see playbooks.code_location.
    code_root: str = ""
    declared: dict[str, DeclaredParameter] = field(default_factory=dict)  # the `parameters:` declarations
    # Validation warnings of the whole tree (root only), e.g. a declared parameter nothing references.
    warnings: tuple[Any, ...] = ()
    cache: Any = None  # the pipeline's `cache:` default for its nodes (a CacheSettings or None)

    def node(self, node_id: str) -> ResolvedNode:
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)
