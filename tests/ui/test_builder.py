"""The builder in headless Chromium, driven like a user: drag, wire, type, load, save.

Screenshots land in test-output/ui/ (CI artefacts).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from playwright.sync_api import expect

from ui_harness import EDGES_BEHIND_NODES_JS, axe_violations

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output" / "ui"
DOCS = REPO / "docs"


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
    assert page.evaluate(EDGES_BEHIND_NODES_JS) == []  # the layered layout keeps connections between nodes
    # Any depth: feature-prep's own sub-pipeline (data-quality) opens inside it, read-only.
    page.get_by_test_id("toggle-short_window/quality").click()
    expect(page.get_by_test_id("inner-validate")).to_be_visible()
    assert page.evaluate(EDGES_BEHIND_NODES_JS) == []  # neighbours made room for the grown node
    page.get_by_test_id("relayout").click()
    settle(page)
    page.screenshot(path=str(DOCS / "builder-nested.png"))
    assert axe_violations(page) == []
    page.get_by_test_id("toggle-short_window/quality").click()
    expect(page.get_by_test_id("inner-validate")).to_have_count(0)
    page.get_by_test_id("toggle-short_window").click()
    expect(page.get_by_test_id("inner-aggregate")).to_have_count(0)

    # "Open this playbook" from inside; Undo comes back.
    page.get_by_test_id("toggle-short_window").click()
    page.get_by_test_id("open-short_window/quality").click()
    expect(page.get_by_test_id("meta-name")).to_have_value("data-quality")
    expect(page.get_by_test_id("node-validate")).to_be_visible()
    page.get_by_test_id("undo").click()
    expect(page.get_by_test_id("meta-name")).to_have_value("ab-test-scoring")
    page.get_by_test_id("load-name").select_option("ab-test-scoring")
    page.get_by_test_id("load-version").select_option("1.0.0")
    page.get_by_test_id("load-button").click()
    expect(page.get_by_test_id("notice")).to_contain_text("loaded ab-test-scoring@1.0.0")

    with page.expect_download() as download:
        page.get_by_test_id("download-yaml").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "ab-test-scoring-1.0.0.yaml"
    original = yaml.safe_load((REPO / "playbooks/library/ab-test-scoring/1.0.0.yaml").read_text())
    assert yaml.safe_load(saved.read_text()) == original

    checked = subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", "validate", str(saved)], cwd=REPO, capture_output=True, text=True, timeout=60
    )
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
    library = {p.parent.name for p in (REPO / "playbooks/library").glob("*/*.yaml")}
    # The list is filled from /api/library after the page loads: wait for it, bounded.
    page.wait_for_function(
        "n => document.querySelectorAll('[data-testid=load-name] option').length >= n", arg=len(library), timeout=30_000
    )
    names = [o for o in page.get_by_test_id("load-name").locator("option").all_inner_texts() if "…" not in o]
    assert set(names) == library
    for name in names:
        page.get_by_test_id("load-name").select_option(name)
        page.get_by_test_id("load-button").click()
        expect(page.get_by_test_id("notice")).to_contain_text(f"loaded {name}@")
        expect(validation(page)).to_have_attribute("data-state", "valid")
        version = page.get_by_test_id("meta-version").input_value()
        original = yaml.safe_load((REPO / f"playbooks/library/{name}/{version}.yaml").read_text())
        saved = yaml_of_page(page)
        assert saved == original, (
            f"{name}@{version} does not round-trip:\n{yaml.safe_dump(saved)}\n---\n{yaml.safe_dump(original)}"
        )


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
    # The palette offers the newest published version as a caret range.
    newest = max((tuple(int(x) for x in p.stem.split(".")) for p in (REPO / "playbooks/library/feature-prep").glob("*.yaml")))
    use = f"feature-prep@^{newest[0]}.{newest[1]}"
    assert node == {"id": "feature_prep", "type": "pipeline", "use": use, "inputs": ["s3"]}

    # `with:` is a typed form of the parameters the child declares (feature-prep: window_days, integer, default 30).
    # Opened, the sub-pipeline's own nodes fill its middle: select it by its title bar, as a user would.
    page.get_by_test_id("node-feature_prep").click(position={"x": 12, "y": 8})
    expect(page.get_by_test_id("node-with")).to_contain_text("window_days")
    expect(page.get_by_test_id("with-window_days")).to_have_attribute("placeholder", "30")
    page.get_by_test_id("with-window_days").fill("7")
    settle(page)
    expect(validation(page)).to_have_attribute("data-state", "valid")
    assert yaml_of_page(page)["spec"]["nodes"][1]["with"] == {"window_days": 7}
    page.get_by_test_id("with-window_days").fill("a week")
    settle(page)
    expect(page.get_by_test_id("node-feature_prep")).to_have_attribute("data-invalid", "true")


def test_object_and_list_config_fields_have_structured_editors(page):
    page.get_by_test_id("meta-name").fill("structured-demo")
    page.get_by_test_id("palette-data_source-api").focus()  # the palette works from the keyboard too
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("node-api")).to_be_visible()
    drop_node(page, "palette-preprocessing", 420, 150)
    connect(page, "api", "preprocessing")
    page.get_by_test_id("node-api").click()
    page.get_by_test_id("cfg-headers-add").click()
    page.get_by_test_id("cfg-headers-key-0").fill("Accept")
    page.get_by_test_id("cfg-headers-value-0").fill("application/json")
    page.get_by_test_id("cfg-headers-add").click()
    page.get_by_test_id("cfg-headers-key-1").fill("X-Team")
    page.get_by_test_id("cfg-headers-value-1").fill("growth")
    page.get_by_test_id("node-preprocessing").click()
    page.get_by_test_id("cfg-arguments-add").click()
    page.get_by_test_id("cfg-arguments-item-0").fill("--fast")
    page.get_by_test_id("cfg-arguments-add").click()
    page.get_by_test_id("cfg-arguments-item-1").fill("--rows=100")
    page.get_by_test_id("cfg-environment-add").click()
    page.get_by_test_id("cfg-environment-key-0").fill("1BAD")
    page.get_by_test_id("cfg-environment-value-0").fill("x")
    settle(page)
    expect(page.get_by_test_id("node-preprocessing")).to_have_attribute("data-invalid", "true")
    page.get_by_test_id("cfg-environment-remove-0").click()
    settle(page)
    expect(validation(page)).to_have_attribute("data-state", "valid")
    nodes = {n["id"]: n for n in yaml_of_page(page)["spec"]["nodes"]}
    assert nodes["api"]["config"] == {"headers": {"Accept": "application/json", "X-Team": "growth"}}
    assert nodes["preprocessing"]["config"] == {"arguments": ["--fast", "--rows=100"]}
    page.get_by_test_id("cfg-arguments-remove-0").click()
    assert yaml_of_page(page)["spec"]["nodes"][1]["config"] == {"arguments": ["--rows=100"]}
    assert axe_violations(page) == []


def test_every_shape_of_the_format_round_trips(page, tmp_path):
    """Declared inputs, mapped inputs, node outputs, inline children, explicit empties, nulls."""
    source = Path(__file__).parent / "fixtures" / "everything.yaml"
    page.get_by_test_id("open-file").set_input_files(str(source))
    expect(page.get_by_test_id("notice")).to_contain_text("loaded everything.yaml")
    expect(validation(page)).to_have_attribute("data-state", "valid")
    expect(page.get_by_test_id("node-raw")).to_contain_text("pipeline input")
    # Saved positions are where the nodes are drawn (flow coordinates; the view is fitted around them).
    events, score = (page.get_by_test_id(f"node-{n}").bounding_box() for n in ("events", "score"))
    zoom = (page.get_by_test_id("node-tune").bounding_box()["x"] - events["x"]) / (700 - 40)
    assert abs((score["x"] - events["x"]) - zoom * (980 - 40)) < 3 and abs((score["y"] - events["y"]) - zoom * 120) < 3
    page.get_by_test_id("toggle-labelled").click()  # an inline child opens like a published one
    expect(page.get_by_test_id("inner-join")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_test_id("download-yaml").click()
    saved = tmp_path / "saved.yaml"
    download.value.save_as(saved)
    assert yaml.safe_load(saved.read_text()) == yaml.safe_load(source.read_text())
