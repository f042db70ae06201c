"""The source of constructs_lib/standalone.py: one standalone construct class per built-in kind, from its descriptor.

Each class is the kind's playbook construct (the descriptor's `construct`) with what a playbook
normally supplies filled in on demand (standalone.py says how); everything that differs between
two classes — the name, the config model, the keywords besides the config, the grant family, the
docstring — is a field of the descriptor's `Standalone`, so adding a built-in kind is its
descriptor and its construct, then `python -m constructs_lib.reference --write`.

Pure: reads descriptors only (no cdktf), like the rest of the generator (reference.py).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from playbooks.kinds import REGISTRY, KindDescriptor, Standalone

STANDALONE_MODULE = Path(__file__).with_name("standalone.py")
# The generated module's docstring (how another team uses the classes is constructs_lib/README.md).
GUIDE = """The standalone constructs: one per built-in kind, used in a few lines inside a team's own cdktf stack.

    events = S3DataSource(stack, "events")
    clean = Preprocessing(stack, "clean", inputs=[events])
    ApiEndpoint(stack, "serve", model=Training(stack, "train", inputs=[clean]))

Each class is the kind's playbook construct (same resources, same outputs) with what a playbook
supplies filled in on demand: every config optional (keywords typed by settings.py, validated by
the config model), the stack's security kit, namer and orchestrator from `StackDefaults`
(stack_defaults.py), `grant_*` for the team's own roles (external_grants.py). constructs_lib/README.md
says how to use them.

GENERATED from the kinds' descriptors (playbooks/kinds/builtin/, `standalone=`) by
`python -m constructs_lib.reference --write` (facade_source.py); tests/constructs/test_reference_docs.py
fails when it is stale.
"""
# Grant family (playbooks.kinds.descriptor.GRANT_METHODS) -> mixin class in external_grants.py.
GRANT_MIXINS = {"dataset": "DatasetGrants", "model": "ModelGrants", "endpoint": "EndpointGrants"}
_OWN_PACKAGE = "constructs_lib."


def standalone_kinds() -> list[tuple[KindDescriptor, Standalone]]:
    """Built-in kinds offered as standalone constructs, in the registry's (palette) order."""
    return [(d, d.standalone) for d in REGISTRY.kinds().values() if d.plugin is None and d.standalone is not None]


def _base(desc: KindDescriptor) -> tuple[str, str]:
    """(module inside constructs_lib, class) of the kind's construct."""
    module, _, cls = desc.construct.partition(":")
    if not module.startswith(_OWN_PACKAGE) or "." in module.removeprefix(_OWN_PACKAGE):
        raise ValueError(f"{desc.tag}: a standalone construct must build on a constructs_lib module, not {module}")
    return module.removeprefix(_OWN_PACKAGE), cls


def _docstring(facade: Standalone) -> list[str]:
    outputs = ", ".join(f"`{attr}`" for attr, _ in facade.outputs)
    text = f"{facade.makes} Outputs: {outputs}." if outputs else facade.makes
    lines = textwrap.wrap(text, width=100)
    if len(lines) == 1:
        return [f'    """{lines[0]}"""']
    return ['    """' + lines[0], *(f"    {line}" for line in lines[1:]), '    """']


def _class(desc: KindDescriptor, facade: Standalone) -> list[str]:
    module, base = _base(desc)
    config = desc.config_model.__name__
    args = {arg for arg, _ in facade.arguments}
    mixin = GRANT_MIXINS[facade.grants] + ", " if facade.grants else ""
    lines = ["", "", f"class {facade.name}({mixin}{module}.{base}):", *_docstring(facade), ""]
    lines += ["    def __init__(", "        self,", "        scope: cdk.Construct,", "        construct_id: str,", "        *,"]
    if "model" in args:
        lines.append("        model: Any,")
    if "inputs" in args:
        lines.append("        inputs: Sequence[Any] = (),")
    lines.append(f"        config: {config} | None = None,")
    if "channel_names" in args:
        lines.append("        channel_names: list[str] | None = None,")
    lines += [
        "        kit: SecurityKit | None = None,",
        "        namer: Namer | None = None,",
        "        orchestrator: Orchestrator | None = None,",
        f"        **settings: Unpack[settings_types.{facade.name}Settings],",
        "    ) -> None:",
    ]
    if "model" in args:
        lines.append("        served = served_model(model, construct_id)")
    if "inputs" in args:
        lines.append("        datasets = input_datasets(list(inputs), construct_id)")
    lines += [
        "        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)",
        "        super().__init__(",
        "            scope,",
        "            construct_id,",
        f"            config=node_config({config}, config, settings, construct_id),",
        "            context=wiring.context,",
    ]
    lines += [f"            {arg}={value}," for arg, value in (("model", "served"), ("inputs", "datasets")) if arg in args]
    if "channel_names" in args:
        lines.append("            channel_names=channel_names,")
    lines += ["        )", "        wiring.attach(self)"]
    return lines


def _imports(kinds: list[tuple[KindDescriptor, Standalone]]) -> list[str]:
    configs: dict[str, set[str]] = {}
    for desc, _ in kinds:
        configs.setdefault(desc.config_model.__module__, set()).add(desc.config_model.__name__)
    lines = []
    for module, names in sorted(configs.items()):
        lines += [f"from {module} import (", *(f"    {name}," for name in sorted(names)), ")"]
    modules = sorted({"cdk", *(_base(desc)[0] for desc, _ in kinds)})
    mixins = sorted({GRANT_MIXINS[f.grants] for _, f in kinds if f.grants})
    lines += ["", "from . import (", *(f"    {m}," for m in modules), ")", "from . import settings as settings_types"]
    if mixins:
        lines += ["from .external_grants import (", *(f"    {m}," for m in mixins), ")"]
    return lines + [
        "from .naming import Namer",
        "from .node_base import NodeConstruct",
        "from .orchestrator import Orchestrator",
        "from .security import SecurityKit",
        "from .stack_defaults import NodeWiring, StackDefaults, input_datasets, node_config, served_model, with_settings_signature",
    ]


def render_standalone() -> str:
    kinds = standalone_kinds()
    lines = [
        f'"""{GUIDE}"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Sequence",
        "from typing import Any, Unpack",
        "",
        "from pydantic import BaseModel",
        "",
        *_imports(kinds),
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in sorted([f.name for _, f in kinds] + ["STANDALONE", "StackDefaults"])),
        "]",
    ]
    for desc, facade in kinds:
        lines += _class(desc, facade)
    lines += ["", "", "STANDALONE: dict[type[NodeConstruct], type[BaseModel]] = {"]
    lines += [f"    {facade.name}: {desc.config_model.__name__}," for desc, facade in kinds]
    lines += ["}", "for _cls, _model_cls in STANDALONE.items():", "    with_settings_signature(_cls, _model_cls)", ""]
    return "\n".join(lines)
