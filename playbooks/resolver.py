"""Resolve a validated playbook into a `ResolvedPipeline`: follow `use:` references
through the library (fractal assembly), bind parameters and inputs across each
pipeline boundary, check the graph at every level and order nodes topologically.

This module holds one level (`Resolver._pipeline`); the rest is mixed in: parameters
(parameter_binding), child pipelines (child_pipelines), graph rules and order (graph_checks).

All errors at every level are collected; nothing is returned unless the whole
tree is valid.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .child_pipelines import ChildInterface, ChildPipelines, interface_of
from .code_location import code_root_for
from .errors import PlaybookError, PlaybookInvalid, YamlPath
from .graph_checks import GraphChecks, produced_kind
from .library import Library
from .loader import LoadedPlaybook
from .node_checks import check_label_counts, check_node, check_parameter_secrets
from .parameter_binding import ParameterBinding
from .resolve_level import Level
from .spec.models import Parameter, PipelineNode, PipelineSpec, node_subtype
from .spec.resolved import DataKind, DeclaredParameter, NodeRef, ResolvedNode, ResolvedPipeline
from .yaml_source import YamlDocument

DEFAULT_MAX_DEPTH = 8


@dataclass
class Resolver(ParameterBinding, ChildPipelines, GraphChecks):
    library: Library | None
    max_depth: int = DEFAULT_MAX_DEPTH
    pins: dict[str, str] = field(default_factory=dict)  # reference -> exact version (from a lock)
    strict_pins: bool = False  # a lock is in force: every `use:` must have a pin
    errors: list[PlaybookError] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)  # `use:` text -> version chosen (for the lock)
    used: dict[str, LoadedPlaybook] = field(default_factory=dict)  # "name@version" -> playbook, for the lock
    warnings: list[PlaybookError] = field(default_factory=list)

    def resolve(self, loaded: LoadedPlaybook, parameters: dict[str, Any] | None = None) -> ResolvedPipeline:
        level = Level(loaded.doc, (), loaded.name, loaded.version, (f"{loaded.name}@{loaded.version}",), 1)
        result = self._pipeline(loaded.model.spec, level, loaded.model.metadata, loaded.digest, parameters or {}, given_at=None)
        if result is not None:
            self.errors.extend(check_label_counts(result, loaded.doc))
        if self.errors or result is None:
            raise PlaybookInvalid(self.errors)
        unique = sorted(set(self.warnings), key=lambda e: (e.file, e.line, e.column, e.path, e.message))
        return dataclasses.replace(result, warnings=tuple(unique))

    def _code_root(self, level: Level) -> Path | None:
        dirs = self.library.dirs if self.library is not None else []
        return code_root_for(level.doc.file, level.name, dirs)

    # -- one level -------------------------------------------------------------------------
    def _pipeline(
        self,
        spec: PipelineSpec,
        level: Level,
        metadata: Any,
        digest: str,
        given: dict[str, Any],
        given_at: tuple[YamlDocument, YamlPath, str] | None,
        parent_parameters: dict[str, Parameter] | None = None,
    ) -> ResolvedPipeline | None:
        here = level.prefix + ("spec",)
        params = self._bind_parameters(spec, given, given_at, level, parent_parameters or {})
        self._check_parameter_references(spec, level, here)
        self.errors.extend(check_parameter_secrets(spec, level.doc, here))
        ids = [n.id for n in spec.nodes]
        code_root = self._code_root(level)
        for i, node in enumerate(spec.nodes):
            self.errors.extend(check_node(node, level.doc, here + ("nodes", i), code_root))
            if ids.index(node.id) != i:
                self._err(
                    level,
                    here + ("nodes", i, "id"),
                    f"found duplicate node id '{node.id}'; expected ids unique in this pipeline (first used by spec.nodes[{ids.index(node.id)}])",
                )
            elif node.id in spec.inputs:
                self._err(
                    level,
                    here + ("nodes", i, "id"),
                    f"node id '{node.id}' is also a declared pipeline input; expected distinct names",
                )

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
                kind = (
                    spec.inputs[ref.node]
                    if ref.is_pipeline_input
                    else (interfaces[ref.node].outputs.get(ref.output) if ref.output else produced.get(ref.node))
                )
                refs.append((key, ref, kind))
                if not ref.is_pipeline_input:
                    edges[node.id].append(ref.node)
            if isinstance(node, PipelineNode):
                bindings[node.id] = self._bind_child_inputs(node, raw, refs, interfaces.get(node.id), level, npath)
            else:
                resolved_inputs[node.id] = tuple(r for _, r, _ in refs)
                # Only judge kinds when every reference resolved, to a sub-pipeline that resolved too: a
                # failed child is already reported, and its "kind" says nothing about the consumer.
                failed_child = any(r.node in children and children[r.node] is None for _, r, _ in refs)
                if len(refs) == len(items) and not failed_child:
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
                nodes.append(
                    ResolvedNode(
                        node.id,
                        "pipeline",
                        None,
                        None,
                        (),
                        bindings.get(node.id, {}),
                        children.get(node.id),
                        produced.get(node.id),
                    )
                )
            else:
                nodes.append(
                    ResolvedNode(
                        node.id,
                        node.type,
                        node_subtype(node),
                        node.config,
                        resolved_inputs.get(node.id, ()),
                        {},
                        None,
                        produced.get(node.id),
                        description=node.description,
                        cache=getattr(node, "cache", None),
                    )
                )
        return ResolvedPipeline(
            name=level.name,
            version=level.version,
            digest=digest,
            description=getattr(metadata, "description", "") or "",
            owner=getattr(metadata, "owner", None),
            labels=dict(getattr(metadata, "labels", {}) or {}),
            platform=spec.platform,
            region=spec.region,
            parameters=params,
            inputs=dict(spec.inputs),
            outputs=outputs,
            nodes=tuple(nodes),
            source=level.doc.file if not level.prefix else f"{level.doc.file} ({'.'.join(map(str, level.prefix))}, inline)",
            code_root=str(code_root) if code_root else "",
            declared={name: DeclaredParameter(p.type, p.default, p.required) for name, p in spec.parameters.items()},
            cache=spec.cache,
        )


def resolve(
    loaded: LoadedPlaybook,
    library: Library | None,
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    pins: dict[str, str] | None = None,
    parameters: dict[str, Any] | None = None,
) -> ResolvedPipeline:
    return Resolver(library, max_depth, dict(pins or {})).resolve(loaded, parameters)
