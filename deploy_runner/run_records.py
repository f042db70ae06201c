"""What a finished run's record says per node: the prefix its job wrote, and whether the step cache reused it.

Both come from the execution itself (its output's `nodes`, its input's `cache`), so `run --wait`,
`runs` and `logs` show the same on AWS and on the emulator, for any run, however it was started.
"""

from __future__ import annotations

import json
from typing import Any


def written_outputs(described: dict[str, Any]) -> dict[str, str]:
    """Node id -> the run-scoped prefix its job wrote (`<output prefix>runs/<run id>/`), from the run's output.

    Every run writes its own prefix, so this record is how a reader finds which run produced
    the data under a node's output prefix (the newest SUCCEEDED run's record is the latest).
    """
    try:
        body = json.loads(described.get("output") or "{}")
    except ValueError:
        return {}
    nodes = body.get("nodes") if isinstance(body, dict) else None
    if not isinstance(nodes, dict):
        return {}
    return {
        node: r["output"]
        for node, r in nodes.items()
        if isinstance(r, dict) and isinstance(r.get("output"), str) and "cached_from" not in r  # reused, not written
    }


def run_cache(described: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Node id -> {status: ran|cached|reused|skipped, why, key, run}, from the execution's input (`cache.<node>`, written by
    pipeline_ops/step_cache.py when the run started). Empty for a run started without it (a schedule)."""
    try:
        body = json.loads(described.get("input") or "{}")
    except ValueError:
        return {}
    cache = body.get("cache") if isinstance(body, dict) else None
    if not isinstance(cache, dict):
        return {}
    return {
        node: {
            "status": item.get("status") or ("cached" if "output" in item else "ran"),
            "why": item.get("why"),
            "key": item.get("key"),
            "run": item.get("run"),
        }
        for node, item in sorted(cache.items())
        if isinstance(item, dict)
    }
