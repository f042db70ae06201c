"""What the standalone constructs of one stack share, and how each one joins it.

`StackDefaults` holds the security kit, the namer and the orchestrator, created once per stack
by the first construct that needs them; `NodeWiring` builds one construct's `NodeContext` and
adds its steps to that orchestrator; `node_config`, `input_datasets` and `served_model` turn the
keyword arguments of a standalone construct into what the playbook constructs take.
Split from standalone.py (which holds the public classes) to keep each module to one concern.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import cdk
from .artifacts import Dataset, Model
from .asl import StepChain
from .escaping import literal, literal_deep
from .naming import Namer
from .node_base import NodeConstruct, NodeContext
from .orchestrator import Orchestrator
from .security import SecurityKit
from .tags import NODE_TAG

DEFAULTS_ID = "playbook-defaults"

ConfigT = TypeVar("ConfigT", bound=BaseModel)


class StackDefaults(cdk.Construct):
    """What standalone constructs of one stack share; created on demand by the first one.

    Props: `namer` (default `Namer("", <stack id>)`: resource names start with the stack's
    id; bucket names are global, so choose a prefix unique to your team), `tags` (applied to
    every taggable resource), `production` (default False: buckets `force_destroy`,
    databases without deletion protection; True keeps data on destroy), `comment` (the state
    machine's description), `kit` (your own SecurityKit instead of a new one). Attributes: `kit`, `namer`,
    `orchestrator`, `nodes`.
    Create it yourself (`StackDefaults(stack, production=True)`) before the first construct to
    change these; it is always the stack's child `playbook-defaults`, which `StackDefaults.of(scope)` finds.
    """

    def __init__(
        self,
        scope: cdk.Construct,
        *,
        namer: Namer | None = None,
        tags: dict[str, str] | None = None,
        production: bool = False,
        comment: str | None = None,
        kit: SecurityKit | None = None,
    ) -> None:
        stack = cdk.TerraformStack.of(scope)
        if stack.node.try_find_child(DEFAULTS_ID) is not None:
            raise ValueError(f"stack {stack.node.id!r} already has StackDefaults; create yours before the first construct")
        # Always a direct child of the stack with a fixed id, so later constructs find it by id.
        super().__init__(stack, DEFAULTS_ID)
        self.namer = namer or Namer("", stack.node.id)
        self.tags = dict(literal_deep(tags or {}))
        self.production = production
        # Your own kit (e.g. shared with other stacks' constructs) or one made here.
        self.kit = kit or SecurityKit(self, "security", namer=self.namer, tags=self.tags, force_destroy=not production)
        self.orchestrator = Orchestrator(self, "orchestrator", namer=self.namer, kit=self.kit, tags=self.tags)
        self.nodes: list[NodeConstruct] = []
        self._comment = literal(comment or f"Constructs of stack {stack.node.id}")
        cdk.at_synth(self, self._finalize)

    @classmethod
    def of(cls, scope: cdk.Construct, *, kit: SecurityKit | None = None, namer: Namer | None = None) -> "StackDefaults":
        """The stack's defaults, created on first use (with `kit`/`namer` when the first construct brought its own,
        so a construct given its own kit does not also get a second, unused one)."""
        stack = cdk.TerraformStack.of(scope)
        found = stack.node.try_find_child(DEFAULTS_ID)
        if found is None:
            return cls(stack, kit=kit, namer=namer, production=not kit.force_destroy if kit else False)
        if not isinstance(found, StackDefaults):
            raise TypeError(f"stack {stack.node.id!r} has a construct named {DEFAULTS_ID!r} that is not StackDefaults")
        return found

    def add(self, node: NodeConstruct) -> None:
        """Run `node`'s steps in this stack's orchestrator, after the nodes added before it."""
        node.grant_orchestrator(self.orchestrator.role)
        self.nodes.append(node)

    def _finalize(self) -> None:
        chains: list[StepChain] = [n.steps for n in self.nodes if n.steps is not None]
        self.orchestrator.finalize(chains, comment=self._comment, takes_inputs=False, outputs={})


class NodeWiring:
    """The context one standalone construct is built in, and how it joins the stack's orchestrator."""

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        kit: SecurityKit | None,
        namer: Namer | None,
        orchestrator: Orchestrator | None,
    ) -> None:
        if kit is not None and namer is not None and orchestrator is not None:  # everything brought by the caller
            base, shared_tags, production = namer, {}, not kit.force_destroy
            # The caller's own orchestrator: they finalize it with node.steps.
            self.joins: Orchestrator | StackDefaults = orchestrator
        else:
            defaults = StackDefaults.of(scope, kit=kit, namer=namer)
            kit, base, shared_tags, production = kit or defaults.kit, namer or defaults.namer, defaults.tags, defaults.production
            self.joins = orchestrator if orchestrator is not None else defaults
        node_namer = base.child(construct_id)
        tags = {**shared_tags, NODE_TAG: "/".join(node_namer.path)}
        self.context = NodeContext(kit=kit, namer=node_namer, tags=tags, deletion_protection=production)

    def attach(self, node: NodeConstruct) -> None:
        if isinstance(self.joins, StackDefaults):
            self.joins.add(node)
        else:
            node.grant_orchestrator(self.joins.role)


def node_config(model: type[ConfigT], config: ConfigT | None, settings: Mapping[str, object], where: str) -> ConfigT:
    """The node config: `config` or the model's defaults, with keyword `settings` on top, validated."""
    try:
        base = config.model_dump(exclude_unset=True) if config is not None else {}
        validated = model.model_validate({**base, **settings})
    except ValidationError as error:
        raise ValueError(f"{where}: invalid settings for {model.__name__}:\n{error}") from None
    # Text becomes literal for Terraform (a `${` in a description is not an expression).
    return model.model_construct(**literal_deep(validated.model_dump()))


def input_datasets(inputs: list[Any], where: str) -> list[Dataset]:
    datasets = []
    for item in inputs:
        dataset = item if isinstance(item, Dataset) else getattr(item, "dataset", None)
        if not isinstance(dataset, Dataset):
            raise TypeError(
                f"{where}: inputs must be datasets or constructs producing one (S3DataSource, Preprocessing, ...), "
                f"got {type(item).__name__}"
            )
        datasets.append(dataset)
    return datasets


def served_model(item: Any, where: str) -> Model:
    model = item if isinstance(item, Model) else getattr(item, "model", None)
    if not isinstance(model, Model):
        raise TypeError(
            f"{where}: model must be a Model or a construct producing one (Training, FineTuning, Inference), "
            f"got {type(item).__name__}"
        )
    return model


def with_settings_signature(cls: type, model: type[BaseModel]) -> None:
    """Show the config model's fields (with their defaults) as keyword arguments in help() and IDEs
    that read runtime signatures; the keywords are validated by `model` when the construct is built."""
    init = cls.__dict__["__init__"]  # the class's own constructor (a plain function)
    own = inspect.signature(init)
    params = [p for p in own.parameters.values() if p.kind is not inspect.Parameter.VAR_KEYWORD]
    taken = {p.name for p in params}
    for name, field in model.model_fields.items():
        if name not in taken:
            default = field.get_default(call_default_factory=True)
            params.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=field.annotation))
    init.__signature__ = own.replace(parameters=params)
