"""Community Edition (the default) vs Enterprise Edition: what the export turns on for each.

Windmill gates some approval features by edition in its server, not in the flow file, so a flow
written for Enterprise Edition is accepted by a Community Edition server and then hangs:

- `user_auth_required` on a suspend step: Community Edition answers every approve and deny with
  "Approvals for logged in users is an enterprise only feature" (backend/windmill-api/src/jobs.rs,
  `conditionally_require_authed_user`, `#[cfg(not(feature = "enterprise"))]`); the run waits until
  the step's timeout. `self_approval_disabled` and `user_groups_required` are only checked inside
  that Enterprise branch.
- the resume form (`resume_form`) is shown by the approval page on Enterprise Edition only.

So the committed flow is the Community Edition one (flow_definition.APPROVAL: resume/cancel
links + the plan fingerprint check), and `with_edition(flow, "ee")` adds the Enterprise-only
conditions for `playbook windmill export DIR --edition ee`.

Who "started the run" is the job's email. An app in publisher mode runs every job as its
publisher (backend/windmill-api/src/apps.rs: the job's email is `policy.on_behalf_of_email`), so
`self_approval_disabled` would block the publisher and let whoever pressed Deploy approve their
own plan. The Enterprise export therefore runs the simple app in viewer mode (jobs run as the
person who pressed Deploy) and, since a viewer may then run the flow directly, makes the approval
unconditional (no `skip_if`: `require_approval` cannot turn it off).
"""

from __future__ import annotations

import copy
from typing import Any
from playbooks.failures import PlaybookFailure

EDITIONS = ("ce", "ee")
# Members of this Windmill group approve deploys on Enterprise Edition (Settings -> Groups).
APPROVERS_GROUP = "ml_deploy_approvers"

EE_APPROVAL = {
    "user_auth_required": True,
    # Windmill compares the approver with the email of the job that started the flow; admins may
    # still approve their own run (with a warning), as in jobs.rs.
    "self_approval_disabled": True,
    "user_groups_required": {"type": "static", "value": [APPROVERS_GROUP]},
    "resume_form": {
        "schema": {
            "type": "object",
            "order": ["plan_fingerprint", "comment"],
            "required": [],
            "properties": {
                "plan_fingerprint": {
                    "type": "string",
                    "description": "The plan being approved (the apply step refuses any other plan).",
                },
                "comment": {"type": "string", "description": "Why you approve or deny (kept in the run)."},
            },
        }
    },
}


class EditionError(PlaybookFailure, ValueError):
    """An edition other than ce/ee was asked for."""

    kind = "usage"


def check_edition(edition: str) -> str:
    if edition not in EDITIONS:
        raise EditionError(f"edition must be one of {', '.join(EDITIONS)} (got {edition!r})")
    return edition


def with_edition(flow: dict[str, Any], edition: str) -> dict[str, Any]:
    """The flow for this edition: unchanged for ce; the approval's Enterprise conditions for ee."""
    if check_edition(edition) == "ce":
        return flow
    flow = copy.deepcopy(flow)
    for module in flow["value"]["modules"]:
        if module.get("suspend"):
            module["suspend"] = {**module["suspend"], **copy.deepcopy(EE_APPROVAL)}
            module.pop("skip_if", None)
    return flow


def app_with_edition(app: dict[str, Any], edition: str) -> dict[str, Any]:
    """The simple app for this edition: publisher mode on ce; viewer mode on ee (see above)."""
    if check_edition(edition) == "ce":
        return app
    app = copy.deepcopy(app)
    app["policy"]["execution_mode"] = "viewer"
    return app
