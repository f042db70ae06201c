"""Deploy timing: `playbook deploy` to the emulator, with Terraform's share measured by a timing shim."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from bench.environment import PY, REPO, bench_env
from bench.measure import run


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
    r = subprocess.run(
        [PY, "-m", "playbook_cli.main", command, "--help"], env=bench_env(), cwd=REPO, capture_output=True, text=True
    )
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
    was_running = (
        "not running" not in subprocess.run(emulator + ["status"], env=env, cwd=REPO, capture_output=True, text=True).stdout
    )
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
                results.append({"wall_s": r.wall_s, "terraform_s": inside, "peak_rss_bytes": r.peak_rss_bytes, "calls": calls})
            subprocess.run(destroy, env=env, cwd=REPO, capture_output=True, text=True)
    finally:
        if not was_running:
            subprocess.run(emulator + ["stop"], env=env, cwd=REPO, capture_output=True, text=True)
    results.sort(key=lambda x: x["wall_s"])
    median = results[len(results) // 2]
    return {**median, "runs": len(results), "command": " ".join(["playbook", *deploy[3:]])}
