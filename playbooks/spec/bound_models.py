"""Playbook models bound to one node-kind registry and to the kinds a playbook uses.

`PipelineSpec.nodes` (models.py) is a discriminated union whose members are the registry's
kinds. Instead of rewriting that field on the shared class whenever a plugin loads (which
every thread and every other registry would then see), each call derives subclasses of
`Playbook`, `PipelineSpec`, `InlinePipeline` and `PipelineNode` whose union holds exactly the
requested tags, with a discriminator that asks *this* registry for subtype fields. Instances
are still `Playbook`, `PipelineSpec`, ... (subclasses), so readers need not know.

Binding only the tags a playbook names keeps validation proportional to what is used: a
5-node playbook of two kinds builds two node models, not one per installed kind. A tag the
playbook names but the registry lacks is simply not a member, so pydantic reports
`union_tag_invalid` for it exactly as a full union would. Sets are cached per registry
(weakly: a registry that goes away takes its models with it) and per tag set.

pydantic's recursive-model pattern with an explicit types namespace (`model_rebuild(
_types_namespace=...)`) ties the cycle spec -> pipeline node -> inline pipeline -> spec.
"""

from __future__ import annotations

import copy
import threading
import weakref
from dataclasses import dataclass, field
from typing import Annotated, Any, ForwardRef, Iterable, Mapping, Optional, TypeVar, Union

from pydantic import BaseModel, Discriminator, Tag, create_model

from ..kinds import REGISTRY, KindRegistry
from . import models

_NODE_REF = "_BoundInlinePipeline"  # the forward reference that closes the cycle
_Model = TypeVar("_Model", bound=BaseModel)


@dataclass(frozen=True)
class PlaybookModels:
    """The models one registry validates a playbook with; `node_classes` maps union tag -> node model."""

    registry: KindRegistry
    playbook: type[models.Playbook]
    pipeline_spec: type[models.PipelineSpec]
    pipeline_node: type[models.PipelineNode]
    inline_pipeline: type[models.InlinePipeline]
    node_classes: Mapping[str, type[BaseModel]]

    def resolve(self, annotation: Any) -> Any:
        """An annotation as written on these models, with the one forward reference resolved
        (pipeline node -> inline pipeline), for readers that walk the fields."""
        name = annotation.__forward_arg__ if isinstance(annotation, ForwardRef) else annotation
        return self.inline_pipeline if name == _NODE_REF else annotation

    def is_union_tag(self, part: str) -> bool:
        return part == "pipeline" or part in self.node_classes

    def node_model(self, tag: str | None) -> type[BaseModel] | None:
        """The model the discriminator picks for a tag (None for an unknown one)."""
        if tag == "pipeline":
            return self.pipeline_node
        return self.node_classes.get(tag or "")


@dataclass
class _RegistryCache:
    node_classes: dict[str, type[BaseModel]] = field(default_factory=dict)
    sets: dict[frozenset[str], PlaybookModels] = field(default_factory=dict)


_CACHES: weakref.WeakKeyDictionary[KindRegistry, _RegistryCache] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def models_for(registry: KindRegistry = REGISTRY, tags: Iterable[str] | None = None) -> PlaybookModels:
    """Models whose node union is `tags` (those the registry knows), or every registered kind.

    Registered kinds only: call `registry.load_plugins(...)` first for types a playbook names.
    """
    known = registry.kinds()
    wanted = [t for t in known if tags is None or t in set(tags)]  # registry order: the schema's order
    if not wanted and known:
        # A union of the pipeline node alone collapses to that one model, and pydantic cannot
        # put a callable discriminator on a lone recursive model: keep one kind as a member.
        wanted = [next(iter(known))]
    key = frozenset(wanted)
    with _LOCK:
        cache = _CACHES.get(registry)
        if cache is None:
            cache = _CACHES[registry] = _RegistryCache()
        found = cache.sets.get(key)
        if found is None:
            for tag in wanted:
                if tag not in cache.node_classes:
                    # Built first, on its own: node configs are also validated alone (a node without
                    # `config:` gets the model's defaults), and the playbook model reuses that build.
                    known[tag].config_model.model_rebuild()
                    cache.node_classes[tag] = models.node_class(known[tag])
            found = cache.sets[key] = _bind(registry, {t: cache.node_classes[t] for t in wanted})
    return found


def _derived(base: type[_Model], **fields: Any) -> type[_Model]:
    """A subclass of `base` with the same name, docstring and module, some fields retyped
    (each keeps its FieldInfo: default, description, alias)."""
    definitions: dict[str, Any] = {name: (annotation, copy.copy(base.model_fields[name])) for name, annotation in fields.items()}
    return create_model(base.__name__, __base__=base, __module__=base.__module__, __doc__=base.__doc__, **definitions)


def _bind(registry: KindRegistry, node_classes: dict[str, type[BaseModel]]) -> PlaybookModels:
    pipeline_node = _derived(models.PipelineNode, pipeline=Optional[_NODE_REF])
    members = tuple(Annotated[cls, Tag(tag)] for tag, cls in node_classes.items())
    union: Any = Annotated[
        Union[members + (Annotated[pipeline_node, Tag("pipeline")],)],
        Discriminator(lambda value: models.node_tag(value, registry)),
    ]
    spec = _derived(models.PipelineSpec, nodes=list[union])
    inline = _derived(models.InlinePipeline, spec=spec)
    playbook = _derived(models.Playbook, spec=spec)
    # Build order, so that pydantic generates each part once and reuses it: the node models, then
    # the pipeline node (the only model with a reference only this namespace resolves; the
    # spec and the inline pipeline inside it build later, on first use, from complete parts),
    # then the playbook on first validation.
    for cls in node_classes.values():
        cls.model_rebuild()
    pipeline_node.model_rebuild(_types_namespace={_NODE_REF: inline})
    return PlaybookModels(registry, playbook, spec, pipeline_node, inline, dict(node_classes))
