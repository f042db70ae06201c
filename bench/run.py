#!/usr/bin/env python3
"""Benchmark (`make bench`): cold synth, the floor, validate and deploy.

Every measurement starts a new process, as a user's command would, and reports
the median of --runs runs: wall time and peak memory of the whole process tree
(Python + the Node.js jsii child + terraform). Prints a table and writes
bench/RESULTS.md. Targets: cold synth of each example < 3 s, per-node
cost above the floor < 2 ms, linear growth to 1,000 nodes, validate of a
100-node playbook < 300 ms, deploy share outside Terraform reported.

    .venv/bin/python bench/run.py [--runs 5] [--sizes 10,100,1000] [--depths 1,5]
                                  [--no-deploy] [--baseline] [--out bench/RESULTS.md]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: `bench` importable

from bench.generate import write_playbook, write_wide_playbook  # noqa: E402
from bench.deploy_timing import measure_deploy  # noqa: E402
from bench.environment import MB, PY, REPO, bench_env  # noqa: E402
from bench.measure import Summary, linear_fit, repeat, run  # noqa: E402
from bench.report import machine_description, render  # noqa: E402
from bench.synth_commands import FLOOR_CODE, SynthRunner, cli_synth_usage, default_environment, example_playbooks, floor_command  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement; the median is reported (default 5)")
    parser.add_argument("--sizes", default="10,100,1000", help="node counts of generated pipelines")
    parser.add_argument("--depths", default="1,5", help="nesting depths of generated pipelines")
    parser.add_argument(
        "--no-wide",
        action="store_true",
        help="skip the wide shape (the sizes as nested pipelines of at most 100 nodes: how 1,000 nodes deploy)",
    )
    parser.add_argument("--no-deploy", action="store_true", help="skip the emulator deploy")
    parser.add_argument("--deploy-runs", type=int, default=1, help="deploys to the emulator (~2 min each plus a destroy)")
    parser.add_argument(
        "--no-parallel-run",
        action="store_true",
        help="skip running a pipeline of timed jobs on the emulator (run time / critical path; an unchanged rerun, step cache)",
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="also time one import of the prebuilt cdktf-cdktf-provider-aws (~20 s) for comparison",
    )
    parser.add_argument("--out", default=str(REPO / "bench" / "RESULTS.md"))
    parser.add_argument("--note", default="", help="a paragraph added to RESULTS.md (e.g. what was patched)")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x]
    depths = [int(x) for x in args.depths.split(",") if x]
    env = bench_env()
    machine = machine_description()
    print(f"bench: {machine['date']} on {machine['cpu']}, {args.runs} runs per row (median)", file=sys.stderr)

    runner = SynthRunner(default_environment(), cli_synth_usage())
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    report: dict[str, Any] = {
        "machine": machine,
        "runs": args.runs,
        "synth_via": runner.description,
        "environment": runner.environment,
    }

    def synth(target: Path, label: str) -> Summary:
        print(f"bench: synth {label}", file=sys.stderr)
        out_dir = work / "out" / label
        s = repeat(runner.command(target, out_dir), args.runs, env=env, cwd=REPO)
        return s

    # warm-up (not measured): writes .pyc files, fills the jsii package cache, as any second run finds them
    print("bench: warm-up", file=sys.stderr)
    warm = example_playbooks()[0]
    run(runner.command(warm, work / "out" / "warm-up"), env=env, cwd=REPO)

    # floor
    floor_cmd, floor_modules = floor_command()
    print("bench: floor", file=sys.stderr)
    floor = repeat(floor_cmd, args.runs, env=env, cwd=REPO)
    report["floor"] = {
        "wall_s": floor.wall_s,
        "peak_rss_bytes": floor.peak_rss_bytes,
        "cpu_s": floor.cpu_s,
        "modules": floor_modules,
    }

    baseline = None
    if args.baseline:
        print("bench: baseline (prebuilt bindings, 1 run)", file=sys.stderr)
        base_cmd = [PY, "-c", FLOOR_CODE, *[m.replace("aws_bindings", "cdktf_cdktf_provider_aws") for m in floor_modules]]
        baseline = repeat(base_cmd, 1, env=env, cwd=REPO)
        report["baseline_prebuilt"] = {"wall_s": baseline.wall_s, "peak_rss_bytes": baseline.peak_rss_bytes}

    # examples
    examples = []
    for path in example_playbooks():
        s = synth(path, path.parent.name if path.parent.name != "examples" else path.stem)
        examples.append((path, s))
    report["examples"] = [
        {
            "playbook": str(p.relative_to(REPO)),
            "wall_s": s.wall_s,
            "cpu_s": s.cpu_s,
            "peak_rss_bytes": s.peak_rss_bytes,
            "wall_min_s": s.wall_min_s,
            "wall_max_s": s.wall_max_s,
        }
        for p, s in examples
    ]

    # generated pipelines
    # keyed by (nodes, shape): the shape is the nesting depth ("1", "5") or "wide" (bench/generate.py)
    generated: dict[tuple[int, str], Summary] = {}
    gen_dir = work / "playbooks"
    gen_dir.mkdir()
    shapes: list[tuple[str, int]] = [(str(depth), nodes) for depth in depths for nodes in sizes if nodes >= depth]
    if not args.no_wide:
        shapes += [("wide", nodes) for nodes in sizes]
    for shape, nodes in shapes:
        path = write_wide_playbook(gen_dir, nodes) if shape == "wide" else write_playbook(gen_dir, nodes, int(shape))
        try:
            generated[(nodes, shape)] = synth(path, path.stem)
        except RuntimeError as error:
            # A pipeline level with more than ~125 nodes cannot deploy: its orchestrator role would pass
            # IAM's 10,240-character quota, and synth says so (constructs_lib/iam.py). Reported, not measured.
            if "over IAM's quota" not in str(error):
                raise
            print(f"bench: {path.stem} not synthesized: orchestrator role over IAM's policy quota", file=sys.stderr)
            report.setdefault("not_deployable", []).append({"nodes": nodes, "depth": shape, "reason": "IAM role policy quota"})
    report["generated"] = [
        {
            "nodes": n,
            "depth": d,
            "wall_s": s.wall_s,
            "cpu_s": s.cpu_s,
            "peak_rss_bytes": s.peak_rss_bytes,
            "per_node_above_floor_ms": (s.wall_s - floor.wall_s) * 1000 / n,
        }
        for (n, d), s in generated.items()
    ]
    fits: dict[str, dict[str, float]] = {}
    for shape in dict.fromkeys(shape for shape, _ in shapes):
        pts = sorted((n, s) for (n, d), s in generated.items() if d == shape)
        if len(pts) >= 2:
            t_slope, t_icpt, t_r2 = linear_fit([n for n, _ in pts], [s.wall_s for _, s in pts])
            m_slope, m_icpt, m_r2 = linear_fit([n for n, _ in pts], [s.peak_rss_bytes for _, s in pts])
            fits[shape] = {
                "time_ms_per_node": t_slope * 1000,
                "time_intercept_s": t_icpt,
                "time_r2": t_r2,
                "rss_kb_per_node": m_slope / 1024,
                "rss_intercept_mb": m_icpt / MB,
                "rss_r2": m_r2,
            }
    report["fits"] = fits

    # synth cache: re-synthesizing an unchanged example (the entry is written by the first, unmeasured run)
    print("bench: synth cache hits", file=sys.stderr)
    cache_env = dict(env, PLAYBOOK_SYNTH_CACHE="1")
    cache_target = examples[0][0] if examples else example_playbooks()[0]
    cache_cmd = runner.command(cache_target, work / "out" / "cache")
    run(cache_cmd, env=cache_env, cwd=REPO)
    cache_hit = repeat(cache_cmd, args.runs, env=cache_env, cwd=REPO)
    report["synth_cache_hit"] = {
        "playbook": str(cache_target.relative_to(REPO)),
        "wall_s": cache_hit.wall_s,
        "cpu_s": cache_hit.cpu_s,
        "peak_rss_bytes": cache_hit.peak_rss_bytes,
    }

    # validate
    print("bench: validate", file=sys.stderr)
    validate_path = write_playbook(gen_dir, 100, 5)
    validate = repeat([PY, "-m", "playbook_cli.main", "validate", str(validate_path)], args.runs, env=env, cwd=REPO)
    report["validate_100"] = {"wall_s": validate.wall_s, "cpu_s": validate.cpu_s, "peak_rss_bytes": validate.peak_rss_bytes}
    from bench.validate_plugins import measure as measure_validate_plugins

    validate_plugins = measure_validate_plugins(args.runs, env, work / "validate-plugins")
    report["validate_100_plugins"] = validate_plugins
    from bench import per_node

    print("bench: per-node synth cost against the floor", file=sys.stderr)
    synth_per_node = per_node.measure(args.runs)
    report["synth_per_node"] = synth_per_node

    # deploy
    deploy = None
    if not args.no_deploy:
        print("bench: deploy to the local emulator", file=sys.stderr)
        deploy = measure_deploy(args.deploy_runs)
        report["deploy"] = deploy

    # independent branches at the same time: needs the executing emulator
    parallel = None
    if not (args.no_deploy or args.no_parallel_run):
        from bench.parallel_run import measure as measure_parallel

        print("bench: a pipeline of timed jobs on the emulator (parallel branches)", file=sys.stderr)
        parallel = measure_parallel()
        report["parallel_run"] = parallel
    cache_run = None
    if not (args.no_deploy or args.no_parallel_run):
        from bench.cache_run import measure as measure_cache_run

        print("bench: the same pipeline run again unchanged (step cache)", file=sys.stderr)
        cache_run = measure_cache_run()
        report["cache_run"] = cache_run

    shutil.rmtree(work, ignore_errors=True)
    text = render(report, examples, generated, floor, baseline, validate, deploy, fits, args, cache_hit)
    from bench.validate_plugins import render as render_validate_plugins

    text = text.rstrip("\n") + "\n\n" + render_validate_plugins(validate_plugins) + "\n"
    text += (
        "\n## Synth per node against the floor (`python -m bench.per_node`)\n\n"
        + per_node.render(synth_per_node, args.runs)
        + "\n"
    )
    if parallel is not None:
        from bench.parallel_run import render as render_parallel

        text = text.rstrip("\n") + "\n\n" + render_parallel(parallel) + "\n"
    if cache_run is not None:
        from bench.cache_run import render as render_cache_run

        text = text.rstrip("\n") + "\n\n" + render_cache_run(cache_run) + "\n"
    # The suite's wall time and slowest tests, from the reports the last `make test` wrote.
    from bench import suite_time

    suite = suite_time.measure()
    report["test_suite"] = suite
    text = text.rstrip("\n") + "\n\n" + suite_time.render(suite) + "\n"
    print(text)
    Path(args.out).write_text(text)
    (Path(args.out).with_suffix(".json")).write_text(json.dumps(report, indent=2, default=str) + "\n")
    print(
        f"bench: wrote {Path(args.out).relative_to(REPO) if Path(args.out).is_relative_to(REPO) else args.out}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
