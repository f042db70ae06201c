"""Deployment notifications: message text and delivery to a webhook resource.

A `c_ml_webhook` resource is {"url": "https://...", "kind": "slack" | "json"}:
`slack` posts {"text": message} (a Slack incoming webhook), `json` posts the
message plus the structured event. Only http(s) URLs; 10 s timeout.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any, Mapping
from playbooks.failures import PlaybookFailure

TIMEOUT_S = 10
MAX_DETAIL_CHARS = 2000


class NotificationError(PlaybookFailure, RuntimeError):
    """The webhook could not be reached or refused the message."""

    kind = "notification"


def plan_text(plan: Mapping[str, Any] | None) -> str:
    if not plan:
        return "plan: (none)"
    summary = plan.get("summary", plan)
    lines = [
        f"plan {plan.get('stack', '')}: +{summary.get('add', 0)} ~{summary.get('change', 0)} "
        f"-{summary.get('destroy', 0)}".replace("plan :", "plan:")
    ]
    for node, changes in sorted((summary.get("by_node") or {}).items()):
        count = len(changes) if isinstance(changes, list) else changes
        lines.append(f"  {node}: {count} change(s)")
    return "\n".join(lines)


def outcome_text(pipeline: str, environment: str, status: str, details: Mapping[str, Any]) -> str:
    name = pipeline or "<unnamed pipeline>"
    if status == "success":
        head = f"Deployed {name} to {environment}"
        extra = [f"{k}: {details[k]}" for k in ("stack", "version", "execution_arn") if details.get(k)]
        if details.get("not_started"):  # deployed, but the run was refused (an empty input): say what to fill
            extra.append(f"the pipeline run was not started: {_clip(str(details['not_started']))}")
    else:
        step = details.get("step") or "unknown step"
        head = f"Deployment of {name} to {environment} failed at step '{step}'"
        extra = [f"error: {_clip(str(details.get('error') or 'no error message'))}"]
    return "\n".join([head, *extra])


def _clip(text: str) -> str:
    return text if len(text) <= MAX_DETAIL_CHARS else text[:MAX_DETAIL_CHARS] + " ...(truncated)"


def post(webhook: Mapping[str, Any] | None, message: str, event: Mapping[str, Any]) -> bool:
    """POST to the webhook; False when no webhook is configured, raises when delivery fails."""
    if not webhook or not webhook.get("url"):
        return False
    url = str(webhook["url"])
    if not url.startswith(("https://", "http://")):
        raise NotificationError(f"webhook url must start with https:// or http://, got {url[:40]!r}")
    body = {"text": message} if webhook.get("kind") == "slack" else {"text": message, **event}
    request = urllib.request.Request(
        url, data=json.dumps(body, default=str).encode(), method="POST", headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310 (scheme checked)
            if response.status >= 300:
                raise NotificationError(f"webhook answered HTTP {response.status}")
    except urllib.error.URLError as exc:
        raise NotificationError(f"could not deliver the notification to the webhook: {exc}") from exc
    return True
