"""Deploy through the builder to the local AWS emulator: plan summary, confirm, progress, outcome.

Runs the real chain (synth with cdktf, terraform plan/apply, the moto emulator) in a
state directory of its own, so it never touches another run's stacks.
"""

from __future__ import annotations

import json
import re
import urllib.request

import pytest
from playwright.sync_api import expect

from ui_harness import OUTPUT, open_builder, running_server, token_headers

pytestmark = [pytest.mark.synth, pytest.mark.terraform, pytest.mark.emulator]
DEPLOY_TIMEOUT_MS = 8 * 60 * 1000


def finish(page, phase: str) -> None:
    """Wait until the dialog reaches `phase` or fails; a failure shows the dialog's own message."""
    dialog = page.get_by_test_id("deploy-dialog")
    expect(dialog).to_have_attribute("data-phase", re.compile(f"^({phase}|failed)$"), timeout=DEPLOY_TIMEOUT_MS)
    if dialog.get_attribute("data-phase") == "failed":
        page.screenshot(path=str(OUTPUT / "deploy-failed.png"))
        pytest.fail("the builder shows the deployment failed: " + page.get_by_test_id("deploy-outcome").inner_text())


@pytest.fixture(scope="module")
def deploy_server(tmp_path_factory):
    state = tmp_path_factory.mktemp("ui-deploy-state")
    with running_server(state, {"PLAYBOOK_STATE_DIR": str(state)}) as url:
        yield url
    from deploy_runner.emulator import Emulator

    Emulator(state / "emulator").stop()  # the deploy started it in this state dir


def test_deploy_the_demo_pipeline_to_the_emulator_without_touching_yaml(browser, deploy_server):
    with open_builder(browser, deploy_server, OUTPUT / "deploy-end.png") as page:
        page.get_by_test_id("load-name").select_option("churn-prediction")
        page.get_by_test_id("load-button").click()
        expect(page.get_by_test_id("meta-version")).to_have_value("1.3.0")
        page.get_by_test_id("meta-name").fill("ui-churn")
        expect(page.get_by_test_id("validation")).to_have_attribute("data-state", "valid")
        expect(page.get_by_test_id("meta-environment")).to_have_value("local")

        page.get_by_test_id("deploy-button").click()
        dialog = page.get_by_test_id("deploy-dialog")
        finish(page, "reviewed")  # the plain-words review comes first (tests/ui/test_first_run.py reads it)
        expect(page.get_by_test_id("review-nodes")).to_contain_text("“train” trains a model")
        page.get_by_test_id("continue-to-plan").click()
        finish(page, "planned")
        expect(page.get_by_test_id("plan-counts")).to_contain_text("to add")
        expect(page.get_by_test_id("plan-summary")).to_contain_text("train")
        page.screenshot(path=str(OUTPUT / "deploy-plan.png"))

        page.get_by_test_id("confirm-deploy").click()
        expect(dialog).to_have_attribute("data-phase", "deploying")
        expect(page.get_by_test_id("deploy-log")).to_contain_text("confirmed: applying the plan")
        finish(page, "done")
        outcome = page.get_by_test_id("deploy-outcome")
        expect(outcome).to_contain_text("Deployed")
        expect(page.get_by_test_id("deploy-outputs")).to_contain_text("playbook_name")
        expect(page.get_by_test_id("deploy-outputs")).to_contain_text("ui-churn")
        page.screenshot(path=str(OUTPUT / "deploy-done.png"))

    status_url = f"{deploy_server}/api/status?name=ui-churn"
    with urllib.request.urlopen(urllib.request.Request(status_url, headers=token_headers(status_url)), timeout=30) as response:
        deployments = json.load(response)["deployments"]
    assert [(d["name"], d["version"], d["environment"]) for d in deployments] == [("ui-churn", "1.3.0", "local")]
