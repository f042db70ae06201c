"""What the Windmill SERVER decides before or around a job, as the local runner models it.

TEST TOOL. Each rule follows the cited source of windmill-labs/windmill:

- Approval gates by edition (backend/windmill-api/src/jobs.rs, `conditionally_require_authed_user`,
  called for the approval page, resume and cancel alike): with `user_auth_required`, Community
  Edition refuses every decision ("Approvals for logged in users is an enterprise only feature");
  Enterprise Edition refuses an anonymous one ("Only logged in users can approve this flow step"),
  and for a non-admin approver: the run's own email under `self_approval_disabled` ("Self-approval
  is disabled for this flow step") and anyone outside `user_groups_required`. Without
  `user_auth_required` there is no condition at all: whoever holds the signed link decides.
- Custom tags (backend/windmill-api/src/jobs.rs `push_script_job_by_path_into_queue` ->
  `check_tag_available_for_workspace_internal`): a direct run (script page, `wmill script run`,
  webhook, schedule) of a script whose tag is not in the instance setting `custom_tags` is refused
  unless the user is a superadmin. Flow steps are not checked here (the runner does not model it).
- App policies (backend/windmill-api/src/apps.rs `build_args`): a field listed in
  `allow_user_resources` turns the viewer's `$res:<path>` into the resource's value (refused if the
  viewer cannot read it); any other `$res:`/`$var:` value is replaced by an "omitted for security
  reasons" text; `$ctx:email` etc. are filled in by the server; `static_inputs` are set from the
  policy whatever the viewer sent. The job runs as `policy.on_behalf_of_email` in publisher mode
  and as the viewer in viewer mode.
Not modelled: one_of_inputs, S3 inputs, the anonymous execution mode.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from playbook_windmill.paths import WINDMILL_DIR

INSTANCE_CUSTOM_TAGS = WINDMILL_DIR / "instance" / "custom_tags.json"
CE_APPROVAL_REFUSAL = "Approvals for logged in users is an enterprise only feature"


class ServerRefused(Exception):
    """The server answers the request with an error (the job is never queued / the decision is refused)."""


def approval_refusal(
    suspend: dict[str, Any],
    *,
    edition: str,
    approver: str | None,
    started_by: str,
    approver_groups: tuple[str, ...] = (),
    approver_is_admin: bool = False,
) -> str | None:
    """Why the resume/cancel endpoint rejects this decision (None: accepted)."""
    if not suspend.get("user_auth_required"):
        return None
    if edition == "ce":
        return CE_APPROVAL_REFUSAL
    if not approver:
        return "Only logged in users can approve this flow step"
    if approver_is_admin:
        return None
    if suspend.get("self_approval_disabled") and approver == started_by:
        return f"Self-approval is disabled for this flow step ({approver} started this run)"
    groups = (suspend.get("user_groups_required") or {}).get("value") or []
    if groups and not set(groups) & set(approver_groups):
        return f"{approver} is in none of the groups {groups} required to approve"
    return None


def instance_custom_tags(path: Path = INSTANCE_CUSTOM_TAGS) -> list[str]:
    """The `custom_tags` instance setting as windmill/README.md tells the admin to set it."""
    value = json.loads(path.read_text())["value"]
    return [str(tag) for tag in value]


def check_direct_run_tag(tag: str | None, *, custom_tags: list[str], superadmin: bool) -> None:
    if tag is None or tag in custom_tags or superadmin:
        return
    raise ServerRefused(
        f"Tag {tag} is not available in your workspace: Only super admins are allowed to use tags that "
        f"are not included in the allowed CUSTOM_TAGS: {custom_tags}"
    )


OMITTED_RESOURCE = (
    "The following resource has been omitted for security reasons, to allow it, toggle: "
    "'Allow resources from users' on that field input: "
)


def app_job(
    policy: dict[str, Any],
    triggerable: str,
    viewer_args: dict[str, Any],
    *,
    viewer: str,
    viewer_resources: dict[str, Any],
) -> tuple[dict[str, Any], str]:
    """(the job's args, the job's email) for a viewer's run of one app runnable."""
    inputs = (policy.get("triggerables_v2") or {}).get(triggerable)
    if inputs is None:
        if policy.get("execution_mode") != "viewer":
            raise ServerRefused(f"Policy is missing triggerables for {triggerable}")
        inputs = {}
    args: dict[str, Any] = {}
    for key in inputs.get("allow_user_resources") or []:
        value = viewer_args.get(key)
        if isinstance(value, str) and value.startswith("$res:"):
            path = value[len("$res:") :]
            if path not in viewer_resources:
                raise ServerRefused(f"Resource {path} not found or not allowed for viewer")
            args[key] = viewer_resources[path]
    for key, value in viewer_args.items():
        if key in args:
            continue
        text = json.dumps(value)
        if text.startswith('"$ctx:'):
            args[key] = {"email": viewer, "author": policy.get("on_behalf_of_email")}.get(text[6:-1])
        elif '"$res:' in text or '"$var:' in text:
            args[key] = json.loads(
                text.replace("$res:", OMITTED_RESOURCE).replace(
                    "$var:", "The following variable has been omitted for security reasons: "
                )
            )
        else:
            args[key] = value
    args.update(inputs.get("static_inputs") or {})
    email = viewer if policy.get("execution_mode") == "viewer" else str(policy.get("on_behalf_of_email") or "")
    return args, email
