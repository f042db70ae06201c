"""Synth, plan, deploy, destroy, run and status: the spine of the project.

Every operation validates and resolves the playbook first; an invalid playbook
raises PlaybookInvalid before anything is synthesized or applied. Each plan or
deploy synthesizes into its own run directory, so two runs never share a
working directory; runs of the same stack are serialized by the state lock.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from playbooks.lock import DEFAULT_LOCK, LockFile, resolve_with_lock
from playbooks.semver import Version
from playbooks.targets import Target

from .inputs import PlaybookInput, load_input

OnOutput = Callable[[str], None]
Confirm = Callable[[dict[str, Any]], bool]


def _library(library_dirs):
    from playbooks import Library

    return Library.open(library_dirs)


def resolve_for_deploy(source: PlaybookInput, library_dirs: Iterable[str | Path] = (),
                       lock_file: str | Path | None = DEFAULT_LOCK) -> Target:
    """Resolve through the lock when one exists (refusing a stale one), else freshly."""
    library = _library(library_dirs)
    is_target = isinstance(source, str) and "\n" not in source  # a TARGET, not YAML text or a mapping
    if is_target and lock_file and Path(lock_file).exists():
        return resolve_with_lock(source, library, LockFile.read(lock_file))
    from playbooks.resolver import Resolver

    loaded = load_input(source, library)
    resolver = Resolver(library)
    return Target(loaded, resolver.resolve(loaded), dict(resolver.used))


def _environment(env: str):
    from stacks.environments import load_environments

    environments = load_environments()
    if env not in environments:
        from playbook_cli.common import UsageError

        raise UsageError(f"unknown environment '{env}'; known environments: {', '.join(sorted(environments))} "
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


def _emulator_endpoint(env: str, local: bool) -> str | None:
    environment = _environment(env)
    if not (local or getattr(environment, "emulator", False)):
        return None
    if not getattr(environment, "emulator", False):
        from playbook_cli.common import UsageError

        raise UsageError(f"environment '{env}' is not an emulator environment; use --env local with --local")
    from deploy_runner.emulator import Emulator

    return Emulator().start().endpoint


def _run_dir(stack: str) -> Path:
    """A fresh, private (0700) run directory; older runs of the stack beyond the newest few are pruned."""
    from deploy_runner.private_files import KEEP_RUNS, make_private_dir, prune_old, secure_state_root

    root = secure_state_root(_state_root())
    runs = make_private_dir(root / "runs" / stack)
    prune_old(runs, KEEP_RUNS)
    run = runs / f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.getpid()}-{time.time_ns() % 10**6}"
    return make_private_dir(run)


def _protect(stack: str, *directories: Path) -> None:
    """After Terraform wrote state, plans or a stack: files 0600 in 0700 directories; old plans pruned."""
    from deploy_runner.private_files import KEEP_PLANS, make_private_tree, prune_old

    root = _state_root()
    prune_old(root / "plans" / stack, KEEP_PLANS, pattern="*.tfplan")
    for directory in (root / "state" / stack, root / "plans" / stack, *directories):
        make_private_tree(directory)


def _synth(pipelines, envs, out_dir: Path):
    """Synthesize through the content-addressed cache; cdktf is imported only on a miss."""
    from .synth_cache import synth_cached

    def synth_stacks(p, e, o):
        from stacks.synth import synth_stacks as real

        return real(p, e, o)

    return synth_cached(pipelines, envs, out_dir, synth=synth_stacks)


def _synth_one(target: Target, env: str) -> Path:
    stack_name = f"{target.pipeline.name}-{env}"
    (stack,), _ = _synth([target.pipeline], [env], _run_dir(stack_name))
    return Path(stack.directory)


def plan(source: PlaybookInput, env: str = "dev", *, local: bool = False, destroy: bool = False,
         library_dirs: Iterable[str | Path] = (), on_output: OnOutput | None = None,
         lock_file: str | Path | None = DEFAULT_LOCK) -> dict[str, Any]:
    from deploy_runner.terraform import plan_stack

    target = resolve_for_deploy(source, library_dirs, lock_file)
    endpoint = _emulator_endpoint(env, local)
    stack_dir = _synth_one(target, env)
    try:
        result = plan_stack(stack_dir, destroy=destroy, emulator_endpoint=endpoint, on_output=on_output)
    finally:
        _protect(stack_dir.name, stack_dir.parent.parent)
    return {**result.as_dict(), "name": target.pipeline.name, "version": target.pipeline.version,
            "digest": target.pipeline.digest, "environment": env, "text": result.summary.render(),
            "_plan": result}


def _deployed_version(stack: str) -> str | None:
    record = _read_local_state(_state_root() / "state" / stack / "terraform.tfstate")
    return record.get("version") if record else None


def deploy(source: PlaybookInput, env: str = "dev", *, local: bool = False, library_dirs: Iterable[str | Path] = (),
           on_output: OnOutput | None = None, confirm: Confirm | None = None,
           lock_file: str | Path | None = DEFAULT_LOCK) -> dict[str, Any]:
    """Plan, show, confirm, apply exactly that plan; returns outputs (and whether it was a rollback)."""
    from deploy_runner.terraform import apply_plan

    planned = plan(source, env, local=local, library_dirs=library_dirs, on_output=on_output, lock_file=lock_file)
    previous = _deployed_version(planned["stack"])
    rollback = bool(previous and Version.parse(planned["version"]) < Version.parse(previous))
    planned["previous_version"], planned["rollback"] = previous, rollback
    public = {k: v for k, v in planned.items() if not k.startswith("_")}
    if confirm is not None and not confirm(public):
        return {**public, "applied": False, "outputs": {}}
    try:
        applied = apply_plan(planned["_plan"], on_output=on_output)
    finally:
        _protect(planned["stack"])
    return {**public, "applied": True, "outputs": applied.outputs, "seconds": round(applied.seconds, 1)}


def destroy(source: PlaybookInput, env: str = "dev", *, local: bool = False, library_dirs: Iterable[str | Path] = (),
            on_output: OnOutput | None = None, confirm: Confirm | None = None,
            lock_file: str | Path | None = DEFAULT_LOCK) -> dict[str, Any]:
    from deploy_runner.terraform import apply_plan

    planned = plan(source, env, local=local, destroy=True, library_dirs=library_dirs, on_output=on_output,
                   lock_file=lock_file)
    public = {k: v for k, v in planned.items() if not k.startswith("_")}
    if confirm is not None and not confirm(public):
        return {**public, "applied": False}
    try:
        applied = apply_plan(planned["_plan"], on_output=on_output)
    finally:
        _protect(planned["stack"])
    return {**public, "applied": True, "seconds": round(applied.seconds, 1)}


def run_pipeline(source: PlaybookInput, env: str = "dev", *, local: bool = False, start: bool = True,
                 library_dirs: Iterable[str | Path] = (), execution_input: dict[str, Any] | None = None,
                 lock_file: str | Path | None = DEFAULT_LOCK) -> dict[str, Any]:
    """The step after the infrastructure: upload code artifacts, start the orchestrator."""
    from deploy_runner.pipeline_deploy import code_artifacts, deploy_pipeline
    from deploy_runner.terraform import stack_outputs

    target = resolve_for_deploy(source, library_dirs, lock_file)
    endpoint = _emulator_endpoint(env, local)
    stack_dir = _synth_one(target, env)
    outputs = stack_outputs(stack_dir, emulator_endpoint=endpoint)
    base = Path(target.loaded.file).parent if Path(target.loaded.file).exists() else Path.cwd()
    # stack_dir: code the stack already ships as Terraform S3 objects is checked, not uploaded again.
    result = deploy_pipeline(outputs, code_artifacts(target.pipeline, base), emulator_endpoint=endpoint,
                             execution_input={"parameters": target.pipeline.parameters, **(execution_input or {})},
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
    """Read the real Terraform state of every stack this project deployed (local backends)."""
    rows = []
    for state_file in sorted((_state_root() / "state").glob("*/terraform.tfstate")):
        record = _read_local_state(state_file)
        if not record or (name and record["name"] != name) or (env and record["environment"] != env):
            continue
        rows.append(record)
    library = _library(library_dirs)
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
