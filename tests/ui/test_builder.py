"""The builder in headless Chromium, driven like a user: drag, wire, type, load, save.

Screenshots land in test-output/ui/ (CI artefacts).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from playwright.sync_api import expect

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output" / "ui"


def drop_node(page, palette_id: str, x: int, y: int) -> None:
    """Drag an item from the palette onto the canvas at (x, y) relative to the canvas."""
    page.get_by_test_id(palette_id).drag_to(page.locator(".react-flow__pane"), target_position={"x": x, "y": y})


def settle(page) -> None:
    """Wait for the live validation of the last edit (nodes grow or shrink as errors come and go)."""
    expect(page.get_by_test_id("validation")).not_to_have_attribute("data-state", "checking")


def connect(page, source: str, target: str) -> None:
    """Drag from the source node's right handle to the target node's left handle."""
    settle(page)
    start = page.locator(f'[data-testid="node-{source}"] .react-flow__handle.source').bounding_box()
    end = page.locator(f'[data-testid="node-{target}"] .react-flow__handle.target').bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(end["x"] + end["width"] / 2, end["y"] + end["height"] / 2, steps=12)
    page.mouse.up()
    settle(page)


def validation(page):
    return page.get_by_test_id("validation")


def yaml_of_page(page) -> dict:
    page.get_by_test_id("toggle-yaml").click()
    text = page.get_by_test_id("yaml-preview").inner_text()
    page.get_by_test_id("toggle-yaml").click()
    return yaml.safe_load(text)


def test_build_a_pipeline_by_dragging_and_fix_a_wiring_error(page):
    page.get_by_test_id("new-pipeline").click()
    expect(validation(page)).to_have_attribute("data-state", "invalid")  # no nodes yet
    page.get_by_test_id("meta-name").fill("Builder Demo")
    expect(page.get_by_test_id("meta-name-error")).to_contain_text("Builder Demo")  # the form field shows the error
    page.get_by_test_id("meta-name").fill("builder-demo")
    expect(page.get_by_test_id("meta-name-error")).to_have_count(0)
    page.get_by_test_id("meta-version").fill("1.0.0")
    page.get_by_test_id("meta-description").fill("Built in the browser test")

    drop_node(page, "palette-data_source-s3", 120, 150)
    drop_node(page, "palette-preprocessing", 380, 150)
    drop_node(page, "palette-model-training", 640, 150)
    drop_node(page, "palette-deployment-api_endpoint", 380, 400)
    for node_id in ("s3", "preprocessing", "training", "api_endpoint"):
        expect(page.get_by_test_id(f"node-{node_id}")).to_be_visible()

    connect(page, "s3", "preprocessing")
    connect(page, "preprocessing", "training")
    connect(page, "s3", "api_endpoint")  # wrong: an endpoint serves a model, not a dataset
    endpoint = page.get_by_test_id("node-api_endpoint")
    expect(endpoint).to_have_attribute("data-invalid", "true")
    expect(endpoint.get_by_test_id("node-errors")).to_contain_text("expects exactly one model")
    expect(page.locator(".react-flow__edge.edge-error")).to_have_count(1)
    page.screenshot(path=str(OUTPUT / "wiring-error.png"))

    page.locator(".react-flow__edge.edge-error .react-flow__edge-textbg").click()
    expect(page.get_by_test_id("edge-inspector")).to_contain_text("expects exactly one model")
    page.get_by_test_id("delete-edge").click()
    connect(page, "training", "api_endpoint")
    expect(validation(page)).to_have_attribute("data-state", "valid")
    expect(endpoint).to_have_attribute("data-invalid", "false")
    expect(page.locator(".react-flow__edge")).to_have_count(3)

    # The config form comes from the JSON Schema: defaults shown, bad values marked while typing.
    page.get_by_test_id("node-training").click()
    expect(page.get_by_test_id("inspector")).to_contain_text("default: ml.m5.large")
    page.get_by_test_id("cfg-instance_count").fill("two")
    expect(page.get_by_test_id("cfg-instance_count-error")).to_contain_text("whole number")
    expect(page.get_by_test_id("node-training")).to_have_attribute("data-invalid", "true")
    page.get_by_test_id("cfg-instance_count").fill("2")
    expect(page.get_by_test_id("cfg-instance_count-error")).to_have_count(0)
    page.get_by_test_id("cfg-framework").select_option("sklearn")
    expect(validation(page)).to_have_attribute("data-state", "valid")

    saved = yaml_of_page(page)
    assert saved["metadata"] == {"name": "builder-demo", "version": "1.0.0", "description": "Built in the browser test"}
    wiring = {n["id"]: n.get("inputs", []) for n in saved["spec"]["nodes"]}
    assert wiring == {"s3": [], "preprocessing": ["s3"], "training": ["preprocessing"], "api_endpoint": ["training"]}
    training = next(n for n in saved["spec"]["nodes"] if n["id"] == "training")
    assert training["config"] == {"instance_count": 2, "framework": "sklearn"}

    # Rearrange: drag a node by its header; it stays where it is dropped and its connections follow.
    header = page.get_by_test_id("node-s3").locator(".step-head")
    before = header.bounding_box()
    page.mouse.move(before["x"] + 20, before["y"] + 8)
    page.mouse.down()
    page.mouse.move(before["x"] + 20, before["y"] + 260, steps=10)
    page.mouse.up()
    after = header.bounding_box()
    assert after["y"] - before["y"] > 200 and abs(after["x"] - before["x"]) < 5
    expect(page.locator(".react-flow__edge")).to_have_count(3)
    assert yaml_of_page(page) == saved  # moving changes the picture, not the playbook

    # Delete a node: its edges go with it and the pipeline becomes invalid again.
    page.get_by_test_id("node-api_endpoint").click()
    page.get_by_test_id("delete-node").click()
    expect(page.get_by_test_id("node-api_endpoint")).to_have_count(0)
    expect(page.locator(".react-flow__edge")).to_have_count(2)
    expect(validation(page)).to_have_attribute("data-state", "valid")  # a pipeline may end at a model


def test_load_a_library_playbook_expand_its_sub_pipeline_and_round_trip_yaml(page, tmp_path):
    page.get_by_test_id("load-name").select_option("ab-test-scoring")
    page.get_by_test_id("load-version").select_option("1.0.0")
    page.get_by_test_id("load-button").click()
    expect(page.get_by_test_id("notice")).to_contain_text("loaded ab-test-scoring@1.0.0")
    expect(validation(page)).to_have_attribute("data-state", "valid")
    expect(page.get_by_test_id("meta-name")).to_have_value("ab-test-scoring")

    page.get_by_test_id("toggle-short_window").click()  # open the published feature-prep inside the node
    expect(page.get_by_test_id("inner-aggregate")).to_be_visible()
    expect(page.get_by_test_id("inner-quality")).to_contain_text("data-quality@^1.0")
    page.screenshot(path=str(OUTPUT / "sub-pipeline-expanded.png"))
    page.get_by_test_id("toggle-short_window").click()
    expect(page.get_by_test_id("inner-aggregate")).to_have_count(0)

    with page.expect_download() as download:
        page.get_by_test_id("download-yaml").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "ab-test-scoring-1.0.0.yaml"
    original = yaml.safe_load((REPO / "playbooks/library/ab-test-scoring/1.0.0.yaml").read_text())
    assert yaml.safe_load(saved.read_text()) == original

    checked = subprocess.run([sys.executable, "-m", "playbook_cli.main", "validate", str(saved)],
                             cwd=REPO, capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # Open the saved file again: the same graph, the same YAML.
    page.get_by_test_id("new-pipeline").click()
    expect(page.locator(".react-flow__node")).to_have_count(0)
    page.get_by_test_id("open-file").set_input_files(str(saved))
    expect(page.get_by_test_id("node-long_window")).to_be_visible()
    expect(page.locator(".react-flow__edge")).to_have_count(6)
    with page.expect_download() as again:
        page.get_by_test_id("download-yaml").click()
    assert Path(again.value.path()).read_text() == saved.read_text()


def test_every_library_playbook_round_trips(page):
    names = [o for o in page.get_by_test_id("load-name").locator("option").all_inner_texts() if "…" not in o]
    assert len(names) >= 5
    for name in names:
        page.get_by_test_id("load-name").select_option(name)
        page.get_by_test_id("load-button").click()
        expect(page.get_by_test_id("notice")).to_contain_text(f"loaded {name}@")
        expect(validation(page)).to_have_attribute("data-state", "valid")
        version = page.get_by_test_id("meta-version").input_value()
        original = yaml.safe_load((REPO / f"playbooks/library/{name}/{version}.yaml").read_text())
        saved = yaml_of_page(page)
        assert saved == original, f"{name}@{version} does not round-trip:\n{yaml.safe_dump(saved)}\n---\n{yaml.safe_dump(original)}"


def test_sub_pipeline_from_the_palette(page):
    page.get_by_test_id("new-pipeline").click()
    page.get_by_test_id("meta-name").fill("nested-demo")
    drop_node(page, "palette-data_source-s3", 120, 150)
    drop_node(page, "palette-pipeline-feature-prep", 400, 150)
    connect(page, "s3", "feature_prep")
    expect(validation(page)).to_have_attribute("data-state", "valid")
    page.get_by_test_id("toggle-feature_prep").click()
    expect(page.get_by_test_id("inner-aggregate")).to_be_visible()
    node = yaml_of_page(page)["spec"]["nodes"][1]
    assert node == {"id": "feature_prep", "type": "pipeline", "use": "feature-prep@^1.2", "inputs": ["s3"]}


def test_every_shape_of_the_format_round_trips(page, tmp_path):
    """Declared inputs, mapped inputs, node outputs, inline children, explicit empties, nulls."""
    source = Path(__file__).parent / "fixtures" / "everything.yaml"
    page.get_by_test_id("open-file").set_input_files(str(source))
    expect(page.get_by_test_id("notice")).to_contain_text("loaded everything.yaml")
    expect(validation(page)).to_have_attribute("data-state", "valid")
    expect(page.get_by_test_id("node-raw")).to_contain_text("pipeline input")
    page.get_by_test_id("toggle-labelled").click()  # an inline child opens like a published one
    expect(page.get_by_test_id("inner-join")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_test_id("download-yaml").click()
    saved = tmp_path / "saved.yaml"
    download.value.save_as(saved)
    assert yaml.safe_load(saved.read_text()) == yaml.safe_load(source.read_text())
