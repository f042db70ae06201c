"""Turn YAML into a validated `Playbook` model, with positioned error messages."""

from __future__ import annotations

import hashlib
import json
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import PlaybookError, PlaybookInvalid, YamlPath, did_you_mean
from .kinds import GROUP, REGISTRY, KindRegistry
from .spec.bound_models import PlaybookModels, models_for
from .spec.models import Playbook, node_tag, subtype_field
from .yaml_source import YamlDocument, parse_yaml, read_yaml


@dataclass(frozen=True)
class LoadedPlaybook:
    doc: YamlDocument
    model: Playbook

    @property
    def file(self) -> str:
        return self.doc.file

    @property
    def name(self) -> str:
        return self.model.metadata.name

    @property
    def version(self) -> str:
        return self.model.metadata.version

    @property
    def digest(self) -> str:
        return content_digest(self.doc.data)


def content_digest(data: Any) -> str:
    """Digest of the playbook's meaning: comments, formatting and the builder's `layout:` do not count."""
    if isinstance(data, dict) and "layout" in data:
        data = {k: v for k, v in data.items() if k != "layout"}
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def load_file(path: Path | str, display_name: str | None = None, *, registry: KindRegistry = REGISTRY) -> LoadedPlaybook:
    doc = read_yaml(path, display_name=display_name)
    return LoadedPlaybook(doc, model_from_document(doc, registry))


def load_text(text: str | bytes, name: str = "<input>", *, registry: KindRegistry = REGISTRY) -> LoadedPlaybook:
    doc = parse_yaml(text, name)
    return LoadedPlaybook(doc, model_from_document(doc, registry))


def load_data(data: dict[str, Any], name: str = "<input>", *, registry: KindRegistry = REGISTRY) -> LoadedPlaybook:
    """Validate an already-parsed mapping (e.g. JSON from the Windmill app)."""
    import yaml

    return load_text(yaml.safe_dump(data, sort_keys=False), name, registry=registry)


def model_from_document(doc: YamlDocument, registry: KindRegistry = REGISTRY) -> Playbook:
    """Validate with the models of `registry`, bound to the kinds this document names."""
    bound = models_for_document(doc.data, registry)
    try:
        return bound.playbook.model_validate(doc.data)
    except ValidationError as exc:
        raise PlaybookInvalid(_translate(exc, doc, bound)) from None


def _node_tags(data: Any, registry: KindRegistry) -> set[str]:
    """Every node tag (`type`, or `type/subtype`) in a playbook, inline pipelines included."""
    found: set[str] = set()
    spec = data.get("spec") if isinstance(data, dict) else None
    nodes = spec.get("nodes") if isinstance(spec, dict) else None
    for node in nodes if isinstance(nodes, list) else ():
        tag = node_tag(node, registry)
        if tag:
            found.add(tag)
        if isinstance(node, dict) and isinstance(node.get("pipeline"), dict):
            found |= _node_tags(node["pipeline"], registry)
    return found


def models_for_document(data: Any, registry: KindRegistry = REGISTRY) -> PlaybookModels:
    """The models for the kinds this document names. Plugins load only when it names a type the
    registry does not know yet (entry points are read lazily: validating built-in kinds never
    scans installed packages), and only node models of the named kinds are built."""
    tags = _node_tags(data, registry)
    known = registry.kinds()
    missing = {tag.split("/")[0] for tag in tags if tag != "pipeline" and tag not in known}
    if missing:
        registry.load_plugins(missing)  # only the entry points named like the missing types
        tags = _node_tags(data, registry)  # a new kind may bring a subtype field
    return models_for(registry, tags)


# -- pydantic error -> user message ------------------------------------------------------------


# pydantic's markers for union members and validators, e.g. "function-after[_check(), ...]", "tagged-union[...]";
# a user's own key such as "[" or "a[b" is not one of them.
_MARKER = __import__("re").compile(
    r"^(function-(after|before|wrap|plain)|tagged-union|union|nullable|chain|lax-or-strict|json-or-python|default)\[.*\]$",
    __import__("re").S,
)


