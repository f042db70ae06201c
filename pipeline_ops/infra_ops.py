"""Synth, plan, deploy, destroy, run, outputs: the spine of the project.

Every operation validates and resolves the playbook first (stack_prep); an invalid
playbook raises PlaybookInvalid before anything is synthesized or applied.

Each stack has one stable Terraform working directory,
``<state root>/work/stacks/<stack>/`` (see ``stack_workdir``): a plan synthesizes into
a private staging directory and then syncs the files into it, keeping
``.terraform/`` and the provider lock file ``.terraform.lock.hcl``, so
``terraform init`` runs only when the providers or the backend change and
``playbook terraform TARGET -- state list`` works on the same directory. Jobs of
the same stack are serialized by the stack lock (stack_lock.py: synthesis to the end of
the plan or apply), Terraform's calls by the state lock. Which version runs where is
deployment_status.py; a Terraform diff of two versions, resource_diff.py.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from playbooks.lock import DEFAULT_LOCK
from playbooks.semver import Version

from .deployment_status import deployed_version
from .errors import UnknownName
from .inputs import PlaybookInput
from .stack_lock import stack_lock
from .stack_prep import (
    OnEvent,
    emulator_endpoint,
    load_environment,
    resolve_for_deploy,
    stack_name_for,
    synth_stacks_cached,
    synth_to_workdir,
)
from .stack_workdir import protect

if TYPE_CHECKING:  # imported where used: `validate`-speed callers never pay for them
    from deploy_runner.terraform import PlanResult, StackRunner
    from pipeline_ops.run_selection import Selection
    from playbooks.targets import Target

OnOutput = Callable[[str], None]
Confirm = Callable[[dict[str, Any]], bool]


def synth(
    source: PlaybookInput,
    env: str = "dev",
    *,
    out_dir: str | Path | None = None,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> dict[str, Any]:
    """Synthesize one pipeline for one environment; returns where the stack is."""
    target = resolve_for_deploy(source, library_dirs, lock_file)
    load_environment(env)
    started = time.perf_counter()
    out = Path(out_dir) if out_dir else Path("cdktf.out")
    stacks, cached = synth_stacks_cached([target.pipeline], [env], out)
    return {
        "name": target.pipeline.name,
        "version": target.pipeline.version,
        "digest": target.pipeline.digest,
        "environment": env,
        "seconds": round(time.perf_counter() - started, 2),
        "cached": cached,
        "stacks": [{"name": s.name, "directory": str(s.directory), "environment": s.environment} for s in stacks],
    }


@dataclass(frozen=True)
class PlannedStack:
    """A plan as the plain dict ``plan()`` returns (``report``) and the live saved plan ``apply_plan`` needs.

    Front ends only ever see ``report``; ``deploy``/``destroy`` (and a caller that
    applies a plan itself) use ``saved`` so exactly the plan that was shown is applied.
    """

    report: dict[str, Any]
    saved: PlanResult


def plan(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    destroy: bool = False,
    library_dirs: Iterable[str | Path] = (),
    on_output: OnOutput | None = None,
    lock_file: str | Path | None = DEFAULT_LOCK,
    on_event: OnEvent | None = None,
    job: str | None = None,
) -> dict[str, Any]:
    """Synthesize into the stack's working directory and plan; plain data (see ``plan_for_apply``)."""
    return plan_for_apply(
        source,
        env,
        local=local,
        destroy=destroy,
        library_dirs=library_dirs,
        on_output=on_output,
        lock_file=lock_file,
        on_event=on_event,
        job=job,
    ).report


def plan_for_apply(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    destroy: bool = False,
    library_dirs: Iterable[str | Path] = (),
    on_output: OnOutput | None = None,
    lock_file: str | Path | None = DEFAULT_LOCK,
    on_event: OnEvent | None = None,
    job: str | None = None,
) -> PlannedStack:
    """``plan`` plus the live saved plan; ``on_event`` gets phase events.

    The stack is locked from synthesis to the end of the plan (stack_lock.py): a second job
    of the stack is refused, so the plan holds exactly this playbook. `job` names the caller
    in that refusal (default: this process and its command line).
    """
    target = resolve_for_deploy(source, library_dirs, lock_file)
    load_environment(env)
    with stack_lock(stack_name_for(target, env), "destroy plan" if destroy else "plan", job):
        return _plan_locked(target, env, local, destroy, on_output, on_event)


def _plan_locked(
    target: Target, env: str, local: bool, destroy: bool, on_output: OnOutput | None, on_event: OnEvent | None
) -> PlannedStack:
    from deploy_runner.terraform import plan_stack

    environment = load_environment(env)
    endpoint = emulator_endpoint(env, local, on_event)
    started = time.monotonic()
    if on_event:
        on_event({"event": "phase", "phase": "synth", "name": target.pipeline.name, "environment": env})
    stack_dir = synth_to_workdir(target, env)
    if on_event:
        on_event({"event": "phase", "phase": "plan", "stack": stack_dir.name, "elapsed": round(time.monotonic() - started, 1)})
    try:
        result = plan_stack(stack_dir, destroy=destroy, emulator_endpoint=endpoint, on_output=on_output)
    finally:
        protect(stack_dir.name, stack_dir)
    report = {
        **result.as_dict(),
        "name": target.pipeline.name,
        "version": target.pipeline.version,
        "digest": target.pipeline.digest,
        "environment": env,
        "region": target.pipeline.region or environment.region,
        "text": result.summary.render(),
    }
    return PlannedStack(report, result)


