"""Closing the tab mid-deploy loses nothing: the reopened page reattaches to the running deploy (its log,
then its outcome), Deploy says a deploy is running since when and offers to watch it, the review does not
claim the half-applied version is deployed, a second deploy is refused in words, and the Jobs rows open
their job. The real chain: a real server process, cdktf, Terraform, the local emulator, Chromium.
"""

from __future__ import annotations

import re
import urllib.error

import pytest
from playwright.sync_api import expect

from ui_harness import OUTPUT, api, open_builder, running_server

pytestmark = [pytest.mark.synth, pytest.mark.terraform, pytest.mark.emulator]
DEPLOY_TIMEOUT_MS = 8 * 60 * 1000
NAME = "ui-reattach"


def _phase(page, *phases: str) -> None:
    dialog = page.get_by_test_id("deploy-dialog")
    expect(dialog).to_have_attribute("data-phase", re.compile(f"^({'|'.join(phases)}|failed)$"), timeout=DEPLOY_TIMEOUT_MS)
    if dialog.get_attribute("data-phase") == "failed":
        pytest.fail("the deploy failed: " + page.get_by_test_id("deploy-outcome").inner_text())


@pytest.fixture
def server(tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    with running_server(tmp_path, {"PLAYBOOK_STATE_DIR": str(state)}) as url:
        yield url
    from deploy_runner.emulator import Emulator

    Emulator(state / "emulator").stop()


def test_closing_the_tab_mid_deploy_and_reopening_finds_the_running_deploy(browser, server):
    with open_builder(browser, server, OUTPUT / "reattach-first-tab.png") as page:
        page.get_by_test_id("load-name").select_option("churn-prediction")
        page.get_by_test_id("load-button").click()
        # The load is asynchronous: rename only once the loaded playbook is in the form, or the load lands after
        # the rename and the draft keeps the example's name.
        expect(page.get_by_test_id("meta-name")).to_have_value("churn-prediction", timeout=60_000)
        page.get_by_test_id("meta-name").fill(NAME)
        # The draft (which the reopened tab reattaches by) holds the new name; then its validation is the new one.
        page.wait_for_function(
            "(name) => JSON.parse(localStorage.getItem('playbook-builder-draft-v1') || 'null')?.playbook?.metadata?.name === name",
            arg=NAME,
            timeout=60_000,
        )
        expect(page.get_by_test_id("validation")).to_have_attribute("data-state", "valid")
        page.get_by_test_id("deploy-button").click()
        expect(page.get_by_test_id("deploy-dialog").locator("h2")).to_contain_text(f"Deploy {NAME}@1.3.0")
        _phase(page, "reviewed")
        page.get_by_test_id("continue-to-plan").click()
        _phase(page, "planned")
        page.get_by_test_id("confirm-deploy").click()
        expect(page.get_by_test_id("deploy-dialog")).to_have_attribute("data-phase", "deploying")
        context = page.context
        # The tab closes mid-apply; the same browser (its localStorage: the draft and the token) opens the
        # builder again at its plain address, as from the history.
        reopened = context.new_page()
        page.close()
        (job,) = [j for j in api(server, "/api/jobs")["jobs"] if j["kind"] == "deploy"]
        assert job["state"] == "running", job
        reopened.goto(f"{server}/")
        expect(reopened).to_have_url(f"{server}/")

        dialog = reopened.get_by_test_id("deploy-dialog")
        expect(reopened.get_by_test_id("deploy-attached")).to_contain_text(f"job {job['id']}")
        expect(dialog).to_have_attribute("data-phase", "deploying")
        expect(reopened.get_by_test_id("deploy-log")).to_contain_text("confirmed: applying the plan")  # the log from the start
        reopened.screenshot(path=str(OUTPUT / "reattach-reopened.png"))

        # While it applies: Deploy says so and offers to watch; the review does not claim it is deployed;
        # a second deploy is refused in words, naming the job; nothing mentions force-unlock.
        reopened.get_by_test_id("hide-deploy").click()
        since = reopened.evaluate(
            "(t) => new Date(t * 1000).toLocaleTimeString([], {hour: 'numeric', minute: '2-digit'})", job["started"]
        )
        button = reopened.get_by_test_id("deploy-button")
        expect(button).to_have_text(f"A deploy is running since {since} — Watch")
        expect(button).to_be_enabled()
        playbook = api(server, "/api/playbooks/churn-prediction/1.3.0")["playbook"]
        playbook["metadata"]["name"] = NAME
        with pytest.raises(urllib.error.HTTPError) as refused:
            api(server, "/api/deploy", {"playbook": playbook, "environment": "local"})
        assert refused.value.code == 409
        message = refused.value.read().decode()
        assert f"is running (job {job['id']}, since" in message and "force-unlock" not in message
        review = api(server, "/api/review", {"playbook": playbook, "environment": "local"})
        review = _wait(server, review["id"])
        if review["result"]["changes"].get("deploy_running"):
            sentence = review["result"]["changes"]["sentence"]
            assert "is running" in sentence and "is deployed" not in sentence
        else:  # only if the apply ended while the review synthesized
            assert api(server, f"/api/jobs/{job['id']}")["state"] != "running"

        button.click()  # Watch
        _phase(reopened, "done")
        expect(reopened.get_by_test_id("deploy-outcome")).to_contain_text("Deployed")
        expect(reopened.get_by_test_id("deploy-outputs")).to_contain_text(NAME)
        reopened.screenshot(path=str(OUTPUT / "reattach-done.png"))
        reopened.get_by_test_id("close-deploy").last.click()
        expect(reopened.get_by_test_id("deploy-button")).to_have_text("Deploy pipeline", timeout=10_000)

        # The Jobs list opens its jobs: the deploy shows its outcome again.
        reopened.get_by_test_id("jobs-button").click()
        row = reopened.get_by_test_id("jobs-table").locator("tr[data-kind=deploy]")
        row.get_by_test_id("job-open").click()
        _phase(reopened, "done")
        expect(reopened.get_by_test_id("deploy-attached")).to_contain_text(f"job {job['id']}")
        assert "force-unlock" not in reopened.content()
        reopened.close()


def _wait(url, job_id: str, seconds: float = 180) -> dict:
    import time

    deadline = time.monotonic() + seconds
    while True:
        view = api(url, f"/api/jobs/{job_id}")
        if view["state"] not in ("running", "stopping") or time.monotonic() > deadline:
            return view
        time.sleep(0.5)
