"""A deploy in plain words on the canvas: the confirm screen keeps the review and says per node what the plan
does; while Terraform applies, each node shows planned/creating/done with its resource count (the CLI's own
per-node progress, relayed by the deploy job); Terraform's log is one click away, collapsed, and its provider
notices (the lock-file warning) never reach the plain view; a reopened tab shows the same states; a failed
apply marks the failing node and says in words what failed.

The real chain: a real server process, cdktf, Terraform, the local emulator, Chromium.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from ui_harness import OUTPUT, api, axe_violations, open_builder, running_server

pytestmark = [pytest.mark.synth, pytest.mark.terraform, pytest.mark.emulator]
DEPLOY_TIMEOUT_MS = 8 * 60 * 1000
NODES = ("events", "clean", "train")  # "serve" creates its endpoint at run time: no resource to deploy


def _phase(page, *phases: str) -> None:
    expect(page.get_by_test_id("deploy-dialog")).to_have_attribute(
        "data-phase", re.compile(f"^({'|'.join(phases)}|failed)$"), timeout=DEPLOY_TIMEOUT_MS
    )


def _load(page, name: str) -> None:
    page.get_by_test_id("load-name").select_option("churn-prediction")
    page.get_by_test_id("load-button").click()
    expect(page.get_by_test_id("meta-name")).to_have_value("churn-prediction", timeout=60_000)
    page.get_by_test_id("meta-name").fill(name)
    page.wait_for_function(
        "(name) => JSON.parse(localStorage.getItem('playbook-builder-draft-v1') || 'null')?.playbook?.metadata?.name === name",
        arg=name,
        timeout=60_000,
    )
    expect(page.get_by_test_id("validation")).to_have_attribute("data-state", "valid")


def _plan(page) -> None:
    page.get_by_test_id("deploy-button").click()
    _phase(page, "reviewed")
    page.get_by_test_id("continue-to-plan").click()
    _phase(page, "planned")


def _plain_view(page) -> str:
    """What the user reads without opening the log: the dialog's rendered text (a closed <details> renders none)."""
    return page.get_by_test_id("deploy-dialog").inner_text()


def _assert_no_terraform_noise(page) -> None:
    plain = _plain_view(page)
    for noise in ("Incomplete lock file", "Warning:", "terraform init", "Creation complete", "Still creating"):
        assert noise not in plain, (noise, plain)
    assert not re.search(r"\baws_[a-z0-9_]+\.[A-Za-z0-9_]+", plain), plain  # no Terraform address either
    log = page.get_by_test_id("deploy-log-details")
    expect(log).not_to_have_attribute("open", re.compile(".*"))
    expect(page.get_by_test_id("deploy-log")).to_be_hidden()


@pytest.fixture(scope="module")
def state(tmp_path_factory):
    return tmp_path_factory.mktemp("ui-progress-state")


@pytest.fixture(scope="module")
def server(state):
    with running_server(state, {"PLAYBOOK_STATE_DIR": str(state)}) as url:
        yield url
    from deploy_runner.emulator import Emulator

    Emulator(state / "emulator").stop()


