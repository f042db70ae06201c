"""Reusable CDK for Terraform constructs for ML pipelines on AWS.

One construct per playbook node kind and subtype (data sources, preprocessing,
models, deployments), a Step Functions orchestrator and the recursive
`Pipeline` construct. Only `constructs_lib.cdk` imports cdktf; the pure helpers
(`naming`, `escaping`, `tags`, `artifacts`, `asl`) import nothing heavy.

The names exported here are the standalone constructs (constructs_lib/standalone.py,
README.md next to this file): every config optional, the security kit and the
orchestrator created on demand per stack. They load lazily (PEP 562), so importing a
pure helper such as `constructs_lib.naming` does not start the jsii Node.js runtime.
"""

from __future__ import annotations

from typing import Any

_STANDALONE = (
    "S3DataSource",
    "DatabaseDataSource",
    "ApiDataSource",
    "Preprocessing",
    "Training",
    "FineTuning",
    "Inference",
    "ApiEndpoint",
    "BatchTransform",
    "StackDefaults",
)
_ELSEWHERE = {
    "Pipeline": "pipeline",
    "SecurityKit": "security",
    "Orchestrator": "orchestrator",
    "Namer": "naming",
    "Dataset": "artifacts",
    "Model": "artifacts",
}

__all__ = [*_STANDALONE, *_ELSEWHERE]


def __getattr__(name: str) -> Any:
    import importlib

    if name in _STANDALONE:
        return getattr(importlib.import_module(".standalone", __name__), name)
    if name in _ELSEWHERE:
        return getattr(importlib.import_module(f".{_ELSEWHERE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
