"""Draw a resolved pipeline as Mermaid or Graphviz DOT.

Pipeline nodes are drawn as subgraphs holding their child's nodes, at every
depth; edges cross the boundary to the child nodes that consume each input and
from the node behind each output. `flatten=True` drops the subgraph boxes and
shows the expanded graph with namespaced ids (`enrich/clean`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .kinds import REGISTRY, SHAPES
from .spec.resolved import NodeRef, ResolvedPipeline


def _shape(kind: str, subtype: str | None) -> tuple[str, str, str]:
    """(Mermaid open, Mermaid close, DOT shape) from the kind's descriptor."""
    desc = REGISTRY.get(kind, subtype)
    return SHAPES[desc.shape if desc else "box"]


def _label(node_id: str, kind: str, subtype: str | None) -> str:
    desc = REGISTRY.get(kind, subtype)
    return f"{node_id}<br/>{desc.title if desc else kind.replace('_', ' ')}"


@dataclass
class _Graph:
    nodes: list[tuple[str, str, tuple[str, str, str], tuple[str, ...]]] = field(
        default_factory=list
    )  # (id, label, shape, groups)
    edges: list[tuple[str, str]] = field(default_factory=list)
    groups: dict[tuple[str, ...], str] = field(default_factory=dict)  # path -> title


def _expand(p: ResolvedPipeline, ns: tuple[str, ...], inputs: dict[str, list[str]], g: _Graph) -> dict[str, list[str]]:
    """Add p's nodes to g; return output name -> drawn ids that produce it (plus node id -> ids)."""
    produced: dict[str, list[str]] = {}

    def sources(ref: NodeRef) -> list[str]:
        if ref.is_pipeline_input:
            return inputs.get(ref.node, [])
        key = f"{ref.node}.{ref.output}" if ref.output else ref.node
        return produced.get(key, produced.get(ref.node, []))

    for node in p.nodes:
        path = ns + (node.id,)
        if node.kind == "pipeline" and node.child is not None:
            g.groups[path] = f"{node.id}: {node.child.name}@{node.child.version}"
            child_inputs = {name: sources(ref) for name, ref in node.input_bindings.items()}
            outs = _expand(node.child, path, child_inputs, g)
            for out_name, node_id in node.child.outputs.items():
                produced[f"{node.id}.{out_name}"] = outs.get(node_id, [])
            if len(node.child.outputs) == 1:
                produced[node.id] = outs.get(next(iter(node.child.outputs.values())), [])
            continue
        drawn = "/".join(path)
        g.nodes.append((drawn, _label(node.id, node.kind, node.subtype), _shape(node.kind, node.subtype), ns))
        for ref in node.inputs:
            for src in sources(ref):
                g.edges.append((src, drawn))
        produced[node.id] = [drawn]
    return {k: v for k, v in produced.items()}


def count_nodes(pipeline: ResolvedPipeline) -> int:
    """Leaf nodes of the expanded graph (sub-pipelines count by their contents)."""
    return sum(count_nodes(n.child) if n.child is not None else 1 for n in pipeline.nodes)


def _safe(ident: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "__", ident)


def to_mermaid(pipeline: ResolvedPipeline, flatten: bool = False) -> str:
    g = _Graph()
    _expand(pipeline, (), {name: [f"input:{name}"] for name in pipeline.inputs}, g)
    lines = ["flowchart LR", f"  %% {pipeline.name}@{pipeline.version}"]
    for name in pipeline.inputs:
        lines.append(f'  {_safe("input:" + name)}>"input: {name}"]')

    def emit_nodes(group: tuple[str, ...], indent: str) -> None:
        for drawn, label, (o, c, _dot), groups in g.nodes:
            if groups == group or (flatten and not group):
                shown = drawn if flatten else label
                if flatten:
                    shown = label.replace(label.split("<br/>")[0], drawn, 1)
                lines.append(f'{indent}{_safe(drawn)}{o}"{shown}"{c}')
        if flatten:
            return
        for path, title in g.groups.items():
            if path[:-1] == group:
                lines.append(f'{indent}subgraph {_safe("/".join(path) + "/")}["{title}"]')
                emit_nodes(path, indent + "  ")
                lines.append(f"{indent}end")

    emit_nodes((), "  ")
    for src, dst in g.edges:
        lines.append(f"  {_safe(src)} --> {_safe(dst)}")
    return "\n".join(lines) + "\n"


def to_dot(pipeline: ResolvedPipeline, flatten: bool = False) -> str:
    g = _Graph()
    _expand(pipeline, (), {name: [f"input:{name}"] for name in pipeline.inputs}, g)
    lines = [f'digraph "{pipeline.name}" {{', "  rankdir=LR;", "  node [fontname=Helvetica];"]
    for name in pipeline.inputs:
        lines.append(f'  "input:{name}" [shape=cds, label="input: {name}"];')

    def emit(group: tuple[str, ...], indent: str) -> None:
        for drawn, label, (_o, _c, dot_shape), groups in g.nodes:
            if groups == group or (flatten and not group):
                text = label.replace("<br/>", "\\n")
                if flatten:
                    text = text.replace(text.split("\\n")[0], drawn, 1)
                lines.append(f'{indent}"{drawn}" [shape={dot_shape}, label="{text}"];')
        if flatten:
            return
        for path, title in g.groups.items():
            if path[:-1] == group:
                lines.append(f'{indent}subgraph "cluster_{"/".join(path)}" {{')
                lines.append(f'{indent}  label="{title}"; style=rounded;')
                emit(path, indent + "  ")
                lines.append(f"{indent}}}")

    emit((), "  ")
    for src, dst in g.edges:
        lines.append(f'  "{src}" -> "{dst}";')
    lines.append("}")
    return "\n".join(lines) + "\n"
