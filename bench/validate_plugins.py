"""`playbook validate` of a 100-node and a 5-node playbook with node-kind plugins installed.

Rows, each the median of --runs new processes (interpreter start included, as a user's command):
  - built-in kinds, no plugin installed (the playbook of the main validate row);
  - the same playbook with 101 plugins installed (the example plugin and 100 generated
    ones, each its own distribution): built-in kinds never read entry points;
  - a 100-node playbook where 10 nodes are the example plugin's `dataset_catalog`, with the
    same 101 plugins installed: only the entry point named like the unknown type loads;
  - a 5-node playbook (a source and four preprocessing steps), without and with the plugins.
Targets: 300 ms wall for 100 nodes, 150 ms for 5 (on an idle machine).
Plugins are laid out as `pip install --target` lays them out (package + `*.dist-info` with
`entry_points.txt`), in a temporary directory on PYTHONPATH; the project venv is not changed.
importlib.metadata finds entry points from exactly these files, as it finds an installed plugin's.

--baseline DIR also runs every row with another checkout's code (e.g. `git archive main | tar -x
-C DIR`), alternating the two run by run, so both see the same machine load: a before/after
comparison measured in one run.

    .venv/bin/python -m bench.validate_plugins [--runs 7] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import yaml

from bench.generate import playbook as generated_playbook
from bench.measure import Run, Summary, run

REPO = Path(__file__).resolve().parents[1]
PLUGIN = REPO / "examples" / "dataset_catalog_plugin"
GROUP = "playbooks.node_kinds"
TARGET_S = 0.300  # 100 nodes
TARGET_SMALL_S = 0.150  # 5 nodes
PY = str(REPO / ".venv" / "bin" / "python") if (REPO / ".venv" / "bin" / "python").exists() else sys.executable


def installed_like_pip(site: Path, project: Path = PLUGIN, entry_points: dict[str, str] | None = None) -> Path:
    """`pip install --target site <project>`: its packages and a dist-info with the project's entry points."""
    meta = tomllib.loads((project / "pyproject.toml").read_text())["project"]
    site.mkdir(parents=True, exist_ok=True)
    for package in (p for p in project.iterdir() if (p / "__init__.py").exists()):
        shutil.copytree(package, site / package.name, ignore=shutil.ignore_patterns("__pycache__"))
    dist_info = site / f"{meta['name'].replace('-', '_')}-{meta['version']}.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {meta['version']}\n")
    points = entry_points if entry_points is not None else meta["entry-points"][GROUP]
    (dist_info / "entry_points.txt").write_text(f"[{GROUP}]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()))
    return site


_GENERATED_KIND = """\
from pydantic import Field

from playbooks.kinds import Consumes, KindDescriptor
from playbooks.spec.node_configs import NodeConfig


class Config(NodeConfig):
    size: int = Field(1, ge=1, le=100, description="A setting.")
    label: str = Field("", max_length=64, description="Another setting.")


KIND = KindDescriptor(kind="{name}", subtype=None, config_model=Config, construct="{name}_pkg.construct:Construct",
                      consumes=Consumes(datasets=(1, None)), produces="dataset")
"""


def generated_plugins(site: Path, count: int) -> None:
    """`count` more installed plugins, one distribution each (what a busy environment looks like)."""
    for i in range(count):
        name = f"bench_kind_{i:03d}"
        project = site.parent / "projects" / name
        (project / f"{name}_pkg").mkdir(parents=True)
        (project / f"{name}_pkg" / "__init__.py").write_text("")
        (project / f"{name}_pkg" / "kind.py").write_text(_GENERATED_KIND.replace("{name}", name))
        (project / "pyproject.toml").write_text(
            f'[project]\nname = "{name.replace("_", "-")}"\nversion = "1.0.0"\n'
            f'[project.entry-points."{GROUP}"]\n{name} = "{name}_pkg.kind:KIND"\n'
        )
        installed_like_pip(site, project)


def plugin_playbook(nodes: int = 100, depth: int = 5, every: int = 10) -> dict[str, Any]:
    """The benchmark's generated playbook with every `every`-th preprocessing node a `dataset_catalog`."""
    doc = generated_playbook(nodes, depth)
    seen = 0

    def visit(spec: dict[str, Any]) -> None:
        nonlocal seen
        for node in spec["nodes"]:
            if node["type"] == "preprocessing":
                seen += 1
                if seen % every == 0:
                    node["type"] = "dataset_catalog"
            elif node["type"] == "pipeline":
                visit(node["pipeline"]["spec"])

    visit(doc["spec"])
    return doc


def _stats(runs: list[Run]) -> dict[str, Any]:
    s = Summary(tuple(runs))
    return {
        "wall_s": s.wall_s,
        "wall_min_s": s.wall_min_s,
        "wall_max_s": s.wall_max_s,
        "cpu_s": s.cpu_s,
        "peak_rss_bytes": s.peak_rss_bytes,
    }


def measure(runs: int, env: dict[str, str], work: Path, baseline: Path | None = None) -> dict[str, Any]:
    site = installed_like_pip(work / "site")
    generated_plugins(site, 100)
    playbooks = {}
    for name, doc in (
        ("builtin-100", generated_playbook(100, 5)),
        ("plugin-100", plugin_playbook()),
        ("builtin-5", generated_playbook(5, 1)),
    ):
        playbooks[name] = work / f"{name}.yaml"
        playbooks[name].write_text(yaml.safe_dump(doc, sort_keys=False))

    def plugged(code: Path) -> dict[str, str]:
        return dict(env, PYTHONPATH=f"{site}{os.pathsep}{code}")

    def bare(code: Path) -> dict[str, str]:
        return dict(env, PYTHONPATH=str(code))

    def row(label: str, target: str, row_env: Any, target_s: float) -> dict[str, Any]:
        print(f"bench: validate {label}", file=sys.stderr)
        cmd = [PY, "-m", "playbook_cli.main", "validate", str(playbooks[target])]
        ours: list[Run] = []
        theirs: list[Run] = []
        for _ in range(runs):  # alternate, so a change of machine load hits both alike
            for code, into in ((REPO, ours), (baseline, theirs)):
                if code is None:
                    continue
                r = run(cmd, env=row_env(code), cwd=code)
                if r.returncode != 0:
                    raise RuntimeError(f"{' '.join(cmd)} in {code} exited {r.returncode}:\n{r.stderr[-4000:]}")
                into.append(r)
        result = {"label": label, "target_s": target_s, **_stats(ours)}
        if theirs:
            result["baseline"] = _stats(theirs)
        return result

    return {
        "runs": runs,
        "baseline": str(baseline) if baseline else None,
        "rows": [
            row("100 nodes, built-in kinds, no plugin installed", "builtin-100", bare, TARGET_S),
            row("100 nodes, built-in kinds, 101 plugins installed", "builtin-100", plugged, TARGET_S),
            row("100 nodes, 10 of them a plugin kind, 101 plugins installed", "plugin-100", plugged, TARGET_S),
            row("5 nodes, built-in kinds, no plugin installed", "builtin-5", bare, TARGET_SMALL_S),
            row("5 nodes, built-in kinds, 101 plugins installed", "builtin-5", plugged, TARGET_SMALL_S),
        ],
    }


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def render(result: dict[str, Any]) -> str:
    compared = bool(result.get("baseline"))
    lines = [
        "## Validate with node-kind plugins installed",
        "",
        "`playbook validate` of a 100-node, depth-5 and a 5-node playbook, interpreter start included, median of "
        f"{result['runs']} runs. Plugins: the example `dataset_catalog` plus 100 generated ones, each its own "
        "distribution on PYTHONPATH (bench/validate_plugins.py). Entry points are read only when a playbook "
        "names an unknown type, and then only the entry point of that name is imported; only the node models "
        f"of the kinds a playbook names are built. Targets: under {TARGET_S * 1000:.0f} ms wall for 100 nodes, "
        f"{TARGET_SMALL_S * 1000:.0f} ms for 5. CPU (user+sys, median) is shown next to it: on a loaded "
        "machine wall time includes waiting for a core, CPU time does not.",
        "",
    ]
    if compared:
        lines += [
            f"Before: the code in {result['baseline']}, run alternately with this checkout's (same load).",
            "",
            "| playbook | wall before | wall after | CPU before | CPU after | target | met (wall) |",
            "|---|---|---|---|---|---|---|",
        ]
        for r in result["rows"]:
            b = r["baseline"]
            lines.append(
                f"| {r['label']} | {_ms(b['wall_s'])} | {_ms(r['wall_s'])} | {_ms(b['cpu_s'])} | {_ms(r['cpu_s'])} | "
                f"< {_ms(r['target_s'])} | {'yes' if r['wall_s'] < r['target_s'] else 'NO'} |"
            )
        return "\n".join(lines) + "\n"
    lines += ["| playbook | wall (median) | min–max | CPU (median) | peak RSS | target | met |", "|---|---|---|---|---|---|---|"]
    for r in result["rows"]:
        lines.append(
            f"| {r['label']} | {_ms(r['wall_s'])} | {r['wall_min_s'] * 1000:.0f}–"
            f"{r['wall_max_s'] * 1000:.0f} ms | {_ms(r['cpu_s'])} | {r['peak_rss_bytes'] / 2**20:.0f} MiB | "
            f"< {_ms(r['target_s'])} | {'yes' if r['wall_s'] < r['target_s'] else 'NO'} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", type=Path, default=None, metavar="DIR", help="another checkout to compare with")
    args = parser.parse_args(argv)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as bench/run.py: warm .pyc files, as a user's second run finds them
    work = Path(tempfile.mkdtemp(prefix="bench-plugins-"))
    try:
        print(render(measure(args.runs, env, work, args.baseline.resolve() if args.baseline else None)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
