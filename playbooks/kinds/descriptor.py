"""What the code knows about one node kind (and subtype): one frozen descriptor.

The resolver, the Pipeline construct, the graph renderer, the JSON Schema (and through it
the Windmill app and the builder's palette) read these fields; none keeps its own table
of kinds. A descriptor names its construct by import path ("package.module:Class") and
never imports it: the spec layer stays free of cdktf, so `playbook validate` does not
start Node.js however many kinds are installed. The class is imported at synth only
(`construct_class`).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Literal

from pydantic import BaseModel

DataKind = Literal["dataset", "model"]
KIND_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
CONSTRUCT_PATH_RE = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")

# How a kind is drawn: shape name -> (Mermaid open, Mermaid close, Graphviz shape).
SHAPES: dict[str, tuple[str, str, str]] = {
    "cylinder": ("[(", ")]", "cylinder"),
    "box": ("[", "]", "box"),
    "box3d": ("[[", "]]", "box3d"),
    "stadium": ("([", "])", "oval"),
    "hexagon": ("{{", "}}", "hexagon"),
    "parallelogram": ("[/", "/]", "parallelogram"),
}


@dataclass(frozen=True)
class Consumes:
    """What a node accepts as `inputs:`, as (min, max) counts per data kind (max None = any)."""

    datasets: tuple[int, int | None] = (0, None)
    models: tuple[int, int | None] = (0, 0)
    expects: str = ""  # the words an error uses ("one or more datasets"); default: built from the counts

    def violation(self, kinds: list[DataKind | None]) -> str | None:
        """None when the upstream data kinds suit this node; otherwise what it expects."""
        if None in kinds:
            return "inputs that produce data (a node marked 'nothing' below produces nothing a node can consume)"
        for count, (low, high) in ((kinds.count("dataset"), self.datasets), (kinds.count("model"), self.models)):
            if count < low or (high is not None and count > high):
                return self.expects or self.describe()
        return None

    def describe(self) -> str:
        parts = [_count_words(self.datasets, "dataset"), _count_words(self.models, "model")]
        return " and ".join(p for p in parts if p) or "no inputs"


def _count_words(bounds: tuple[int, int | None], noun: str) -> str:
    low, high = bounds
    if high == 0:
        return ""
    if high is None:
        return f"one or more {noun}s" if low >= 1 else f"any number of {noun}s"
    if low == high:
        return f"exactly {low} {noun}{'s' if low != 1 else ''}"
    return f"{low} to {high} {noun}s"


# The keyword arguments a standalone construct may take beyond its config (what the construct's
# __init__ accepts), and the grant methods each grant family adds (constructs_lib.external_grants).
STANDALONE_ARGUMENTS = ("model", "inputs", "channel_names")
GRANT_METHODS: dict[str, tuple[str, ...]] = {
    "dataset": ("grant_read", "grant_write"),
    "model": ("grant_read_artifacts",),
    "endpoint": ("grant_invoke",),
}


@dataclass(frozen=True)
class Standalone:
    """How a built-in kind is offered as a standalone construct (`from constructs_lib import <name>`).

    constructs_lib generates the facade class, its keyword types and its README entry from this
    (`python -m constructs_lib.reference --write`): nothing else names the kind's construct.
    name: the class name; makes: what it creates (the README and the class docstring);
    arguments: (keyword, meaning) for the keywords besides the config (from STANDALONE_ARGUMENTS);
    outputs: (attribute, meaning) of what it exposes; grants: its grant family (GRANT_METHODS) or
    None; grants_on: what the grants cover, in words ("the extracted dataset").
    """

    name: str
    makes: str
    arguments: tuple[tuple[str, str], ...] = ()
    outputs: tuple[tuple[str, str], ...] = ()
    grants: str | None = None
    grants_on: str = ""

    def problems(self) -> list[str]:
        found = []
        if not re.match(r"^[A-Z][A-Za-z0-9]*$", self.name):
            found.append(f"standalone name {self.name!r} is not a class name")
        found += [
            f"standalone argument {arg!r}; expected one of: {', '.join(STANDALONE_ARGUMENTS)}"
            for arg, _ in self.arguments
            if arg not in STANDALONE_ARGUMENTS
        ]
        if self.grants is not None and self.grants not in GRANT_METHODS:
            found.append(f"standalone grants {self.grants!r}; expected one of: {', '.join(GRANT_METHODS)} or None")
        return found


@dataclass(frozen=True)
class KindDescriptor:
    """One node kind/subtype.

    kind, subtype: `type:` and (when the kind has subtypes) the value of `subtype_field`
    (`source: s3`, `task: training`). config_model: the pydantic model of `config:` (every
    field defaulted; its field descriptions become the JSON Schema and the builder's form).
    consumes: what `inputs:` may hold (None: the node takes no inputs and has no `inputs` field).
    produces: the data kind downstream nodes receive (None: nothing to consume).
    construct: "module:Class" of the cdktf construct, imported only at synth; the class
    implements constructs_lib.node_base.NodeConstruct (`from_node`, `steps`,
    `grant_orchestrator`) and exposes `.dataset` / `.model` for what it produces.
    outputs: Terraform output name suffix -> attribute path on the construct
    (`"s3_uri": "dataset.s3_uri"` becomes the stack output `<node>_s3_uri`).
    runtime_fields: `config` paths where `{{ params.NAME }}` resolves at run time ("*" = any key).
    label/icon/shape: how the graph and the palette draw it.
    sentence: the deploy review's words for one node, `(config, node path) -> (sentence, when)`,
    `when` being "always", "on each run" or a schedule in words (words.py); None: "“x” is a <title> node.".
    schedule: the schedule a node of this kind may carry, as (the construct's purpose word, the config
    field holding the expression): `playbook schedule` lists and starts it under that name.
    standalone: the kind as a constructs_lib standalone construct (built-in kinds; see Standalone).
    """

    kind: str
    subtype: str | None
    config_model: type[BaseModel]
    construct: str
    subtype_field: str | None = None
    consumes: Consumes | None = None
    produces: DataKind | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    runtime_fields: tuple[tuple[str, ...], ...] = ()
    label: str = ""  # kind in words ("data source"); default: the kind with spaces
    subtype_label: str = ""  # default: the subtype with spaces
    icon: str = "◇"
    shape: str = "box"
    order: int = 1000  # position in the palette and the schema (built-ins 10-99)
    # Words authors write for this subtype (`source: postgres` for `database`): an unknown
    # subtype that is one of them gets this subtype suggested.
    aliases: tuple[str, ...] = ()
    sentence: Callable[[Any, str], tuple[str, str | None]] | None = None
    schedule: tuple[str, str] | None = None
    standalone: Standalone | None = None
    # Set by the registry: the distribution that contributed it (None = built in).
    plugin: str | None = None

    @property
    def tag(self) -> str:
        return f"{self.kind}/{self.subtype}" if self.subtype else self.kind

    @property
    def kind_label(self) -> str:
        return self.label or self.kind.replace("_", " ")

    @property
    def title(self) -> str:
        """'data source: s3', 'preprocessing' (messages and graph labels)."""
        sub = self.subtype_label or (self.subtype or "").replace("_", " ")
        return f"{self.kind_label}: {sub}" if sub else self.kind_label

    def describe(self, config: Any, path: str) -> tuple[str, str | None]:
        """(sentence, when) for one node of this kind in the deploy review (`path`: "score", "prep/clean")."""
        if self.sentence is None:
            return f"“{path}” is a {self.title} node.", "on each run"
        return self.sentence(config, path)

    def scheduled(self, config: Any) -> str | None:
        """The purpose word of this node's schedule when its config sets one (None: no schedule)."""
        if self.schedule is None or not getattr(config, self.schedule[1], None):
            return None
        return self.schedule[0]

    def problems(self) -> list[str]:
        """What is wrong with this descriptor (a plugin's mistakes, said before anything uses it)."""
        found = []
        if not KIND_NAME_RE.match(self.kind) or self.kind == "pipeline":
            found.append(f"kind {self.kind!r} is not a valid node type (lowercase letters, digits, _; not 'pipeline')")
        if (self.subtype is None) != (self.subtype_field is None):
            found.append("subtype and subtype_field go together (both set, or both None)")
        if self.subtype is not None and not KIND_NAME_RE.match(self.subtype):
            found.append(f"subtype {self.subtype!r} is not valid (lowercase letters, digits, _)")
        if self.subtype_field in ("id", "type", "config", "inputs", "description"):
            found.append(f"subtype_field {self.subtype_field!r} clashes with a node field")
        if not (isinstance(self.config_model, type) and issubclass(self.config_model, BaseModel)):
            found.append(f"config_model {self.config_model!r} is not a pydantic model class")
        if not CONSTRUCT_PATH_RE.match(self.construct or ""):
            found.append(f"construct {self.construct!r} is not an import path 'package.module:Class'")
        if self.produces not in (None, "dataset", "model"):
            found.append(f"produces {self.produces!r}; expected 'dataset', 'model' or None")
        if self.sentence is not None and not callable(self.sentence):
            found.append(f"sentence {self.sentence!r} is not a function (config, node path) -> (sentence, when)")
        fields = getattr(self.config_model, "model_fields", {})
        if self.schedule is not None and (len(self.schedule) != 2 or self.schedule[1] not in fields):
            found.append(f"schedule {self.schedule!r}; expected (purpose word, a field of the config model)")
        if self.standalone is not None:
            found += self.standalone.problems()
        if self.shape not in SHAPES:
            found.append(f"shape {self.shape!r}; expected one of: {', '.join(SHAPES)}")
        return found

    def construct_class(self) -> Any:
        """The construct class, imported now (synth only)."""
        module_name, _, attr = self.construct.partition(":")
        module = importlib.import_module(module_name)
        return getattr(module, attr)

    def palette(self) -> dict[str, Any]:
        """What the builder and the Windmill app need to offer and draw this kind (JSON Schema `x-kind`)."""
        return {
            "kind": self.kind,
            "subtype": self.subtype,
            "subtype_field": self.subtype_field,
            "label": self.kind_label,
            "subtype_label": self.subtype_label or (self.subtype or "").replace("_", " ") or None,
            "icon": self.icon,
            "shape": self.shape,
            "takes_inputs": self.consumes is not None,
            "expects": (self.consumes.expects or self.consumes.describe()) if self.consumes else None,
            # The counts behind `expects`, so the builder refuses a connection that does not fit while it is dragged.
            "consumes": {"datasets": list(self.consumes.datasets), "models": list(self.consumes.models)}
            if self.consumes
            else None,
            "produces": self.produces,
            "outputs": sorted(self.outputs),
            "plugin": self.plugin,
        }
