"""Editing without friction, in headless Chromium: what a user sees while building and fixing a pipeline.

An invalid node keeps its size (a badge, not a list that grows over its neighbours); a connection the kinds
cannot take is refused while it is dragged, with the reason next to the pointer, and the keyboard's
"Add an input from…" list offers only nodes that fit; each problem in the list names its node and selects it;
a name written in words is offered in the form the spec takes; a cycle is pinned to the connection that
closes it; config fields are labelled in words, the advanced ones folded, and fields that take
`{{ params.NAME }}` offer the pipeline's parameters.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from test_builder import connect, drop_node, settle, validation, yaml_of_page
from ui_harness import OUTPUT, axe_violations

FIXTURES = Path(__file__).parent / "fixtures"


def box(page, testid: str) -> dict:
    return page.get_by_test_id(testid).bounding_box()


def handles(page, node: str) -> list[tuple[float, float]]:
    """Where the node's handles are on screen (their centres)."""
    out = []
    for handle in page.locator(f'[data-testid="node-{node}"] .react-flow__handle').all():
        b = handle.bounding_box()
        out.append((round(b["x"] + b["width"] / 2), round(b["y"] + b["height"] / 2)))
    return out


def hold_connection(page, source: str, target: str):
    """Press on the source's output handle and hold it over the target's input handle (not released)."""
    start = page.locator(f'[data-testid="node-{source}"] .react-flow__handle.source').bounding_box()
    end = page.locator(f'[data-testid="node-{target}"] .react-flow__handle.target').bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(end["x"] + end["width"] / 2, end["y"] + end["height"] / 2, steps=12)


def test_an_invalid_node_keeps_its_size_and_its_problem_selects_it(page):
    page.get_by_test_id("meta-name").fill("sizes-demo")
    drop_node(page, "palette-data_source-s3", 120, 150)
    drop_node(page, "palette-preprocessing", 400, 150)
    connect(page, "s3", "preprocessing")
    expect(validation(page)).to_have_attribute("data-state", "valid")
    before, at = box(page, "node-preprocessing"), handles(page, "preprocessing")

    # Without its input the node is invalid: a badge on its corner, the same box, the handles where they were.
    page.locator(".react-flow__edge").first.click(force=True)
    page.keyboard.press("Delete")
    settle(page)
    node = page.get_by_test_id("node-preprocessing")
    expect(node).to_have_attribute("data-invalid", "true")
    badge = node.get_by_test_id("node-error-badge")
    expect(badge).to_have_text("⚠ 1")
    expect(badge).to_have_attribute("title", "expects one or more datasets; found no inputs")
    after = box(page, "node-preprocessing")
    assert (after["width"], after["height"]) == (before["width"], before["height"])
    assert handles(page, "preprocessing") == at
    page.screenshot(path=str(OUTPUT / "editing-badge.png"))

    # The problems list names the node; a click selects it (the inspector shows it).
    page.locator(".react-flow__pane").click(position={"x": 600, "y": 400})
    expect(page.get_by_test_id("pipeline-settings")).to_be_visible()
    problem = page.get_by_test_id("problem").filter(has_text="expects one or more datasets")
    expect(problem).to_contain_text("preprocessing: expects one or more datasets; found no inputs")
    problem.get_by_role("button").click()
    expect(page.get_by_test_id("inspector")).to_be_visible()
    expect(page.get_by_test_id("node-id")).to_have_value("preprocessing")
    expect(node).to_have_class(re.compile(r"\bselected\b"))

    # A config problem puts the cursor in its field.
    page.get_by_test_id("cfg-instance_count").fill("0")
    settle(page)
    page.locator(".react-flow__pane").click(position={"x": 600, "y": 400})
    page.get_by_test_id("problem").filter(has_text="instance_count").get_by_role("button").click()
    expect(page.get_by_test_id("cfg-instance_count")).to_be_focused()
    assert axe_violations(page) == []