def _clean_loc(loc: tuple[str | int, ...], bound: PlaybookModels) -> YamlPath:
    """Drop pydantic's union-member markers so the path is the user's YAML path."""
    out: list[str | int] = []
    for i, part in enumerate(loc):
        if isinstance(part, str) and (
            _MARKER.match(part) or (bound.is_union_tag(part) and i > 0 and isinstance(loc[i - 1], int))
        ):
            continue
        out.append(part)
    return tuple(out)


def _unwrap(annotation: Any, bound: PlaybookModels) -> list[Any]:
    """Concrete types inside Optional/Annotated/Union annotations."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0], bound)
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg, bound)]
    return [bound.resolve(annotation)]


def _model_at(path: YamlPath, data: Any, bound: PlaybookModels) -> type[BaseModel] | None:
    """The pydantic model that describes the mapping at `path` (for 'did you mean')."""
    current: Any = bound.playbook
    value = data
    for part in path:
        candidates = _unwrap(current, bound) if not (isinstance(current, type) and issubclass(current, BaseModel)) else [current]
        if isinstance(part, int):
            nxt = None
            for cand in candidates:
                if typing.get_origin(cand) is list:
                    nxt = typing.get_args(cand)[0]
            current, value = nxt, (value[part] if isinstance(value, list) and part < len(value) else None)
            if current is not None and any(typing.get_origin(t) is None and t is not None for t in [current]):
                pass
            # node unions: pick the class the discriminator would pick
            members = _unwrap(current, bound) if current is not None else []
            if len(members) > 1 and isinstance(value, dict):
                current = bound.node_model(node_tag(value, bound.registry))
            continue
        model = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)
        if model is None:
            dicts = [c for c in candidates if typing.get_origin(c) is dict]
            if not dicts:
                return None
            current = typing.get_args(dicts[0])[1]
        else:
            field = model.model_fields.get(part) or next((f for f in model.model_fields.values() if f.alias == part), None)
            if field is None:
                return None
            current = field.annotation
        value = value.get(part) if isinstance(value, dict) else None
    members = [c for c in _unwrap(current, bound) if isinstance(c, type) and issubclass(c, BaseModel)]
    return members[0] if members else None


def _field_names(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def _translate(exc: ValidationError, doc: YamlDocument, bound: PlaybookModels) -> list[PlaybookError]:
    registry = bound.registry
    errors: list[PlaybookError] = []
    for err in exc.errors(include_url=False):
        path = _clean_loc(tuple(err["loc"]), bound)
        kind, msg, found = err["type"], err["msg"], err.get("input")
        ctx = err.get("ctx") or {}
        if not path and kind in ("extra_forbidden", "missing"):
            path = ("<document>",)
        if kind == "extra_forbidden":
            model = _model_at(path[:-1], doc.data, bound)
            allowed = _field_names(model) if model else []
            key = str(path[-1])
            if key == "inputs" and model is not None and "source" in allowed:
                text = "found 'inputs' on a data source; a data source produces a dataset and takes no inputs"
            else:
                misplaced = _misplaced(key, path, doc, model, bound)
                text = (
                    f"unknown field '{key}'"
                    + (misplaced or did_you_mean(key, allowed))
                    + (f"; expected one of: {', '.join(allowed)}" if allowed else "")
                )
        elif kind == "missing":
            text = f"missing required field '{path[-1]}'"
        elif kind == "union_tag_invalid":
            text = _bad_node_kind(found, registry)
            path = path + (_tag_field(found, registry),)
        elif kind == "union_tag_not_found":
            text = "missing field 'type'; expected one of: " + ", ".join(registry.kind_names() + ["pipeline"])
        elif kind == "string_type" and not isinstance(found, (dict, list)) and found is not None:
            text = f'found {found!r} ({type(found).__name__}); expected a string (quote it in YAML: "{found}")'
        elif kind == "string_pattern_mismatch":
            pattern = str(ctx.get("pattern", ""))
            text = f"found {found!r}; expected {_describe(path, doc, bound)}" + (
                f" (pattern {pattern})" if len(pattern) <= 40 else ""
            )
        else:
            text = msg[len("Value error, ") :] if msg.startswith("Value error, ") else msg
            if kind not in ("value_error", "assertion_error") and not isinstance(found, (dict, list)):
                text = f"found {found!r}; expected: {text[0].lower() + text[1:]}"
        errors.append(doc.error(path, text))
    # Unions report one error per member for the same path; keep the first.
    seen: set[tuple[str, str]] = set()
    unique = []
    for e in errors:
        if (e.path, e.message) not in seen:
            seen.add((e.path, e.message))
            unique.append(e)
    return unique


def _accepts(model: type[BaseModel] | None, key: str) -> bool:
    return model is not None and key in _field_names(model)


def _misplaced(key: str, path: YamlPath, doc: YamlDocument, model: type[BaseModel] | None, bound: PlaybookModels) -> str:
    """Where an unknown key would be valid, when that is one level off (the usual indentation slip)."""
    line = doc.locate(path)[0]
    config = model.model_fields.get("config") if model is not None else None
    if config is not None:
        members = [c for c in _unwrap(config.annotation, bound) if isinstance(c, type) and issubclass(c, BaseModel)]
        if members and _accepts(members[0], key):
            return f" on the node: '{key}' is a setting of its config, so move it under `config:` (indented below it)"
    parent = _value_at(path[:-1], doc.data)
    for sibling, value in parent.items() if isinstance(parent, dict) else ():
        if sibling != key and isinstance(value, dict) and _accepts(_model_at(path[:-1] + (sibling,), doc.data, bound), key):
            where = doc.locate(path[:-1] + (sibling,))[0]
            return (
                f" here; '{key}' is a field of `{sibling}` (line {where}): check the indentation of line {line}, "
                f"which should be indented under {sibling}"
            )
    if len(path) >= 2 and isinstance(path[-2], str) and _accepts(_model_at(path[:-2], doc.data, bound), key):
        return (
            f" inside `{path[-2]}`; '{key}' is a field one level up: check the indentation of line {line}, "
            f"which should line up with `{path[-2]}`"
        )
    return ""


def _value_at(path: YamlPath, data: Any) -> Any:
    for part in path:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _tag_field(found: Any, registry: KindRegistry) -> str:
    kind = found.get("type") if isinstance(found, dict) else None
    field = subtype_field(kind, registry)
    return field if field else "type"


def _bad_node_kind(found: Any, registry: KindRegistry) -> str:
    kinds = registry.available_names() + ["pipeline"]
    kind = found.get("type") if isinstance(found, dict) else None
    if isinstance(kind, str) and kind in registry.failures:
        return f"node type {kind!r} is not available: {registry.failures[kind]}; fix or uninstall that plugin"
    field = subtype_field(kind, registry)
    if not isinstance(kind, str) or kind not in registry.kind_names():
        hint = ""
        if registry.failures:
            hint = " (plugins that failed to load: " + "; ".join(str(f) for f in registry.failures.values()) + ")"
        return (
            f"found node type {kind!r}{did_you_mean(str(kind), kinds)}; expected one of: {', '.join(kinds)}"
            f" (more types come from plugins: packages with entry points in group {GROUP}){hint}"
        )
    if field is None:  # a kind without subtypes cannot have a bad tag; kept for safety
        return f"found node type {kind!r}; expected one of: {', '.join(kinds)}"
    subtypes = registry.subtypes(kind)
    value = found.get(field)
    if value is None:
        return f"missing field '{field}' for a {kind} node; expected one of: {', '.join(subtypes)}"
    alias_of = [d.subtype for d in registry.kinds().values() if d.kind == kind and str(value).lower() in d.aliases]
    hint = (
        f" (did you mean '{alias_of[0]}'? {value} is one of that kind; details such as the engine go in its `config:`)"
        if alias_of
        else did_you_mean(str(value), subtypes)
    )
    return f"found {field} {value!r}{hint}; expected one of: {', '.join(subtypes)}"


def _describe(path: YamlPath, doc: YamlDocument, bound: PlaybookModels) -> str:
    model = _model_at(path[:-1], doc.data, bound)
    if model is not None and isinstance(path[-1], str):
        field = model.model_fields.get(str(path[-1]))
        if field is not None and field.description:
            text = field.description.rstrip(".")
            first_word = text.split()[0]
            return text if any(c.isupper() for c in first_word[1:]) else text[0].lower() + text[1:]
    return "a value of the right form"
