"""Fractal assembly: a node that is itself a pipeline, inline or `use:`d from the library.

The resolver mixes `ChildPipelines` in: follow the reference (through the lock's pins),
refuse cycles and too-deep nesting, resolve the child as its own level, and bind the
node's `inputs` to the child's declared inputs. `ChildInterface` is what a resolved child
offers its parent (inputs, outputs, the default output).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .errors import PlaybookInvalid, YamlPath, did_you_mean
from .library import Library, ReferenceError_
from .loader import LoadedPlaybook, content_digest
from .parameter_binding import subtree
from .resolve_level import ErrorCollector, Level
from .semver import Range, RangeError, Version, split_reference
from .spec.models import Parameter, PipelineNode, PipelineSpec
from .spec.resolved import DataKind, NodeRef, ResolvedPipeline
from .yaml_source import YamlDocument


@dataclass(frozen=True)
class ChildInterface:
    name: str
    inputs: dict[str, DataKind]
    outputs: dict[str, DataKind | None]
    default_output: str | None  # output name used by `inputs: [node]`, when unambiguous
    problem: str | None = None  # why there is no default output


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
    problem = f"has {len(outputs)} outputs" if outputs else "has no output"
    return ChildInterface(child.name, dict(child.inputs), outputs, None, problem)


class ChildPipelines(ErrorCollector):
    """The resolver's handling of pipeline nodes; `_pipeline` (one level) is the resolver's own."""

    library: Library | None
    max_depth: int
    pins: dict[str, str]
    strict_pins: bool
    references: dict[str, str]
    used: dict[str, LoadedPlaybook]

    # One level, the resolver's own (Resolver._pipeline): spec, level, metadata, digest, given `with:` values,
    # where they were given, the parent's declared parameters.
    _pipeline: Callable[
        [PipelineSpec, Level, Any, str, dict[str, Any], tuple[YamlDocument, YamlPath, str] | None, dict[str, Parameter]],
        ResolvedPipeline | None,
    ]

    def _child(
        self, node: PipelineNode, level: Level, npath: YamlPath, parent_parameters: dict[str, Parameter]
    ) -> ResolvedPipeline | None:
        if level.depth >= self.max_depth:
            self._err(
                level,
                npath,
                f"nesting depth {level.depth + 1} exceeds the maximum of {self.max_depth} "
                f"(chain: {' -> '.join(level.chain)}); expected shallower nesting or a larger --max-depth",
            )
            return None
        if node.pipeline is not None:
            inline = node.pipeline
            name = inline.name or f"{level.name}-{node.id.replace('_', '-')}"[:40]
            child_level = Level(
                level.doc, npath + ("pipeline",), name, level.version, level.chain + (f"{name} (inline)",), level.depth + 1
            )
            data = subtree(level.doc.data, npath + ("pipeline",))
            meta = _InlineMeta(description=node.description)
            return self._pipeline(
                inline.spec,
                child_level,
                meta,
                content_digest(data),
                node.with_,
                (level.doc, npath, f"inline pipeline '{name}'"),
                parent_parameters,
            )
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
        child_level = Level(loaded.doc, (), loaded.name, loaded.version, level.chain + (key,), level.depth + 1)
        return self._pipeline(
            loaded.model.spec,
            child_level,
            loaded.model.metadata,
            loaded.digest,
            node.with_,
            (level.doc, npath, f"child playbook {key} ({loaded.file})"),
            parent_parameters,
        )

    def _lookup(self, reference: str, level: Level, path: YamlPath) -> LoadedPlaybook | None:
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
                    self._err(
                        level,
                        path,
                        f"the lock pins '{reference}' to {pinned}, which is outside the range; run `playbook lock` to refresh it",
                    )
                    return None
                found = self.library.get(name, pinned)
            else:
                found = self.library.resolve(reference)
            self.references[reference] = found.version
            return found
        except KeyError:
            self._err(
                level,
                path,
                f"the lock pins '{reference}' to {name}@{pinned}, which is not in the library; run `playbook lock --upgrade {name}`",
            )
        except ReferenceError_ as exc:
            self._err(level, path, f"cannot resolve '{reference}': {exc}")
        except PlaybookInvalid as exc:
            self.errors.extend(exc.errors)
        return None

    def _bind_child_inputs(
        self,
        node: PipelineNode,
        raw: Any,
        refs: list[tuple[Any, NodeRef, DataKind | None]],
        iface: ChildInterface | None,
        level: Level,
        npath: YamlPath,
    ) -> dict[str, NodeRef]:
        if iface is None:
            return {}
        bound: dict[str, NodeRef] = {}
        declared = iface.inputs
        if isinstance(raw, list):
            if raw and len(declared) != 1:
                names = ", ".join(declared) or "none"
                self._err(
                    level,
                    npath + ("inputs",),
                    f"found a list of inputs but {iface.name} declares {len(declared)} inputs ({names}); "
                    "expected a mapping {child_input: upstream}"
                    if declared
                    else f"found inputs but {iface.name} declares no inputs; expected none",
                )
                return {}
            if len(raw) > 1:
                self._err(level, npath + ("inputs",), f"found {len(raw)} inputs; {iface.name} takes one ({next(iter(declared))})")
                return {}
            pairs = [(next(iter(declared)), r, k) for (_, r, k) in refs] if declared else []
        else:
            pairs = []
            for key, ref, kind in refs:
                if key not in declared:
                    self._err(
                        level,
                        npath + ("inputs", key),
                        f"unknown input '{key}' of {iface.name}{did_you_mean(key, declared)}; declared inputs: {', '.join(declared) or 'none'}",
                    )
                    continue
                pairs.append((key, ref, kind))
        for name, ref, kind in pairs:
            want = declared[name]
            if kind is not None and kind != want:
                key = name if isinstance(raw, dict) else 0
                self._err(
                    level,
                    npath + ("inputs", key),
                    f"'{ref}' produces a {kind} but input '{name}' of {iface.name} (node '{node.id}') expects a {want}",
                )
            bound[name] = ref
        missing = [n for n in declared if n not in bound and n not in (raw if isinstance(raw, dict) else {})]
        if missing and len(refs) == (len(raw) if raw else 0):
            self._err(
                level,
                npath + ("inputs",),
                f"input(s) {', '.join(missing)} of {iface.name} are not connected; expected each declared input bound to an upstream node",
            )
        return bound
