# requirements:
# wmill==1.850.0
"""Post the outcome of a deployment to a webhook (generic JSON or Slack
incoming webhook) and return the message. Used for success and, as the flow's
failure module, for failures (with the failing step and its error).
"""

from typing import Literal, TypedDict

from playbook_windmill.notifications import outcome_text, post


class c_ml_webhook(TypedDict):
    url: str
    kind: str


def main(
    pipeline: str,
    environment: str,
    status: Literal["success", "failure"] = "success",
    details: dict | None = None,
    webhook: c_ml_webhook | None = None,
) -> dict:
    message = outcome_text(pipeline, environment, status, details or {})
    print(message, flush=True)
    delivered = post(
        webhook,
        message,
        {
            "event": f"deployment_{status}",
            "pipeline": pipeline,
            "environment": environment,
            "status": status,
            "details": details or {},
        },
    )
    return {"message": message, "status": status, "delivered": delivered}
