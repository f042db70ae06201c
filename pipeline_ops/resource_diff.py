"""What changes in Terraform between two versions of a pipeline: both synthesized, resources compared.

Used by `playbook diff --terraform`; no Terraform run. Split from infra_ops.py to keep each module to one concern.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from playbooks.targets import Target

from .stack_prep import load_environment, synth_stacks_cached


def _resources(stack_dir: Path) -> dict[str, Any]:
    doc = json.loads((stack_dir / "cdk.tf.json").read_text())
    out = {}
    for rtype, items in (doc.get("resource") or {}).items():
        for name, body in items.items():
            out[f"{rtype}.{name}"] = {k: v for k, v in body.items() if k != "//"}  # "//" is cdktf metadata
    return out


def terraform_resource_diff(a: Target, b: Target, env: str) -> dict[str, Any]:
    """Resources to add/change/destroy going from a to b, by comparing two synthesized stacks."""
    load_environment(env)
    with tempfile.TemporaryDirectory(prefix="playbook-diff-") as tmp:
        (sa,), _ = synth_stacks_cached([a.pipeline], [env], Path(tmp) / "a")
        (sb,), _ = synth_stacks_cached([b.pipeline], [env], Path(tmp) / "b")
        ra, rb = _resources(Path(sa.directory)), _resources(Path(sb.directory))
    add = sorted(set(rb) - set(ra))
    destroy = sorted(set(ra) - set(rb))
    change = sorted(k for k in set(ra) & set(rb) if ra[k] != rb[k])
    return {
        "environment": env,
        "add": add,
        "change": change,
        "destroy": destroy,
        "summary": f"{len(add)} to add, {len(change)} to change, {len(destroy)} to destroy",
    }
