"""Parameters across pipeline boundaries, for the resolver (`Resolver` mixes this in).

`with:` values bound to a child's declared parameters (typed, required, defaults), `{{ params.NAME }}`
references in node configs checked against the declaration and the fields read at run time, and the
warning for a declared parameter nothing references. Split from resolver.py to keep each module to one concern.
"""

from __future__ import annotations

from typing import Any

from . import params as param_refs
from .errors import YamlPath, did_you_mean
from .resolve_level import ErrorCollector, Level
from .spec.models import Parameter, PipelineNode, PipelineSpec, node_subtype, value_has_type
from .yaml_source import YamlDocument


def describe(kind: str, subtype: str | None) -> str:
    return f"{kind} {subtype}" if subtype else kind


def subtree(data: Any, path: YamlPath) -> Any:
    for part in path:
        data = data[part]
    return data


def subtree_or_none(data: Any, path: YamlPath) -> Any:
    try:
        return subtree(data, path)
    except (KeyError, IndexError, TypeError):
        return None


def _mentions_parameters(value: Any) -> bool:
    return any("{{" in text and "params" in text for _, text in param_refs.strings(value))


class ParameterBinding(ErrorCollector):
    """The resolver's parameter checks; errors and warnings go to the resolver's lists."""

    def _bind_parameters(
        self,
        spec: PipelineSpec,
        given: dict[str, Any],
        given_at: tuple[YamlDocument, YamlPath, str] | None,
        level: Level,
        parent_parameters: dict[str, Parameter],
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, value in given.items():
            if name in spec.parameters and _mentions_parameters(value):
                doc, path, child = given_at or (level.doc, (), level.name)
                self._check_bound_reference(
                    value, spec.parameters[name], parent_parameters, doc, path + ("with", name), child, name
                )
                values[name] = value  # the parent's value, resolved at run time (bound even when invalid: one error, not two)
            elif name not in spec.parameters:
                doc, path, child = given_at or (level.doc, (), level.name)
                declared = ", ".join(spec.parameters) or "none"
                self.errors.append(
                    doc.error(
                        path + ("with", name),
                        f"unknown parameter '{name}' for {child}{did_you_mean(name, spec.parameters)}; declared parameters: {declared}",
                    )
                )
            elif not value_has_type(value, spec.parameters[name].type):
                doc, path, child = given_at or (level.doc, (), level.name)
                self.errors.append(
                    doc.error(
                        path + ("with", name),
                        f"found {value!r} for parameter '{name}' of {child}; expected a value of type {spec.parameters[name].type}",
                    )
                )
            else:
                values[name] = value
        for name, param in spec.parameters.items():
            if name in values:
                continue
            if param.required:
                doc, path, child = given_at or (level.doc, level.prefix + ("spec", "parameters", name), level.name)
                self.errors.append(
                    doc.error(
                        path + (("with",) if given_at else ()),
                        f"missing required parameter '{name}' ({param.type}) of {child}; expected it in `with:`",
                    )
                )
            else:
                values[name] = param.default
        return values

    def _check_bound_reference(
        self, value: Any, param: Parameter, parent: dict[str, Parameter], doc: YamlDocument, path: YamlPath, child: str, name: str
    ) -> bool:
        """A `with:` value naming the parent's parameters: declared there, of a type the child accepts."""
        if not isinstance(value, str):
            self.errors.append(
                doc.error(
                    path,
                    f"found a parameter reference inside a {type(value).__name__} for parameter '{name}' "
                    f"of {child}; expected the reference as the whole value or inside a string",
                )
            )
            return False
        bad = param_refs.malformed(value)
        if bad:
            self.errors.append(doc.error(path, f"found '{bad}'; expected a parameter reference written {{{{ params.NAME }}}}"))
            return False
        ok = True
        for ref in param_refs.references(value):
            if ref not in parent:
                declared = ", ".join(parent) or "none"
                self.errors.append(
                    doc.error(
                        path,
                        f"'{{{{ params.{ref} }}}}' names an undeclared parameter{did_you_mean(ref, parent)}; "
                        f"declared parameters of this pipeline: {declared}",
                    )
                )
                ok = False
        if not ok:
            return False
        whole = param_refs.whole_reference(value)
        if whole is not None:
            found = parent[whole].type
            if not (
                found == param.type
                or (param.type == "number" and found == "integer")
                or (param.type == "string" and found in ("integer", "number", "boolean"))
            ):
                self.errors.append(
                    doc.error(
                        path,
                        f"'{{{{ params.{whole} }}}}' is a {found} but parameter '{name}' of {child} "
                        f"is a {param.type}; expected a parameter of type {param.type}",
                    )
                )
                return False
        elif param.type != "string":
            self.errors.append(
                doc.error(
                    path,
                    f"found text around a parameter reference for parameter '{name}' of {child}, "
                    f"which is a {param.type}; expected the reference alone ('{{{{ params.NAME }}}}')",
                )
            )
            return False
        return True

    def _check_parameter_references(self, spec: PipelineSpec, level: Level, here: YamlPath) -> None:
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
            raw = subtree_or_none(level.doc.data, npath + ("config",))
            subtype = node_subtype(node)
            for path, text in param_refs.strings(raw):
                bad = param_refs.malformed(text)
                if bad:
                    self._err(
                        level,
                        npath + ("config",) + path,
                        f"found '{bad}'; expected a parameter reference written {{{{ params.NAME }}}}",
                    )
                    continue
                names = param_refs.references(text)
                if not names:
                    continue
                if not param_refs.allowed_at(node.type, subtype, path):
                    self._err(
                        level,
                        npath + ("config",) + path,
                        f"found a parameter reference in a field of a {describe(node.type, subtype)} node that is fixed at deploy time; "
                        f"expected references only in fields read at run time ({param_refs.allowed_fields_text()})",
                    )
                    continue
                for name in names:
                    if name not in spec.parameters:
                        declared = ", ".join(spec.parameters) or "none"
                        self._err(
                            level,
                            npath + ("config",) + path,
                            f"'{{{{ params.{name} }}}}' names an undeclared parameter{did_you_mean(name, spec.parameters)}; "
                            f"expected one of the declared parameters: {declared}",
                        )
                    used.add(name)
        for name in spec.parameters:
            if name not in used:
                self.warnings.append(
                    level.doc.error(
                        level.prefix + ("spec", "parameters", name),
                        f"parameter '{name}' is declared but nothing references it; expected '{{{{ params.{name} }}}}' in a node config "
                        "or a `with:` value (or remove the declaration)",
                    )
                )
