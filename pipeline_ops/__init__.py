"""The operations the CLI, the Windmill scripts and the builder UI all call.

Each function takes plain values (a TARGET string or a playbook mapping as the
Windmill app produces it) and returns plain dicts, so the same call serves a
terminal, a Windmill job result and an HTTP response. No formatting here.
"""

from .errors import UnknownName
from .deployment_status import status
from .infra_ops import PlannedStack, deploy, destroy, outputs, plan, plan_for_apply, run_pipeline, stack_runner, synth
from .review import review
from .spec_ops import diff, graph, publish, validate, versions

__all__ = [
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
