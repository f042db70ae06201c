"""Apply a plan saved earlier (``playbook plan --out FILE``, then ``playbook deploy --plan FILE``).

CI splits plan and apply: a reviewer approves the plan file, and the deploy applies exactly that
file and plans nothing. Terraform itself refuses a saved plan whose state changed since it was
made ("Saved plan is stale", hashicorp/terraform internal/backend/local/backend_local.go).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from playbooks.lock import DEFAULT_LOCK
from playbooks.semver import Version

if TYPE_CHECKING:
    from playbooks.targets import Target

from .deployment_status import deployed_version
from .infra_ops import Confirm, OnOutput, apply_reporting_stop
from .inputs import PlaybookInput
from .stack_lock import stack_lock
from .stack_prep import OnEvent, emulator_endpoint, load_environment, resolve_for_deploy, stack_name_for, synth_to_workdir


def deploy_saved_plan(
    source: PlaybookInput,
    env: str,
    plan_file: str | Path,
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    on_output: OnOutput | None = None,
    confirm: Confirm | None = None,
    lock_file: str | Path | None = DEFAULT_LOCK,
    on_event: OnEvent | None = None,
) -> dict[str, Any]:
    """Apply a plan saved by ``plan(..., out=FILE)``, planning nothing: CI's approved plan is the applied plan.

    The stack is synthesized only so ``terraform init`` matches; Terraform applies the configuration
    snapshot inside the plan file and refuses it when the state changed since ("Saved plan is stale").
    A plan file records its own backend, so one made for another stack would change that stack's
    state: it is refused before Terraform runs.
    """
    path = Path(plan_file).expanduser().resolve()
    target = resolve_for_deploy(source, library_dirs, lock_file)
    load_environment(env)
    with stack_lock(stack_name_for(target, env), "deploy"):  # no other job syncs or applies in between
        return _deploy_saved_locked(path, plan_file, target, env, local, on_output, confirm, on_event)


def _deploy_saved_locked(
    path: Path,
    plan_file: str | Path,
    target: Target,
    env: str,
    local: bool,
    on_output: OnOutput | None,
    confirm: Confirm | None,
    on_event: OnEvent | None,
) -> dict[str, Any]:
    from deploy_runner.terraform import DeployError, PlanResult, StackRunner

    origin = saved_plan_origin(path)
    endpoint = emulator_endpoint(env, local, on_event)
    stack_dir = synth_to_workdir(target, env)
    if origin["stack"] != stack_dir.name:
        raise DeployError(
            f"{plan_file} is a plan of stack {origin['stack']}, not of {stack_dir.name} "
            f"({target.pipeline.name} in {env}); deploy it with the target and --env it was made for.",
            kind="wrong_plan",
        )
    if origin["digest"] and origin["digest"] != target.pipeline.digest:  # the report would name the wrong version
        raise DeployError(
            f"{plan_file} was planned from {target.pipeline.name}@{origin['version']} ({origin['digest'][:19]}), "
            f"but the target is now {target.pipeline.name}@{target.pipeline.version} ({target.pipeline.digest[:19]}); "
            f"deploy it with the target it was planned from, or make a new plan.",
            kind="wrong_plan",
        )
    runner = StackRunner(stack_dir, emulator_endpoint=endpoint, on_output=on_output)
    runner.init()
    saved = PlanResult(runner.stack, stack_dir, path, runner.summarize(path), False, endpoint)
    previous = deployed_version(saved.stack, env)
    public = {
        **saved.as_dict(),
        "name": target.pipeline.name,
        "version": target.pipeline.version,
        "digest": target.pipeline.digest,
        "environment": env,
        "text": saved.summary.render(),
        "previous_version": previous,
        "rollback": bool(previous and Version.parse(target.pipeline.version) < Version.parse(previous)),
    }
    if confirm is not None and not confirm(public):
        return {**public, "applied": False, "outputs": {}}
    if on_event:
        on_event({"event": "phase", "phase": "apply", "stack": saved.stack})
    try:
        applied = apply_reporting_stop(saved, public, on_output, on_event)
    except DeployError as exc:
        if exc.kind != "stale_plan":
            raise
        raise DeployError(
            f"Terraform refused {plan_file}: Saved plan is stale (the state of {saved.stack} changed since the "
            f"plan was made: it was applied already, or another deploy ran). Nothing was applied. Make a new "
            f"plan with `playbook plan TARGET --env {env} --out FILE`, review it, and deploy that file.",
            kind="stale_plan",
            output=exc.output,
        ) from exc
    return {**public, "applied": True, "outputs": applied.outputs, "seconds": round(applied.seconds, 1)}


def saved_plan_origin(path: Path) -> dict[str, str]:
    """Stack, playbook version and digest a saved Terraform plan was made from, read from the configuration
    snapshot the plan file (a zip) carries under ``tfconfig/`` (hashicorp/terraform
    internal/plans/planfile/writer.go); the stack's outputs name the playbook (stacks/pipeline_stack.py)."""
    import json
    import zipfile

    from deploy_runner.terraform import DeployError

    if not path.is_file():
        raise DeployError(
            f"no saved plan at {path}; make one with `playbook plan TARGET --env ENV --out FILE`.", kind="stale_plan"
        )
    try:
        with zipfile.ZipFile(path) as plan_zip:
            names = [n for n in plan_zip.namelist() if n.startswith("tfconfig/") and n.endswith("cdk.tf.json")]
            doc = json.loads(plan_zip.read(min(names, key=len))) if names else {}
    except (zipfile.BadZipFile, ValueError, KeyError) as exc:
        raise DeployError(f"{path} is not a saved Terraform plan ({exc}).", kind="wrong_plan") from exc
    stack = doc.get("//", {}).get("metadata", {}).get("stackName")
    if not isinstance(stack, str):
        raise DeployError(f"{path} is not a plan of a playbook stack (no cdk.tf.json in it).", kind="wrong_plan")
    outputs = doc.get("output", {})
    return {
        "stack": stack,
        "version": str(outputs.get("playbook_version", {}).get("value", "")),
        "digest": str(outputs.get("playbook_digest", {}).get("value", "")),
    }