def test_deploy_progress_per_node_on_the_canvas_in_words_and_after_reopening(browser, server):
    name = "ui-progress"
    with open_builder(browser, server, OUTPUT / "deploy-progress-end.png") as page:
        _load(page, name)
        _plan(page)
        # The confirm screen: the review stays, the plan says per node what it does, in words.
        expect(page.get_by_test_id("review-nodes")).to_contain_text("“train” trains a model")
        plan = page.get_by_test_id("plan-summary")
        expect(plan.locator("li[data-node=train]")).to_contain_text(re.compile(r"create \d+ \("))
        for node in NODES:
            expect(page.get_by_test_id(f"deploy-status-{node}")).to_have_attribute("data-status", "planned")
        expect(page.get_by_test_id("deploy-status-train")).to_contain_text(re.compile(r"deploy: planned: \d+ resources"))
        _assert_no_terraform_noise(page)
        assert axe_violations(page, "[data-testid=deploy-dialog]") == []
        page.screenshot(path=str(OUTPUT / "deploy-progress-confirm.png"))

        page.get_by_test_id("confirm-deploy").click()
        dialog = page.get_by_test_id("deploy-dialog")
        expect(dialog).to_have_attribute("data-phase", "deploying")
        expect(dialog).to_have_attribute("data-docked", "true")  # at the side: the canvas stays in view
        # During the apply some node is being created (or already done) while others wait: states per node.
        expect(
            page.locator(
                "[data-testid^=deploy-status-][data-status=working], [data-testid^=deploy-status-][data-status=done]"
            ).first
        ).to_be_visible(timeout=DEPLOY_TIMEOUT_MS)
        expect(page.get_by_test_id("deploy-status")).to_contain_text(re.compile(r"Deploying: \d+ of \d+ parts done"))
        _assert_no_terraform_noise(page)
        page.screenshot(path=str(OUTPUT / "deploy-progress-applying.png"))

        # The tab closes mid-apply; the reopened page reattaches and shows the same per-node states.
        reopened = page.context.new_page()
        page.close()
        reopened.goto(f"{server}/")
        expect(reopened.get_by_test_id("deploy-attached")).to_be_visible(timeout=60_000)
        for node in NODES:
            expect(reopened.get_by_test_id(f"deploy-status-{node}")).to_have_attribute(
                "data-status", re.compile("^(planned|working|done)$")
            )
        progress = reopened.get_by_test_id("deploy-progress")
        expect(progress.locator("li[data-node=train]")).to_be_visible()

        _phase(reopened, "done")
        if reopened.get_by_test_id("deploy-dialog").get_attribute("data-phase") == "failed":
            pytest.fail("the deploy failed: " + reopened.get_by_test_id("deploy-outcome").inner_text())
        for node in NODES:
            badge = reopened.get_by_test_id(f"deploy-status-{node}")
            expect(badge).to_have_attribute("data-status", "done")
            expect(badge).to_contain_text(re.compile(r"deploy: done: \d+ resources?"))
        expect(progress.locator("li[data-status=done]").first).to_be_visible()
        expect(progress.locator("li:not([data-status=done])")).to_have_count(0)
        _assert_no_terraform_noise(reopened)
        assert axe_violations(reopened, "[data-testid=deploy-dialog]") == []
        assert axe_violations(reopened, "[data-testid=canvas]") == []
        reopened.screenshot(path=str(OUTPUT / "deploy-progress-done.png"))
        # One click opens Terraform's own log, where its lines (and provider notices) remain.
        reopened.get_by_test_id("deploy-log-details").locator("summary").click()
        expect(reopened.get_by_test_id("deploy-log")).to_be_visible()
        expect(reopened.get_by_test_id("deploy-log")).to_contain_text("Creation complete")

        # Closed after a success, the canvas is back to the plain pipeline.
        reopened.get_by_test_id("close-deploy").last.click()
        expect(reopened.locator("[data-testid^=deploy-status-]")).to_have_count(0)
        reopened.close()


def test_a_failed_apply_marks_the_failing_node_and_says_what_failed(browser, server, state, monkeypatch):
    name = "ui-progress-fail"
    with open_builder(browser, server, OUTPUT / "deploy-progress-failed.png") as page:
        _load(page, name)
        _plan(page)
        # Someone makes the training role by hand between plan and apply: AWS (and the emulator) refuse
        # a second role of that name, so Terraform fails at that one resource of "train".
        (doc,) = [json.loads(p.read_text()) for p in (state / "work" / "stacks").glob(f"*{name}*/cdk.tf.json")]
        roles = doc["resource"]["aws_iam_role"].values()
        role = next(r["name"] for r in roles if (r.get("tags") or {}).get("playbook-node") == "train")
        monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(state))
        from deploy_runner.emulator import Emulator
        from deploy_runner.emulator_access import emulator_client

        iam = emulator_client("iam", Emulator(state / "emulator").endpoint)
        iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": []}))

        page.get_by_test_id("confirm-deploy").click()
        _phase(page, "failed")
        expect(page.get_by_test_id("deploy-status-train")).to_have_attribute("data-status", "failed")
        expect(page.get_by_test_id("deploy-status-train")).to_contain_text("deploy: failed")
        failure = page.get_by_test_id("deploy-failure")
        expect(failure).to_contain_text("“train” failed creating its IAM role")
        expect(failure).to_contain_text(role)
        expect(page.get_by_test_id("deploy-progress").locator("li[data-node=train]")).to_have_attribute("data-status", "failed")
        _assert_no_terraform_noise(page)
        page.screenshot(path=str(OUTPUT / "deploy-progress-failed-node.png"))
        # The failing node stays marked once the dialog is closed, while the user fixes it.
        page.get_by_test_id("close-deploy").last.click()
        expect(page.get_by_test_id("deploy-status-train")).to_have_attribute("data-status", "failed")
    jobs = [j for j in api(server, "/api/jobs")["jobs"] if j["kind"] == "deploy" and j["name"] == name]
    assert [j["state"] for j in jobs] == ["failed"]
