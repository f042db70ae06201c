"""Per-node synth cost against the cdktf floor, with jsii round trips and resources per node.

    .venv/bin/python -m bench.per_node --runs 5            # table on stdout, JSON with --json FILE

Rows, all cold processes in one run (medians): the floor (cdktf + the seam's
binding modules, one empty stack), generated flat pipelines of 1, 10 and 100
nodes, and a 13-node three-level fractal (bench/generate.py, depth 3). The
synth is `stacks.synth.synth_stacks` in a new process (what `playbook synth`
runs after resolution). A separate in-process probe of each playbook counts the
requests Python sends to the Node.js jsii kernel (create/get/set/invoke/...,
each one a JSON round trip over a pipe) and the resources in the stack JSON,
and splits the time into construct building and `app.synth()`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from bench.environment import PY, REPO, bench_env
from bench.generate import write_playbook
from bench.measure import linear_fit, repeat
from bench.synth_commands import floor_command

SHAPES = [(1, 1), (10, 1), (100, 1), (13, 3)]

SYNTH_CODE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from playbooks import load_resolved
    from stacks.synth import synth_stacks
    synth_stacks([load_resolved(sys.argv[1])], [sys.argv[2]], Path(sys.argv[3]))
""")

# Counts kernel requests by type by wrapping the one method every request goes through
# (jsii/_kernel/providers/process.py: _NodeProcess.send), and times the two phases.
PROBE_CODE = textwrap.dedent("""
    import collections, json, sys, time
    from pathlib import Path
    t0 = time.perf_counter()
    from constructs_lib import cdk
    from jsii._kernel.providers import process as jp
    counts = collections.Counter()
    send = jp._NodeProcess.send
    def counting_send(self, request, response_type):
        counts[type(request).__name__] += 1
        return send(self, request, response_type)
    jp._NodeProcess.send = counting_send
    t_import = time.perf_counter()
    from playbooks import load_resolved
    from stacks import synth as S
    from stacks.pipeline_stack import PipelineStack, stack_name
    from stacks.state_root import state_root
    pipeline = load_resolved(sys.argv[1])
    env = S.select_environments([sys.argv[2]], None)[0]
    out = Path(sys.argv[3])
    app = cdk.App(outdir=str(out), stack_traces=False)
    PipelineStack(app, pipeline, env, stack_dir=out / "stacks" / "s", state_dir=state_root())
    built = sum(counts.values())
    t_built = time.perf_counter()
    app.synth()
    t_synth = time.perf_counter()
    doc = json.loads(next(out.glob("stacks/*/cdk.tf.json")).read_text())
    resources = collections.Counter()
    for kind, section in (("resource", doc.get("resource", {})), ("data", doc.get("data", {}))):
        for rtype, items in section.items():
            resources[f"{kind}.{rtype}"] += len(items)
    print(json.dumps({"requests": dict(counts), "requests_building": built, "requests_total": sum(counts.values()),
                      "import_s": t_import - t0, "build_s": t_built - t_import, "synth_s": t_synth - t_built,
                      "resources": dict(resources), "outputs": len(doc.get("output", {}))}))
""")


def probe(playbook: Path, environment: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-probe-") as out:
        r = subprocess.run(
            [PY, "-c", PROBE_CODE, str(playbook), environment, out],
            env=bench_env(),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=600,
        )
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-4000:])
    result: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--env", default="dev")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    rows = measure(args.runs, args.env)
    print(render(rows, args.runs))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


def measure(runs: int, environment: str = "dev") -> dict[str, Any]:
    """The floor, flat 1/10/100-node pipelines and a 13-node three-level one, each a new process (median of runs)."""
    env = bench_env()
    rows: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-per-node-") as tmp:
        floor_cmd, _ = floor_command()
        print("bench: floor", file=sys.stderr)
        floor = repeat(floor_cmd, runs, env=env, cwd=REPO)
        rows["floor"] = {"wall_s": floor.wall_s, "cpu_s": floor.cpu_s, "peak_rss_bytes": floor.peak_rss_bytes}
        for nodes, depth in SHAPES:
            path = write_playbook(Path(tmp), nodes, depth)
            print(f"bench: {nodes} nodes, depth {depth}", file=sys.stderr)
            out = Path(tmp) / f"out-{nodes}-{depth}"
            s = repeat([PY, "-c", SYNTH_CODE, str(path), environment, str(out)], runs, env=env, cwd=REPO)
            rows[f"{nodes}x{depth}"] = {
                "nodes": nodes,
                "depth": depth,
                "wall_s": s.wall_s,
                "cpu_s": s.cpu_s,
                "peak_rss_bytes": s.peak_rss_bytes,
                "probe": probe(path, environment),
            }
    flat = [rows[f"{n}x1"] for n in (1, 10, 100)]
    slope_wall, _, r2 = linear_fit([r["nodes"] for r in flat], [r["wall_s"] for r in flat])
    slope_cpu, _, _ = linear_fit([r["nodes"] for r in flat], [r["cpu_s"] for r in flat])
    rt_slope, _, _ = linear_fit([r["nodes"] for r in flat], [r["probe"]["requests_total"] for r in flat])
    res_slope, _, _ = linear_fit([r["nodes"] for r in flat], [sum(r["probe"]["resources"].values()) for r in flat])
    rows["fit"] = {
        "wall_ms_per_node": slope_wall * 1000,
        "cpu_ms_per_node": slope_cpu * 1000,
        "wall_r2": r2,
        "round_trips_per_node": rt_slope,
        "resources_per_node": res_slope,
    }
    return rows


def render(rows: dict[str, Any], runs: int) -> str:
    floor = rows["floor"]
    lines = [
        f"| playbook | wall (median of {runs}) | ÷ floor | CPU | peak RSS | jsii round trips | resources+data | build / app.synth() (probe) |",
        "|---|---|---|---|---|---|---|---|",
        f"| floor: empty stack | {floor['wall_s'] * 1000:,.0f} ms | 1.00× | {floor['cpu_s'] * 1000:,.0f} ms | "
        f"{floor['peak_rss_bytes'] / 2**20:.0f} MiB | | 0 | |",
    ]
    for key, r in rows.items():
        if key in ("floor", "fit"):
            continue
        p = r["probe"]
        lines.append(
            f"| {r['nodes']} nodes, depth {r['depth']} | {r['wall_s'] * 1000:,.0f} ms | {r['wall_s'] / floor['wall_s']:.2f}× | "
            f"{r['cpu_s'] * 1000:,.0f} ms | {r['peak_rss_bytes'] / 2**20:.0f} MiB | {p['requests_total']:,} | "
            f"{sum(p['resources'].values())} | {p['build_s'] * 1000:,.0f} / {p['synth_s'] * 1000:,.0f} ms |"
        )
    f = rows["fit"]
    lines.append("")
    lines.append(
        f"Slope over 1/10/100 flat nodes: {f['wall_ms_per_node']:.1f} ms wall/node (R² {f['wall_r2']:.4f}), "
        f"{f['cpu_ms_per_node']:.1f} ms CPU/node, {f['round_trips_per_node']:.1f} jsii round trips/node, "
        f"{f['resources_per_node']:.1f} resources/node."
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
