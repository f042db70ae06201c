"""Bench: independent branches run at the same time, on the emulator.

A pipeline of processing jobs of known duration (each sleeps SLEEP seconds) is
deployed to the local emulator and run with `playbook run --wait`:

    rows -> a1 (8 s) -> a2 (8 s) -+
    rows -> b  (12 s) ------------+-> join (4 s)
    rows -> c  (4 s) -------------+

Sequential, the run would take the sum of the jobs (36 s of sleep); with
independent branches in parallel, the critical path (a1, a2, join: 20 s). The
ratio reported is the run's wall time (the execution's start to stop) over the
critical path computed from the *measured* duration of each node's state
(`playbook logs`), so the per-job overhead of the emulator's local processes is
in both and the ratio measures the orchestration alone; target <= 1.1. The ratio
over the sleeps alone and the sequential sum are shown for scale.

    .venv/bin/python -m bench.parallel_run
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Mapping

REPO = Path(__file__).resolve().parents[1]
PY = str(REPO / ".venv" / "bin" / "python") if (REPO / ".venv" / "bin" / "python").exists() else sys.executable
TARGET_RATIO = 1.1

SLEEPS = {"a1": 8, "a2": 8, "b": 12, "c": 4, "join": 4}
UPSTREAM = {"a1": ["rows"], "a2": ["a1"], "b": ["rows"], "c": ["rows"], "join": ["a2", "b", "c"]}
SCRIPT = """import os, time
time.sleep(float(os.environ["SLEEP"]))
os.makedirs('/opt/ml/processing/output', exist_ok=True)
open('/opt/ml/processing/output/done.txt', 'w').write(os.environ["SLEEP"])
"""


def playbook() -> str:
    nodes = ["    - {id: rows, type: data_source, source: s3}"]
    for node, seconds in SLEEPS.items():
        nodes.append(
            f"    - {{id: {node}, type: preprocessing, inputs: [{', '.join(UPSTREAM[node])}], "
            f'config: {{code: sleep_code, environment: {{SLEEP: "{seconds}"}}}}}}'
        )
    return (
        "apiVersion: playbooks/v1\nkind: Pipeline\nmetadata: {name: bench-parallel, version: 1.0.0}\n"
        "spec:\n  platform: aws\n  nodes:\n" + "\n".join(nodes) + "\n"
    )


def critical_path(durations: Mapping[str, float]) -> float:
    finish: dict[str, float] = {"rows": 0.0}
    for node in SLEEPS:  # listed in topological order
        finish[node] = max(finish[u] for u in UPSTREAM[node]) + durations[node]
    return max(finish.values())


def _put_row(cli: Callable[..., subprocess.CompletedProcess[str]], root: Path, uri: str) -> None:
    """SageMaker fails a processing job whose input prefix is empty: give the source one object."""
    import boto3

    from deploy_runner.emulator_credentials import read_key

    endpoint = cli("emulator", "status").stdout.split(" at ")[1].split()[0]
    key = read_key(root / "state" / "emulator" / "credentials.json")  # the emulator refuses any other key
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=key.access_key_id,
        aws_secret_access_key=key.secret_access_key,
        verify=str(root / "state" / "emulator" / "tls" / "cert.pem"),
    )
    bucket, _, prefix = uri.removeprefix("s3://").partition("/")
    s3.put_object(Bucket=bucket, Key=f"{prefix}rows.csv", Body=b"1,2,3\n")


def measure() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-parallel-") as tmp:
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

        try:
            deployed = cli("deploy", "bench-parallel.yaml", "--local", "--auto-approve", "--json")
            if deployed.returncode != 0:
                return {"error": f"deploy exited {deployed.returncode}: {deployed.stderr.strip()[-600:]}"}
            _put_row(cli, root, json.loads(deployed.stdout)["outputs"]["node_rows_s3_uri"])
            ran = cli("run", "bench-parallel.yaml", "--local", "--wait", "--json")
            if ran.returncode != 0:
                return {"error": f"run exited {ran.returncode}: {(ran.stdout + ran.stderr).strip()[-600:]}"}
            run = json.loads(ran.stdout)["run"]
            logged = cli("logs", run["name"], "--local", "--json")
            if logged.returncode != 0:
                return {"error": f"logs exited {logged.returncode}: {logged.stderr.strip()[-600:]}"}
            states = {s["state"]: s["seconds"] for s in json.loads(logged.stdout)["states"]}
            durations = {node: states[f"{node}: process"] for node in SLEEPS}
        finally:
            cli("destroy", "bench-parallel.yaml", "--local", "--auto-approve")
            cli("emulator", "stop")
    measured_path = critical_path(durations)
    return {
        "run_s": run["seconds"],
        "critical_path_s": round(measured_path, 1),
        "node_s": durations,
        "ratio": round(run["seconds"] / measured_path, 3),
        "sleep_critical_path_s": critical_path(SLEEPS),
        "sleep_sum_s": sum(SLEEPS.values()),
        "ratio_to_sleeps": round(run["seconds"] / critical_path(SLEEPS), 3),
    }


def render(result: dict[str, Any]) -> str:
    if "error" in result:
        return f"Parallel branches on the emulator: not measured ({result['error']})."
    ok = "met" if result["ratio"] <= TARGET_RATIO else "NOT met"
    return (
        f"Parallel branches on the emulator (bench/parallel_run.py): run {result['run_s']} s, critical path of the "
        f"measured node durations {result['critical_path_s']} s: ratio {result['ratio']} (target <= {TARGET_RATIO}: {ok}). "
        f"Sleeps alone: critical path {result['sleep_critical_path_s']} s, sum {result['sleep_sum_s']} s "
        f"(a sequential run would take at least the sum); run / sleep critical path = {result['ratio_to_sleeps']}."
    )


if __name__ == "__main__":
    outcome = measure()
    print(json.dumps(outcome, indent=2))
    print(render(outcome))
    sys.exit(0 if "error" not in outcome and outcome["ratio"] <= TARGET_RATIO else 1)
