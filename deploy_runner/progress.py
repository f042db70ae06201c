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
``waiting_kind`` names the waited-on resource in words (stacks.resource_words).

A resource that fails prints no line of its own: ``PostApply`` returns early on an
error ("Errors are collected and printed in ApplyCommand, no need to duplicate",
``hook_ui.go``); the failure is a diagnostic, which ``-no-color`` prints plainly
(``internal/command/format/diagnostic.go``, ``DiagnosticPlain``)::

    Error: creating IAM Role (x): EntityAlreadyExists: Role with name x already exists.

      with aws_iam_role.train_role_1A2B3C4D,
      on cdk.tf.json line 1234, in resource "aws_iam_role" "train_role_1A2B3C4D":

So the ``Error:`` line is kept until its ``with ADDR,`` line names the resource; that
node's event is then ``failed`` with ``failed_on``, ``failed_kind`` (in words) and ``error``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from stacks.resource_words import resource_word

from .plan_summary import NodeIndex, PlanSummary

Event = dict[str, Any]
_LINE = re.compile(
    r"^(?P<addr>[\w.\-\[\]\"]+): (?P<what>Creating|Modifying|Destroying|Reading|"
    r"Still creating|Still modifying|Still destroying|Still reading|"
    r"Creation complete|Modifications complete|Destruction complete|Read complete|"
    r"Creation errored|Modifications errored|Destruction errored)"
    r"(?:\.\.\.)?(?: \[(?P<secs>[\dhms]+) elapsed\])?"
)
_ERROR = re.compile(r"^Error: (?P<summary>.+)$")
# The AWS SDK for Go v2 wraps the service's answer in its call details (smithy-go OperationError,
# aws/transport/http ResponseError): "operation error IAM: CreateRole, https response error StatusCode:
# 409, RequestID: …, EntityAlreadyExists: …". The answer is what a person reads.
_SDK_WRAPPING = re.compile(r"operation error [^:]+: \w+, (?:https response error StatusCode: \d+, RequestID: [^,]*, )?")
_WITH = re.compile(r"^with (?P<addr>[\w.\-\[\]\"]+),$")


@dataclass
class _Node:
    name: str
    total: int
    done: int = 0
    failed: bool = False
    failed_on: str | None = None
    error: str | None = None
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
        self._error: str | None = None  # the last "Error:" summary, until its "with ADDR," line

    def _node_of(self, address: str) -> _Node:
        name = self.node_of.get(address) or self.index.node_of_address(address)
        return self.nodes.setdefault(name, _Node(name, 0))

    def feed(self, line: str) -> None:
        text = line.strip()
        if self._failed(text):
            return
        match = _LINE.match(text)
        if not match:
            return
        address, what = match["addr"], match["what"]
        node = self._node_of(address)
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

    def _failed(self, text: str) -> bool:
        """An ``Error:`` diagnostic and the ``with ADDR,`` line that pins it to a resource (see the module doc)."""
        error = _ERROR.match(text)
        if error:
            self._error = error["summary"]
            return True
        pinned = _WITH.match(text)
        if not (pinned and self._error):
            return False
        address, summary = pinned["addr"], _SDK_WRAPPING.sub("", self._error)
        self._error = None
        node = self._node_of(address)
        node.active.pop(address, None)
        node.failed = True
        if node.failed_on is None:  # the first failure is the one to read; later ones are often its echo
            node.failed_on, node.error = address, summary
        now = self.clock()
        node.started = node.started if node.started is not None else now
        self.on_event(self.event(node, now))
        return True

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
            event["waiting_kind"] = resource_word(_type_of(address))
            event["waiting_for"] = round(now - since)
        if node.failed_on:
            event["failed_on"] = node.failed_on
            event["failed_kind"] = resource_word(_type_of(node.failed_on))
            event["error"] = node.error
        return event


def _type_of(address: str) -> str:
    """``module.x.aws_iam_role.name[0]`` -> ``aws_iam_role``."""
    parts = [p for p in address.split(".") if not p.startswith(("module", "data"))]
    return parts[-2] if len(parts) >= 2 else address


# -- the same events as lines of text (the CLI, Windmill's job log) --------------------------------
WAIT_REPORT_EVERY = 30  # seconds: a long wait is reported this often in a log that cannot redraw a line
_PHASE_WORDS = {
    "synth": "synthesizing {name} for {environment}",
    "plan": "planning stack {stack}",
    "apply": "applying the plan to {stack}",
    "destroy": "destroying {stack}",
}


def phase_line(event: Event) -> str:
    """ "applying the plan to churn-local ..." for a ``phase`` event."""
    words = _PHASE_WORDS.get(str(event.get("phase")))
    fields = {k: event.get(k) for k in ("name", "environment", "stack")}
    return (words.format(**fields) if words else str(event.get("phase"))) + " ..."


def node_line(event: Event) -> str:
    """ "  done   train: 2/2 in 3 s", "  FAILED train: 0/2 in 1 s: …", "  ...    serve: 1/3, waiting on …"."""
    node, status = event["node"], event["status"]
    if status in ("done", "failed"):
        verb = "done" if status == "done" else "FAILED"
        error = f": its {event.get('failed_kind')} failed: {event['error']}" if status == "failed" and event.get("error") else ""
        return f"  {verb:<6} {node}: {event['done']}/{event['total']} in {event['elapsed']:.0f} s{error}"
    waiting = event.get("waiting_on")
    detail = f", waiting on {waiting} ({event.get('waiting_for', 0)} s)" if waiting else ""
    return f"  ...    {node}: {event['done']}/{event['total']}{detail}"


class LogLines:
    """Which node events deserve a line in a log (no live line to redraw): each finished node, a long wait every 30 s."""

    def __init__(self) -> None:
        self.reported_wait: dict[str, int] = {}

    def line(self, event: Event) -> str | None:
        node = event["node"]
        if event["status"] in ("done", "failed"):
            self.reported_wait.pop(node, None)
            return node_line(event)
        step = int(event.get("waiting_for") or 0) // WAIT_REPORT_EVERY
        if event.get("waiting_on") and step >= 1 and self.reported_wait.get(node, 0) < step:
            self.reported_wait[node] = step
            return node_line(event)
        return None
