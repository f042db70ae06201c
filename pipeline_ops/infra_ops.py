"""Synth, plan, deploy, destroy, run and status: the spine of the project.

Every operation validates and resolves the playbook first; an invalid playbook
raises PlaybookInvalid before anything is synthesized or applied.

Each stack has one stable Terraform working directory,
``<state root>/work/stacks/<stack>/`` (see ``stack_workdir``): a plan synthesizes into
a private staging directory and then syncs the files into it, keeping
``.terraform/`` and the provider lock file ``.terraform.lock.hcl``, so
``terraform init`` runs only when the providers or the backend change and
``playbook terraform TARGET -- state list`` works on the same directory. Runs of
the same stack are serialized by the state lock.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from playbooks.lock import DEFAULT_LOCK, LockFile, resolve_with_lock
from playbooks.semver import Version
from playbooks.targets import Target

from .errors import UnknownName
from .inputs import PlaybookInput, is_target, load_input
from .stack_workdir import private_work_dir, protect, sync_tree

if TYPE_CHECKING:  # imported where used: `validate`-speed callers never pay for them
    from deploy_runner.terraform import PlanResult, StackRunner
    from playbooks.library import Library
    from stacks.environments import Environment

OnOutput = Callable[[str], None]
OnEvent = Callable[[dict[str, Any]], None]
Confirm = Callable[[dict[str, Any]], bool]


def _library(library_dirs: Iterable[str | Path]) -> Library:
    from playbooks import Library

    return Library.open(library_dirs)


def resolve_for_deploy(source: PlaybookInput, library_dirs: Iterable[str | Path] = (),
                       lock_file: str | Path | None = DEFAULT_LOCK) -> Target:
    """Resolve through the lock when one exists (refusing a stale one), else freshly."""
    library = _library(library_dirs)
    if is_target(source) and lock_file and Path(lock_file).exists():
        return resolve_with_lock(source, library, LockFile.read(lock_file))
    from playbooks.resolver import Resolver

    loaded = load_input(source, library)
    resolver = Resolver(library)
    return Target(loaded, resolver.resolve(loaded), dict(resolver.used))


def _environment(env: str) -> Environment:
    from stacks.environments import load_environments

    environments = load_environments()
    if env not in environments:
        raise UnknownName(f"unknown environment '{env}'; known environments: {', '.join(sorted(environments))} "
                          "(defined in stacks/environments.yaml)")
    return environments[env]


def _state_root() -> Path:
    from deploy_runner.cli_config import state_root

    return state_root()


def synth(source: PlaybookInput, env: str = "dev", *, out_dir: str | Path | None = None,
          library_dirs: Iterable[str | Path] = (), lock_file: str | Path | None = DEFAULT_LOCK) -> dict[str, Any]:
    """Synthesize one pipeline for one environment; returns where the stack is."""
    target = resolve_for_deploy(source, library_dirs, lock_file)
    _environment(env)
    started = time.perf_counter()
    out = Path(out_dir) if out_dir else Path("cdktf.out")
    stacks, cached = _synth([target.pipeline], [env], out)
    return {
        "name": target.pipeline.name, "version": target.pipeline.version, "digest": target.pipeline.digest,
        "environment": env, "seconds": round(time.perf_counter() - started, 2), "cached": cached,
        "stacks": [{"name": s.name, "directory": str(s.directory), "environment": s.environment} for s in stacks],
    }


def _emulator_endpoint(env: str, local: bool, on_event: OnEvent | None = None) -> str | None:
    """The emulator endpoint for an emulator environment, starting the emulator when needed (and saying so)."""
    environment = _environment(env)
    if not (local or getattr(environment, "emulator", False)):
        return None
    if not getattr(environment, "emulator", False):
        raise UnknownName(f"environment '{env}' is not an emulator environment; use --env local with --local")
    from deploy_runner.emulator import Emulator

    emulator = Emulator()
    was_running = emulator.status().running
    status = emulator.start()
    if not was_running and on_event:
        on_event({"event": "emulator", "started": True, "endpoint": status.endpoint, "pid": status.pid,
                  "stop_with": "playbook emulator stop"})
    return status.endpoint


def _synth(pipelines: Sequence[Any], envs: Sequence[str], out_dir: Path) -> tuple[list[Any], bool]:
    """Synthesize through the content-addressed cache; cdktf is imported only on a miss."""
    from .synth_cache import synth_cached

    def synth_stacks(p: list[Any], e: list[Any], o: Path) -> Sequence[Any]:
        from stacks.synth import synth_stacks as real

        return real(p, e, o)

    return synth_cached(pipelines, envs, out_dir, synth=synth_stacks)


def _synth_one(target: Target, env: str) -> Path:
    """Synthesize into a private staging directory, then sync into the stack's stable working directory."""
    from deploy_runner.private_files import secure_state_root

    staging = Path(tempfile.mkdtemp(prefix=".synth-", dir=secure_state_root(_state_root())))  # mkdtemp: 0700
    try:
        (stack,), _ = _synth([target.pipeline], [env], staging)
        work = private_work_dir(stack.name)
        sync_tree(Path(stack.directory), work)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return work


