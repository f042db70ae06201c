"""The optional top-level `layout:` (node positions saved by the visual builder): validated,
kept on a round trip, and never part of what is deployed or of the content digest."""

from __future__ import annotations

from pathlib import Path

import yaml

import pipeline_ops
from playbooks.loader import content_digest

REPO = Path(__file__).resolve().parents[2]
CHURN = yaml.safe_load((REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text())
POSITIONS = {"events": {"x": 40, "y": 40}, "clean": {"x": 300.5, "y": 40}, "train": {"x": 560, "y": 40}}


def with_layout(layout):
    return {**CHURN, "layout": layout}


def test_a_playbook_with_positions_is_valid():
    assert pipeline_ops.validate(with_layout({"nodes": POSITIONS}))["valid"] is True


def test_bad_positions_name_the_yaml_path():
    result = pipeline_ops.validate(with_layout({"nodes": {"events": {"x": "left", "y": 0}}}))
    assert result["valid"] is False
    assert result["errors"][0]["path"] == "layout.nodes.events.x"
    result = pipeline_ops.validate(with_layout({"nodes": {}, "zoom": 2}))
    assert result["errors"][0]["path"] == "layout.zoom"


def test_positions_do_not_change_the_digest():
    assert content_digest(with_layout({"nodes": POSITIONS})) == content_digest(CHURN)
    moved = {**POSITIONS, "events": {"x": 999, "y": 999}}
    assert content_digest(with_layout({"nodes": moved})) == content_digest(with_layout({"nodes": POSITIONS}))


def test_the_schema_documents_the_field():
    import json

    schema = json.loads((REPO / "playbooks/schema/playbook.schema.json").read_text())
    assert "layout" in schema["properties"] and "layout" not in schema.get("required", [])
    assert "Layout" in schema["$defs"]
