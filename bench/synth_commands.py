"""The commands the benchmark times for synthesis: the CLI's (or cdktf's) synth, the floor, the examples."""

from __future__ import annotations

import subprocess
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from bench.bindings_coverage import seam_binding_modules
from bench.environment import PY, REPO, bench_env


def cli_synth_usage() -> str | None:
    """`playbook synth --help` text when the lead's CLI has a synth command."""
    if not (REPO / "playbook_cli" / "infra_commands.py").exists():
        return None
    r = subprocess.run(
        [PY, "-m", "playbook_cli.main", "synth", "--help"], env=bench_env(), cwd=REPO, capture_output=True, text=True
    )
    return r.stdout if r.returncode == 0 else None


def default_environment() -> str:
    """A non-emulator environment from stacks/environments.yaml (the JSON a user deploys)."""
    code = (
        "from stacks.environments import load_environments as l; e = l(); "
        "items = e.items() if isinstance(e, dict) else [(x.name, x) for x in e]; "
        "print(next((n for n, x in items if not getattr(x, 'emulator', False)), next(iter(dict(items)))))"
    )
    r = subprocess.run([PY, "-c", code], env=bench_env(), cwd=REPO, capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 and r.stdout.strip() else "dev"


@dataclass
class SynthRunner:
    environment: str
    usage: str | None
    description: str = field(init=False)

    def __post_init__(self) -> None:
        self.description = (
            "`playbook synth` (CLI, synth cache off: PLAYBOOK_SYNTH_CACHE=0)"
            if self.usage
            else "stacks.synth.synth_stacks in a new process (the CLI has no synth command yet)"
        )

    def command(self, target: Path, out_dir: Path) -> list[str]:
        if self.usage:
            cmd = [PY, "-m", "playbook_cli.main", "synth", str(target)]
            if "--env" in self.usage:
                cmd += ["--env", self.environment]
            for flag in ("--out", "--outdir", "--output"):
                if flag in self.usage:
                    cmd += [flag, str(out_dir)]
                    break
            if "--no-cache" in self.usage:  # measure synthesis, not the cache
                cmd.append("--no-cache")
            return cmd
        code = textwrap.dedent("""
            import sys
            from pathlib import Path
            from playbooks import load_resolved
            from stacks.synth import synth_stacks
            synth_stacks([load_resolved(sys.argv[1])], [sys.argv[2]], Path(sys.argv[3]))
        """)
        return [PY, "-c", code, str(target), self.environment, str(out_dir)]


FLOOR_CODE = textwrap.dedent("""
    import importlib, sys, tempfile
    import cdktf
    for name in sys.argv[1:]:
        importlib.import_module(name)
    app = cdktf.App(outdir=tempfile.mkdtemp(prefix="bench-floor-"))
    cdktf.TerraformStack(app, "floor")
    app.synth()
""")


def floor_command() -> tuple[list[str], list[str]]:
    """A new process importing cdktf and the binding modules the seam imports, synthesizing an empty stack."""
    seam = REPO / "constructs_lib" / "cdk.py"
    modules: list[str] = []
    if seam.exists():
        text = seam.read_text()
        package = "aws_bindings" if "aws_bindings" in text else "cdktf_cdktf_provider_aws"
        modules = [f"{package}.{m}" for m in sorted(seam_binding_modules(seam))]
    if not modules:  # before the seam exists: what any stack needs
        modules = ["aws_bindings.provider"]
    return [PY, "-c", FLOOR_CODE, *modules], modules


# --------------------------------------------------------------------------- examples


def example_playbooks() -> list[Path]:
    """examples/*.yaml when the repo has them, else the latest version of every library playbook.

    Only the top level: the folders under examples/ are code examples (a plugin's playbook there needs that
    plugin installed, which `make bench` does not do)."""
    examples = sorted((REPO / "examples").glob("*.yaml")) if (REPO / "examples").is_dir() else []
    if examples:
        return examples
    latest = []
    for entry in sorted((REPO / "playbooks" / "library").iterdir()):
        versions = sorted(entry.glob("*.yaml"), key=lambda p: tuple(int(x) for x in p.stem.split("-")[0].split(".")))
        if versions:
            latest.append(versions[-1])
    return latest
