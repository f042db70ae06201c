"""Resolve a validated playbook into a `ResolvedPipeline`: follow `use:` references
through the library (fractal assembly), bind parameters and inputs across each
pipeline boundary, check the graph at every level and order nodes topologically.

All errors at every level are collected; nothing is returned unless the whole
tree is valid.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from .kinds import REGISTRY
from .errors import PlaybookError, PlaybookInvalid, YamlPath, did_you_mean
from .library import Library, ReferenceError_
from .loader import LoadedPlaybook, content_digest
from .node_checks import check_label_counts, check_node, code_root_for
from .semver import Range, RangeError, Version, split_reference
from .spec.models import Parameter, PipelineNode, PipelineSpec, node_subtype
from .spec.resolved import DataKind, DeclaredParameter, NodeRef, ResolvedNode, ResolvedPipeline
from .parameter_binding import ParameterBinding, describe, subtree
from .yaml_source import YamlDocument

DEFAULT_MAX_DEPTH = 8


def produced_kind(kind: str, subtype: str | None) -> DataKind | None:
    desc = REGISTRY.get(kind, subtype)
    return desc.produces if desc else None


def input_rule_violation(kind: str, subtype: str | None, kinds: list[DataKind | None]) -> str | None:
    """None when `kinds` (the upstream data kinds, in order) suit this node; else what is expected."""
    desc = REGISTRY.get(kind, subtype)
    if desc is None or desc.consumes is None:  # no `inputs` field: the schema already refused any
        return None
    return desc.consumes.violation(kinds)


@dataclass(frozen=True)
class ChildInterface:
    name: str
    inputs: dict[str, DataKind]
    outputs: dict[str, DataKind | None]
    default_output: str | None  # output name used by `inputs: [node]`, when unambiguous
    problem: str | None = None  # why there is no default output


@dataclass
class _Level:
    """One pipeline being resolved: where its text lives and how it was reached."""

    doc: YamlDocument
    prefix: YamlPath  # path of this pipeline's `spec` mapping's parent inside doc
    name: str
    version: str
    chain: tuple[str, ...]  # "name@version" of every enclosing pipeline, outermost first
    depth: int


@dataclass
class Resolver(ParameterBinding):
    library: Library | None
    max_depth: int = DEFAULT_MAX_DEPTH
    pins: dict[str, str] = field(default_factory=dict)  # reference -> exact version (from a lock)
    strict_pins: bool = False  # a lock is in force: every `use:` must have a pin
    errors: list[PlaybookError] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)  # `use:` text -> version chosen (for the lock)
    used: dict[str, LoadedPlaybook] = field(default_factory=dict)  # "name@version" -> playbook, for the lock
    warnings: list[PlaybookError] = field(default_factory=list)

    def resolve(self, loaded: LoadedPlaybook, parameters: dict[str, Any] | None = None) -> ResolvedPipeline:
        level = _Level(loaded.doc, (), loaded.name, loaded.version, (f"{loaded.name}@{loaded.version}",), 1)
        result = self._pipeline(loaded.model.spec, level, loaded.model.metadata, loaded.digest,
                                parameters or {}, given_at=None)
        if result is not None:
            self.errors.extend(check_label_counts(result, loaded.doc))
        if self.errors or result is None:
            raise PlaybookInvalid(self.errors)
        unique = sorted(set(self.warnings), key=lambda e: (e.file, e.line, e.column, e.path, e.message))
        return dataclasses.replace(result, warnings=tuple(unique))

    def _code_root(self, level: _Level) -> Path | None:
        dirs = self.library.dirs if self.library is not None else []
        return code_root_for(level.doc.file, level.name, dirs)

    # -- one level -------------------------------------------------------------------------
    def _pipeline(self, spec: PipelineSpec, level: _Level, metadata: Any, digest: str,
                  given: dict[str, Any], given_at: tuple[YamlDocument, YamlPath, str] | None,
                  parent_parameters: dict[str, Parameter] | None = None) -> ResolvedPipeline | None:
        here = level.prefix + ("spec",)
        params = self._bind_parameters(spec, given, given_at, level, parent_parameters or {})
        self._check_parameter_references(spec, level, here)
        ids = [n.id for n in spec.nodes]
        code_root = self._code_root(level)
        for i, node in enumerate(spec.nodes):
            self.errors.extend(check_node(node, level.doc, here + ("nodes", i), code_root))
            if ids.index(node.id) != i:
                self._err(level, here + ("nodes", i, "id"), f"found duplicate node id '{node.id}'; expected ids unique in this pipeline (first used by spec.nodes[{ids.index(node.id)}])")
            elif node.id in spec.inputs:
                self._err(level, here + ("nodes", i, "id"), f"node id '{node.id}' is also a declared pipeline input; expected distinct names")

        children: dict[str, ResolvedPipeline | None] = {}
        interfaces: dict[str, ChildInterface] = {}
        for i, node in enumerate(spec.nodes):
            if isinstance(node, PipelineNode):
                child = self._child(node, level, here + ("nodes", i), spec.parameters)
                children[node.id] = child
                if child is not None:
                    interfaces[node.id] = interface_of(child)

        produced: dict[str, DataKind | None] = {}
        for node in spec.nodes:
            if isinstance(node, PipelineNode):
                iface = interfaces.get(node.id)
                produced[node.id] = iface.outputs.get(iface.default_output) if iface and iface.default_output else None
            else:
                produced[node.id] = produced_kind(node.type, node_subtype(node))

        edges: dict[str, list[str]] = {n.id: [] for n in spec.nodes}
        resolved_inputs: dict[str, tuple[NodeRef, ...]] = {}
        bindings: dict[str, dict[str, NodeRef]] = {}
        for i, node in enumerate(spec.nodes):
            npath = here + ("nodes", i)
            raw = getattr(node, "inputs", [])
            items = list(raw.items()) if isinstance(raw, dict) else list(enumerate(raw))
            refs: list[tuple[Any, NodeRef, DataKind | None]] = []
            for key, text in items:
                ref = self._reference(text, spec, interfaces, produced, level, npath + ("inputs", key), node.id)
                if ref is None:
                    continue
                kind = spec.inputs[ref.node] if ref.is_pipeline_input else (
                    interfaces[ref.node].outputs.get(ref.output) if ref.output else produced.get(ref.node))
                refs.append((key, ref, kind))
                if not ref.is_pipeline_input:
                    edges[node.id].append(ref.node)
            if isinstance(node, PipelineNode):
                bindings[node.id] = self._bind_child_inputs(node, raw, refs, interfaces.get(node.id), level, npath)
            else:
                resolved_inputs[node.id] = tuple(r for _, r, _ in refs)
                if len(refs) == len(items):  # only judge kinds when every reference resolved
                    self._check_kinds(node, refs, produced, spec, level, npath)

        order = self._topological(spec, edges, level, here)
        consumed = {r for deps in edges.values() for r in deps}
        outputs = self._outputs(spec, produced, consumed, level, here)
        if order is None:
            return None
        nodes = []
        by_id = {n.id: n for n in spec.nodes}
        for node_id in order:
            node = by_id[node_id]
            if isinstance(node, PipelineNode):
                nodes.append(ResolvedNode(node.id, "pipeline", None, None, (), bindings.get(node.id, {}),
                                          children.get(node.id), produced.get(node.id)))
            else:
                nodes.append(ResolvedNode(node.id, node.type, node_subtype(node), node.config,
                                          resolved_inputs.get(node.id, ()), {}, None, produced.get(node.id),
                                          description=node.description))
        return ResolvedPipeline(
            name=level.name, version=level.version, digest=digest,
            description=getattr(metadata, "description", "") or "", owner=getattr(metadata, "owner", None),
            labels=dict(getattr(metadata, "labels", {}) or {}), platform=spec.platform, region=spec.region,
            parameters=params, inputs=dict(spec.inputs), outputs=outputs, nodes=tuple(nodes),
            source=level.doc.file if not level.prefix else f"{level.doc.file} ({'.'.join(map(str, level.prefix))}, inline)",
            code_root=str(code_root) if code_root else "",
            declared={name: DeclaredParameter(p.type, p.default, p.required) for name, p in spec.parameters.items()},
        )

    # -- fractal: child pipelines --------------------------------------------------------------
    def _child(self, node: PipelineNode, level: _Level, npath: YamlPath,
               parent_parameters: dict[str, Parameter]) -> ResolvedPipeline | None:
        if level.depth >= self.max_depth:
            self._err(level, npath, f"nesting depth {level.depth + 1} exceeds the maximum of {self.max_depth} "
                      f"(chain: {' -> '.join(level.chain)}); expected shallower nesting or a larger --max-depth")
            return None
        if node.pipeline is not None:
            inline = node.pipeline
            name = inline.name or f"{level.name}-{node.id.replace('_', '-')}"[:40]
            child_level = _Level(level.doc, npath + ("pipeline",), name, level.version,
                                 level.chain + (f"{name} (inline)",), level.depth + 1)
            data = subtree(level.doc.data, npath + ("pipeline",))
            meta = _InlineMeta(description=node.description)
            return self._pipeline(inline.spec, child_level, meta, content_digest(data), node.with_,
                                  (level.doc, npath, f"inline pipeline '{name}'"), parent_parameters)
        assert node.use is not None
        loaded = self._lookup(node.use, level, npath + ("use",))
        if loaded is None:
            return None
        key = f"{loaded.name}@{loaded.version}"
        if loaded.name in [c.split("@")[0] for c in level.chain]:
            chain = " -> ".join(level.chain + (key,))
            self._err(level, npath + ("use",), f"reference cycle: {chain}; expected a pipeline never to use itself")
            return None
        self.used[key] = loaded
        child_level = _Level(loaded.doc, (), loaded.name, loaded.version, level.chain + (key,), level.depth + 1)
        return self._pipeline(loaded.model.spec, child_level, loaded.model.metadata, loaded.digest, node.with_,
                              (level.doc, npath, f"child playbook {key} ({loaded.file})"), parent_parameters)

    def _lookup(self, reference: str, level: _Level, path: YamlPath) -> LoadedPlaybook | None:
        name, text = split_reference(reference)
        try:
            rng = Range.parse(text or "*")
        except RangeError as exc:
            self._err(level, path, f"found '{reference}': {exc}")
            return None
        if self.library is None:
            self._err(level, path, f"found '{reference}' but no playbook library is configured")
            return None
        pinned = self.pins.get(reference)
        if pinned is None and self.strict_pins:
            self._err(level, path, f"no lock entry for '{reference}'; run `playbook lock` to pin it")
            return None
        try:
            if pinned is not None:
                if not rng.matches(Version.parse(pinned), include_prerelease=True):
                    self._err(level, path, f"the lock pins '{reference}' to {pinned}, which is outside the range; run `playbook lock` to refresh it")
                    return None
                found = self.library.get(name, pinned)
            else:
                found = self.library.resolve(reference)
            self.references[reference] = found.version
            return found
        except KeyError:
            self._err(level, path, f"the lock pins '{reference}' to {name}@{pinned}, which is not in the library; run `playbook lock --upgrade {name}`")
        except ReferenceError_ as exc:
            self._err(level, path, f"cannot resolve '{reference}': {exc}")
        except PlaybookInvalid as exc:
            self.errors.extend(exc.errors)
        return None

    def _bind_child_inputs(self, node: PipelineNode, raw: Any, refs: list[tuple[Any, NodeRef, DataKind | None]],
                           iface: ChildInterface | None, level: _Level, npath: YamlPath) -> dict[str, NodeRef]:
        if iface is None:
            return {}
        bound: dict[str, NodeRef] = {}
        declared = iface.inputs
        if isinstance(raw, list):
            if raw and len(declared) != 1:
                names = ", ".join(declared) or "none"
                self._err(level, npath + ("inputs",), f"found a list of inputs but {iface.name} declares {len(declared)} inputs ({names}); "
                          "expected a mapping {child_input: upstream}" if declared else
                          f"found inputs but {iface.name} declares no inputs; expected none")
                return {}
            if len(raw) > 1:
                self._err(level, npath + ("inputs",), f"found {len(raw)} inputs; {iface.name} takes one ({next(iter(declared))})")
                return {}
            pairs = [(next(iter(declared)), r, k) for (_, r, k) in refs] if declared else []
        else:
            pairs = []
            for key, ref, kind in refs:
                if key not in declared:
                    self._err(level, npath + ("inputs", key), f"unknown input '{key}' of {iface.name}{did_you_mean(key, declared)}; declared inputs: {', '.join(declared) or 'none'}")
                    continue
                pairs.append((key, ref, kind))
        for name, ref, kind in pairs:
            want = declared[name]
            if kind is not None and kind != want:
                key = name if isinstance(raw, dict) else 0
                self._err(level, npath + ("inputs", key),
                          f"'{ref}' produces a {kind} but input '{name}' of {iface.name} (node '{node.id}') expects a {want}")
            bound[name] = ref
        missing = [n for n in declared if n not in bound and n not in (raw if isinstance(raw, dict) else {})]
        if missing and len(refs) == (len(raw) if raw else 0):
            self._err(level, npath + ("inputs",), f"input(s) {', '.join(missing)} of {iface.name} are not connected; expected each declared input bound to an upstream node")
        return bound

    # -- references, kinds, order ------------------------------------------------------------
    def _reference(self, text: str, spec: PipelineSpec, interfaces: dict[str, ChildInterface],
                   produced: dict[str, DataKind | None], level: _Level, path: YamlPath, consumer: str) -> NodeRef | None:
        node_id, _, output = text.partition(".")
        if output:
            if node_id not in interfaces:
                what = "is not a pipeline node" if node_id in produced else "does not exist"
                self._err(level, path, f"found '{text}' but '{node_id}' {what}; expected `NODE.OUTPUT` only for a pipeline node's named output")
                return None
            iface = interfaces[node_id]
            if output not in iface.outputs:
                self._err(level, path, f"'{node_id}' ({iface.name}) has no output '{output}'{did_you_mean(output, iface.outputs)}; outputs: {', '.join(iface.outputs) or 'none'}")
                return None
            return NodeRef(node_id, output)
        if node_id in spec.inputs:
            return NodeRef(node_id, None, is_pipeline_input=True)
        if node_id not in produced:
            known = list(produced) + list(spec.inputs)
            self._err(level, path, f"input '{text}' of node '{consumer}' does not exist{did_you_mean(text, known)}; expected a node id or declared input: {', '.join(known)}")
            return None
        if node_id == consumer:
            self._err(level, path, f"node '{consumer}' lists itself as an input; expected an upstream node")
            return None
        if node_id in interfaces and interfaces[node_id].default_output is None:
            iface = interfaces[node_id]
            self._err(level, path, f"'{node_id}' ({iface.name}) {iface.problem}; expected `{node_id}.OUTPUT` with one of: {', '.join(iface.outputs) or 'none'}")
            return None
        out = interfaces[node_id].default_output if node_id in interfaces else None
        return NodeRef(node_id, out)

    def _check_kinds(self, node: Any, refs: list[tuple[Any, NodeRef, DataKind | None]], produced: dict[str, DataKind | None], spec: PipelineSpec, level: _Level, npath: YamlPath) -> None:
        kinds = [k for _, _, k in refs]
        expected = input_rule_violation(node.type, node_subtype(node), kinds)
        if expected is None:
            return
        found = ", ".join(f"'{r}' ({k or 'nothing'})" for _, r, k in refs) or "no inputs"
        self._err(level, npath + ("inputs",),
                  f"node '{node.id}' ({describe(node.type, node_subtype(node))}) expects {expected}; found {found}")

    def _topological(self, spec: PipelineSpec, edges: dict[str, list[str]], level: _Level, here: YamlPath) -> list[str] | None:
        ids = [n.id for n in spec.nodes]
        state: dict[str, int] = {}
        order: list[str] = []
        stack: list[str] = []

        def visit(n: str) -> bool:
            state[n] = 1
            stack.append(n)
            for dep in edges.get(n, []):
                if state.get(dep) == 1:
                    cycle = stack[stack.index(dep):] + [dep]
                    idx = ids.index(cycle[0])
                    self._err(level, here + ("nodes", idx, "inputs"), f"cycle in the graph: {' -> '.join(reversed(cycle))}; expected a directed acyclic graph")
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

    def _outputs(self, spec: PipelineSpec, produced: dict[str, DataKind | None], consumed: set[str], level: _Level, here: YamlPath) -> dict[str, str]:
        for name, node_id in spec.outputs.items():
            if node_id not in produced:
                self._err(level, here + ("outputs", name), f"output '{name}' names node '{node_id}', which does not exist{did_you_mean(node_id, produced)}")
            elif produced[node_id] is None:
                self._err(level, here + ("outputs", name), f"output '{name}' names node '{node_id}', which produces nothing; expected a node that produces a dataset or model")
        if spec.outputs:
            return dict(spec.outputs)
        terminal = [n for n in produced if n not in consumed and produced[n] is not None]
        return {terminal[0]: terminal[0]} if len(terminal) == 1 else {t: t for t in terminal}


@dataclass(frozen=True)
class _InlineMeta:
    description: str = ""
    owner: str | None = None
    labels: dict[str, str] = field(default_factory=dict)


def interface_of(child: ResolvedPipeline) -> ChildInterface:
    kinds = {n.id: n.produces for n in child.nodes}
    outputs = {name: kinds.get(node_id) for name, node_id in child.outputs.items()}
    if len(outputs) == 1:
        return ChildInterface(child.name, dict(child.inputs), outputs, next(iter(outputs)))
    problem = (f"has {len(outputs)} outputs" if outputs else "has no output")
    return ChildInterface(child.name, dict(child.inputs), outputs, None, problem)


def resolve(loaded: LoadedPlaybook, library: Library | None, *, max_depth: int = DEFAULT_MAX_DEPTH,
            pins: dict[str, str] | None = None, parameters: dict[str, Any] | None = None) -> ResolvedPipeline:
    return Resolver(library, max_depth, dict(pins or {})).resolve(loaded, parameters)