def deploy(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    on_output: OnOutput | None = None,
    confirm: Confirm | None = None,
    lock_file: str | Path | None = DEFAULT_LOCK,
    on_event: OnEvent | None = None,
    job: str | None = None,
) -> dict[str, Any]:
    """Plan, show, confirm, apply exactly that plan; returns outputs (and whether it was a rollback).

    The stack stays locked from synthesis through the confirmation to the end of the apply.
    """
    target = resolve_for_deploy(source, library_dirs, lock_file)
    load_environment(env)
    with stack_lock(stack_name_for(target, env), "deploy", job):
        return _deploy_locked(target, env, local, on_output, confirm, on_event)


def _deploy_locked(
    target: Target, env: str, local: bool, on_output: OnOutput | None, confirm: Confirm | None, on_event: OnEvent | None
) -> dict[str, Any]:
    planned = _plan_locked(target, env, local, False, on_output, on_event)
    saved = planned.saved
    previous = deployed_version(saved.stack, env)
    rollback = bool(previous and Version.parse(planned.report["version"]) < Version.parse(previous))
    public = {**planned.report, "previous_version": previous, "rollback": rollback}
    if confirm is not None and not confirm(public):
        return {**public, "applied": False, "outputs": {}}
    if not saved.summary.has_changes:  # nothing to do: no apply, just the current outputs
        from deploy_runner.terraform import StackRunner

        outputs = StackRunner(saved.stack_dir, emulator_endpoint=saved.emulator_endpoint).outputs()
        return {**public, "applied": True, "outputs": outputs, "seconds": 0.0}
    if on_event:
        on_event({"event": "phase", "phase": "apply", "stack": saved.stack})
    applied = apply_reporting_stop(saved, public, on_output, on_event)
    return {**public, "applied": True, "outputs": applied.outputs, "seconds": round(applied.seconds, 1)}


class StoppedAfterApply(Exception):
    """A stop signal arrived during an apply that Terraform then completed: the stack is deployed.

    The front end still exits 128+signal (it was asked to stop), but says the apply completed and
    shows the outputs, instead of asking for a re-run that has nothing left to do.
    """

    def __init__(self, message: str, *, signum: int, result: dict[str, Any]):
        super().__init__(message)
        self.signum = signum
        self.kind = "interrupted"
        self.result = result


def apply_reporting_stop(saved: PlanResult, public: dict[str, Any], on_output: OnOutput | None, on_event: OnEvent | None) -> Any:
    from deploy_runner.terraform import DeployError, Interrupted, StackRunner, apply_plan

    try:
        return apply_plan(saved, on_output=on_output, on_event=on_event)
    except Interrupted as exc:
        # Terraform prints "Apply complete!" only when the apply succeeded (hashicorp/terraform
        # internal/command/apply.go: views' ResourceCount after a successful operation).
        if "Apply complete!" not in exc.output:
            raise
        try:
            values = StackRunner(saved.stack_dir, emulator_endpoint=saved.emulator_endpoint).outputs()
        except DeployError:
            values = {}
        name = signal_name(exc.signum)
        message = (
            f"stopped by {name} after the apply completed: Terraform finished applying the plan to {saved.stack} "
            f"and saved the state, so {public['name']}@{public['version']} is deployed in {public['environment']}; "
            f"there is nothing to run again."
        )
        result = {**public, "applied": True, "outputs": values}
        raise StoppedAfterApply(message, signum=exc.signum, result=result) from exc
    finally:
        protect(saved.stack, saved.stack_dir)  # errored.tfstate too, if Terraform left one


def signal_name(signum: int) -> str:
    import signal

    return signal.Signals(signum).name


def destroy(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    on_output: OnOutput | None = None,
    confirm: Confirm | None = None,
    lock_file: str | Path | None = DEFAULT_LOCK,
    on_event: OnEvent | None = None,
    job: str | None = None,
) -> dict[str, Any]:
    target = resolve_for_deploy(source, library_dirs, lock_file)
    load_environment(env)
    with stack_lock(stack_name_for(target, env), "destroy", job):
        return _destroy_locked(target, env, local, on_output, confirm, on_event)


