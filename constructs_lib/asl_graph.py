"""Nodes whose inputs are ready run at the same time: the DAG as Parallel states.

Step Functions has no "wait for these states" join, only Parallel states whose
branches start together and which ends when every branch has ended. A DAG maps
onto that exactly when it is series-parallel, which is how ML pipelines are
usually drawn (fan-out to independent preparations, join at training). The
decomposition, applied recursively to a set of nodes:
- independent groups (weakly connected components) become the branches of one
  Parallel state;
- a connected group is cut where every node after the cut depends (directly or
  through others) on every node before it; the two sides run one after the
  other and are decomposed again. Such a cut adds no waiting: nothing after it
  could have started earlier. Every such cut is a prefix of any topological
  order, so scanning the prefixes of one finds them all.
- a connected group with no such cut is not series-parallel (e.g. a->c, b->c,
  b->d): its sources run first, then the rest. That is the one place where a
  node may wait for a node it does not depend on (d for a); the run time then
  exceeds the critical path by at most that wait.

Results: each branch writes `$.nodes.<id>` in its own copy of the state; the
Parallel state's ResultSelector picks every node's result from the branch
that produced it (and earlier results from the first branch), so after it
`$.nodes` holds the same as after a sequential run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .asl import StepChain


@dataclass(frozen=True)
class Leaf:
    node: str


@dataclass(frozen=True)
class Parallel:
    branches: tuple[tuple["Block", ...], ...]


Block = Leaf | Parallel


def ancestors(order: list[str], deps: dict[str, Iterable[str]]) -> dict[str, set[str]]:
    """Transitive upstream nodes of each node (`order` is topological)."""
    masks = _ancestor_masks(order, deps)
    return {node: {order[i] for i in range(len(order)) if masks[node] >> i & 1} for node in order}


def _ancestor_masks(order: list[str], deps: dict[str, Iterable[str]]) -> dict[str, int]:
    """Ancestors as bit masks over positions in `order` (fast set algebra for 1,000-node graphs)."""
    index = {node: i for i, node in enumerate(order)}
    masks: dict[str, int] = {}
    for node in order:
        mask = 0
        for dep in deps.get(node, ()):
            if dep in index:
                mask |= (1 << index[dep]) | masks.get(dep, 0)
        masks[node] = mask
    return masks


def decompose(order: list[str], deps: dict[str, Iterable[str]]) -> tuple[Block, ...]:
    """The series-parallel schedule of `order` (topological) given each node's upstream nodes."""
    masks = _ancestor_masks(order, deps)
    bit = {node: 1 << i for i, node in enumerate(order)}
    return _sequence(list(order), masks, bit)


def _components(nodes: list[str], anc: dict[str, int], bit: dict[str, int]) -> list[list[str]]:
    members = 0
    for node in nodes:
        members |= bit[node]
    parent = {n: n for n in nodes}
    by_bit = {bit[n]: n for n in nodes}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for node in nodes:
        ups = anc[node] & members
        while ups:
            low = ups & -ups
            parent[find(by_bit[low])] = find(node)
            ups ^= low
    groups: dict[str, list[str]] = {}
    for node in nodes:  # keeps topological (and playbook) order inside and across groups
        groups.setdefault(find(node), []).append(node)
    return list(groups.values())


def _sequence(nodes: list[str], anc: dict[str, int], bit: dict[str, int]) -> tuple[Block, ...]:
    """Blocks run one after another covering `nodes` (iterative along cuts: a 1,000-node chain
    does not recurse 1,000 deep)."""
    blocks: list[Block] = []
    rest = nodes
    while rest:
        if len(rest) == 1:
            blocks.append(Leaf(rest[0]))
            break
        cut = _first_cut(rest, anc, bit)  # a cut implies one connected group: try it first (cheap for chains)
        if cut is None:
            groups = _components(rest, anc, bit)
            if len(groups) > 1:
                blocks.append(Parallel(tuple(_sequence(g, anc, bit) for g in groups)))
                break
        if cut is None:  # not series-parallel: the sources first (see the module docstring)
            members = 0
            for node in rest:
                members |= bit[node]
            head = [n for n in rest if not anc[n] & members]
        else:
            head = rest[:cut]
        blocks.extend(_sequence(head, anc, bit) if len(head) > 1 else [Leaf(head[0])])
        taken = set(head)
        rest = [n for n in rest if n not in taken]
    return tuple(blocks)


def _first_cut(nodes: list[str], anc: dict[str, int], bit: dict[str, int]) -> int | None:
    """Smallest k such that every node of nodes[k:] depends on every node of nodes[:k]."""
    prefix = 0
    for k in range(1, len(nodes)):
        prefix |= bit[nodes[k - 1]]
        if all(anc[b] & prefix == prefix for b in nodes[k:]):
            return k
    return None


def leaves(blocks: Iterable[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Leaf):
            out.append(block.node)
        else:
            for branch in block.branches:
                out.extend(leaves(branch))
    return out


def to_chains(blocks: tuple[Block, ...], chains: dict[str, StepChain], result_path: str = "$.nodes") -> list[StepChain]:
    """StepChains to run in order: node chains, and one Parallel state per parallel block."""
    counter = [0]

    def sequence(seq: tuple[Block, ...], done: list[str]) -> list[StepChain]:
        out: list[StepChain] = []
        for block in seq:
            if isinstance(block, Leaf):
                out.append(chains[block.node])
                done.append(block.node)
                continue
            counter[0] += 1
            branches, selector = [], {n: f"$[0].nodes.{n}" for n in done}
            for index, branch in enumerate(block.branches):
                branch_chains = sequence(branch, list(done))
                branches.append(_branch(branch_chains))
                for node in leaves(branch):
                    selector[node] = f"$[{index}].nodes.{node}"
            ids = leaves([block])
            name = f"Parallel {counter[0]}: {', '.join(ids)}"
            if len(name) > 80:  # state names are at most 80 characters
                name = name[:77] + "..."
            out.append(
                StepChain.single(
                    name,
                    {
                        "Type": "Parallel",
                        "Comment": "Independent nodes run at the same time",
                        "Branches": branches,
                        "ResultSelector": {f"{n}.$": path for n, path in selector.items()},
                        "ResultPath": result_path,
                    },
                )
            )
            done.extend(ids)
        return out

    return sequence(blocks, [])


def _branch(chains: list[StepChain]) -> dict[str, Any]:
    states: dict[str, dict[str, Any]] = {}
    for chain, following in zip(chains, [*chains[1:], None]):
        for name, state in chain.states.items():
            if name in chain.ends:
                state = dict(state, Next=following.start) if following else {**state, "End": True}
            states[name] = state
    return {"StartAt": chains[0].start, "States": states}
