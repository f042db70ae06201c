"""A team's own project: `playbook init`, finding the project from anywhere inside it, the team's
library instead of the bundled examples, its environments, and credentials errors that say what to do.
(The whole path with an installed wheel and an S3 backend: tests/examples/test_installed_project.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .cli_harness import REPO

TEAM_FEATURE_PREP = """\
apiVersion: playbooks/v1
kind: Pipeline
metadata: {name: feature-prep, version: 1.3.0, description: The team's own feature preparation.}
spec:
  platform: aws
  inputs: {raw: dataset}
  outputs: {features: aggregate}
  nodes:
    - {id: aggregate, type: preprocessing, inputs: [raw]}
"""

TEAM_PIPELINE = """\
apiVersion: playbooks/v1
kind: Pipeline
metadata: {name: team-features, version: 1.0.0, description: Features for the team's models.}
spec:
  platform: aws
  nodes:
    - {id: events, type: data_source, source: s3}
    - {id: features, type: pipeline, use: feature-prep@^1.3, inputs: [events]}
"""


def run(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("PLAYBOOK_STATE_DIR", "PLAYBOOK_PATH", "PLAYBOOK_PROJECT")}
    proc = subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", *args],
        cwd=cwd,
        env={**base, "PYTHONPATH": str(REPO), "AWS_EC2_METADATA_DISABLED": "true", **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-3000:]
    return proc


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "team-repo"
    made = run(tmp_path, "init", str(root))
    assert made.returncode == 0, made.stderr
    for name, text in (("feature-prep/1.3.0.yaml", TEAM_FEATURE_PREP), ("team-features/1.0.0.yaml", TEAM_PIPELINE)):
        (root / "playbooks" / name).parent.mkdir(parents=True)
        (root / "playbooks" / name).write_text(text)
    return root


def test_init_writes_a_project_that_commands_find_from_any_subdirectory(project: Path) -> None:
    assert {p.name for p in project.iterdir()} >= {
        "playbook-project.yaml",
        "environments.yaml",
        "cdktf.json",
        ".gitignore",
        "README.md",
    }
    assert ".playbook/" in (project / ".gitignore").read_text()
    environments = yaml.safe_load((project / "environments.yaml").read_text())["environments"]
    assert environments["local"]["emulator"] is True
    deep = project / "src" / "notebooks"
    deep.mkdir(parents=True)
    shown = json.loads(run(deep, "project", "--json").stdout)
    assert shown["project"] == str(project) and shown["libraries"] == [str(project / "playbooks")]
    assert shown["state_dir"] == str(project / ".playbook") and shown["environments"] == str(project / "environments.yaml")
    # The team's feature-prep@1.3.0 shares a name and version with a bundled example: no collision inside the project.
    validated = run(deep, "validate", "team-features")
    assert validated.returncode == 0 and "ok: team-features" in validated.stdout, validated.stderr


def test_init_refuses_to_overwrite_or_nest_and_writes_nothing(project: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in project.rglob("*"))
    again = run(tmp_path, "init", str(project))
    assert again.returncode == 1 and "already a playbook project" in again.stderr
    nested = run(project, "init", "inner")
    assert nested.returncode == 1 and not (project / "inner").exists()
    assert sorted(p.name for p in project.rglob("*")) == before
    existing = tmp_path / "has-readme"
    existing.mkdir()
    (existing / "README.md").write_text("ours\n")
    refused = run(tmp_path, "init", str(existing))
    assert refused.returncode == 1 and "README.md" in refused.stderr
    assert (existing / "README.md").read_text() == "ours\n" and not (existing / "playbook-project.yaml").exists()


def test_a_template_is_copied_in_with_its_sub_pipelines_and_published_records(tmp_path: Path) -> None:
    root = tmp_path / "fraud"
    made = json.loads(run(tmp_path, "init", str(root), "--template", "fraud-detection", "--json").stdout)
    assert made["ok"]
    copied = {p.name for p in (root / "playbooks").iterdir() if p.is_dir()}
    assert {"fraud-detection", "feature-prep", "data-quality"} <= copied
    registry = json.loads((root / "playbooks" / "registry.json").read_text())["playbooks"]
    assert set(registry) == copied  # only what was copied is recorded as published
    assert run(root, "validate", "fraud-detection").returncode == 0
    unknown = run(tmp_path, "init", str(tmp_path / "x"), "--template", "no-such-example")
    assert unknown.returncode == 1 and "fraud-detection" in unknown.stderr and not (tmp_path / "x").exists()


def test_two_listed_libraries_that_disagree_name_both_files_and_invent_no_node_kind(project: Path) -> None:
    config = project / "playbook-project.yaml"
    config.write_text(config.read_text().replace("  - playbooks\n", "  - playbooks\n  - bundled:examples\n"))
    proc = run(project, "validate", "team-features")
    assert proc.returncode == 1
    assert str(project / "playbooks" / "feature-prep" / "1.3.0.yaml") in proc.stderr
    assert str(REPO / "playbooks" / "library" / "feature-prep" / "1.3.0.yaml") in proc.stderr
    assert "API endpoint" not in proc.stderr


def test_project_option_anywhere_and_a_broken_project_file_is_one_positioned_error(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    assert run(outside, "validate", "team-features", "--project", str(project)).returncode == 0
    assert run(outside, "--project", str(project), "validate", "team-features").returncode == 0
    assert run(outside, "validate", "team-features", PLAYBOOK_PROJECT=str(project)).returncode == 0
    missing = run(outside, "validate", "team-features", "--project", str(outside))
    assert missing.returncode == 1 and "not a playbook project" in missing.stderr and "playbook init" in missing.stderr
    (project / "playbook-project.yaml").write_text("name: team\nlibrary: 3\n")
    broken = run(project, "validate", "team-features")
    assert broken.returncode == 1
    assert f"{project / 'playbook-project.yaml'}:2: library: expected a list of directories" in broken.stderr


def test_versions_of_a_name_only_a_named_library_has(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    (library / "only-here").mkdir(parents=True)
    (library / "only-here" / "1.0.0.yaml").write_text(TEAM_PIPELINE.replace("team-features", "only-here"))
    (library / "feature-prep").mkdir()
    (library / "feature-prep" / "1.3.0.yaml").write_text(TEAM_FEATURE_PREP)
    shown = run(tmp_path, "versions", "only-here", "--library", str(library), "--json")
    assert shown.returncode == 0, shown.stderr
    assert [v["version"] for v in json.loads(shown.stdout)["versions"]] == ["1.0.0"]


def test_outside_a_project_state_goes_to_one_per_user_directory_and_publish_needs_a_library(tmp_path: Path) -> None:
    home = tmp_path / "home"
    shown = json.loads(run(tmp_path, "project", "--json", HOME=str(home), XDG_STATE_HOME="").stdout)
    assert shown["project"] is None and shown["state_dir"] == str(home / ".local" / "state" / "ml-pipeline-playbooks")
    assert any(lib.endswith("playbooks/library") for lib in shown["libraries"])  # the examples, as before
    (tmp_path / "p.yaml").write_text(TEAM_FEATURE_PREP)
    refused = run(tmp_path, "publish", "p.yaml", HOME=str(home))
    assert refused.returncode == 1 and "--to" in refused.stderr
    assert not (REPO / "playbooks" / "library" / "feature-prep" / "1.3.0.yaml").read_text() == TEAM_FEATURE_PREP


def test_an_environment_whose_profile_is_missing_says_which_environment_and_what_to_do(project: Path, tmp_path: Path) -> None:
    (project / "environments.yaml").write_text(
        "environments:\n"
        "  prod:\n"
        "    region: eu-west-1\n"
        "    naming_prefix: tm-prod\n"
        "    profile: team-prod\n"
        "    backend: {type: s3, bucket: team-state, key_prefix: ml, region: eu-west-1}\n"
    )
    aws = {
        "HOME": str(tmp_path / "home"),
        "AWS_CONFIG_FILE": str(tmp_path / "none"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
    }
    status = run(project, "status", **aws)
    assert status.returncode == 0 and "environment 'prod'" in status.stderr and "'team-prod'" in status.stderr
    runs = run(project, "runs", "team-features", "--env", "prod", **aws)
    assert runs.returncode == 1
    assert (
        "environment 'prod'" in runs.stderr and "team-prod" in runs.stderr and "aws configure --profile team-prod" in runs.stderr
    )


def test_status_shows_a_first_apply_that_did_not_finish_as_partial(project: Path) -> None:
    # What Terraform leaves when a first apply fails midway: resources in the state, no outputs yet.
    state = project / ".playbook" / "state" / "team-features-local" / "terraform.tfstate"
    state.parent.mkdir(parents=True)
    state.write_text(
        json.dumps({"version": 4, "outputs": {}, "resources": [{"mode": "managed", "type": "aws_s3_bucket", "name": "b"}]})
    )
    rows = json.loads(run(project, "status", "--json").stdout)["deployments"]
    assert [(r["name"], r["environment"], r["partial"]) for r in rows] == [("team-features", "local", True)]
    text = run(project, "status").stdout
    assert "partial: an apply did not finish (1 resources in the state" in text