def test_a_connection_that_does_not_fit_is_refused_while_dragging(page):
    page.get_by_test_id("meta-name").fill("fit-demo")
    drop_node(page, "palette-data_source-s3", 100, 120)
    drop_node(page, "palette-model-training", 380, 120)
    drop_node(page, "palette-deployment-api_endpoint", 660, 120)
    drop_node(page, "palette-preprocessing", 380, 330)
    settle(page)
    expect(page.get_by_test_id("node-api_endpoint")).to_contain_text("deployment · api endpoint")  # words, not api_endpoint

    # A dataset into an endpoint: the handle is refused with the reason by the pointer; releasing makes nothing.
    hold_connection(page, "s3", "api_endpoint")
    hint = page.get_by_test_id("connection-refused")
    expect(hint).to_be_visible()
    expect(hint).to_contain_text("api_endpoint (api endpoint) expects exactly one model; s3 produces a dataset")
    target = page.locator('[data-testid="node-api_endpoint"] .react-flow__handle.target')
    expect(target).to_have_class(re.compile(r"\bconnectingto\b"))  # drawn red, not green
    expect(target).not_to_have_class(re.compile(r"\bvalid\b"))
    page.screenshot(path=str(OUTPUT / "editing-refused.png"))
    page.mouse.up()
    expect(hint).to_have_count(0)
    expect(page.locator(".react-flow__edge")).to_have_count(0)

    # What fits is connected as before; a second model into the endpoint is refused too.
    connect(page, "s3", "training")
    connect(page, "training", "api_endpoint")
    expect(page.locator(".react-flow__edge")).to_have_count(2)
    drop_node(page, "palette-model-inference", 660, 330)
    settle(page)
    hold_connection(page, "inference", "api_endpoint")
    expect(page.get_by_test_id("connection-refused")).to_contain_text("expects exactly one model and already has one")
    page.mouse.up()
    # A loop is refused: the training node already feeds the endpoint, which produces nothing anyway.
    hold_connection(page, "api_endpoint", "preprocessing")
    expect(page.get_by_test_id("connection-refused")).to_contain_text("produces nothing another node can use")
    page.mouse.up()
    expect(page.locator(".react-flow__edge")).to_have_count(2)

    # The keyboard's list offers only nodes whose data fits: for the endpoint none (it has its model),
    # for preprocessing the dataset source but neither model.
    page.get_by_test_id("node-preprocessing").click()
    options = page.get_by_test_id("connect-source").locator("option")
    expect(options).to_have_text(["(choose a node)", "s3"])
    expect(page.get_by_test_id("connect-unfit")).to_contain_text("3 other nodes not offered")
    page.get_by_test_id("connect-source").select_option(label="s3")
    page.get_by_test_id("connect-add").click()
    settle(page)
    expect(page.locator(".react-flow__edge")).to_have_count(3)
    nodes = {n["id"]: n for n in yaml_of_page(page)["spec"]["nodes"]}
    assert nodes["preprocessing"]["inputs"] == ["s3"] and nodes["api_endpoint"]["inputs"] == ["training"]


def test_a_name_in_words_is_offered_in_the_form_the_spec_takes(page):
    page.get_by_test_id("meta-name").fill("My Churn Pipeline")
    suggestion = page.get_by_test_id("meta-name-suggestion")
    expect(suggestion).to_have_text("Use “my-churn-pipeline”")
    suggestion.click()
    expect(page.get_by_test_id("meta-name")).to_have_value("my-churn-pipeline")
    expect(suggestion).to_have_count(0)
    settle(page)
    expect(page.get_by_test_id("meta-name-error")).to_have_count(0)


def test_a_cycle_is_pinned_to_the_connection_that_closes_it(page):
    page.get_by_test_id("open-file").set_input_files(str(FIXTURES / "cycle.yaml"))
    expect(page.get_by_test_id("notice")).to_contain_text("loaded cycle.yaml")
    expect(validation(page)).to_have_attribute("data-state", "invalid")
    # Of clean's two inputs only the one from enrich closes the loop: that connection is red, events -> clean is not.
    pinned = page.locator(".react-flow__edge.edge-error")
    expect(pinned).to_have_count(1)
    expect(pinned).to_have_attribute("aria-label", re.compile(r"^connection from enrich to clean: cycle in the graph"))
    # The problem names the node; a click selects the connection, whose panel says what is wrong; Delete fixes it.
    problem = page.get_by_test_id("problem").filter(has_text="cycle in the graph")
    expect(problem).to_contain_text("clean: cycle in the graph: clean -> enrich -> clean")
    problem.get_by_role("button").click()
    expect(page.get_by_test_id("edge-inspector")).to_contain_text("enrich → clean")
    expect(page.get_by_test_id("edge-inspector")).to_contain_text("cycle in the graph")
    page.get_by_test_id("delete-edge").click()
    settle(page)
    expect(validation(page)).to_have_attribute("data-state", "valid")
    nodes = {n["id"]: n for n in yaml_of_page(page)["spec"]["nodes"]}
    assert nodes["clean"]["inputs"] == ["events"] and nodes["enrich"]["inputs"] == ["clean"]


