"""A Terraform plan in plain words, grouped by pipeline node.

``summarize_plan_json(plan_json, cdk_tf_json)`` reads ``terraform show -json``
output and the synthesized stack; ``PlanSummary.render()`` is the text the CLI
prints and ``as_dict()`` the JSON; both come from the same fields, so text and
JSON never disagree (about drift in particular).

Drift is reported the way Terraform's own plan output reports it
(hashicorp/terraform ``internal/command/jsonformat/plan.go``, since 1.2): a
``resource_drift`` entry is shown only when an attribute listed in the plan's
``relevant_attributes`` actually changed; refresh noise (computed attributes
re-read, ``tags_all`` recalculated) that affects nothing planned is not drift
the user needs to hear about. With no planned changes there are no relevant
attributes, hence no drift: Terraform prints "No changes" and so do we.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from constructs_lib.tags import NODE_TAG
from stacks.resource_words import resource_word

SHARED = "(pipeline)"

# Plain words for a resource type: what a platform engineer calls it.
_VERBS = {"create": "create", "update": "change", "delete": "destroy", "replace": "replace", "read": "read"}


def plain_type(rtype: str) -> str:
    return resource_word(rtype)


@dataclass
class ResourceChange:
    address: str
    type: str
    node: str
    action: str  # create | update | delete | replace | read

    def as_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass
class PlanSummary:
    add: int = 0
    change: int = 0
    destroy: int = 0
    changes: list[ResourceChange] = field(default_factory=list)
    output_changes: dict[str, str] = field(default_factory=dict)
    drifted: list[str] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return bool(self.changes or self.output_changes)

    def by_node(self) -> dict[str, list[ResourceChange]]:
        groups: dict[str, list[ResourceChange]] = {}
        for change in self.changes:
            groups.setdefault(change.node, []).append(change)
        return dict(sorted(groups.items()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "add": self.add,
            "change": self.change,
            "destroy": self.destroy,
            "has_changes": self.has_changes,
            "by_node": {node: [c.as_dict() for c in items] for node, items in self.by_node().items()},
            # the words render() prints per node, for a front end that lists the nodes its own way
            "in_words": {node: _describe(items) for node, items in self.by_node().items()},
            "output_changes": dict(self.output_changes),
            "drifted": list(self.drifted),
        }

    def render(self, *, verbose: bool = False) -> str:
        """One line per pipeline node in plain words (every address with verbose=True)."""
        lines: list[str] = []
        if self.drifted:
            lines.append(f"Changed outside Terraform (drift): {', '.join(self.drifted)}")
        if not self.has_changes:
            lines.append("No changes. The infrastructure matches the playbook.")
            return "\n".join(lines)
        lines.append(f"Plan: {self.add} to add, {self.change} to change, {self.destroy} to destroy.")
        width = max((len(n) for n in self.by_node()), default=0) + 1
        for node, items in self.by_node().items():
            lines.append(f"  {node + ':':<{width}}  {_describe(items)}")
            if verbose:
                symbol = {"create": "+", "update": "~", "delete": "-", "replace": "-/+", "read": "<="}
                lines += [f"      {symbol.get(c.action, '?'):>3} {c.address}" for c in items]
        if self.output_changes:
            counts: dict[str, int] = {}
            for action in self.output_changes.values():
                counts[action] = counts.get(action, 0) + 1
            lines.append("  outputs: " + ", ".join(f"{_VERBS.get(a, a)} {n}" for a, n in sorted(counts.items())))
        return "\n".join(lines)


def _describe(items: list[ResourceChange]) -> str:
    """ "create 3 (S3 bucket, KMS key, IAM role); destroy 1 (Glue job)"."""
    parts = []
    for action in ("create", "replace", "update", "delete", "read"):
        of_action = [c for c in items if c.action == action]
        if not of_action:
            continue
        kinds = list(dict.fromkeys(plain_type(c.type) for c in of_action))
        shown = ", ".join(kinds[:4]) + (f", +{len(kinds) - 4} more kinds" if len(kinds) > 4 else "")
        parts.append(f"{_VERBS[action]} {len(of_action)} ({shown})")
    return "; ".join(parts)


class NodeIndex:
    """Which pipeline node each resource of a synthesized stack belongs to.

    Taggable resources carry a ``playbook-node`` tag (``features/quality`` for
    nested pipelines). The others (policies, bucket settings...) are matched by
    their cdktf construct path (``//.metadata.path`` =
    ``<stack>/<root construct>/<node path...>/<construct>/<resource>``) against
    the node paths the tags name; the longest match wins. Resources outside
    every node (shared security kit, the top-level orchestrator) belong to
    ``(pipeline)``. Without tags, the construct path below the root construct
    minus the resource id is used.
    """

    def __init__(self, doc: dict[str, Any]):
        self.paths: dict[tuple[str, str], list[str]] = {}
        self.tagged: dict[tuple[str, str], str] = {}
        for rtype, blocks in (doc.get("resource") or {}).items():
            for rname, block in (blocks or {}).items():
                path = ((block or {}).get("//") or {}).get("metadata", {}).get("path", "")
                self.paths[(rtype, rname)] = path.split("/")[1:] if path else []
                tags = (block or {}).get("tags")
                if isinstance(tags, dict) and isinstance(tags.get(NODE_TAG), str):
                    self.tagged[(rtype, rname)] = tags[NODE_TAG]
        firsts = {p[0] for p in self.paths.values() if p}
        self.root = next(iter(firsts)) if len(firsts) == 1 else None
        self.nodes = sorted({tuple(n.split("/")) for n in self.tagged.values()}, key=len, reverse=True)

    def node(self, rtype: str, rname: str, tags: dict[str, str] | None = None) -> str:
        if tags and isinstance(tags.get(NODE_TAG), str):
            return tags[NODE_TAG]
        if (rtype, rname) in self.tagged:
            return self.tagged[(rtype, rname)]
        rel = self.paths.get((rtype, rname), [])
        if self.root and rel[:1] == [self.root]:
            rel = rel[1:]
        if self.nodes:
            for node in self.nodes:
                if tuple(rel[: len(node)]) == node and len(rel) > len(node):
                    return "/".join(node)
            return SHARED
        return "/".join(rel[:-1]) or SHARED

    def node_of_address(self, address: str) -> str:
        """Node of a plain cdktf address like ``aws_s3_bucket.data_bucket_1A2B`` (index stripped)."""
        rtype, _, rname = address.split("[")[0].partition(".")
        return self.node(rtype, rname)


def resource_node(doc: dict[str, Any], rtype: str, rname: str, tags: dict[str, str] | None = None) -> str:
    """The pipeline node a resource belongs to (see NodeIndex)."""
    return NodeIndex(doc).node(rtype, rname, tags)


def _action(actions: list[str]) -> str | None:
    if actions in (["no-op"], []):
        return None
    if "create" in actions and "delete" in actions:
        return "replace"
    return actions[0]


def _at(value: Any, path: list[Any]) -> Any:
    for step in path:
        if isinstance(value, dict) and isinstance(step, str):
            value = value.get(step)
        elif isinstance(value, list) and isinstance(step, int) and 0 <= step < len(value):
            value = value[step]
        else:
            return None
    return value


def relevant_drift(plan: dict[str, Any]) -> list[str]:
    """Addresses whose drift touches an attribute the plan depends on (Terraform's own rule)."""
    relevant: dict[str, list[list[Any]]] = {}
    for item in plan.get("relevant_attributes") or []:
        relevant.setdefault(item.get("resource", ""), []).append(item.get("attribute") or [])
    drifted = []
    for drift in plan.get("resource_drift") or []:
        address = drift.get("address", "")
        change = drift.get("change") or {}
        before, after = change.get("before"), change.get("after")
        if change.get("actions") == ["delete"] and address in relevant:
            drifted.append(address)  # deleted outside Terraform and the plan recreates it
            continue
        if any(_at(before, path) != _at(after, path) for path in relevant.get(address, [])):
            drifted.append(address)
    return drifted


def summarize_plan_json(plan: dict[str, Any], doc: dict[str, Any]) -> PlanSummary:
    summary = PlanSummary()
    index = NodeIndex(doc)
    for rc in plan.get("resource_changes", []):
        action = _action(rc.get("change", {}).get("actions", []))
        if action is None or rc.get("mode") == "data":
            continue
        after = rc["change"].get("after") or rc["change"].get("before") or {}
        tags = after.get("tags_all") or after.get("tags") if isinstance(after, dict) else None
        node = index.node(rc["type"], rc["name"], tags if isinstance(tags, dict) else None)
        summary.changes.append(ResourceChange(rc["address"], rc["type"], node, action))
        if action in ("create", "replace"):
            summary.add += 1
        if action in ("delete", "replace"):
            summary.destroy += 1
        if action == "update":
            summary.change += 1
    for name, oc in (plan.get("output_changes") or {}).items():
        action = _action(oc.get("actions", []))
        if action:
            summary.output_changes[name] = action
    summary.drifted = relevant_drift(plan)
    return summary
