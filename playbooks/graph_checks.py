"""The graph rules checked at every level: what a node's `inputs` may name, whether the data
kinds fit (from the kind registry), that the graph is acyclic (and its topological order),
and what the pipeline outputs. The resolver mixes `GraphChecks` in.
"""

from __future__ import annotations

from typing import Any

from .child_pipelines import ChildInterface
from .errors import YamlPath, did_you_mean
from .kinds import REGISTRY
from .parameter_binding import describe
from .resolve_level import ErrorCollector, Level
from .spec.models import PipelineSpec, node_subtype
from .spec.resolved import DataKind, NodeRef


def produced_kind(kind: str, subtype: str | None) -> DataKind | None:
    desc = REGISTRY.get(kind, subtype)
    return desc.produces if desc else None


def input_rule_violation(kind: str, subtype: str | None, kinds: list[DataKind | None]) -> str | None:
    """None when `kinds` (the upstream data kinds, in order) suit this node; else what is expected."""
    desc = REGISTRY.get(kind, subtype)
    if desc is None or desc.consumes is None:  # no `inputs` field: the schema already refused any
        return None
    return desc.consumes.violation(kinds)


class GraphChecks(ErrorCollector):
    """Checks of one level's graph; errors go to the resolver's list."""

    def _reference(
        self,
        text: str,
        spec: PipelineSpec,
        interfaces: dict[str, ChildInterface],
        produced: dict[str, DataKind | None],
        level: Level,
        path: YamlPath,
        consumer: str,
    ) -> NodeRef | None:
        node_id, _, output = text.partition(".")
        if output:
            if node_id not in interfaces:
                what = "is not a pipeline node" if node_id in produced else "does not exist"
                self._err(
                    level,
                    path,
                    f"found '{text}' but '{node_id}' {what}; expected `NODE.OUTPUT` only for a pipeline node's named output",
                )
                return None
            iface = interfaces[node_id]
            if output not in iface.outputs:
                self._err(
                    level,
                    path,
                    f"'{node_id}' ({iface.name}) has no output '{output}'{did_you_mean(output, iface.outputs)}; outputs: {', '.join(iface.outputs) or 'none'}",
                )
                return None
            return NodeRef(node_id, output)
        if node_id in spec.inputs:
            return NodeRef(node_id, None, is_pipeline_input=True)
        if node_id not in produced:
            known = list(produced) + list(spec.inputs)
            self._err(
                level,
                path,
                f"input '{text}' of node '{consumer}' does not exist{did_you_mean(text, known)}; expected a node id or declared input: {', '.join(known)}",
            )
            return None
        if node_id == consumer:
            self._err(level, path, f"node '{consumer}' lists itself as an input; expected an upstream node")
            return None
        if node_id in interfaces and interfaces[node_id].default_output is None:
            iface = interfaces[node_id]
            self._err(
                level,
                path,
                f"'{node_id}' ({iface.name}) {iface.problem}; expected `{node_id}.OUTPUT` with one of: {', '.join(iface.outputs) or 'none'}",
            )
            return None
        out = interfaces[node_id].default_output if node_id in interfaces else None
        return NodeRef(node_id, out)

    def _check_kinds(
        self,
        node: Any,
        refs: list[tuple[Any, NodeRef, DataKind | None]],
        produced: dict[str, DataKind | None],
        spec: PipelineSpec,
        level: Level,
        npath: YamlPath,
    ) -> None:
        kinds = [k for _, _, k in refs]
        expected = input_rule_violation(node.type, node_subtype(node), kinds)
        if expected is None:
            return
        found = ", ".join(f"'{r}' ({k or 'nothing'})" for _, r, k in refs) or "no inputs"
        self._err(
            level,
            npath + ("inputs",),
            f"node '{node.id}' ({describe(node.type, node_subtype(node))}) expects {expected}; found {found}",
        )

    def _topological(self, spec: PipelineSpec, edges: dict[str, list[str]], level: Level, here: YamlPath) -> list[str] | None:
        ids = [n.id for n in spec.nodes]
        state: dict[str, int] = {}
        order: list[str] = []
        stack: list[str] = []

        def visit(n: str) -> bool:
            state[n] = 1
            stack.append(n)
            for dep in edges.get(n, []):
                if state.get(dep) == 1:
                    cycle = stack[stack.index(dep) :] + [dep]
                    idx = ids.index(cycle[0])
                    self._err(
                        level,
                        here + ("nodes", idx, "inputs"),
                        f"cycle in the graph: {' -> '.join(reversed(cycle))}; expected a directed acyclic graph",
                    )
                    return False
                if state.get(dep) is None and dep in edges and not visit(dep):
                    return False
            stack.pop()
            state[n] = 2
            order.append(n)
            return True

        for n in ids:
            if state.get(n) is None and not visit(n):
                return None
        return order

    def _outputs(
        self, spec: PipelineSpec, produced: dict[str, DataKind | None], consumed: set[str], level: Level, here: YamlPath
    ) -> dict[str, str]:
        for name, node_id in spec.outputs.items():
            if node_id not in produced:
                self._err(
                    level,
                    here + ("outputs", name),
                    f"output '{name}' names node '{node_id}', which does not exist{did_you_mean(node_id, produced)}",
                )
            elif produced[node_id] is None:
                self._err(
                    level,
                    here + ("outputs", name),
                    f"output '{name}' names node '{node_id}', which produces nothing; expected a node that produces a dataset or model",
                )
        if spec.outputs:
            return dict(spec.outputs)
        terminal = [n for n in produced if n not in consumed and produced[n] is not None]
        return {terminal[0]: terminal[0]} if len(terminal) == 1 else {t: t for t in terminal}