def _destroy_locked(
    target: Target, env: str, local: bool, on_output: OnOutput | None, confirm: Confirm | None, on_event: OnEvent | None
) -> dict[str, Any]:
    from deploy_runner.terraform import apply_plan

    planned = _plan_locked(target, env, local, True, on_output, on_event)
    from deploy_runner import run_resources

    # What the runs created outside Terraform (endpoint, its configurations, models) goes too, and the plan says so.
    sagemaker = run_resources.sagemaker_client(load_environment(env), planned.saved.emulator_endpoint, planned.report["region"])
    tags = run_resources.pipeline_tags(planned.report["name"], env)
    created = run_resources.find(sagemaker, tags)
    public = {**planned.report, "run_created": [r.as_dict() for r in created]}
    if created:
        public.update(has_changes=True, text="\n".join(filter(None, [public["text"], run_resources.describe(created, tags)])))
    if confirm is not None and not confirm(public):
        return {**public, "applied": False}
    if on_event:
        on_event({"event": "phase", "phase": "destroy", "stack": planned.saved.stack})
    try:
        run_resources.delete(sagemaker, created, on_output)  # before Terraform removes the roles and keys they use
        applied = apply_plan(planned.saved, on_output=on_output, on_event=on_event)
    finally:
        protect(planned.saved.stack, planned.saved.stack_dir)
    return {**public, "applied": True, "seconds": round(applied.seconds, 1)}


def run_pipeline(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    start: bool = True,
    library_dirs: Iterable[str | Path] = (),
    execution_input: dict[str, Any] | None = None,
    lock_file: str | Path | None = DEFAULT_LOCK,
    parameters: dict[str, Any] | None = None,
    parameters_from_text: bool = False,
    allow_empty: bool = False,
    no_cache: bool = False,
    selection: Selection | None = None,
) -> dict[str, Any]:
    """The step after the infrastructure: upload code artifacts, start the orchestrator.

    `parameters` override the declared defaults (typed values, or command-line text with
    `parameters_from_text`); values that do not fit the declaration raise RunInputInvalid
    before anything is uploaded or started. An S3 location the run reads and does not fill
    itself that holds no objects raises data_inputs.InputsEmpty, also before anything is
    uploaded or started, unless `allow_empty` (a pipeline that fills its own inputs). A node whose step cache
    key matches an earlier run's is reused, not started (step_cache.py), unless `no_cache`; `selection`: --from/--only.
    """
    from deploy_runner.pipeline_deploy import code_artifacts, deploy_pipeline
    from deploy_runner.terraform import stack_outputs

    from .run_input import execution_input as build_input
    from .step_cache_index import start_cache

    target = resolve_for_deploy(source, library_dirs, lock_file)
    run_input = build_input(target.pipeline, parameters, from_text=parameters_from_text)
    endpoint = emulator_endpoint(env, local)
    with stack_lock(stack_name_for(target, env), "run start"):  # the outputs read belong to this synthesis
        stack_dir = synth_to_workdir(target, env)
        outputs = stack_outputs(stack_dir, emulator_endpoint=endpoint)
        if start and not allow_empty and outputs:
            from deploy_runner.aws_clients import aws_client

            from .data_inputs import check_inputs

            check_inputs(target.pipeline, outputs, aws_client("s3", load_environment(env), emulator_endpoint=endpoint))
        artifacts = code_artifacts(target.pipeline)
        cache = start_cache(target.pipeline, outputs, run_input, artifacts, env, endpoint, no_cache, selection) if start else None
        # stack_dir: code the stack already ships as Terraform S3 objects is checked, not uploaded again.
        result = deploy_pipeline(
            outputs,
            artifacts,
            emulator_endpoint=endpoint,
            execution_input={**run_input, **(cache.execution_input() if cache else {}), **(execution_input or {})},
            start=start,
            stack_dir=stack_dir,
            environment=load_environment(env),
        )
        if cache:
            result["cache"] = cache.started(result.get("execution_arn"))
    return {**result, "name": target.pipeline.name, "version": target.pipeline.version, "environment": env}


# -- the stack's Terraform, for outputs and for the user's own terraform commands -----------------


def stack_runner(
    source: PlaybookInput,
    env: str = "dev",
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
    on_event: OnEvent | None = None,
) -> StackRunner:
    """A deploy_runner StackRunner on the stack's stable working directory (synthesized, not yet init)."""
    from deploy_runner.terraform import StackRunner

    target = resolve_for_deploy(source, library_dirs, lock_file)
    load_environment(env)
    endpoint = emulator_endpoint(env, local, on_event)
    return StackRunner(synth_to_workdir(target, env), emulator_endpoint=endpoint)


def outputs(
    source: PlaybookInput,
    env: str = "dev",
    *,
    name: str | None = None,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
    on_event: OnEvent | None = None,
) -> dict[str, Any]:
    """The deployed stack's Terraform outputs (all, or the one called ``name``)."""
    runner = stack_runner(source, env, local=local, library_dirs=library_dirs, lock_file=lock_file, on_event=on_event)
    runner.init()
    values = runner.outputs()
    if not values:
        raise UnknownName(f"stack {runner.stack} has no outputs: it is not deployed (run `playbook deploy`).")
    if name is not None and name not in values:
        raise UnknownName(f"stack {runner.stack} has no output '{name}'; outputs: {', '.join(sorted(values))}")
    return {"stack": runner.stack, "environment": env, "outputs": values if name is None else {name: values[name]}}
