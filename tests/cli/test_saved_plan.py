"""CI's plan/apply split on the emulator: the approved plan file is the applied plan.

`playbook plan --out FILE` saves the plan; `playbook deploy --plan FILE` applies exactly that file
and plans nothing; applying it a second time is refused with Terraform's own reason ("Saved plan
is stale": the state changed since the plan was made), and a plan of another stack is refused
before Terraform runs (a plan file carries its own backend, so it would change that stack), as is
a plan of the same stack from another version of the playbook (the report would name the wrong one).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_harness import REPO, cli_env, one_json, playbook

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]
TARGET, STACK = "data-quality", "data-quality-local"
LIBRARY = REPO / "playbooks" / "library" / "data-quality"


def plan_logs(state: Path) -> int:
    return len(list((state / "logs" / STACK).glob("*-plan.log")))


def test_deploy_applies_the_saved_plan_once_then_refuses_it_as_stale(tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = cli_env(state)
    saved = tmp_path / "ci" / "approved.tfplan"
    try:
        planned = playbook(env, "plan", TARGET, "--local", "--out", str(saved), "--json")
        assert planned.returncode == 0, planned.stderr[-3000:]
        plan_doc = one_json(planned)
        assert plan_doc["plan_file"] == str(saved.resolve()) and plan_doc["has_changes"]
        assert saved.stat().st_mode & 0o777 == 0o600  # a plan holds resolved values
        to_add = plan_doc["summary"]["add"]

        other = playbook(env, "deploy", "churn-prediction", "--local", "--plan", str(saved), "--auto-approve")
        assert other.returncode == 1 and f"is a plan of stack {STACK}, not of churn-prediction-local" in other.stderr
        assert not (state / "state" / "churn-prediction-local" / "terraform.tfstate").exists()

        edited = tmp_path / "data-quality.yaml"  # the same stack from an edited playbook: not what was approved
        edited.write_text((LIBRARY / "1.0.0.yaml").read_text().replace("version: 1.0.0", "version: 1.0.1", 1))
        changed = playbook(env, "deploy", str(edited), "--local", "--plan", str(saved), "--auto-approve")
        assert changed.returncode == 1 and "was planned from data-quality@1.0.0" in changed.stderr, changed.stderr
        assert not (state / "state" / STACK / "terraform.tfstate").exists()

        plans_before = plan_logs(state)
        applied = playbook(env, "deploy", TARGET, "--local", "--plan", str(saved), "--auto-approve", "--json")
        assert applied.returncode == 0, applied.stderr[-3000:]
        doc = one_json(applied)
        assert doc["ok"] and doc["command"] == "deploy" and doc["applied"] and doc["outputs"]
        assert plan_logs(state) == plans_before, "deploy --plan ran a new terraform plan"
        tfstate = json.loads((state / "state" / STACK / "terraform.tfstate").read_text())
        assert sum(len(r["instances"]) for r in tfstate["resources"] if r["mode"] == "managed") == to_add

        stale = playbook(env, "deploy", TARGET, "--local", "--plan", str(saved), "--auto-approve")
        assert stale.returncode == 1, stale.stdout + stale.stderr[-3000:]
        assert "Saved plan is stale" in stale.stderr and "Nothing was applied" in stale.stderr
        assert "--out FILE" in stale.stderr  # says how to get a plan that applies
        stale_json = one_json(playbook(env, "deploy", TARGET, "--local", "--plan", str(saved), "--auto-approve", "--json"))
        assert stale_json["ok"] is False and stale_json["error"]["kind"] == "stale_plan"
        after = json.loads((state / "state" / STACK / "terraform.tfstate").read_text())
        assert after["serial"] == tfstate["serial"], "a refused plan changed the state"
    finally:
        playbook(env, "destroy", TARGET, "--local", "--auto-approve", timeout=900)
        playbook(env, "emulator", "stop", timeout=60)
