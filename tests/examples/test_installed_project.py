"""A platform team's first day, as they would live it: the wheel installed into a fresh virtual
environment, `playbook init` in a directory outside this repository, their own library (with a
`feature-prep@1.3.0` of their own, a name the bundled examples also use), and the production path
— an S3 state backend with S3-native locking — on the emulator: deploy, status, output, a run with a
parameter to SUCCEEDED, runs, logs, a plan with no changes and destroy, every command through the
installed `playbook` and from a subdirectory of the project. Nothing may be written into the
installed package; the state lands under the project, whatever directory a command runs from.
"""

from __future__ import annotations

import json
import math
import os
import shlex
import shutil
import subprocess
import venv
from pathlib import Path
from typing import Callable

import pytest

from .test_fresh_venv import NOT_SOURCE, REPO

pytestmark = [pytest.mark.synth, pytest.mark.terraform, pytest.mark.emulator]

S3_ENVIRONMENT = """\
  team-s3:
    region: us-east-1
    naming_prefix: pb-team
    backend: {type: s3, bucket: team-terraform-state, key_prefix: ml/team-s3, region: us-east-1, use_lockfile: true}
    force_destroy: true
    deletion_protection: false
    emulator: true
"""

# The team's own feature-prep@1.3.0: same name and version as a bundled example, different content.
TEAM_FEATURE_PREP = """\
apiVersion: playbooks/v1
kind: Pipeline
metadata: {name: feature-prep, version: 1.3.0, description: The team's own feature preparation.}
spec:
  platform: aws
  parameters:
    window_days: {type: integer, default: 14}
  inputs: {raw: dataset}
  outputs: {features: aggregate}
  nodes:
    - id: aggregate
      type: preprocessing
      inputs: [raw]
      config:
        environment: {WINDOW_DAYS: "{{ params.window_days }}"}
"""

