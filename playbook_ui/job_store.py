"""What the builder's jobs were doing, kept on disk so a restart can say what a stop interrupted.

A job lives in the server's memory; if the server stops mid-deploy (SIGTERM, Ctrl-C, a
crash, SIGKILL), the next start must not forget it nor show it "running" forever. Each job
writes a small record (kind, target, state, the last log lines, the server's pid) to
`<state root>/ui-jobs/<id>.json` when its state changes. At start, a record that is still
running/awaiting a confirmation and whose server process is gone is an interrupted job: it
becomes state "interrupted" with what the user should do next (`next_step`).

Files are private (0600 in a 0700 directory, like the rest of the state root: a log line can
name resources) and only the newest KEEP records stay.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from stacks.outputs import stack_id

KEEP = 50
TAIL_LINES = 40
UNFINISHED = {"running", "awaiting_confirmation", "stopping"}


def store_dir() -> Path:
    from deploy_runner.cli_config import state_root

    return state_root() / "ui-jobs"


def save(record: dict[str, Any], directory: Path | None = None) -> None:
    directory = directory or store_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = directory / f".{record['id']}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            json.dump(record, out)
        os.replace(tmp, directory / f"{record['id']}.json")  # never a half-written record
    except OSError:
        pass  # the job itself must not fail because its record could not be written


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return not stat.split(") ", 1)[1].startswith("Z")


def next_step(record: dict[str, Any]) -> str:
    """What to do about a job the server's stop interrupted, in the user's words."""
    kind, target, env = record.get("kind"), record.get("target") or "the pipeline", record.get("environment") or "?"
    if kind == "deploy" and record.get("state") == "awaiting_confirmation":
        return (
            f"Nothing was applied: the server stopped while the plan waited for your confirmation. "
            f"Deploy {target} to {env} again to see a fresh plan."
        )
    if kind == "deploy":
        return (
            f"Terraform was not cut off mid-write: it runs in its own process and saves its state when it ends. "
            f"Deploy {target} to {env} again: the new plan starts from that state and shows what is still to "
            f"create or change (if Terraform is still finishing, the deploy waits for it). "
            f"`playbook status` shows what is deployed now."
        )
    if kind == "run":
        return (
            f"The pipeline run itself was not stopped: it goes on in Step Functions. Follow it with "
            f"`playbook runs {record.get('name') or target} --env {env}` and `playbook logs RUN --env {env}`, "
            f"or start a new run."
        )
    return f"Nothing was changed by this {kind or 'job'}; start it again."


def terraform_still_running(record: dict[str, Any]) -> list[int]:
    """Pids of Terraform runs a killed server left finishing on their own in this job's stack."""
    if record.get("kind") not in ("deploy", "plan") or not record.get("name") or not record.get("environment"):
        return []
    try:
        from deploy_runner import tf_process
        from pipeline_ops.stack_workdir import work_dir

        return [int(r["pid"]) for r in tf_process.orphans(work_dir(stack_id(record["name"], record["environment"])))]
    except Exception:  # a best-effort hint; the next deploy waits for such a run anyway
        return []


def recover(directory: Path | None = None, *, own_pid: int | None = None) -> list[dict[str, Any]]:
    """All kept records, newest first; unfinished ones of a server that is gone become "interrupted"."""
    directory = directory or store_dir()
    own_pid = own_pid or os.getpid()
    try:
        files = sorted(directory.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return []
    records = []
    for index, path in enumerate(files):
        if index >= KEEP:
            path.unlink(missing_ok=True)
            continue
        try:
            record = json.loads(path.read_text())
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                raise ValueError("not a job record")
        except (OSError, ValueError):
            path.unlink(missing_ok=True)
            continue
        owner = record.get("server_pid")
        # At start none of this process's jobs exist yet, so a record with our own pid is a previous
        # server's (pid reuse); another live server sharing the state root keeps its own.
        gone = owner == own_pid or not (isinstance(owner, int) and _alive(owner))
        if record.get("state") in UNFINISHED and gone:
            was = record["state"]
            record["next_step"] = next_step(record)
            record["state"] = "interrupted"
            record["error"] = record.get("error") or (f"the builder server stopped while this job was {was.replace('_', ' ')}")
            left = terraform_still_running(record)
            if left:  # killed hard: Terraform runs in its own session and was not killed with the server
                record["error"] += (
                    f"; Terraform (pid {', '.join(map(str, left))}) was still finishing the "
                    f"{record['kind']} on its own when the builder started again"
                )
            save(record, directory)
        records.append(record)
    return records
