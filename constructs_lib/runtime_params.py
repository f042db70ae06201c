"""Pipeline parameters at run time: `{{ params.NAME }}` in config strings, as ASL.

The orchestrator keeps the run's parameter values in its state at `$.params`
(the execution input's `parameters` merged over the declared defaults by the
first states, see `Orchestrator.finalize`). A config string with references
becomes an intrinsic over those values in a `Key.$` field, so Step Functions
substitutes them when it builds the job's request
(https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html):
`{{ params.day }}` alone is `$.params.day`; text around references is
`States.Format('day={}', $.params.day)`. Non-string values go through
`States.JsonToString` (10, 0.1, true, ["a"]), which is what SageMaker
hyperparameters and environment variables expect as strings.

Config strings reach the constructs already made literal for Terraform
(`escaping.literal`); an intrinsic is built from the original text and made
literal again, so `${`/`%{` stay literal text all the way to AWS.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from playbooks import params as refs
from playbooks.spec.resolved import DeclaredParameter

from .escaping import literal, literal_deep, unliteral

STATE_PATH = "$.params"


SPECIAL = set("'{}\\")


def text_argument(text: str) -> str:
    """Literal text as an intrinsic argument.

    Intrinsic string literals need ', {, } and \\ escaped with a backslash (AWS), but moto's
    interpreter (from LocalStack) keeps the backslash in the value. Text with those characters is
    therefore spelled `States.Base64Decode('...')` (the base64 alphabet needs no escaping), which
    both evaluate the same way; other text stays readable as a plain literal.
    """
    if SPECIAL.intersection(text):
        return f"States.Base64Decode('{base64.b64encode(text.encode('utf-8')).decode('ascii')}')"
    return f"'{text}'"


@dataclass(frozen=True)
class RuntimeParameters:
    """What a node construct needs to know about its pipeline's parameters.

    `declared`: the pipeline's declarations; `values`: the values known at synth (defaults and
    literal `with:` values), or a reference text for values bound from the parent at run time.
    """

    declared: dict[str, DeclaredParameter] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def defaults(self) -> dict[str, Any]:
        """The values the orchestrator starts from (Terraform-literal): every value known at synth."""
        known = {name: value for name, value in self.values.items() if not _bound(value)}
        for name, param in self.declared.items():
            if name not in known and not param.required:
                known[name] = param.default
        literal_known: dict[str, Any] = literal_deep(known)  # a dict stays a dict
        return literal_known

    def argument(self, name: str) -> str:
        """The run's value of parameter `name` as a string-valued intrinsic argument: strings as they are,
        other types in their JSON spelling (10, 0.1, true, ["a"]) through States.JsonToString."""
        kind = self.declared[name].type if name in self.declared else "string"
        path = f"{STATE_PATH}.{name}"
        return path if kind == "string" else f"States.JsonToString({path})"

    def expression(self, raw: str) -> str:
        """The intrinsic giving a string with references (raw text, not Terraform-literal)."""
        whole = refs.whole_reference(raw)
        if whole is not None and raw == raw.strip():
            return self.argument(whole)
        template, arguments = "", []
        for part in refs.parse(raw):
            if part.parameter is not None:
                template += "{}"
                arguments.append(self.argument(part.parameter))
            elif SPECIAL.intersection(part.text):
                template += "{}"
                arguments.append(text_argument(part.text))
            else:
                template += part.text
        quoted = "'" + template + "'"
        return f"States.Format({', '.join([quoted, *arguments])})"

    def field(self, key: str, text: Any) -> dict[str, Any]:
        """`{key: text}`, or `{key.$: intrinsic}` when the (Terraform-literal) text has references."""
        if not refs.has_references(text):
            return {key: text}
        return {f"{key}.$": literal(self.expression(unliteral(text)))}

    def fields(self, mapping: dict[str, Any]) -> dict[str, Any]:
        """`field` for each entry; entries already read from the state (`Key.$`, e.g. a secret) stay as they are."""
        out: dict[str, Any] = {}
        for key, value in mapping.items():
            out.update({key: value} if key.endswith(".$") else self.field(key, value))
        return out

    def list_field(self, key: str, items: list[str]) -> dict[str, Any]:
        """A list of strings; with any reference, the whole list becomes a States.Array intrinsic."""
        if not any(refs.has_references(item) for item in items):
            return {key: list(items)}
        parts = [
            self.expression(unliteral(item)) if refs.has_references(item) else text_argument(unliteral(item)) for item in items
        ]
        return {f"{key}.$": literal(f"States.Array({', '.join(parts)})")}

    def render_defaults(self, text: str) -> str:
        """The (Terraform-literal) text with references replaced by the defaults, for readers outside a run."""
        if not refs.has_references(text):
            return text
        defaults = {name: value for name, value in self.values.items() if not _bound(value)}
        defaults.update({n: p.default for n, p in self.declared.items() if n not in defaults and not p.required})
        return literal(refs.render(unliteral(text), defaults))

    def bind_child(self, child_declared: dict[str, DeclaredParameter], child_values: dict[str, Any]) -> dict[str, Any]:
        """The `parameters` of a child pipeline's execution input: literal values, and values bound
        from this pipeline's parameters as JSONPath (keeping the type) or States.Format (text)."""
        out: dict[str, Any] = {}
        for name, value in child_values.items():
            if not _bound(value):
                out[name] = literal_deep(value)
                continue
            whole = refs.whole_reference(value)
            target = child_declared[name].type if name in child_declared else "string"
            if whole is not None and target != "string":
                out[f"{name}.$"] = f"{STATE_PATH}.{whole}"  # the value as it is, keeping its JSON type
            else:
                out[f"{name}.$"] = literal(self.expression(value))
        return out


def _bound(value: Any) -> bool:
    return refs.has_references(value)
