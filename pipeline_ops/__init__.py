"""The operations the CLI, the Windmill scripts and the builder UI all call.

Each function takes plain values (a TARGET string or a playbook mapping as the
Windmill app produces it) and returns plain dicts, so the same call serves a
terminal, a Windmill job result and an HTTP response. No formatting here.

The names below are imported on first use (PEP 562 `__getattr__`): a command that needs
one module of this package (`playbook validate` reads one constant for its help text)
does not pay for importing every operation and the deploy layers under them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .deployment_status import status
    from .errors import UnknownName
    from .infra_ops import PlannedStack, deploy, destroy, outputs, plan, plan_for_apply, run_pipeline, stack_runner, synth
    from .deploy_review import review
    from .spec_ops import diff, graph, publish, validate, versions

_MODULE_OF = {
    "UnknownName": "errors",
    "status": "deployment_status",
    **{
        name: "infra_ops"
        for name in (
            "PlannedStack",
            "deploy",
            "destroy",
            "outputs",
            "plan",
            "plan_for_apply",
            "run_pipeline",
            "stack_runner",
            "synth",
        )
    },
    "review": "deploy_review",  # not review.py: a submodule of that name would shadow the function once imported
    **{name: "spec_ops" for name in ("diff", "graph", "publish", "validate", "versions")},
}

__all__ = [  # the names of _MODULE_OF
    "PlannedStack",
    "UnknownName",
    "deploy",
    "destroy",
    "diff",
    "graph",
    "outputs",
    "plan",
    "plan_for_apply",
    "publish",
    "review",
    "run_pipeline",
    "stack_runner",
    "status",
    "synth",
    "validate",
    "versions",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value