@dataclass(frozen=True)
class PlannedStack:
    """A plan as the plain dict ``plan()`` returns (``report``) and the live saved plan ``apply_plan`` needs.

    Front ends only ever see ``report``; ``deploy``/``destroy`` (and a caller that
    applies a plan itself) use ``saved`` so exactly the plan that was shown is applied.
    """
    report: dict[str, Any]
    saved: PlanResult


def plan(source: PlaybookInput, env: str = "dev", *, local: bool = False, destroy: bool = False,
         library_dirs: Iterable[str | Path] = (), on_output: OnOutput | None = None,
         lock_file: str | Path | None = DEFAULT_LOCK, on_event: OnEvent | None = None) -> dict[str, Any]:
    """Synthesize into the stack's working directory and plan; plain data (see ``plan_for_apply``)."""
    return plan_for_apply(source, env, local=local, destroy=destroy, library_dirs=library_dirs, on_output=on_output,
                          lock_file=lock_file, on_event=on_event).report


def plan_for_apply(source: PlaybookInput, env: str = "dev", *, local: bool = False, destroy: bool = False,
                   library_dirs: Iterable[str | Path] = (), on_output: OnOutput | None = None,
                   lock_file: str | Path | None = DEFAULT_LOCK, on_event: OnEvent | None = None) -> PlannedStack:
    """``plan`` plus the live saved plan; ``on_event`` gets phase events."""
    from deploy_runner.terraform import plan_stack

    target = resolve_for_deploy(source, library_dirs, lock_file)
    _environment(env)
    endpoint = _emulator_endpoint(env, local, on_event)
    started = time.monotonic()
    if on_event:
        on_event({"event": "phase", "phase": "synth", "name": target.pipeline.name, "environment": env})
    stack_dir = _synth_one(target, env)
    if on_event:
        on_event({"event": "phase", "phase": "plan", "stack": stack_dir.name,
                  "elapsed": round(time.monotonic() - started, 1)})
    try:
        result = plan_stack(stack_dir, destroy=destroy, emulator_endpoint=endpoint, on_output=on_output)
    finally:
        protect(stack_dir.name, stack_dir)
    report = {**result.as_dict(), "name": target.pipeline.name, "version": target.pipeline.version,
              "digest": target.pipeline.digest, "environment": env, "text": result.summary.render()}
    return PlannedStack(report, result)


def _deployed_version(stack: str) -> str | None:
    record = _read_local_state(_state_root() / "state" / stack / "terraform.tfstate")
    return record.get("version") if record else None


