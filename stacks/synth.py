"""Synthesize Terraform JSON for pipelines x environments (the contract the CLI and Windmill use).

`synth_stacks(pipelines, env_names, out_dir)` writes `<out_dir>/stacks/<pipeline>-<env>/cdk.tf.json`
and returns one `SynthesizedStack` per stack. cdktf is imported on first use, so
importing this module stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playbooks.spec.resolved import ResolvedPipeline

from .environments import select_environments
from .state_root import state_root


@dataclass(frozen=True)
class SynthesizedStack:
    name: str
    pipeline: str
    version: str
    environment: str
    directory: Path  # holds cdk.tf.json


def synth_stacks(
    pipelines: list[ResolvedPipeline], env_names: list[str], out_dir: Path, environments_file: Path | None = None
) -> list[SynthesizedStack]:
    """Thread-safe: every synth in the process runs under the jsii kernel's lock (one at a time)."""
    from constructs_lib.jsii_runtime import JSII_LOCK

    with JSII_LOCK:
        return _synth_stacks(pipelines, env_names, out_dir, environments_file)


def _synth_stacks(
    pipelines: list[ResolvedPipeline], env_names: list[str], out_dir: Path, environments_file: Path | None
) -> list[SynthesizedStack]:
    from constructs_lib import cdk

    from .pipeline_stack import PipelineStack, stack_name

    environments = select_environments(env_names, environments_file)
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    app = cdk.App(outdir=str(out_dir), stack_traces=False)
    synthesized = []
    for pipeline in pipelines:
        for environment in environments:
            name = stack_name(pipeline, environment)
            directory = out_dir / "stacks" / name
            PipelineStack(app, pipeline, environment, stack_dir=directory, state_dir=state_root())
            synthesized.append(SynthesizedStack(name, pipeline.name, pipeline.version, environment.name, directory))
    names = [s.name for s in synthesized]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"two stacks would be named {', '.join(duplicates)}; synthesize one version of a pipeline per run")
    app.synth()
    return synthesized
