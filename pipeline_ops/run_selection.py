"""Which nodes a run starts when it is asked for part of the pipeline: `playbook run --from NODE` / `--only NODE`.

- `--from NODE`: NODE and every node downstream of it run (their jobs start even on a cache hit:
  that is what was asked). Every other node with a job is **reused**: the run's input names its
  latest successful output (the cache index's `latest.json`), which the node's cache gate puts where
  the job's result would have gone (constructs_lib/asl.py cache_gate), so downstream reads it.
- `--only NODE`: NODE runs on its upstream nodes' latest outputs; its upstream nodes are reused and
  every other node is **skipped** (the gate records why and starts nothing).
A node whose kind the step cache cannot reuse (a database or API extraction, a sub-pipeline, an
endpoint) runs when a node that runs reads it, else it is skipped (`--from`: a node neither upstream
nor downstream of NODE whose output no running node reads is skipped too). A node to reuse that has no
successful run yet refuses the run before anything is uploaded or started (`SelectionRefused`).
"""

from __future__ import annotations

from dataclasses import dataclass

from playbooks.errors import did_you_mean
from playbooks.failures import EXIT_USAGE, PlaybookFailure
from playbooks.spec.cache_settings import STEPLESS, reused_fields
from playbooks.spec.resolved import ResolvedPipeline

RUN, REUSE, SKIP = "run", "reuse", "skip"


class UnknownNode(PlaybookFailure, ValueError):
    """--from/--only names no node of the pipeline."""

    kind = "usage"
    exit_code = EXIT_USAGE


class SelectionRefused(PlaybookFailure):
    """A node the run would reuse has no successful output yet."""

    kind = "selection_refused"


@dataclass(frozen=True)
class Selection:
    """`from_node` or `only_node` (at most one; neither: the whole pipeline, as the cache decides)."""

    from_node: str | None = None
    only_node: str | None = None

    @property
    def node(self) -> str | None:
        return self.from_node or self.only_node

    @property
    def flag(self) -> str:
        return f"--from {self.from_node}" if self.from_node else f"--only {self.only_node}"


def runs_job(pipeline: ResolvedPipeline, node_id: str) -> bool:
    node = pipeline.node(node_id)
    return (node.kind, node.subtype) not in STEPLESS


def plan(pipeline: ResolvedPipeline, selection: Selection) -> dict[str, str]:
    """Node id -> RUN, REUSE or SKIP for every node that runs a job (empty: no selection)."""
    target = selection.node
    if target is None:
        return {}
    if selection.from_node and selection.only_node:
        raise UnknownNode("--from and --only are exclusive; expected one of them")
    ids = [n.id for n in pipeline.nodes]
    if target not in ids:
        flag = "--from" if selection.from_node else "--only"
        raise UnknownNode(
            f"{flag} {target}: {pipeline.name} has no node '{target}'{did_you_mean(target, ids)}; nodes: {', '.join(ids)}"
        )
    upstream = {
        n.id: [r.node for r in (*n.inputs, *n.input_bindings.values()) if not r.is_pipeline_input] for n in pipeline.nodes
    }
    running = {target}
    if selection.from_node:
        for node_id in ids:  # topological: a node downstream of one that runs runs too
            if any(u in running for u in upstream[node_id]):
                running.add(node_id)
    before, stack = set(), list(upstream[target])
    while stack:  # every node upstream of the target, read or not: each says where its output came from
        node_id = stack.pop()
        if node_id not in before:
            before.add(node_id)
            stack.extend(upstream[node_id])
    decided: dict[str, str] = {}
    needed: set[str] = set()
    for node_id in reversed(ids):  # consumers before producers: whether anything reads a node is known
        node = pipeline.node(node_id)
        reusable = reused_fields(node.kind, node.subtype) is not None
        if node_id in running:
            decided[node_id] = RUN
        elif reusable and (node_id in needed or node_id in before):
            decided[node_id] = REUSE
        elif node_id in needed:  # read by a node that runs, and nothing to reuse: it runs too
            decided[node_id] = RUN
        else:
            decided[node_id] = SKIP
        if decided[node_id] == RUN:
            needed.update(upstream[node_id])
    return {node_id: decided[node_id] for node_id in ids if runs_job(pipeline, node_id)}


def refusal(missing: list[str], selection: Selection) -> SelectionRefused:
    lines = [f"{node} has no successful run yet: run the whole pipeline first" for node in missing]
    return SelectionRefused(f"{selection.flag} reuses the latest output of the nodes before it; " + "; ".join(lines))
