"""Reusable CDK for Terraform constructs for ML pipelines on AWS.

One construct per playbook node kind and subtype (data sources, preprocessing,
models, deployments), a Step Functions orchestrator and the recursive
`Pipeline` construct. Only `constructs_lib.cdk` imports cdktf; the pure helpers
(`naming`, `escaping`, `tags`, `artifacts`, `asl`) import nothing heavy.

The names exported here are the standalone constructs (constructs_lib/standalone.py,
README.md next to this file), one per built-in kind whose descriptor has `standalone=`:
every config optional, the security kit and the orchestrator created on demand per stack.
They load lazily (PEP 562), so importing a pure helper such as `constructs_lib.naming`
does not start the jsii Node.js runtime; the list of names comes from the descriptors
(facade_source.py, pure), so a new built-in kind is exported without an edit here.
"""

from __future__ import annotations

from typing import Any

_ELSEWHERE = {
    "StackDefaults": "stack_defaults",
    "Pipeline": "pipeline",
    "SecurityKit": "security",
    "Orchestrator": "orchestrator",
    "Namer": "naming",
    "Dataset": "artifacts",
    "Model": "artifacts",
}


def _standalone_names() -> list[str]:
    from .facade_source import standalone_kinds

    return [facade.name for _, facade in standalone_kinds()]


def _exported() -> list[str]:
    return [*_standalone_names(), *_ELSEWHERE]


def __getattr__(name: str) -> Any:
    import importlib

    if name == "__all__":  # computed on first use: it reads the kinds' descriptors
        return _exported()
    if name in _ELSEWHERE:
        return getattr(importlib.import_module(f".{_ELSEWHERE[name]}", __name__), name)
    if name[:1].isupper() and name in _standalone_names():
        return getattr(importlib.import_module(".standalone", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_exported()])
