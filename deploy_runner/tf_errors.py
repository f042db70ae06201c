"""What went wrong in a Terraform run, as one message that names the fix.

``classify(command, output, ...)`` turns Terraform's combined output into a
``DeployError`` with a ``kind`` that front ends map to exit codes and texts.
"""

from __future__ import annotations

import re
from pathlib import Path

from playbooks.failures import PlaybookFailure


class DeployError(PlaybookFailure):
    """A deploy step failed; ``str(exc)`` is one message that names the fix."""

    kind = "terraform"

    def __init__(self, message: str, *, kind: str = "terraform", output: str = ""):
        super().__init__(message)
        self.kind = kind
        self.output = output


# Provider messages when no credentials are found (terraform-provider-aws, internal/conns):
# "No valid credential sources found" / "failed to refresh cached credentials, no EC2 IMDS role found".
_NO_CREDENTIALS = re.compile(
    r"No valid credential sources found|failed to refresh cached credentials|"
    r"no EC2 IMDS role found|NoCredentialProviders",
    re.I,
)


def parse_lock(text: str) -> dict[str, str] | None:
    """The lock info Terraform prints with "Error acquiring the state lock", or None."""
    if "Error acquiring the state lock" not in text:
        return None
    info: dict[str, str] = {}
    for key in ("ID", "Path", "Operation", "Who", "Version", "Created"):
        m = re.search(rf"^\s*{key}:\s*(.+)$", text, re.M)
        if m:
            info[key] = m.group(1).strip()
    return info


def classify(
    command: str, text: str, *, stack: str, stack_dir: Path, state_dir: Path, emulator_endpoint: str | None, mirror: Path | None
) -> DeployError:
    lock = parse_lock(text)
    if lock is not None:
        who, created, lock_id = lock.get("Who", "?"), lock.get("Created", "?"), lock.get("ID", "?")
        op = lock.get("Operation", "?")
        return DeployError(
            f"the state of stack {stack} is locked by {who} ({op}), started at {created}: another deploy "
            f"is running. Wait for it to finish. If that deploy died, unlock with "
            f"`playbook terraform TARGET --env ENV -- force-unlock -force {lock_id}`.",
            kind="locked",
            output=text,
        )
    if command == "init" and re.search(r"(provider|Provider).*(hashicorp/aws)|Failed to (query|install) provider", text):
        where = (
            (
                f"the provider mirror {mirror} (expected {mirror}/registry.terraform.io/hashicorp/aws/"
                f"<version>/<os_arch>/terraform-provider-aws_*)"
            )
            if mirror
            else "the Terraform registry"
        )
        fix = (
            "Put the provider there (the version the stack pins), point PLAYBOOK_PROVIDER_MIRROR at a "
            "mirror that has it, or set PLAYBOOK_PROVIDER_MIRROR=none to download it (needs internet)."
            if mirror
            else "Check the internet connection, or set PLAYBOOK_PROVIDER_MIRROR to a local mirror."
        )
        return DeployError(
            f"terraform init could not install hashicorp/aws from {where}. {fix}", kind="provider_missing", output=text
        )
    if "Saved plan is stale" in text:
        return DeployError(
            f"the saved plan for stack {stack} is stale (the state changed since it was "
            f"made). Run plan again and apply the new plan.",
            kind="stale_plan",
            output=text,
        )
    if emulator_endpoint and re.search(r"connection refused|connect: connection reset|EOF", text):
        return DeployError(
            f"the local AWS emulator at {emulator_endpoint} stopped answering during terraform {command} "
            f"of stack {stack}. Start it again (`playbook emulator start`) and rerun; the emulator keeps "
            f"resources in memory, so the rerun recreates what was lost.",
            kind="emulator_down",
            output=text,
        )
    if not emulator_endpoint and _NO_CREDENTIALS.search(text):
        return DeployError(
            f"terraform {command} of stack {stack} found no AWS credentials. Configure them the usual way "
            f"(`aws configure`, `aws sso login`, AWS_PROFILE, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY), or set "
            f"`profile:` / `role_arn:` for the stack's environment in environments.yaml, or deploy to the local "
            f"emulator instead with `--local` (environment `local`).",
            kind="no_credentials",
            output=text,
        )
    if re.search(r"permission denied", text, re.I) and ("state" in text.lower() or "tfstate" in text):
        return DeployError(
            f"terraform could not write the state of stack {stack} ({state_dir}): "
            f"permission denied. Make it writable or set PLAYBOOK_STATE_DIR.",
            kind="state_not_writable",
            output=text,
        )
    errors = [ln.strip() for ln in text.splitlines() if ln.strip().startswith("Error:")]
    detail = "; ".join(dict.fromkeys(errors)) or (text.strip().splitlines() or ["(no output)"])[-1]
    return DeployError(f"terraform {command} failed for stack {stack}: {detail}", output=text)
