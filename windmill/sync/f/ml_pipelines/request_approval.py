#requirements:
#wmill==1.850.0
"""Ask for approval of a Terraform plan before it is applied.

The flow suspends after this step (suspend: required_events 1) until someone
opens the approval page or calls the resume / cancel URL, which this step
posts to the notification webhook together with the plan summary.
"""
from typing import TypedDict

import wmill

from windmill.notifications import plan_text, post


class c_ml_webhook(TypedDict):
    url: str
    kind: str


def main(pipeline: str, environment: str, plan: dict, webhook: c_ml_webhook | None = None) -> dict:
    urls = wmill.get_resume_urls()
    message = (f"Approval needed: deploy {pipeline} to {environment}\n{plan_text(plan)}\n"
               f"Approve: {urls['approvalPage']}\nResume: {urls['resume']}\nCancel: {urls['cancel']}")
    print(message, flush=True)
    delivered = post(webhook, message, {"event": "approval_requested", "pipeline": pipeline,
                                        "environment": environment, "plan": plan, "urls": urls})
    return {"message": message, "delivered": delivered, "urls": urls}
