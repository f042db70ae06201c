"""The node-kind registry: built-in kinds (one module each under `playbooks/kinds/builtin/`)
and kinds from other teams' packages (entry points in the group `playbooks.node_kinds`).

Built-ins are found by listing the `builtin` package, so a new built-in kind is one
module there and nothing else to edit. Plugins are loaded lazily: only when a playbook
names a type the registry does not know (then only the entry point of that name), or
when a full listing is asked for (schema export, palette). A plugin that fails to load is remembered with the reason, never
raised: the playbook that names its type gets a positioned error saying which plugin
failed and why; everything else keeps working.

Entry point contract: the entry point's *name* is the node type it adds; its value
points at a KindDescriptor, a list of them (one per subtype), or a function returning
either, e.g. in the plugin's pyproject.toml:

    [project.entry-points."playbooks.node_kinds"]
    dataset_catalog = "dataset_catalog_plugin.kind:KIND"
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from dataclasses import dataclass, replace
from typing import Any, Iterable

from ..failures import PlaybookFailure
from .descriptor import KindDescriptor

GROUP = "playbooks.node_kinds"


class KindUnavailable(PlaybookFailure):
    """A node's kind cannot be built: its plugin is missing or broken (raised at synth, when the
    construct is imported; validation reports the same problem with file, line and YAML path)."""

    kind = "plugin"


@dataclass(frozen=True)
class PluginFailure:
    """A plugin that could not be used: which entry point, from which distribution, and why."""

    name: str  # entry point name = the node type it would add
    value: str  # "module:attr"
    distribution: str
    reason: str

    def __str__(self) -> str:
        return f"plugin '{self.distribution}' (entry point {GROUP}: {self.name} = {self.value}) failed to load: {self.reason}"


class KindRegistry:
    def __init__(self) -> None:
        self._kinds: dict[str, KindDescriptor] = {}
        self._builtin_loaded = False
        self._plugins_loaded = False
        self._tried: set[str] = set()  # entry point names already loaded (or failed)
        self.failures: dict[str, PluginFailure] = {}
        self.generation = 0  # bumps whenever kinds are added (models rebuild their node union)
        self._lock = threading.RLock()

    # -- reading ----------------------------------------------------------------------------
    def kinds(self) -> dict[str, KindDescriptor]:
        """Registered kinds (built-ins, plus plugins if they were loaded), by tag."""
        self._ensure_builtin()
        return dict(sorted(self._kinds.items(), key=lambda kv: (kv[1].order, kv[0])))

    def all_kinds(self) -> dict[str, KindDescriptor]:
        """Every kind, plugins included (loads them)."""
        self.load_plugins()
        return self.kinds()

    def get(self, kind: str, subtype: str | None) -> KindDescriptor | None:
        self._ensure_builtin()
        return self._kinds.get(f"{kind}/{subtype}" if subtype else kind)

    def require(self, kind: str, subtype: str | None) -> KindDescriptor:
        """The descriptor, loading plugins if needed; KeyError with the reason when there is none."""
        found = self.get(kind, subtype)
        if found is None:
            self.load_plugins([kind])
            found = self.get(kind, subtype)
        if found is None:
            failure = self.failures.get(kind)
            raise KeyError(
                str(failure) if failure else f"no node kind {kind!r}" + (f" with subtype {subtype!r}" if subtype else "")
            )
        return found

    def subtype_field(self, kind: str) -> str | None:
        for desc in self.kinds().values():
            if desc.kind == kind:
                return desc.subtype_field
        return None

    def available_names(self) -> list[str]:
        """Every type a playbook may name: registered kinds plus installed plugins not loaded yet
        (entry point names only; nothing is imported). For error messages."""
        from importlib.metadata import entry_points

        names = set(self.kind_names()) | {ep.name for ep in entry_points(group=GROUP)}
        return sorted(names - set(self.failures))

    def kind_names(self) -> list[str]:
        return sorted({d.kind for d in self.kinds().values()})

    def subtypes(self, kind: str) -> list[str]:
        return [d.subtype for d in self.kinds().values() if d.kind == kind and d.subtype]

    # -- loading ----------------------------------------------------------------------------
    def _ensure_builtin(self) -> None:
        if self._builtin_loaded:
            return
        with self._lock:
            if self._builtin_loaded:
                return
            from . import builtin

            for info in sorted(pkgutil.iter_modules(builtin.__path__), key=lambda m: m.name):
                module = importlib.import_module(f"{builtin.__name__}.{info.name}")
                for desc in _descriptors(getattr(module, "KINDS", None) or getattr(module, "KIND")):
                    problems = desc.problems() + self._clashes(desc)
                    if problems:  # a built-in is our own bug: fail loudly in tests
                        raise RuntimeError(f"built-in kind module {module.__name__}: {'; '.join(problems)}")
                    self._kinds[desc.tag] = desc
            self._builtin_loaded = True
            self.generation += 1

    def load_plugins(self, names: Iterable[str] | None = None) -> None:
        """Load `playbooks.node_kinds` entry points: those named in `names` (the types a playbook uses
        and the registry lacks), or all of them. Each loads once; failures are recorded, not raised.
        Loading by name keeps validation fast with many plugins installed: only the named ones import."""
        self._ensure_builtin()
        if self._plugins_loaded:
            return
        with self._lock:
            if self._plugins_loaded:
                return
            from importlib.metadata import entry_points

            wanted = None if names is None else set(names)
            added = False
            for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
                if ep.name in self._tried or (wanted is not None and ep.name not in wanted):
                    continue
                self._tried.add(ep.name)
                added = self._load_one(ep) or added
            if wanted is None:
                self._plugins_loaded = True
            if added:
                self.generation += 1

    def _load_one(self, ep: Any) -> bool:
        dist = getattr(getattr(ep, "dist", None), "name", None) or "unknown distribution"
        try:
            found = list(_descriptors(ep.load()))
        except BaseException as exc:  # noqa: BLE001 - a plugin's import may raise anything, even SystemExit
            if isinstance(exc, KeyboardInterrupt):
                raise
            self.failures[ep.name] = PluginFailure(ep.name, ep.value, dist, f"{type(exc).__name__}: {exc}")
            return False
        problems = [p for d in found for p in d.problems() + self._clashes(d)]
        if not found:
            problems.append("it names no KindDescriptor")
        problems += [
            f"it adds type {d.kind!r}; expected only {ep.name!r} (the entry point's name)" for d in found if d.kind != ep.name
        ]
        if problems:
            self.failures[ep.name] = PluginFailure(ep.name, ep.value, dist, "; ".join(problems))
            return False
        for desc in found:
            self._kinds[desc.tag] = replace(desc, plugin=dist)
        return True

    def _clashes(self, desc: KindDescriptor) -> list[str]:
        if desc.tag in self._kinds:
            owner = self._kinds[desc.tag].plugin or "the built-in kinds"
            return [f"type {desc.tag!r} is already defined by {owner}"]
        same_kind = [d for d in self._kinds.values() if d.kind == desc.kind]
        if same_kind and same_kind[0].subtype_field != desc.subtype_field:
            return [f"kind {desc.kind!r} uses subtype field {same_kind[0].subtype_field!r}, not {desc.subtype_field!r}"]
        return []


def _descriptors(value: Any) -> Iterable[KindDescriptor]:
    if callable(value) and not isinstance(value, (KindDescriptor, type)):
        value = value()
    items = [value] if isinstance(value, KindDescriptor) else list(value) if isinstance(value, (list, tuple)) else [value]
    for item in items:
        if not isinstance(item, KindDescriptor):
            raise TypeError(f"expected a KindDescriptor (or a list of them), found {type(item).__name__}")
        yield item


REGISTRY = KindRegistry()


def plugin_fingerprint(pipelines: Iterable[Any]) -> list[list[str]]:
    """(type, distribution, sha256 of its source) of every plugin kind used in these resolved trees,
    for the synth cache key: editing a plugin's construct must change what synth produces.
    Reads files only (find_spec), never imports the construct."""
    import hashlib
    from importlib.util import find_spec
    from pathlib import Path

    used: dict[str, KindDescriptor] = {}

    def walk(pipeline: Any) -> None:
        for node in getattr(pipeline, "nodes", ()):
            if getattr(node, "child", None) is not None:
                walk(node.child)
                continue
            desc = REGISTRY.get(node.kind, node.subtype)
            if desc is not None and desc.plugin:
                used[desc.tag] = desc

    for pipeline in pipelines:
        walk(pipeline)
    rows = []
    for tag, desc in sorted(used.items()):
        h = hashlib.sha256()
        for module in sorted({desc.construct.partition(":")[0].split(".")[0], desc.config_model.__module__.split(".")[0]}):
            spec = find_spec(module)
            roots = list(spec.submodule_search_locations or []) if spec else []
            files = [Path(spec.origin)] if spec and spec.origin and not roots else []
            for root in roots:
                files += sorted(p for p in Path(root).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
            for path in files:
                h.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
        rows.append([tag, desc.plugin or "", h.hexdigest()])
    return rows
