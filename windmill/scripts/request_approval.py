# requirements:
# wmill==1.850.0
"""Ask for approval of a Terraform plan before it is applied.

The flow suspends after this step until someone approves or denies it. On
Community Edition that is whoever opens the signed approval link (the run page,
the notification); the `--edition ee` export also requires a logged-in approver
from the approvers group who did not start the run, and shows the resume form
(`default_args`: the plan fingerprint and a comment). Windmill's approval page
shows this step's `description` (the plan: what is created, changed and
destroyed, per node, and its fingerprint). The same summary and the approval
page link go to the notification webhook when one is given. Deny = nothing applied.
"""

from typing import TypedDict

import wmill

from playbook_windmill.notifications import plan_text, post


class c_ml_webhook(TypedDict):
    url: str
    kind: str


def main(pipeline: str, environment: str, plan: dict, webhook: c_ml_webhook | None = None) -> dict:
    urls = wmill.get_resume_urls()
    summary = plan_text(plan)
    fingerprint = (plan or {}).get("fingerprint", "")
    details = (plan or {}).get("text") or summary  # Terraform's changes, one block per pipeline node
    description = (
        f"## Deploy {pipeline} to {environment}?\n\n```\n{details}\n```\n\n"
        f"Plan fingerprint `{fingerprint}`: the apply step refuses any other plan."
    )
    message = (
        f"Approval needed: deploy {pipeline} to {environment}\n{summary}\n"
        f"Approve or deny the plan (fingerprint {fingerprint[:12]}): {urls['approvalPage']}"
    )
    print(message, flush=True)
    delivered = post(
        webhook,
        message,
        {"event": "approval_requested", "pipeline": pipeline, "environment": environment, "plan": plan, "urls": urls},
    )
    return {
        **urls,
        "urls": urls,
        "description": description,
        "message": message,
        "delivered": delivered,
        "default_args": {"plan_fingerprint": fingerprint, "comment": ""},
    }
