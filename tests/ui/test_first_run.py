"""A data scientist who has never seen the YAML, in headless Chromium: from the empty canvas to the
deploy review, by drag and drop, mouse and keyboard only.

The screenshots in docs/ (the README's pictures) are written by this test, so they show the
builder as it is. The review synthesizes the stack (cdktf) but runs no Terraform.
"""

from __future__ import annotations

import re

import pytest
import yaml
from playwright.sync_api import expect

from test_builder import connect, drop_node, settle, validation, yaml_of_page
from test_editing import hold_connection
from ui_harness import EDGES_BEHIND_NODES_JS, OUTPUT, REPO, axe_violations

pytestmark = pytest.mark.synth
DOCS = REPO / "docs"
REVIEW_TIMEOUT_MS = 180_000


def node_transforms(page) -> dict[str, str]:
    """Flow-space position of every canvas node (React Flow's translate), keyed by playbook node id."""
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.react-flow__node')]
        .filter(n => n.querySelector('[data-node-id]'))
        .map(n => [n.querySelector('[data-node-id]').dataset.nodeId, n.style.transform]))""")


def test_a_first_time_user_builds_fixes_edits_reloads_and_reviews(page):
    # 1. The first screen guides and shows no error before the user has done anything.
    expect(page.get_by_test_id("first-run")).to_be_visible()
    expect(page.get_by_test_id("first-run")).to_contain_text("Drag a data source")
    expect(page.get_by_test_id("template-churn-prediction")).to_be_visible()
    expect(validation(page)).to_have_attribute("data-state", "idle")
    expect(page.locator(".field-error")).to_have_count(0)
    assert axe_violations(page) == []
    page.screenshot(path=str(DOCS / "builder-first-run.png"))

    # 2. A bad name is explained in words, not as a regular expression.
    page.get_by_test_id("meta-name").fill("Builder Demo")
    error = page.get_by_test_id("meta-name-error")
    expect(error).to_contain_text("lowercase letters, digits and hyphens, 3–40 characters, starting with a letter")
    assert "^[a-z]" not in error.inner_text()
    page.get_by_test_id("meta-name").fill("builder-demo")
    expect(page.get_by_test_id("meta-name-error")).to_have_count(0)

    # 3. Four nodes by drag and drop; the hint goes away with the first one.
    drop_node(page, "palette-data_source-s3", 120, 150)
    expect(page.get_by_test_id("first-run")).to_have_count(0)
    drop_node(page, "palette-preprocessing", 380, 150)
    drop_node(page, "palette-model-training", 640, 150)
    drop_node(page, "palette-deployment-api_endpoint", 900, 150)

    # 4. A wiring mistake is refused while it is dragged, the reason next to the pointer; what fits connects.
    connect(page, "s3", "preprocessing")
    connect(page, "preprocessing", "training")
    hold_connection(page, "s3", "api_endpoint")  # wrong: an endpoint serves a model, not a dataset
    expect(page.get_by_test_id("connection-refused")).to_contain_text("expects exactly one model; s3 produces a dataset")
    page.screenshot(path=str(OUTPUT / "wiring-error.png"))
    page.mouse.up()
    expect(page.locator(".react-flow__edge")).to_have_count(2)
    endpoint = page.get_by_test_id("node-api_endpoint")
    expect(endpoint).to_have_attribute("data-invalid", "true")  # it has no model yet: a badge, and the problems list names it
    expect(endpoint.get_by_test_id("node-error-badge")).to_have_attribute("title", re.compile("expects exactly one model"))
    expect(page.get_by_test_id("problem").filter(has_text="api_endpoint:")).to_contain_text("expects exactly one model")
    # A connection that fits but skips a node: all four on one row, as dropped, it goes around the node in between.
    connect(page, "s3", "training")
    assert page.evaluate(EDGES_BEHIND_NODES_JS) == []
    page.get_by_test_id("undo").click()
    expect(page.locator(".react-flow__edge")).to_have_count(2)
    connect(page, "training", "api_endpoint")
    expect(validation(page)).to_have_attribute("data-state", "valid")
    expect(endpoint).to_have_attribute("data-invalid", "false")

    # 5. A config value checked while typing, in words.
    page.get_by_test_id("node-training").click()
    page.get_by_test_id("cfg-instance_count").fill("two")
    expect(page.get_by_test_id("cfg-instance_count-error")).to_contain_text("whole number")
    page.get_by_test_id("cfg-instance_count").fill("2")
    expect(page.get_by_test_id("cfg-instance_count-error")).to_have_count(0)

    # 6. Pipeline settings (nothing selected): owner, a label, a typed parameter with a default.
    page.locator(".react-flow__pane").click(position={"x": 700, "y": 600})
    settings = page.get_by_test_id("pipeline-settings")
    expect(settings).to_be_visible()
    page.get_by_test_id("meta-owner").fill("growth-team")
    page.get_by_test_id("meta-labels-add").click()
    page.get_by_test_id("meta-labels-key-0").fill("team")
    page.get_by_test_id("meta-labels-value-0").fill("growth")
    page.get_by_test_id("param-add").click()
    page.get_by_test_id("param-name-0").fill("window_days")
    page.get_by_test_id("param-type-0").select_option("integer")
    page.get_by_test_id("param-default-0").fill("thirty")
    expect(page.get_by_test_id("meta-parameters-error").or_(page.get_by_test_id("param-error-0"))).to_contain_text("integer")
    page.get_by_test_id("param-default-0").fill("30")
    settle(page)
    expect(validation(page)).to_have_attribute("data-state", "valid")
    saved = yaml_of_page(page)
    assert saved["metadata"]["owner"] == "growth-team" and saved["metadata"]["labels"] == {"team": "growth"}
    assert saved["spec"]["parameters"] == {"window_days": {"type": "integer", "default": 30}}
    # Edit them again: the label's value and the parameter's default.
    page.get_by_test_id("meta-labels-value-0").fill("ml-platform")
    page.get_by_test_id("param-default-0").fill("14")
    settle(page)
    saved = yaml_of_page(page)
    assert saved["metadata"]["labels"] == {"team": "ml-platform"}
    assert saved["spec"]["parameters"]["window_days"]["default"] == 14

    # 7. Keyboard: Delete removes the focused node with its connections; Ctrl+Z brings both back; Ctrl+Shift+Z redoes.
    page.get_by_test_id("node-preprocessing").click()
    page.keyboard.press("Delete")
    expect(page.get_by_test_id("node-preprocessing")).to_have_count(0)
    expect(page.locator(".react-flow__edge")).to_have_count(1)
    page.keyboard.press("Control+z")
    expect(page.get_by_test_id("node-preprocessing")).to_be_visible()
    expect(page.locator(".react-flow__edge")).to_have_count(3)
    page.keyboard.press("Control+Shift+z")
    expect(page.get_by_test_id("node-preprocessing")).to_have_count(0)
    page.get_by_test_id("undo").click()
    expect(page.locator(".react-flow__edge")).to_have_count(3)
    # Nodes are reachable with Tab and carry a name for screen readers.
    focusable = page.locator(".react-flow__node[tabindex='0']")
    expect(focusable).to_have_count(4)
    training = page.locator(".react-flow__node", has=page.get_by_test_id("node-training"))
    assert "training" in (training.get_attribute("aria-label") or "")
    training.focus()
    page.keyboard.press("Enter")  # selects the focused node: its settings open in the side panel
    expect(page.get_by_test_id("node-id")).to_have_value("training")

    # 8. Re-layout: layered, left to right, no connection behind a node; positions go into the playbook.
    page.get_by_test_id("relayout").click()
    page.wait_for_timeout(300)
    assert page.evaluate(EDGES_BEHIND_NODES_JS) == []
    xs = {n: page.get_by_test_id(f"node-{n}").bounding_box()["x"] for n in ("s3", "preprocessing", "training", "api_endpoint")}
    assert xs["s3"] < xs["preprocessing"] < xs["training"] < xs["api_endpoint"]
    settle(page)
    expect(validation(page)).to_have_attribute("data-state", "valid")
    before = yaml_of_page(page)
    assert set(before["layout"]["nodes"]) == {"s3", "preprocessing", "training", "api_endpoint"}
    positions = node_transforms(page)
    page.screenshot(path=str(DOCS / "builder.png"))
    assert axe_violations(page) == []

    # 9. Reload: the same pipeline, the same layout.
    page.wait_for_timeout(500)  # the draft is written 300 ms after the last edit
    page.reload()
    expect(page.get_by_test_id("notice")).to_contain_text("your draft")
    expect(page.get_by_test_id("node-api_endpoint")).to_be_visible()
    settle(page)
    assert node_transforms(page) == positions
    assert yaml_of_page(page) == before

    # 10. The deploy review in plain words; Terraform addresses one click away.
    expect(validation(page)).to_have_attribute("data-state", "valid")
    page.get_by_test_id("deploy-button").click()
    dialog = page.get_by_test_id("deploy-dialog")
    expect(dialog).to_have_attribute("data-phase", re.compile("^(reviewed|failed)$"), timeout=REVIEW_TIMEOUT_MS)
    assert dialog.get_attribute("data-phase") == "reviewed", page.get_by_test_id("deploy-outcome").inner_text()
    expect(page.get_by_test_id("review")).to_be_visible()
    expect(page.get_by_test_id("review-lead")).to_contain_text(re.compile(r"builder-demo 0\.1\.0 creates \d+ cloud resources"))
    nodes = page.get_by_test_id("review-nodes")
    expect(nodes).to_contain_text("“s3” creates an encrypted, versioned S3 bucket")
    expect(nodes).to_contain_text("“preprocessing” runs a SageMaker processing job")
    expect(nodes).to_contain_text("“training” trains a model with a SageMaker training job (2× ml.m5.large) on each pipeline run")
    expect(nodes).to_contain_text("“api_endpoint” serves the model behind a serverless SageMaker endpoint")
    expect(page.get_by_test_id("review-cost")).to_contain_text(re.compile(r"\$\d+\.\d{2,4} per hour · \$\d+\.\d\d per month"))
    expect(page.get_by_test_id("review-cost-local")).to_contain_text("local: free. local is the local AWS emulator")
    expect(page.get_by_test_id("review-run-cost")).to_contain_text(
        re.compile(r"\$\d+\.\d{2,4} per hour its jobs run · at most \$\d+\.\d\d if every job ran to its time limit")
    )
    expect(page.get_by_test_id("review-run-cost-jobs")).to_contain_text("2× ml.m5.large$0.23/h")  # training's two instances
    expect(page.get_by_test_id("review-pricing-source")).to_contain_text("aws.amazon.com")
    expect(page.get_by_test_id("review-pricing-source")).to_contain_text(re.compile(r"\d{4}-\d\d-\d\d"))
    expect(page.get_by_test_id("review-changes")).to_contain_text("Nothing is deployed yet")
    expect(page.get_by_test_id("review-kinds")).to_contain_text("IAM role")
    addresses = page.get_by_test_id("review-addresses")
    expect(addresses.locator("code").first).not_to_be_visible()
    addresses.locator("summary").click()
    expect(addresses.locator("code", has_text="aws_iam_role.").first).to_be_visible()
    assert axe_violations(page, "[data-testid=deploy-dialog]") == []
    page.screenshot(path=str(DOCS / "builder-review.png"))
    page.get_by_test_id("close-deploy").click()
    expect(dialog).to_have_count(0)


def test_a_template_starts_a_pipeline_in_one_click(page):
    page.get_by_test_id("template-churn-prediction").click()
    expect(page.get_by_test_id("notice")).to_contain_text("loaded churn-prediction@1.3.0")
    expect(page.get_by_test_id("node-train")).to_be_visible()
    expect(validation(page)).to_have_attribute("data-state", "valid")
    assert page.evaluate(EDGES_BEHIND_NODES_JS) == []
    # Untouched, the library playbook saves back to itself (no layout written).
    original = yaml.safe_load((REPO / "playbooks/library/churn-prediction/1.3.0.yaml").read_text())
    assert yaml_of_page(page) == original