def deploy(source: PlaybookInput, env: str = "dev", *, local: bool = False, library_dirs: Iterable[str | Path] = (),
           on_output: OnOutput | None = None, confirm: Confirm | None = None,
           lock_file: str | Path | None = DEFAULT_LOCK, on_event: OnEvent | None = None) -> dict[str, Any]:
    """Plan, show, confirm, apply exactly that plan; returns outputs (and whether it was a rollback)."""
    from deploy_runner.terraform import apply_plan

    planned = plan_for_apply(source, env, local=local, library_dirs=library_dirs, on_output=on_output,
                             lock_file=lock_file, on_event=on_event)
    saved = planned.saved
    previous = _deployed_version(saved.stack)
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
    try:
        applied = apply_plan(saved, on_output=on_output, on_event=on_event)
    finally:
        protect(saved.stack)
    return {**public, "applied": True, "outputs": applied.outputs, "seconds": round(applied.seconds, 1)}


def destroy(source: PlaybookInput, env: str = "dev", *, local: bool = False, library_dirs: Iterable[str | Path] = (),
            on_output: OnOutput | None = None, confirm: Confirm | None = None,
            lock_file: str | Path | None = DEFAULT_LOCK, on_event: OnEvent | None = None) -> dict[str, Any]:
    from deploy_runner.terraform import apply_plan

    planned = plan_for_apply(source, env, local=local, destroy=True, library_dirs=library_dirs, on_output=on_output,
                             lock_file=lock_file, on_event=on_event)
    public = planned.report
    if confirm is not None and not confirm(public):
        return {**public, "applied": False}
    if on_event:
        on_event({"event": "phase", "phase": "destroy", "stack": planned.saved.stack})
    try:
        applied = apply_plan(planned.saved, on_output=on_output, on_event=on_event)
    finally:
        protect(planned.saved.stack)
    return {**public, "applied": True, "seconds": round(applied.seconds, 1)}


def run_pipeline(source: PlaybookInput, env: str = "dev", *, local: bool = False, start: bool = True,
                 library_dirs: Iterable[str | Path] = (), execution_input: dict[str, Any] | None = None,
                 lock_file: str | Path | None = DEFAULT_LOCK, parameters: dict[str, Any] | None = None,
                 parameters_from_text: bool = False) -> dict[str, Any]:
    """The step after the infrastructure: upload code artifacts, start the orchestrator.

    `parameters` override the declared defaults (typed values, or command-line text with
    `parameters_from_text`); values that do not fit the declaration raise RunInputInvalid
    before anything is uploaded or started.
    """
    from deploy_runner.pipeline_deploy import code_artifacts, deploy_pipeline
    from deploy_runner.terraform import stack_outputs

    from .run_input import execution_input as build_input

    target = resolve_for_deploy(source, library_dirs, lock_file)
    run_input = build_input(target.pipeline, parameters, from_text=parameters_from_text)
    endpoint = _emulator_endpoint(env, local)
    stack_dir = _synth_one(target, env)
    outputs = stack_outputs(stack_dir, emulator_endpoint=endpoint)
    base = Path(target.loaded.file).parent if Path(target.loaded.file).exists() else Path.cwd()
    # stack_dir: code the stack already ships as Terraform S3 objects is checked, not uploaded again.
    result = deploy_pipeline(outputs, code_artifacts(target.pipeline, base), emulator_endpoint=endpoint,
                             execution_input={**run_input, **(execution_input or {})},
                             start=start, stack_dir=stack_dir)
    return {**result, "name": target.pipeline.name, "version": target.pipeline.version, "environment": env}


# -- status: which version runs where ---------------------------------------------------------------

def _read_local_state(path: Path) -> dict[str, Any] | None:
    try:
        state = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    outputs = {k: v.get("value") for k, v in (state.get("outputs") or {}).items()}
    if not outputs.get("playbook_name") or not state.get("resources"):
        return None  # destroyed stacks keep an empty state file
    return {"name": outputs.get("playbook_name"), "version": outputs.get("playbook_version"),
            "digest": outputs.get("playbook_digest"), "environment": outputs.get("environment"),
            "stack": path.parent.name, "resources": len(state.get("resources") or []),
            "serial": state.get("serial")}


