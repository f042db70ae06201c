"""The node-kind registry is the one place that knows kinds: every reader agrees with it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from playbooks import graph_render
from playbooks.kinds import REGISTRY, SHAPES, Consumes, KindDescriptor, KindRegistry
from playbooks.kinds.palette import PALETTE_FILE, render
from playbooks.loader import load_text
from playbooks.resolver import resolve
from playbooks.schema import playbook_schema

REPO = Path(__file__).resolve().parents[2]
BUILTIN_DIR = REPO / "playbooks" / "kinds" / "builtin"


def test_every_builtin_module_contributes_its_kind():
    modules = sorted(p.stem for p in BUILTIN_DIR.glob("*.py") if p.stem != "__init__")
    kinds = KindRegistry().kinds()
    assert len(kinds) >= len(modules) >= 9  # every module contributes (a module may hold a list of subtypes)
    assert list(kinds)[:3] == ["data_source/s3", "data_source/database", "data_source/api"]


def test_schema_lists_exactly_the_registered_kinds_with_their_palette():
    schema = playbook_schema(include_plugins=False)
    entries = [
        schema["$defs"][v["$ref"].split("/")[-1]].get("x-kind")
        for v in schema["$defs"]["PipelineSpec"]["properties"]["nodes"]["items"]["oneOf"]
    ]
    assert entries[-1] is None  # the pipeline node
    assert [(e["kind"], e["subtype"]) for e in entries[:-1]] == [
        (d.kind, d.subtype) for d in REGISTRY.kinds().values() if d.plugin is None
    ]
    data_source = next(e for e in entries[:-1] if e["kind"] == "data_source")
    assert data_source["takes_inputs"] is False and data_source["subtype_field"] == "source"


def test_the_builders_palette_file_is_generated_from_the_registry():
    assert PALETTE_FILE.read_text() == render(), "run: .venv/bin/python -m playbooks.kinds.palette --write"
    kinds = {e["kind"] for e in json.loads(PALETTE_FILE.read_text())}
    assert kinds >= {"data_source", "preprocessing", "model", "deployment"}
    assert kinds == set(KindRegistry().kind_names())


def test_the_ui_keeps_no_table_of_kinds():
    """The builder reads kinds from kinds.js (the generated palette + the served schema's x-kind)."""
    for name in ("model.js", "nodes.jsx", "App.jsx", "Inspector.jsx", "schema.js"):
        text = (REPO / "ui" / "src" / name).read_text()
        assert "'data_source'" not in text and "fine_tuning" not in text, name


@pytest.mark.parametrize(
    "consumes,kinds,ok",
    [
        (Consumes(datasets=(1, None)), ["dataset", "dataset"], True),
        (Consumes(datasets=(1, None)), ["model"], False),
        (Consumes(datasets=(1, None)), [], False),
        (Consumes(datasets=(0, 0), models=(0, 1)), [], True),
        (Consumes(datasets=(0, 0), models=(0, 1)), ["model", "model"], False),
        (Consumes(datasets=(0, None), models=(1, 1)), ["model", "dataset", "dataset"], True),
        (Consumes(datasets=(0, None), models=(1, 1)), [None, "model"], False),
    ],
)
def test_consumes_rules(consumes, kinds, ok):
    assert (consumes.violation(kinds) is None) is ok


def test_a_descriptor_says_what_is_wrong_with_it():
    from pydantic import BaseModel

    class Cfg(BaseModel):
        pass

    bad = KindDescriptor(kind="Pipeline", subtype="x", config_model=dict, construct="not a path", shape="star")  # type: ignore[arg-type]
    problems = " | ".join(bad.problems())
    for expected in (
        "not a valid node type",
        "subtype and subtype_field go together",
        "not a pydantic model",
        "not an import path",
        "shape 'star'",
    ):
        assert expected in problems
    assert KindDescriptor(kind="ok_kind", subtype=None, config_model=Cfg, construct="pkg.mod:Cls").problems() == []


PLAYBOOK = """\
apiVersion: playbooks/v1
kind: Pipeline
metadata: {name: shapes, version: 1.0.0}
spec:
  nodes:
    - {id: src, type: data_source, source: s3}
    - {id: prep, type: preprocessing, inputs: [src]}
    - {id: train, type: model, task: training, inputs: [prep]}
    - {id: serve, type: deployment, mode: api_endpoint, inputs: [train]}
"""


def test_graph_shapes_and_labels_come_from_the_descriptors():
    pipeline = resolve(load_text(PLAYBOOK, "shapes.yaml"), None)
    mermaid = graph_render.to_mermaid(pipeline)
    for node in pipeline.nodes:
        desc = REGISTRY.get(node.kind, node.subtype)
        open_, close, dot = SHAPES[desc.shape]
        assert f'{node.id}{open_}"{node.id}<br/>{desc.title}"{close}' in mermaid
        assert f'"{node.id}" [shape={dot}' in graph_render.to_dot(pipeline)


def test_validating_builtin_kinds_never_reads_entry_points():
    """Plugins load lazily: a playbook of built-in kinds validates without scanning installed packages."""
    code = (
        "import importlib.metadata as m\n"
        "real = m.entry_points\n"
        "def spy(*a, **k):\n"
        "    if k.get('group') == 'playbooks.node_kinds': raise SystemExit('plugin entry points were read')\n"
        "    return real(*a, **k)\n"  # pydantic reads its own group; that is not ours to change
        "m.entry_points = spy\n"
        "from playbooks.loader import load_file\nfrom playbooks.resolver import resolve\n"
        "resolve(load_file('playbooks/library/churn-prediction/1.2.0.yaml'), None)\nprint('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr
