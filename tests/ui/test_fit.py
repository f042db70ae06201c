"""The builder on a laptop screen: at 1024×700, 1280×800 and 1440×900 in headless Chromium, nothing the user
needs is covered or off screen. Every form field and button of the header (and the welcome card's templates,
and the run panel's form) is visible, inside the window and the topmost element at its centre; the header
takes at most two rows; a node added from the palette lands in the visible canvas (not under the
inspector, the run panel, the problems box, the zoom controls or the minimap); the minimap is absent while
the canvas is empty and never takes more than a tenth of the canvas.

The 1024×700 picture in docs/ (the README's) is written here.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from test_builder import settle, validation
from ui_harness import OUTPUT, REPO, open_builder

DOCS = REPO / "docs"
SIZES = [(1024, 700), (1280, 800), (1440, 900)]
MINIMAP_SHARE = 0.10

# Each control given by the CSS selector: its box, whether it is inside the window, and what is on top at its
# centre (the control itself or something inside it, else what covers it).
COVERED_JS = """(selector) => [...document.querySelectorAll(selector)]
  .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
  .map(el => {
    const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
    const inWindow = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    const top = inWindow ? document.elementFromPoint(x, y) : null;
    const name = el.dataset.testid || el.id || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30);
    const what = (e) => e ? `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}${e.dataset.testid ? '#' + e.dataset.testid : ''}` : 'nothing';
    if (!inWindow) return `${name} is outside the window (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)})`;
    if (!(top === el || el.contains(top))) return `${name} is covered by ${what(top)}`;
    return null;
  }).filter(Boolean)"""

ROWS_JS = """(selector) => {
  // Rows as a reader sees them: an element starts a new row when it lies below the current row's bottom.
  const boxes = [...document.querySelectorAll(selector)].filter(el => el.getClientRects().length)
    .map(el => el.getBoundingClientRect()).sort((a, b) => a.top - b.top);
  let rows = 0, bottom = -1e9;
  boxes.forEach(r => { if (r.top >= bottom - 2) { rows += 1; bottom = r.bottom } else bottom = Math.max(bottom, r.bottom) });
  return rows;
}"""

# Where the selected node (the one just added) is, against the canvas and what floats on it or beside it.
PLACED_JS = """() => {
  const rect = (el) => el && el.getClientRects().length ? el.getBoundingClientRect() : null;
  const node = document.querySelector('.react-flow__node.selected');
  if (!node) return ['no node is selected after adding one'];
  const n = rect(node), canvas = rect(document.querySelector('[data-testid=canvas]'));
  const name = node.querySelector('[data-node-id]')?.dataset.nodeId;
  const out = [];
  if (n.left < canvas.left || n.top < canvas.top || n.right > canvas.right || n.bottom > canvas.bottom)
    out.push(`${name} is not inside the visible canvas (node ${Math.round(n.left)}..${Math.round(n.right)} x ${Math.round(n.top)}..${Math.round(n.bottom)}, canvas ${Math.round(canvas.left)}..${Math.round(canvas.right)} x ${Math.round(canvas.top)}..${Math.round(canvas.bottom)})`);
  const overlap = (a, b) => a && b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const floating = {inspector: 'aside[aria-label=Inspector]', 'run panel': '[data-testid=run-panel]', 'problems box': '[data-testid=validation]',
    'zoom controls': '.react-flow__controls', minimap: '.react-flow__minimap'};
  Object.entries(floating).forEach(([what, sel]) => { if (overlap(n, rect(document.querySelector(sel)))) out.push(`${name} is under the ${what}`) });
  document.querySelectorAll('.react-flow__node:not(.selected)').forEach(o => {
    if (overlap(n, rect(o))) out.push(`${name} lands on ${o.querySelector('[data-node-id]')?.dataset.nodeId}`) });
  return out;
}"""

MINIMAP_JS = """() => {
  const m = document.querySelector('.react-flow__minimap'), c = document.querySelector('[data-testid=canvas]');
  if (!m || !m.getClientRects().length) return null;
  const a = m.getBoundingClientRect(), b = c.getBoundingClientRect();
  return (a.width * a.height) / (b.width * b.height);
}"""

HEADER_CONTROLS = "header input:not([type=file]), header select, header button"


def uncovered(page, selector: str) -> list[str]:
    return page.evaluate(COVERED_JS, selector)


def add_from_palette(page, testid: str) -> None:
    """Focus a palette item (the palette scrolls to it) and press Enter, as a keyboard user adds a node."""
    item = page.get_by_test_id(testid)
    item.focus()
    item.press("Enter")
    expect(page.locator(".react-flow__node.selected")).to_have_count(1)
    page.wait_for_timeout(150)  # React Flow measures the node, then may pan to it


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_nothing_is_covered_and_new_nodes_land_in_view(browser, server_url, width, height):
    with open_builder(
        browser, server_url, OUTPUT / f"fit-{width}x{height}-end.png", viewport={"width": width, "height": height}
    ) as page:
        # The first visit: the welcome card covers none of the header, and its templates can be clicked.
        expect(page.get_by_test_id("first-run")).to_be_visible()
        expect(page.get_by_test_id("template-churn-prediction")).to_be_visible()
        assert uncovered(page, HEADER_CONTROLS) == []
        assert uncovered(page, "[data-testid=first-run] button") == []
        assert page.evaluate(ROWS_JS, "header .brand, header .meta-field, .toolbar > *:not(input), .loader > *") <= 2
        assert page.evaluate(ROWS_JS, ".toolbar > *:not(input), .loader > *") == 1
        assert page.evaluate(MINIMAP_JS) is None, "an empty canvas shows a minimap"

        # A template fills the canvas: the minimap appears and stays small.
        page.get_by_test_id("template-churn-prediction").click()
        expect(validation(page)).to_have_attribute("data-state", "valid")
        share = page.evaluate(MINIMAP_JS)
        assert share is None or share <= MINIMAP_SHARE, f"the minimap takes {share:.0%} of the canvas"

        # With the run panel open, its form, the header and a node added from the palette are all in view.
        page.get_by_test_id("run-button").click()
        expect(page.get_by_test_id("start-run")).to_be_visible()
        assert uncovered(page, HEADER_CONTROLS) == []
        assert uncovered(page, "[data-testid=run-panel] button, [data-testid=run-panel] input") == []
        canvas = page.get_by_test_id("canvas").bounding_box()
        assert canvas["width"] >= 300, f"the canvas is {canvas['width']:.0f} px wide next to the run panel"
        add_from_palette(page, "palette-deployment-batch")
        assert page.evaluate(PLACED_JS) == []
        share = page.evaluate(MINIMAP_JS)
        assert share is None or share <= MINIMAP_SHARE, f"the minimap takes {share:.0%} of the canvas"
        if (width, height) == (1024, 700):
            page.screenshot(path=str(DOCS / "builder-1024.png"))
        page.get_by_test_id("close-run-panel").click()

        # From an empty canvas again: each node added from the palette lands in view, on a free spot.
        page.get_by_test_id("new-pipeline").click()
        expect(page.get_by_test_id("first-run")).to_be_visible()
        assert page.evaluate(MINIMAP_JS) is None, "an empty canvas shows a minimap"
        for item in (
            "palette-data_source-s3",
            "palette-preprocessing",
            "palette-model-training",
            "palette-deployment-api_endpoint",
            "palette-deployment-batch",
        ):
            add_from_palette(page, item)
            settle(page)
            assert page.evaluate(PLACED_JS) == []
            assert uncovered(page, HEADER_CONTROLS) == []
        share = page.evaluate(MINIMAP_JS)
        if width >= 1280:  # a canvas this big has room for the overview
            assert share is not None, "no minimap next to five nodes"
        assert share is None or share <= MINIMAP_SHARE, f"the minimap takes {share:.0%} of the canvas"
