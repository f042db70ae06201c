"""What every stack operation does first: open the library, resolve the playbook (through the lock),
check the environment, start the emulator when the environment is one, and synthesize.

Shared by infra_ops (synth/plan/deploy/destroy/run), run_ops, review and resource_diff; split from
infra_ops.py to keep each module to one concern. cdktf, Terraform and the emulator are imported
where used, so `validate`-speed callers never pay for them.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from playbooks.lock import DEFAULT_LOCK, LockFile, resolve_with_lock
from playbooks.targets import Target
from stacks.outputs import stack_id

from .errors import UnknownName
from .inputs import PlaybookInput, is_target, load_input
from .stack_lock import stack_lock
from .stack_workdir import private_work_dir, sync_tree

if TYPE_CHECKING:
    from playbooks.library import Library
    from stacks.environments import Environment

OnEvent = Callable[[dict[str, Any]], None]


def open_library(library_dirs: Iterable[str | Path]) -> Library:
    from playbooks import Library

    return Library.open(library_dirs)


def resolve_for_deploy(
    source: PlaybookInput, library_dirs: Iterable[str | Path] = (), lock_file: str | Path | None = DEFAULT_LOCK
) -> Target:
    """Resolve through the lock when one exists (refusing a stale one), else freshly."""
    library = open_library(library_dirs)
    if is_target(source) and lock_file and Path(lock_file).exists():
        return resolve_with_lock(source, library, LockFile.read(lock_file))
    from playbooks.resolver import Resolver

    loaded = load_input(source, library)
    resolver = Resolver(library)
    return Target(loaded, resolver.resolve(loaded), dict(resolver.used))


def load_environment(env: str) -> Environment:
    from stacks.environments import environments_file, load_environments

    environments = load_environments()
    if env not in environments:
        raise UnknownName(
            f"unknown environment '{env}'; known environments: {', '.join(sorted(environments))} "
            f"(defined in {environments_file()})"
        )
    return environments[env]


def state_root() -> Path:
    from deploy_runner.cli_config import state_root as configured_root

    return configured_root()


def emulator_endpoint(env: str, local: bool, on_event: OnEvent | None = None) -> str | None:
    """The emulator endpoint for an emulator environment, starting the emulator when needed (and saying so)."""
    chosen = load_environment(env)
    if not (local or getattr(chosen, "emulator", False)):
        return None
    if not getattr(chosen, "emulator", False):
        raise UnknownName(f"environment '{env}' is not an emulator environment; use --env local with --local")
    from deploy_runner.emulator import Emulator

    emulator = Emulator()
    was_running = emulator.status().running
    status = emulator.start()
    if not was_running and on_event:
        on_event(
            {
                "event": "emulator",
                "started": True,
                "endpoint": status.endpoint,
                "pid": status.pid,
                "stop_with": "playbook emulator stop",
            }
        )
    return status.endpoint


def synth_stacks_cached(pipelines: Sequence[Any], envs: Sequence[str], out_dir: Path) -> tuple[list[Any], bool]:
    """Synthesize through the content-addressed cache; cdktf is imported only on a miss."""
    from .synth_cache import synth_cached

    def synth_stacks(p: list[Any], e: list[Any], o: Path) -> Sequence[Any]:
        from stacks.synth import synth_stacks as real

        return real(p, e, o)

    return synth_cached(pipelines, envs, out_dir, synth=synth_stacks)


def stack_name_for(target: Target, env: str) -> str:
    """The stack's name before it is synthesized (checked after synth)."""
    return stack_id(target.pipeline.name, env)


def synth_to_workdir(target: Target, env: str) -> Path:
    """Synthesize into a private staging directory, then sync into the stack's stable working directory.

    Under the stack's lock (re-entered when the caller already holds it for a plan or deploy), so
    no other job syncs its playbook into the directory in between.
    """
    from deploy_runner.private_files import secure_state_root

    name = stack_name_for(target, env)
    with stack_lock(name, "synthesis"):
        staging = Path(tempfile.mkdtemp(prefix=".synth-", dir=secure_state_root(state_root())))  # mkdtemp: 0700
        try:
            (stack,), _ = synth_stacks_cached([target.pipeline], [env], staging)
            if stack.name != name:
                raise RuntimeError(f"stack {stack.name} was synthesized while {name} was locked; stack_name_for is out of date")
            work = private_work_dir(stack.name)
            sync_tree(Path(stack.directory), work)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return work
