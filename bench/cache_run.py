"""Bench: an unchanged second run reuses every cached job's output, on the emulator.

A pipeline of processing jobs (the parallel bench's shape and sleeps, bench/parallel_run.py) is
deployed once; then, RUNS times, a run that starts every job (`--no-cache`, as a first run does)
and an unchanged run after it (every node cached, no job started). Reported: the medians of each
run's execution time (start to stop, from the run's record) and of the whole `playbook run --wait`
command's wall time (CLI start, key computation and S3 listings included), and their ratios
cached / full; target <= 0.15 for the command. The jobs each run starts are counted from the
emulator's processing jobs.

Endpoints are not cached (their update runs every time), so the demo pipeline (which serves one) is
not this pipeline; this one is all preprocessing, which times the cache rather than an endpoint.

    .venv/bin/python -m bench.cache_run
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.parallel_run import PY, REPO, SCRIPT, _put_row, playbook

TARGET_RATIO = 0.15
RUNS = 3


def measure(runs: int = RUNS) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as tmp:
        root = Path(tmp)
        (root / "sleep_code").mkdir()
        (root / "sleep_code" / "preprocess.py").write_text(SCRIPT)
        (root / "bench-parallel.yaml").write_text(playbook())
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "PLAYBOOK_STATE_DIR": str(root / "state"),
            "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        }

        def cli(*args: str, timeout: int = 1800) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [PY, "-m", "playbook_cli.main", *args], cwd=root, env=env, capture_output=True, text=True, timeout=timeout
            )

        samples: dict[str, list[dict[str, Any]]] = {"full": [], "cached": []}
        try:
            deployed = cli("deploy", "bench-parallel.yaml", "--local", "--auto-approve", "--json")
            if deployed.returncode != 0:
                return {"error": f"deploy exited {deployed.returncode}: {deployed.stderr.strip()[-600:]}"}
            _put_row(cli, root, json.loads(deployed.stdout)["outputs"]["node_rows_s3_uri"])
            for _ in range(runs):
                for kind, extra in (("full", ["--no-cache"]), ("cached", [])):
                    began = time.monotonic()
                    ran = cli("run", "bench-parallel.yaml", "--local", "--wait", "--json", *extra)
                    wall = time.monotonic() - began
                    if ran.returncode != 0:
                        return {"error": f"run exited {ran.returncode}: {(ran.stdout + ran.stderr).strip()[-600:]}"}
                    doc = json.loads(ran.stdout)
                    cached = sum(item["status"] == "cached" for item in (doc.get("cache") or {}).values())
                    samples[kind].append({"run_s": doc["run"]["seconds"], "wall_s": round(wall, 2), "cached_nodes": cached})
        finally:
            cli("destroy", "bench-parallel.yaml", "--local", "--auto-approve")
            cli("emulator", "stop")
    median = {kind: {m: statistics.median(s[m] for s in rows) for m in ("run_s", "wall_s")} for kind, rows in samples.items()}
    return {
        "runs": runs,
        "samples": samples,
        "median": median,
        "ratio_run": round(median["cached"]["run_s"] / median["full"]["run_s"], 3),
        "ratio_wall": round(median["cached"]["wall_s"] / median["full"]["wall_s"], 3),
        "cached_nodes": [s["cached_nodes"] for s in samples["cached"]],
    }


def render(result: dict[str, Any]) -> str:
    if "error" in result:
        return f"Step cache on the emulator: not measured ({result['error']})."
    ok = "met" if result["ratio_wall"] <= TARGET_RATIO else "NOT met"
    full, cached = result["median"]["full"], result["median"]["cached"]
    return (
        f"Step cache on the emulator (bench/cache_run.py, medians of {result['runs']}): a run of every job "
        f"{full['wall_s']} s (`run --wait` command; execution {full['run_s']} s), the unchanged run after it "
        f"{cached['wall_s']} s (execution {cached['run_s']} s, nodes cached per run: {result['cached_nodes']}): "
        f"ratio {result['ratio_wall']} of the command's wall time (target <= {TARGET_RATIO}: {ok}), "
        f"{result['ratio_run']} of the execution's."
    )


if __name__ == "__main__":
    outcome = measure()
    print(json.dumps(outcome, indent=2))
    print(render(outcome))
    sys.exit(0 if "error" not in outcome and outcome["ratio_wall"] <= TARGET_RATIO else 1)
