"""Synthetic playbooks for the benchmark: N leaf nodes nested D pipelines deep.

Depth 1 is one flat pipeline: an S3 data source followed by a chain of
preprocessing nodes. Depth D > 1 puts the chain into D nested inline pipeline
nodes (one YAML file, no library), the leaf nodes spread evenly over the
levels, so the same node count is measured flat and deeply assembled.

"Wide" puts the chain into consecutive nested pipelines of at most 100 nodes
each (depth 2): how a pipeline of a thousand steps has to be built, because a
pipeline level of more than ~125 nodes cannot deploy (its orchestrator role
would pass IAM's inline policy quota; synth refuses it, constructs_lib/iam.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def _chain(prefix: str, count: int, first_input: str) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    upstream = first_input
    for i in range(count):
        node_id = f"{prefix}{i}"
        nodes.append({"id": node_id, "type": "preprocessing", "inputs": [upstream]})
        upstream = node_id
    return nodes


def _level(level: int, depth: int, per_level: list[int]) -> dict[str, Any]:
    """The spec of nesting level `level` (1-based); levels > 1 take input `raw`."""
    if level == 1:
        nodes: list[dict[str, Any]] = [{"id": "source", "type": "data_source", "source": "s3"}]
        upstream = "source"
    else:
        nodes = []
        upstream = "raw"
    chain = _chain(f"l{level}_step", per_level[level - 1], upstream)
    nodes += chain
    if chain:
        upstream = chain[-1]["id"]
    if level < depth:
        nodes.append(
            {
                "id": f"nested{level + 1}",
                "type": "pipeline",
                "pipeline": {"name": f"level-{level + 1}", "spec": _level(level + 1, depth, per_level)},
                "inputs": [upstream],
            }
        )
    spec: dict[str, Any] = {"nodes": nodes}
    if level > 1:
        spec = {"inputs": {"raw": "dataset"}, **spec}
    return spec


def playbook(nodes: int, depth: int) -> dict[str, Any]:
    """A valid playbook with exactly `nodes` leaf nodes (the data source included)."""
    if nodes < depth:
        raise ValueError(f"{nodes} nodes cannot fill {depth} levels (each nested level needs one node)")
    chain = nodes - 1  # the data source is the first leaf
    per_level = [chain // depth] * depth
    for i in range(chain % depth):
        per_level[i] += 1
    # every nested level must contain at least one node
    for i in range(1, depth):
        if per_level[i] == 0:
            per_level[i] = 1
            per_level[0] -= 1
    return {
        "apiVersion": "playbooks/v1",
        "kind": "Pipeline",
        "metadata": {
            "name": f"bench-n{nodes}-d{depth}",
            "version": "1.0.0",
            "description": f"Benchmark pipeline: {nodes} nodes, {depth} levels deep.",
        },
        "spec": {"platform": "aws", **_level(1, depth, per_level)},
    }


def wide_playbook(nodes: int, per_pipeline: int = 100) -> dict[str, Any]:
    """`nodes` leaf nodes: the data source, then a chain of nested pipelines of at most `per_pipeline` nodes."""
    remaining = nodes - 1
    top: list[dict[str, Any]] = [{"id": "source", "type": "data_source", "source": "s3"}]
    upstream = "source"
    part = 0
    while remaining > 0:
        part += 1
        count = min(per_pipeline, remaining)
        remaining -= count
        spec = {"inputs": {"raw": "dataset"}, "nodes": _chain(f"p{part}_step", count, "raw")}
        node_id = f"part{part}"
        top.append({"id": node_id, "type": "pipeline", "pipeline": {"name": f"part-{part}", "spec": spec}, "inputs": [upstream]})
        upstream = node_id
    return {
        "apiVersion": "playbooks/v1",
        "kind": "Pipeline",
        "metadata": {
            "name": f"bench-n{nodes}-wide",
            "version": "1.0.0",
            "description": f"Benchmark pipeline: {nodes} nodes in nested pipelines of at most {per_pipeline}.",
        },
        "spec": {"platform": "aws", "nodes": top},
    }


def write_wide_playbook(directory: Path, nodes: int) -> Path:
    path = Path(directory) / f"bench-n{nodes}-wide.yaml"
    path.write_text(yaml.safe_dump(wide_playbook(nodes), sort_keys=False))
    return path


def write_playbook(directory: Path, nodes: int, depth: int) -> Path:
    path = Path(directory) / f"bench-n{nodes}-d{depth}.yaml"
    path.write_text(yaml.safe_dump(playbook(nodes, depth), sort_keys=False))
    return path


def count_leaf_nodes(spec: dict[str, Any]) -> int:
    total = 0
    for node in spec["nodes"]:
        total += count_leaf_nodes(node["pipeline"]["spec"]) if node["type"] == "pipeline" else 1
    return total
