"""What changed between two resolved playbooks: nodes, wiring, configs, parameters,
sub-pipeline versions (recursively, with the nested path of each change)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .spec.resolved import ResolvedNode, ResolvedPipeline


@dataclass(frozen=True)
class Change:
    kind: str  # added | removed | changed
    path: str  # e.g. "nodes.train.config.instance_type" or "nodes.features(child).nodes.aggregate"
    before: Any = None
    after: Any = None

    def __str__(self) -> str:
        sign = {"added": "+", "removed": "-", "changed": "~"}[self.kind]
        if self.kind == "changed":
            return f"{sign} {self.path}: {self.before!r} -> {self.after!r}"
        value = self.after if self.kind == "added" else self.before
        return f"{sign} {self.path}" + (f": {value!r}" if value is not None else "")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "before": self.before, "after": self.after}


def _node_summary(node: ResolvedNode) -> dict[str, Any]:
    return {
        "kind": node.kind + (f"/{node.subtype}" if node.subtype else ""),
        "inputs": [str(r) for r in node.inputs]
        if node.kind != "pipeline"
        else {k: str(v) for k, v in node.input_bindings.items()},
        "config": node.config.model_dump(mode="json") if node.config is not None else None,
        "uses": f"{node.child.name}@{node.child.version}" if node.child is not None else None,
    }


def _compare_values(path: str, before: Any, after: Any, out: list[Change]) -> None:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after), key=str):
            if key not in before:
                out.append(Change("added", f"{path}.{key}", None, after[key]))
            elif key not in after:
                out.append(Change("removed", f"{path}.{key}", before[key], None))
            else:
                _compare_values(f"{path}.{key}", before[key], after[key], out)
    elif before != after:
        out.append(Change("changed", path, before, after))


def diff_pipelines(a: ResolvedPipeline, b: ResolvedPipeline, prefix: str = "") -> list[Change]:
    changes: list[Change] = []
    p = f"{prefix}." if prefix else ""
    if not prefix and a.version != b.version:
        changes.append(Change("changed", "version", a.version, b.version))
    for field in ("description", "region", "labels", "parameters", "inputs", "outputs"):
        _compare_values(f"{p}{field}", getattr(a, field), getattr(b, field), changes)
    nodes_a = {n.id: n for n in a.nodes}
    nodes_b = {n.id: n for n in b.nodes}
    for node_id in [n.id for n in a.nodes] + [n.id for n in b.nodes if n.id not in nodes_a]:
        path = f"{p}nodes.{node_id}"
        if node_id not in nodes_b:
            changes.append(Change("removed", path, _node_summary(nodes_a[node_id])["kind"]))
            continue
        if node_id not in nodes_a:
            changes.append(Change("added", path, None, _node_summary(nodes_b[node_id])["kind"]))
            continue
        na, nb = _node_summary(nodes_a[node_id]), _node_summary(nodes_b[node_id])
        _compare_values(path, na, nb, changes)
        child_a, child_b = nodes_a[node_id].child, nodes_b[node_id].child
        if child_a is not None and child_b is not None:
            changes.extend(diff_pipelines(child_a, child_b, f"{path}(child)"))
    return changes