def test_config_fields_in_words_advanced_ones_folded_and_parameters_picked(page):
    page.get_by_test_id("meta-name").fill("form-demo")
    drop_node(page, "palette-data_source-s3", 120, 150)
    drop_node(page, "palette-preprocessing", 400, 150)
    connect(page, "s3", "preprocessing")
    page.get_by_test_id("node-preprocessing").click()
    # Labels in words (the YAML key beside them); the settings most pipelines change first, the rest folded.
    expect(page.locator("label[for=cfg-instance_type]")).to_have_text("Instance type instance_type")
    expect(page.locator("label[for=cfg-entry_point]")).to_have_text("Entry point entry_point")
    advanced = page.get_by_test_id("config-advanced")
    expect(advanced.locator("summary")).to_have_text(re.compile(r"^Advanced settings \(\d+\)$"))
    expect(page.get_by_test_id("cfg-max_runtime_seconds")).to_have_count(0)
    expect(page.get_by_test_id("cfg-image_uri")).to_have_count(0)
    advanced.locator("summary").click()
    expect(page.locator("label[for=cfg-max_runtime_seconds]")).to_have_text("Max runtime (seconds) max_runtime_seconds")
    expect(page.locator("label[for=cfg-volume_size_gb]")).to_have_text("Volume size (GB) volume_size_gb")
    # No parameter declared yet: the field says where to declare one.
    expect(page.get_by_test_id("cfg-arguments-params-none")).to_contain_text("declare a parameter in the pipeline settings")

    page.locator(".react-flow__pane").click(position={"x": 600, "y": 450})
    page.get_by_test_id("param-add").click()
    page.get_by_test_id("param-name-0").fill("run_date")
    page.get_by_test_id("param-default-0").fill("2026-01-01")
    settle(page)
    page.get_by_test_id("node-preprocessing").click()
    page.get_by_test_id("cfg-arguments-param").select_option("run_date")
    expect(page.get_by_test_id("cfg-arguments-item-0")).to_have_value("{{ params.run_date }}")
    page.get_by_test_id("cfg-environment-param").select_option("run_date")
    expect(page.get_by_test_id("cfg-environment-key-0")).to_have_value("run_date")
    expect(page.get_by_test_id("cfg-environment-value-0")).to_have_value("{{ params.run_date }}")
    settle(page)
    expect(validation(page)).to_have_attribute("data-state", "valid")
    config = yaml_of_page(page)["spec"]["nodes"][1]["config"]
    assert config == {"arguments": ["{{ params.run_date }}"], "environment": {"run_date": "{{ params.run_date }}"}}
    # Fields that take no parameter offer none.
    expect(page.get_by_test_id("cfg-instance_type-param")).to_have_count(0)
    page.screenshot(path=str(OUTPUT / "editing-config-form.png"))
    assert axe_violations(page) == []

    # A folded field that is set (here, wrongly) shows unfolded when the node is selected again, and its problem leads to it.
    advanced.locator("summary").click()
    page.get_by_test_id("cfg-max_runtime_seconds").fill("10")
    settle(page)
    page.get_by_test_id("node-s3").click()
    page.get_by_test_id("problem").filter(has_text="max_runtime_seconds").get_by_role("button").click()
    expect(page.get_by_test_id("node-id")).to_have_value("preprocessing")
    expect(page.get_by_test_id("cfg-max_runtime_seconds")).to_be_focused()
    expect(page.get_by_test_id("cfg-max_runtime_seconds-error")).to_contain_text("at least 60")


def test_a_sub_pipeline_parameter_is_bound_to_one_of_the_pipelines_own(page):
    page.get_by_test_id("meta-name").fill("bind-demo")
    page.get_by_test_id("param-add").click()
    page.get_by_test_id("param-name-0").fill("days")
    page.get_by_test_id("param-type-0").select_option("integer")
    page.get_by_test_id("param-default-0").fill("7")
    page.get_by_test_id("param-add").click()
    page.get_by_test_id("param-name-1").fill("team")
    page.get_by_test_id("param-default-1").fill("growth")
    drop_node(page, "palette-data_source-s3", 120, 150)
    drop_node(page, "palette-pipeline-feature-prep", 400, 150)
    connect(page, "s3", "feature_prep")
    page.get_by_test_id("node-feature_prep").click(position={"x": 12, "y": 8})
    # feature-prep's window_days is an integer: only the integer parameter can be passed to it.
    picker = page.get_by_test_id("with-window_days-param")
    expect(picker.locator("option")).to_have_text(["Use a pipeline parameter…", "days (integer)"])
    picker.select_option("days")
    expect(page.get_by_test_id("with-window_days")).to_have_value("{{ params.days }}")
    settle(page)
    assert yaml_of_page(page)["spec"]["nodes"][1]["with"] == {"window_days": "{{ params.days }}"}
    expect(validation(page)).to_have_attribute("data-state", "valid")