TEAM_PIPELINE = """\
apiVersion: playbooks/v1
kind: Pipeline
metadata: {name: team-features, version: 1.0.0, description: Features for the team's models.}
spec:
  platform: aws
  parameters:
    window_days: {type: integer, default: 7}
  nodes:
    - id: events
      type: data_source
      source: s3
    - id: features
      type: pipeline
      use: feature-prep@^1.3
      with: {window_days: "{{ params.window_days }}"}
      inputs: [events]
"""


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel built from a clean copy of this repository (cli and emulator extras)."""
    base = tmp_path_factory.mktemp("installed")
    source = base / "src"
    shutil.copytree(REPO, source, ignore=NOT_SOURCE)
    built = subprocess.run(
        [
            str(REPO / ".venv" / "bin" / "python"),
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(base / "dist"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (base / "dist").glob("ml_pipeline_playbooks-*.whl")
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    installed = subprocess.run(
        [
            str(env_dir / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"{wheel}[cli,emulator]",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    return env_dir


Cli = Callable[..., "subprocess.CompletedProcess[str]"]


def _installed_cli(installed: Path, tmp_path: Path) -> tuple[Cli, dict[str, str]]:
    """The installed `playbook`, with nothing of this repository's environment (no PYTHONPATH, no state dir)."""
    bin_dir = installed / "bin"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PLAYBOOK_STATE_DIR", "PLAYBOOK_PATH")}
    env.update(PATH=f"{bin_dir}:{env['PATH']}", JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20", HOME=str(tmp_path / "home"))

    def playbook(*args: str, cwd: Path, ok: bool = True, timeout: float = 900) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [str(bin_dir / "playbook"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
        )
        assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-3000:]
        if ok:
            assert proc.returncode == 0, f"playbook {' '.join(args)}: {proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
        return proc

    return playbook, env


def test_a_team_project_from_init_to_a_destroyed_production_path_stack(installed: Path, tmp_path: Path) -> None:
    bin_dir = installed / "bin"
    (site,) = (installed / "lib").glob("python3*/site-packages")
    package_files_before = _files(site)
    playbook, env = _installed_cli(installed, tmp_path)

    version = playbook("--version", cwd=tmp_path)
    assert version.stdout.strip() == "playbook 0.1.0"

    project = tmp_path / "team-repo"
    made = json.loads(playbook("init", str(project), "--json", cwd=tmp_path).stdout)
    assert made["ok"] and {"playbook-project.yaml", "environments.yaml", "cdktf.json", ".gitignore", "README.md"} <= set(
        made["files"]
    )
    with (project / "environments.yaml").open("a") as handle:
        handle.write(S3_ENVIRONMENT)
    for name, text in (("feature-prep/1.3.0.yaml", TEAM_FEATURE_PREP), ("team-features/1.0.0.yaml", TEAM_PIPELINE)):
        (project / "playbooks" / name).parent.mkdir(parents=True, exist_ok=True)
        (project / "playbooks" / name).write_text(text)
    work = project / "notebooks" / "exploration"  # commands run from deep inside the project
    work.mkdir(parents=True)

    # The team's feature-prep@1.3.0 does not collide with the bundled example of that name.
    assert "ok: team-features" in playbook("validate", "team-features", cwd=work).stdout
    try:
        playbook("deploy", "team-features", "--env", "team-s3", "--auto-approve", cwd=work)
        assert not (
            project / ".playbook" / "state" / "team-features-team-s3" / "terraform.tfstate"
        ).exists()  # the state is in S3

        rows = json.loads(playbook("status", "--json", cwd=work).stdout)["deployments"]
        assert [(r["name"], r["version"], r["environment"]) for r in rows] == [("team-features", "1.0.0", "team-s3")]
        outputs = json.loads(playbook("output", "team-features", "--env", "team-s3", "--json", cwd=project).stdout)
        assert outputs["outputs"]["playbook_name"] == "team-features"

        # The new events bucket is empty: the run is refused (nothing started) until `data put` fills it.
        empty = playbook("run", "team-features", "--env", "team-s3", cwd=work, ok=False)
        assert empty.returncode == 1 and "events (s3://" in empty.stderr and "is empty" in empty.stderr
        (work / "events.csv").write_text("1,2,3\n0,1,1\n")
        put = playbook("data", "put", "team-features", "events", "events.csv", "--env", "team-s3", cwd=work)
        assert "uploaded 1 file(s)" in put.stdout
        ran = playbook("run", "team-features", "--env", "team-s3", "--param", "window_days=3", "--wait", cwd=work)
        assert "SUCCEEDED" in ran.stdout
        # From outside the project, --project names it: the same deployment is found.
        elsewhere = json.loads(playbook("--project", str(project), "status", "--json", cwd=tmp_path).stdout)["deployments"]
        assert [r["stack"] for r in elsewhere] == ["team-features-team-s3"]
        runs = json.loads(playbook("runs", "team-features", "--env", "team-s3", "--json", cwd=work).stdout)["runs"]
        assert [r["status"] for r in runs] == ["SUCCEEDED"]
        logs = playbook("logs", runs[0]["name"], "--env", "team-s3", cwd=work)
        assert "WINDOW_DAYS" in logs.stdout or "features" in logs.stdout

        planned = playbook("plan", "team-features", "--env", "team-s3", "--detailed-exitcode", cwd=work)
        assert planned.returncode == 0  # nothing to change: the plan read the S3 state

        # The cdktf CLI route works from the project too (cdktf.json written by init).
        cdktf = REPO / "node_modules" / ".bin" / "cdktf"
        if cdktf.exists():
            synth = subprocess.run(
                [str(cdktf), "synth"],
                cwd=project,
                env={**env, "PLAYBOOK_TARGETS": "team-features", "PLAYBOOK_ENVS": "team-s3"},
                capture_output=True,
                text=True,
                timeout=600,
            )
            assert synth.returncode == 0, synth.stdout[-2000:] + synth.stderr[-2000:]
            doc = json.loads((project / "cdktf.out" / "stacks" / "team-features-team-s3" / "cdk.tf.json").read_text())
            assert doc["terraform"]["backend"]["s3"]["key"] == "ml/team-s3/team-features-team-s3/terraform.tfstate"

        playbook("destroy", "team-features", "--env", "team-s3", "--auto-approve", cwd=work)
        assert json.loads(playbook("status", "--json", cwd=work).stdout)["deployments"] == []
    finally:
        subprocess.run([str(bin_dir / "playbook"), "emulator", "stop"], cwd=project, env=env, capture_output=True, timeout=120)

    assert (project / ".playbook" / "emulator").is_dir()  # state under the project ...
    assert not (work / ".playbook").exists() and not (tmp_path / "home" / ".local" / "state").exists()  # ... nowhere else
    assert _files(site) == package_files_before, "a command wrote into the installed package"


def test_a_template_project_reaches_a_served_model_by_the_steps_init_prints(installed: Path, tmp_path: Path) -> None:
    """A data scientist's first day: `init --template`, then the next steps it prints, verbatim, each through the
    installed `playbook`; the run they end with serves a model that answers, and a second run reuses the unchanged
    preprocessing instead of starting it again."""
    (site,) = (installed / "lib").glob("python3*/site-packages")
    package_files_before = _files(site)
    playbook, _env = _installed_cli(installed, tmp_path)
    project = tmp_path / "churn"
    made = json.loads(playbook("init", str(project), "--template", "churn-prediction", "--json", cwd=tmp_path).stdout)
    steps = [line.split("   #", 1)[0] for line in made["next"] if line.startswith("playbook ")]
    assert any(step.startswith("playbook data put churn-prediction events ") for step in steps), steps
    assert steps[-1].startswith("playbook run ")  # the data is put before the run that reads it
    readme = (project / "README.md").read_text()
    assert "--yes" not in readme and "playbook deploy NAME --env local --auto-approve" in readme
    try:
        for step in steps:
            done = playbook(*shlex.split(step)[1:], cwd=project)
        assert "SUCCEEDED" in done.stdout
        assert "  try: playbook invoke churn-prediction serve --local --data rows.csv" in done.stdout
        assert "aws sagemaker-runtime" not in done.stdout  # the emulator's endpoint is called through playbook

        events = project / "playbooks" / "churn-prediction" / "example-data" / "events" / "events.csv"
        rows = [line.split(",", 1)[1] for line in events.read_text().splitlines()[:3]]  # without the label column
        (project / "rows.csv").write_text("\n".join(rows) + "\n")
        answer = json.loads(
            playbook("invoke", "churn-prediction", "serve", "--local", "--data", "rows.csv", "--json", cwd=project).stdout
        )
        scores = [float(p) for p in answer["predictions"]]
        assert len(scores) == 3 and all(math.isfinite(score) for score in scores), answer  # one score per row

        again = playbook("run", "churn-prediction", "--env", "local", "--wait", cwd=project)
        assert "SUCCEEDED" in again.stdout and any(
            line.startswith("  clean cached (from run ") for line in again.stdout.splitlines()
        ), again.stdout
    finally:
        playbook("emulator", "stop", cwd=project, ok=False, timeout=120)
    assert _files(site) == package_files_before, "a command wrote into the installed package"
