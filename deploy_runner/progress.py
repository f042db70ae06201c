"""Turn Terraform's apply/destroy lines into progress per pipeline node.

Terraform (``-no-color``) prints, per resource, ``ADDR: Creating...`` /
``Modifying...`` / ``Destroying...``, then ``ADDR: Still creating... [10s
elapsed]`` every ten seconds (hashicorp/terraform ``internal/command/views/hook_ui.go``,
``periodicUiTimer``) and ``ADDR: Creation complete after 2s``. Those lines are
mapped to the node that owns ADDR (``plan_summary.NodeIndex``) and reported as
``node`` events::

    {"event": "node", "node": "serve", "done": 3, "total": 5, "status": "working",
     "elapsed": 12.0, "waiting_on": "aws_s3_bucket_lifecycle_configuration.x", "waiting_for": 40}

``status`` is ``working``, ``done`` or ``failed``. The "Still ..." lines are
what keeps a long wait (the ~55 s S3 lifecycle consistency wait) visible.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .plan_summary import NodeIndex, PlanSummary

Event = dict[str, Any]
_LINE = re.compile(
    r"^(?P<addr>[\w.\-\[\]\"]+): (?P<what>Creating|Modifying|Destroying|Reading|"
    r"Still creating|Still modifying|Still destroying|Still reading|"
    r"Creation complete|Modifications complete|Destruction complete|Read complete|"
    r"Creation errored|Modifications errored|Destruction errored)"
    r"(?:\.\.\.)?(?: \[(?P<secs>[\dhms]+) elapsed\])?"
)


@dataclass
class _Node:
    name: str
    total: int
    done: int = 0
    failed: bool = False
    started: float | None = None
    finished: float | None = None
    active: dict[str, float] = field(default_factory=dict)


class ApplyProgress:
    """Feed it Terraform's lines; it calls ``on_event`` with node events."""

    def __init__(
        self,
        summary: PlanSummary,
        index: NodeIndex,
        on_event: Callable[[Event], None],
        clock: Callable[[], float] = time.monotonic,
    ):
        self.index = index
        self.on_event = on_event
        self.clock = clock
        self.nodes: dict[str, _Node] = {n: _Node(n, len(items)) for n, items in summary.by_node().items()}
        self.node_of = {c.address: c.node for c in summary.changes}

    def feed(self, line: str) -> None:
        match = _LINE.match(line.strip())
        if not match:
            return
        address, what = match["addr"], match["what"]
        name = self.node_of.get(address) or self.index.node_of_address(address)
        node = self.nodes.setdefault(name, _Node(name, 0))
        now = self.clock()
        if node.started is None:
            node.started = now
        if what.endswith("ing") and not what.startswith("Still"):
            node.active[address] = now
        elif what.startswith("Still"):
            node.active.setdefault(address, now)
        elif what.endswith("complete"):
            node.active.pop(address, None)
            node.done += 1
            node.total = max(node.total, node.done)
        elif what.endswith("errored"):
            node.active.pop(address, None)
            node.failed = True
        self.on_event(self.event(node, now))

    def event(self, node: _Node, now: float) -> Event:
        status = "failed" if node.failed else ("done" if node.done >= node.total and not node.active else "working")
        if status != "working" and node.finished is None:
            node.finished = now
        event: Event = {
            "event": "node",
            "node": node.name,
            "done": node.done,
            "total": node.total,
            "status": status,
            "elapsed": round((node.finished or now) - (node.started or now), 1),
        }
        if node.active:
            address, since = min(node.active.items(), key=lambda kv: kv[1])
            event["waiting_on"] = address
            event["waiting_for"] = round(now - since)
        return event
