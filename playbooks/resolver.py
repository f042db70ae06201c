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


from . import params as param_refs
from .kinds import REGISTRY
from .errors import PlaybookError, PlaybookInvalid, YamlPath, did_you_mean
from .library import Library, ReferenceError_
from .loader import LoadedPlaybook, content_digest
from .node_checks import check_label_counts, check_node, code_root_for
from .semver import Range, RangeError, Version, split_reference
from .spec.models import Parameter, PipelineNode, PipelineSpec, node_subtype, value_has_type
from .spec.resolved import DataKind, DeclaredParameter, NodeRef, ResolvedNode, ResolvedPipeline
from .yaml_source import YamlDocument

DEFAULT_MAX_DEPTH = 8


def produced_kind(kind: str, subtype: str | None) -> DataKind | None:
    desc = REGISTRY.get(kind, subtype)
    return desc.produces if desc else None


def describe(kind: str, subtype: str | None) -> str:
    return f"{kind} {subtype}" if subtype else kind


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
class Resolver:
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

    def _err(self, level: _Level, path: YamlPath, message: str) -> None:
        self.errors.append(level.doc.error(path, message))

    # -- parameters ------------------------------------------------------------------------
    def _bind_parameters(self, spec: PipelineSpec, given: dict[str, Any],
                         given_at: tuple[YamlDocument, YamlPath, str] | None, level: _Level,
                         parent_parameters: dict[str, Parameter]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, value in given.items():
            if name in spec.parameters and _mentions_parameters(value):
                doc, path, child = given_at or (level.doc, (), level.name)
                self._check_bound_reference(value, spec.parameters[name], parent_parameters, doc, path + ("with", name), child, name)
                values[name] = value  # the parent's value, resolved at run time (bound even when invalid: one error, not two)
            elif name not in spec.parameters:
                doc, path, child = given_at or (level.doc, (), level.name)
                declared = ", ".join(spec.parameters) or "none"
                self.errors.append(doc.error(path + ("with", name),
                    f"unknown parameter '{name}' for {child}{did_you_mean(name, spec.parameters)}; declared parameters: {declared}"))
            elif not value_has_type(value, spec.parameters[name].type):
                doc, path, child = given_at or (level.doc, (), level.name)
                self.errors.append(doc.error(path + ("with", name),
                    f"found {value!r} for parameter '{name}' of {child}; expected a value of type {spec.parameters[name].type}"))
            else:
                values[name] = value
        for name, param in spec.parameters.items():
            if name in values:
                continue
            if param.required:
                doc, path, child = given_at or (level.doc, level.prefix + ("spec", "parameters", name), level.name)
                self.errors.append(doc.error(path + (("with",) if given_at else ()),
                    f"missing required parameter '{name}' ({param.type}) of {child}; expected it in `with:`"))
            else:
                values[name] = param.default
        return values

    def _check_bound_reference(self, value: Any, param: Parameter, parent: dict[str, Parameter], doc: YamlDocument,
                               path: YamlPath, child: str, name: str) -> bool:
        """A `with:` value naming the parent's parameters: declared there, of a type the child accepts."""
        if not isinstance(value, str):
            self.errors.append(doc.error(path, f"found a parameter reference inside a {type(value).__name__} for parameter '{name}' "
                                               f"of {child}; expected the reference as the whole value or inside a string"))
            return False
        bad = param_refs.malformed(value)
        if bad:
            self.errors.append(doc.error(path, f"found '{bad}'; expected a parameter reference written {{{{ params.NAME }}}}"))
            return False
        ok = True
        for ref in param_refs.references(value):
            if ref not in parent:
                declared = ", ".join(parent) or "none"
                self.errors.append(doc.error(path, f"'{{{{ params.{ref} }}}}' names an undeclared parameter{did_you_mean(ref, parent)}; "
                                                   f"declared parameters of this pipeline: {declared}"))
                ok = False
        if not ok:
            return False
        whole = param_refs.whole_reference(value)
        if whole is not None:
            found = parent[whole].type
            if not (found == param.type or (param.type == "number" and found == "integer")
                    or (param.type == "string" and found in ("integer", "number", "boolean"))):
                self.errors.append(doc.error(path, f"'{{{{ params.{whole} }}}}' is a {found} but parameter '{name}' of {child} "
                                                   f"is a {param.type}; expected a parameter of type {param.type}"))
                return False
        elif param.type != "string":
            self.errors.append(doc.error(path, f"found text around a parameter reference for parameter '{name}' of {child}, "
                                               f"which is a {param.type}; expected the reference alone ('{{{{ params.NAME }}}}')"))
            return False
        return True

    def _check_parameter_references(self, spec: PipelineSpec, level: _Level, here: YamlPath) -> None:
        """Every `{{ params.NAME }}` in node configs names a declared parameter, in a field read at run time;
        a declared parameter nothing references is a warning."""
        used: set[str] = set()
        for i, node in enumerate(spec.nodes):
            npath = here + ("nodes", i)
            if isinstance(node, PipelineNode):
                for value in node.with_.values():
                    for _, text in param_refs.strings(value):
                        used.update(param_refs.references(text))
                continue
            raw = _subtree_or_none(level.doc.data, npath + ("config",))
            subtype = node_subtype(node)
            for path, text in param_refs.strings(raw):
                bad = param_refs.malformed(text)
                if bad:
                    self._err(level, npath + ("config",) + path, f"found '{bad}'; expected a parameter reference written {{{{ params.NAME }}}}")
                    continue
                names = param_refs.references(text)
                if not names:
                    continue
                if not param_refs.allowed_at(node.type, subtype, path):
                    self._err(level, npath + ("config",) + path,
                              f"found a parameter reference in a field of a {describe(node.type, subtype)} node that is fixed at deploy time; "
                              f"expected references only in fields read at run time ({param_refs.allowed_fields_text()})")
                    continue
                for name in names:
                    if name not in spec.parameters:
                        declared = ", ".join(spec.parameters) or "none"
                        self._err(level, npath + ("config",) + path,
                                  f"'{{{{ params.{name} }}}}' names an undeclared parameter{did_you_mean(name, spec.parameters)}; "
                                  f"expected one of the declared parameters: {declared}")
                    used.add(name)
        for name in spec.parameters:
            if name not in used:
                self.warnings.append(level.doc.error(level.prefix + ("spec", "parameters", name),
                    f"parameter '{name}' is declared but nothing references it; expected '{{{{ params.{name} }}}}' in a node config "
                    "or a `with:` value (or remove the declaration)"))

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
            data = _subtree(level.doc.data, npath + ("pipeline",))
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


def _mentions_parameters(value: Any) -> bool:
    return any("{{" in text and "params" in text for _, text in param_refs.strings(value))


def _subtree_or_none(data: Any, path: YamlPath) -> Any:
    try:
        return _subtree(data, path)
    except (KeyError, IndexError, TypeError):
        return None


def _subtree(data: Any, path: YamlPath) -> Any:
    for part in path:
        data = data[part]
    return data


def resolve(loaded: LoadedPlaybook, library: Library | None, *, max_depth: int = DEFAULT_MAX_DEPTH,
            pins: dict[str, str] | None = None, parameters: dict[str, Any] | None = None) -> ResolvedPipeline:
    return Resolver(library, max_depth, dict(pins or {})).resolve(loaded, parameters)