def status(name: str | None = None, env: str | None = None, library_dirs: Iterable[str | Path] = ()) -> dict[str, Any]:
    """Read the real Terraform state of every stack this project deployed (local backends).

    An unknown environment, or a NAME that is neither in the library nor deployed, is an error.
    """
    if env:
        _environment(env)
    rows = []
    for state_file in sorted((_state_root() / "state").glob("*/terraform.tfstate")):
        record = _read_local_state(state_file)
        if not record or (name and record["name"] != name) or (env and record["environment"] != env):
            continue
        rows.append(record)
    library = _library(library_dirs)
    if name and not rows and not library.versions(name):
        known = sorted({n for (n, _v) in library.entries})
        raise UnknownName(f"no pipeline named '{name}' in the library or deployed; known: {', '.join(known)}")
    for row in rows:
        versions = library.versions(row["name"])
        latest = str(versions[-1]) if versions else None
        row["latest"] = latest
        row["behind_latest"] = bool(latest and row["version"] and Version.parse(row["version"]) < Version.parse(latest))
        published = library.entries.get((row["name"], Version.parse(row["version"]))) if row["version"] else None
        row["digest_matches_library"] = bool(published and published.digest == row["digest"])
    return {"deployments": rows}


def _resources(stack_dir: Path) -> dict[str, Any]:
    doc = json.loads((stack_dir / "cdk.tf.json").read_text())
    out = {}
    for rtype, items in (doc.get("resource") or {}).items():
        for name, body in items.items():
            out[f"{rtype}.{name}"] = {k: v for k, v in body.items() if k != "//"}  # "//" is cdktf metadata
    return out


def terraform_resource_diff(a: Target, b: Target, env: str) -> dict[str, Any]:
    """Resources to add/change/destroy going from a to b, by comparing two synthesized stacks."""
    import tempfile

    _environment(env)
    with tempfile.TemporaryDirectory(prefix="playbook-diff-") as tmp:
        (sa,), _ = _synth([a.pipeline], [env], Path(tmp) / "a")
        (sb,), _ = _synth([b.pipeline], [env], Path(tmp) / "b")
        ra, rb = _resources(Path(sa.directory)), _resources(Path(sb.directory))
    add = sorted(set(rb) - set(ra))
    destroy = sorted(set(ra) - set(rb))
    change = sorted(k for k in set(ra) & set(rb) if ra[k] != rb[k])
    return {"environment": env, "add": add, "change": change, "destroy": destroy,
            "summary": f"{len(add)} to add, {len(change)} to change, {len(destroy)} to destroy"}


# -- the stack's Terraform, for outputs and for the user's own terraform commands -----------------

def stack_runner(source: PlaybookInput, env: str = "dev", *, local: bool = False,
                 library_dirs: Iterable[str | Path] = (), lock_file: str | Path | None = DEFAULT_LOCK,
                 on_event: OnEvent | None = None) -> StackRunner:
    """A deploy_runner StackRunner on the stack's stable working directory (synthesized, not yet init)."""
    from deploy_runner.terraform import StackRunner

    target = resolve_for_deploy(source, library_dirs, lock_file)
    _environment(env)
    endpoint = _emulator_endpoint(env, local, on_event)
    return StackRunner(_synth_one(target, env), emulator_endpoint=endpoint)


def outputs(source: PlaybookInput, env: str = "dev", *, name: str | None = None, local: bool = False,
            library_dirs: Iterable[str | Path] = (), lock_file: str | Path | None = DEFAULT_LOCK,
            on_event: OnEvent | None = None) -> dict[str, Any]:
    """The deployed stack's Terraform outputs (all, or the one called ``name``)."""
    runner = stack_runner(source, env, local=local, library_dirs=library_dirs, lock_file=lock_file,
                          on_event=on_event)
    runner.init()
    values = runner.outputs()
    if not values:
        raise UnknownName(f"stack {runner.stack} has no outputs: it is not deployed (run `playbook deploy`).")
    if name is not None and name not in values:
        raise UnknownName(f"stack {runner.stack} has no output '{name}'; outputs: {', '.join(sorted(values))}")
    return {"stack": runner.stack, "environment": env, "outputs": values if name is None else {name: values[name]}}
