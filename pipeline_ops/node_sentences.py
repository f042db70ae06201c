"""One sentence per resolved node for the deploy review: what it creates and when it runs, in plain words.

The words for a leaf node are its kind's (the descriptor's `sentence`, next to the kind), so a
plugin kind is described the same way as a built-in one; only a sub-pipeline is described here.
Pure (resolved node in, text out); split from deploy_review.py to keep each module to one concern.
"""

from __future__ import annotations

from typing import Any

from playbooks.kinds import REGISTRY
from playbooks.kinds.words import EACH_RUN


def describe_node(node: Any, path: str) -> tuple[str, str | None]:
    """(sentence, when) for one resolved node; `when` is 'always', 'on each run' or a schedule in words."""
    if node.kind == "pipeline":
        child = node.child
        return (
            f"“{path}” is the sub-pipeline {child.name} {child.version} with {len(child.nodes)} nodes of its own "
            "(listed below it), run as one step.",
            EACH_RUN,
        )
    desc = REGISTRY.get(node.kind, node.subtype)
    if desc is None:  # a kind whose plugin is gone since validation: say what we know
        return f"“{path}” is a {node.kind} node.", EACH_RUN
    return desc.describe(node.config, path)
