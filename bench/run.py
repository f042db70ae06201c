#!/usr/bin/env python3
"""Benchmark (`make bench`): cold synth, the floor, validate and deploy.

Every measurement starts a new process, as a user's command would, and reports
the median of --runs runs: wall time and peak memory of the whole process tree
(Python + the Node.js jsii child + terraform). Prints a table and writes
bench/RESULTS.md. Targets (issue 8): cold synth of each example < 3 s, per-node
cost above the floor < 2 ms, linear growth to 1,000 nodes, validate of a
100-node playbook < 300 ms, deploy share outside Terraform reported.

    .venv/bin/python bench/run.py [--runs 5] [--sizes 10,100,1000] [--depths 1,5]
                                  [--no-deploy] [--baseline] [--out bench/RESULTS.md]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bindings_coverage import seam_binding_modules  # noqa: E402
from bench.generate import write_playbook  # noqa: E402
from bench.measure import Summary, linear_fit, repeat, run  # noqa: E402

PY = str(REPO / ".venv" / "bin" / "python") if (REPO / ".venv" / "bin" / "python").exists() else sys.executable
MB = 1024 * 1024

TARGET_EXAMPLE_S = 3.0
TARGET_PER_NODE_MS = 2.0
TARGET_VALIDATE_S = 0.300


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        "CHECKPOINT_DISABLE": "1",
        "PLAYBOOK_SYNTH_CACHE": "0",  # measure synthesis; the cache is measured on its own
        "PYTHONPATH": str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
    })
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with warm .pyc files, as a user's second run
    return env


# --------------------------------------------------------------------------- synth commands

def cli_synth_usage() -> str | None:
    """`playbook synth --help` text when the lead's CLI has a synth command."""
    if not (REPO / "playbook_cli" / "infra_commands.py").exists():
        return None
    r = subprocess.run([PY, "-m", "playbook_cli.main", "synth", "--help"], env=bench_env(), cwd=REPO,
                       capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else None


def default_environment() -> str:
    """A non-emulator environment from stacks/environments.yaml (the JSON a user deploys)."""
    code = ("from stacks.environments import load_environments as l; e = l(); "
            "items = e.items() if isinstance(e, dict) else [(x.name, x) for x in e]; "
            "print(next((n for n, x in items if not getattr(x, 'emulator', False)), next(iter(dict(items)))))")
    r = subprocess.run([PY, "-c", code], env=bench_env(), cwd=REPO, capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 and r.stdout.strip() else "dev"


@dataclass
class SynthRunner:
    environment: str
    usage: str | None
    description: str = field(init=False)

    def __post_init__(self) -> None:
        self.description = ("`playbook synth` (CLI, synth cache off: PLAYBOOK_SYNTH_CACHE=0)" if self.usage
                            else "stacks.synth.synth_stacks in a new process (the CLI has no synth command yet)")

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
    """examples/*.yaml when the repo has them, else the latest version of every library playbook."""
    examples = sorted((REPO / "examples").glob("**/*.yaml")) if (REPO / "examples").is_dir() else []
    if examples:
        return examples
    latest = []
    for entry in sorted((REPO / "playbooks" / "library").iterdir()):
        versions = sorted(entry.glob("*.yaml"), key=lambda p: tuple(int(x) for x in p.stem.split("-")[0].split(".")))
        if versions:
            latest.append(versions[-1])
    return latest


# --------------------------------------------------------------------------- deploy

TERRAFORM_SHIM = textwrap.dedent("""\
    #!/usr/bin/env bash
    # bench: time every terraform invocation, then behave exactly like terraform.
    start=$(date +%s.%N)
    "{real}" "$@"
    rc=$?
    sub=""
    for a in "$@"; do case "$a" in -*) ;; *) sub="$a"; break;; esac; done
    echo "$start $(date +%s.%N) $sub" >> "{log}"
    exit $rc
""")


def deploy_target() -> str:
    code = "from playbook_cli.demo import DEMO_TARGET; print(DEMO_TARGET)"
    r = subprocess.run([PY, "-c", code], env=bench_env(), cwd=REPO, capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 and r.stdout.strip() else "churn-prediction"


def cli_has(command: str) -> bool:
    r = subprocess.run([PY, "-m", "playbook_cli.main", command, "--help"], env=bench_env(), cwd=REPO,
                       capture_output=True, text=True)
    return r.returncode == 0


def measure_deploy(runs: int) -> dict[str, Any]:
    """`playbook deploy DEMO --env local --local --auto-approve` from an empty state, `runs` times.

    The emulator is started before (not timed) and each deploy is destroyed
    after (not timed). A shim in front of `terraform` on PATH records how long
    each terraform call takes; the rest of the wall time is outside Terraform.
    """
    if not cli_has("deploy"):
        return {"error": "the CLI has no `deploy` command yet"}
    real = shutil.which("terraform")
    if not real:
        return {"error": "terraform is not on PATH"}
    target = deploy_target()
    deploy = [PY, "-m", "playbook_cli.main", "deploy", target, "--env", "local", "--local", "--auto-approve"]
    destroy = [PY, "-m", "playbook_cli.main", "destroy", target, "--env", "local", "--local", "--auto-approve"]
    emulator = [PY, "-m", "playbook_cli.main", "emulator"]
    env = bench_env()
    was_running = "not running" not in subprocess.run(emulator + ["status"], env=env, cwd=REPO, capture_output=True,
                                                      text=True).stdout
    subprocess.run(emulator + ["start"], env=env, cwd=REPO, capture_output=True, text=True, check=False)
    results: list[dict[str, Any]] = []
    try:
        subprocess.run(destroy, env=env, cwd=REPO, capture_output=True, text=True)  # start from an empty state
        for _ in range(runs):
            with tempfile.TemporaryDirectory(prefix="bench-tf-") as shim_dir:
                log = Path(shim_dir) / "terraform.log"
                shim = Path(shim_dir) / "terraform"
                shim.write_text(TERRAFORM_SHIM.format(real=real, log=log))
                shim.chmod(0o755)
                shim_env = dict(env, PATH=shim_dir + os.pathsep + env.get("PATH", ""))
                r = run(deploy, env=shim_env, cwd=REPO, timeout_s=1800)
                if r.returncode != 0:
                    return {"error": f"playbook deploy exited {r.returncode}: {(r.stderr or r.stdout).strip()[-600:]}"}
                inside, calls = 0.0, []
                if log.exists():
                    for line in log.read_text().splitlines():
                        begin, end, sub = line.split(" ", 2)
                        inside += float(end) - float(begin)
                        calls.append(sub)
                results.append({"wall_s": r.wall_s, "terraform_s": inside, "peak_rss_bytes": r.peak_rss_bytes,
                                "calls": calls})
            subprocess.run(destroy, env=env, cwd=REPO, capture_output=True, text=True)
    finally:
        if not was_running:
            subprocess.run(emulator + ["stop"], env=env, cwd=REPO, capture_output=True, text=True)
    results.sort(key=lambda x: x["wall_s"])
    median = results[len(results) // 2]
    return {**median, "runs": len(results), "command": " ".join(["playbook", *deploy[3:]])}


# --------------------------------------------------------------------------- report

def machine_description() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass

    def version(cmd: list[str]) -> str:
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=30, env=bench_env())
            return (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "n/a"

    git = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    commit = git.stdout.strip() if git.returncode == 0 else "n/a (not a git checkout)"
    if git.returncode == 0 and subprocess.run(["git", "-C", str(REPO), "diff", "--quiet", "HEAD"]).returncode != 0:
        commit += " + uncommitted changes"
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": f"{cpu}, {os.cpu_count()} logical CPUs",
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "node": version(["node", "--version"]),
        "terraform": version(["terraform", "version"]),
        "commit": commit,
        "load": "load average %.2f %.2f %.2f at start" % os.getloadavg(),
    }


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def mb(nbytes: float) -> str:
    return f"{nbytes / MB:,.0f} MB"


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement; the median is reported (default 5)")
    parser.add_argument("--sizes", default="10,100,1000", help="node counts of generated pipelines")
    parser.add_argument("--depths", default="1,5", help="nesting depths of generated pipelines")
    parser.add_argument("--no-deploy", action="store_true", help="skip the emulator deploy")
    parser.add_argument("--deploy-runs", type=int, default=1, help="deploys to the emulator (~2 min each plus a destroy)")
    parser.add_argument("--no-parallel-run", action="store_true",
                        help="skip running a pipeline of timed jobs on the emulator (run time / critical path)")
    parser.add_argument("--baseline", action="store_true",
                        help="also time one import of the prebuilt cdktf-cdktf-provider-aws (~20 s) for comparison")
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
    report: dict[str, Any] = {"machine": machine, "runs": args.runs, "synth_via": runner.description, "environment": runner.environment}

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
    report["floor"] = {"wall_s": floor.wall_s, "peak_rss_bytes": floor.peak_rss_bytes, "cpu_s": floor.cpu_s,
                      "modules": floor_modules}

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
    report["examples"] = [{"playbook": str(p.relative_to(REPO)), "wall_s": s.wall_s, "cpu_s": s.cpu_s,
                           "peak_rss_bytes": s.peak_rss_bytes,
                           "wall_min_s": s.wall_min_s, "wall_max_s": s.wall_max_s} for p, s in examples]

    # generated pipelines
    generated: dict[tuple[int, int], Summary] = {}
    gen_dir = work / "playbooks"
    gen_dir.mkdir()
    for depth in depths:
        for nodes in sizes:
            if nodes < depth:
                continue
            path = write_playbook(gen_dir, nodes, depth)
            generated[(nodes, depth)] = synth(path, path.stem)
    report["generated"] = [{"nodes": n, "depth": d, "wall_s": s.wall_s, "cpu_s": s.cpu_s, "peak_rss_bytes": s.peak_rss_bytes,
                            "per_node_above_floor_ms": (s.wall_s - floor.wall_s) * 1000 / n}
                           for (n, d), s in generated.items()]
    fits = {}
    for depth in depths:
        pts = sorted((n, s) for (n, d), s in generated.items() if d == depth)
        if len(pts) >= 2:
            t_slope, t_icpt, t_r2 = linear_fit([n for n, _ in pts], [s.wall_s for _, s in pts])
            m_slope, m_icpt, m_r2 = linear_fit([n for n, _ in pts], [s.peak_rss_bytes for _, s in pts])
            fits[depth] = {"time_ms_per_node": t_slope * 1000, "time_intercept_s": t_icpt, "time_r2": t_r2,
                           "rss_kb_per_node": m_slope / 1024, "rss_intercept_mb": m_icpt / MB, "rss_r2": m_r2}
    report["fits"] = fits

    # synth cache: re-synthesizing an unchanged example (the entry is written by the first, unmeasured run)
    print("bench: synth cache hits", file=sys.stderr)
    cache_env = dict(env, PLAYBOOK_SYNTH_CACHE="1")
    cache_target = examples[0][0] if examples else example_playbooks()[0]
    cache_cmd = runner.command(cache_target, work / "out" / "cache")
    run(cache_cmd, env=cache_env, cwd=REPO)
    cache_hit = repeat(cache_cmd, args.runs, env=cache_env, cwd=REPO)
    report["synth_cache_hit"] = {"playbook": str(cache_target.relative_to(REPO)), "wall_s": cache_hit.wall_s,
                                 "cpu_s": cache_hit.cpu_s, "peak_rss_bytes": cache_hit.peak_rss_bytes}

    # validate
    print("bench: validate", file=sys.stderr)
    validate_path = write_playbook(gen_dir, 100, 5)
    validate = repeat([PY, "-m", "playbook_cli.main", "validate", str(validate_path)], args.runs, env=env, cwd=REPO)
    report["validate_100"] = {"wall_s": validate.wall_s, "peak_rss_bytes": validate.peak_rss_bytes}

    # deploy
    deploy = None
    if not args.no_deploy:
        print("bench: deploy to the local emulator", file=sys.stderr)
        deploy = measure_deploy(args.deploy_runs)
        report["deploy"] = deploy

    # independent branches at the same time (issue 14.4): needs the executing emulator
    parallel = None
    if not (args.no_deploy or args.no_parallel_run):
        from bench.parallel_run import measure as measure_parallel

        print("bench: a pipeline of timed jobs on the emulator (parallel branches)", file=sys.stderr)
        parallel = measure_parallel()
        report["parallel_run"] = parallel

    shutil.rmtree(work, ignore_errors=True)
    text = render(report, examples, generated, floor, baseline, validate, deploy, fits, args, cache_hit)
    if parallel is not None:
        from bench.parallel_run import render as render_parallel

        text = text.rstrip("\n") + "\n\n" + render_parallel(parallel) + "\n"
    print(text)
    Path(args.out).write_text(text)
    (Path(args.out).with_suffix(".json")).write_text(json.dumps(report, indent=2, default=str) + "\n")
    print(f"bench: wrote {Path(args.out).relative_to(REPO) if Path(args.out).is_relative_to(REPO) else args.out}", file=sys.stderr)
    return 0


def render(report: dict[str, Any], examples: list[tuple[Path, Summary]], generated: dict[tuple[int, int], Summary],
           floor: Summary, baseline: Summary | None, validate: Summary, deploy: dict[str, Any] | None,
           fits: dict[int, Any], args: argparse.Namespace, cache_hit: Summary) -> str:
    m = report["machine"]
    out = ["# Benchmark results", "",
           f"Generated by `make bench` (`bench/run.py --runs {args.runs}`) on {m['date']}, commit {m['commit']}.", "",
           "## Machine", "",
           *[f"- {k}: {v}" for k, v in m.items() if k not in ("date", "commit")],
           "- note: 2 CPU cores shared with other agents' work while measuring; single runs vary by ±20 %, hence medians.",
           "",
           f"Every row is a new process (cold start), median of {args.runs} runs; memory is the peak of the sum of RSS over the "
           "process tree (Python + Node.js jsii child). Synth runs " + report["synth_via"] +
           f", environment `{report['environment']}`. CPU is user+system time of the process and its Node.js child.", "",
           *([args.note, ""] if args.note else [])]

    out += ["## Floor", "",
            "A new process that imports cdktf and only the AWS binding modules the seam (`constructs_lib/cdk.py`) imports "
            "(from `aws_bindings/`, generated for the used types only), then synthesizes an empty stack.", ""]
    rows = [["floor (generated bindings)", ms(floor.wall_s), ms(floor.cpu_s), mb(floor.peak_rss_bytes)]]
    if baseline:
        rows.append(["same with prebuilt cdktf-cdktf-provider-aws 20.1.0 (1 run)", ms(baseline.wall_s), ms(baseline.cpu_s),
                     mb(baseline.peak_rss_bytes)])
    out += [table(["process", "wall", "CPU", "peak RSS"], rows), ""]

    out += ["## Cold synth of the example playbooks", "", f"Target: under {TARGET_EXAMPLE_S:.0f} s each.", ""]
    rows = [[str(p.relative_to(REPO)), ms(s.wall_s), f"{s.wall_s / floor.wall_s:.2f}×", ms(s.cpu_s), mb(s.peak_rss_bytes),
             f"{ms(s.wall_min_s)}–{ms(s.wall_max_s)}", verdict(s.wall_s < TARGET_EXAMPLE_S)] for p, s in examples]
    out += [table(["playbook", "wall (median)", "÷ floor", "CPU", "peak RSS", "wall range", "< 3 s"], rows), ""]

    out += ["## Cold synth of generated pipelines", "",
            f"`bench/generate.py`: an S3 source and a chain of preprocessing nodes; depth 5 nests them in 5 inline pipelines. "
            f"Target: per-node cost above the floor under {TARGET_PER_NODE_MS:.0f} ms; linear growth.", ""]
    rows = []
    for (n, d), s in sorted(generated.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        per_node = (s.wall_s - floor.wall_s) * 1000 / n
        rows.append([str(n), str(d), ms(s.wall_s), f"{s.wall_s / floor.wall_s:.2f}×", f"{per_node:.2f} ms", ms(s.cpu_s),
                     mb(s.peak_rss_bytes)])
    out += [table(["nodes", "depth", "wall (median)", "÷ floor", "per node above floor", "CPU", "peak RSS"], rows), ""]
    if fits:
        rows = [[str(d), f"{f['time_ms_per_node']:.2f} ms/node", f"{f['time_r2']:.4f}", f"{f['rss_kb_per_node']:.0f} KB/node",
                 f"{f['rss_r2']:.4f}", verdict(f["time_ms_per_node"] < TARGET_PER_NODE_MS)] for d, f in sorted(fits.items())]
        out += ["Least-squares fit over the sizes above (slope = marginal cost of one node):", "",
                table(["depth", "time slope", "time R²", "memory slope", "memory R²", f"< {TARGET_PER_NODE_MS:.0f} ms/node"], rows), ""]

    out += ["## Synth cache", "",
            "`playbook synth` of an unchanged example with an unchanged code tree, the cache entry already written "
            "(pipeline_ops.synth_cache: no cdktf import, no Node.js). Target: well under a second.", "",
            table(["playbook", "wall (median)", "CPU", "peak RSS", "< 1 s"],
                  [[report["synth_cache_hit"]["playbook"], ms(cache_hit.wall_s), ms(cache_hit.cpu_s),
                    mb(cache_hit.peak_rss_bytes), verdict(cache_hit.wall_s < 1.0)]]), ""]

    out += ["## Validate", "", f"`playbook validate` of a 100-node, depth-5 playbook, including interpreter start "
            f"(no cdktf, no Node.js). Target: under {TARGET_VALIDATE_S * 1000:.0f} ms.", "",
            table(["command", "wall (median)", "peak RSS", f"< {TARGET_VALIDATE_S * 1000:.0f} ms"],
                  [["playbook validate (100 nodes)", ms(validate.wall_s), mb(validate.peak_rss_bytes),
                    verdict(validate.wall_s < TARGET_VALIDATE_S)]]), ""]

    out += ["## Deploy of the demo pipeline to the local emulator", ""]
    if deploy and "error" not in deploy:
        outside = deploy["wall_s"] - deploy["terraform_s"]
        out += [f"`{deploy['command']}` from an empty state (emulator already running), median of {deploy['runs']} run(s); "
                "time inside Terraform measured by a timing shim in front of the `terraform` binary on PATH.", "",
                table(["total", "inside terraform", "outside terraform", "share outside", "peak RSS", "terraform calls"],
                      [[ms(deploy["wall_s"]), ms(deploy["terraform_s"]), ms(outside), f"{outside / deploy['wall_s']:.0%}",
                        mb(deploy["peak_rss_bytes"]), ", ".join(deploy["calls"])]]), ""]
        out += ["Outside Terraform: interpreter start, resolution, synth (cold, cache off) and the runner's own work; "
                "inside: the terraform calls listed (provider from the local mirror, applied against the emulator).", ""]
    else:
        out += [f"Not measured: {(deploy or report.get('deploy') or {}).get('error', 'skipped (--no-deploy)')}.", ""]
    analysis = REPO / "bench" / "analysis.md"
    if analysis.exists():
        out += [analysis.read_text().rstrip(), ""]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
