"""Fractal assembly on the spec side: library references, cycles, depth, parameters, reuse."""

from pathlib import Path

import pytest

from playbooks import Library, PlaybookInvalid, load_target
from playbooks.child_pipelines import interface_of

FIXTURES = Path(__file__).parent / "fractal_library"


@pytest.fixture(scope="module")
def library():
    return Library.open([FIXTURES])


def errors_of(target, library, **kw):
    with pytest.raises(PlaybookInvalid) as info:
        load_target(target, library, **kw)
    return [str(e) for e in info.value.errors]


def test_three_level_example_resolves_with_versions_and_inline_child():
    library = Library.open()
    t = load_target("fraud-detection", library)
    # Each `use:` takes the newest published version in its range (not a version written here, so
    # publishing a new example version does not break this test).
    features_use = next(n.use for n in t.loaded.model.spec.nodes if n.id == "features")
    feature_prep = library.resolve(features_use)
    quality_use = next(n.use for n in feature_prep.model.spec.nodes if n.id == "quality")
    data_quality = library.resolve(quality_use)
    features = t.pipeline.node("features")
    assert (features.child.name, features.child.version) == ("feature-prep", feature_prep.version)
    assert features.child.parameters == {"window_days": 7}
    quality = features.child.node("quality")
    assert (quality.child.name, quality.child.version) == ("data-quality", data_quality.version)
    inline = t.pipeline.node("labelling").child
    assert inline.name == "fraud-detection-labelling" and "inline" in inline.source
    assert str(t.pipeline.node("labelling").input_bindings["features"]) == "features.features"
    assert set(t.used) == {f"feature-prep@{feature_prep.version}", f"data-quality@{data_quality.version}"}


def test_same_child_twice_gets_its_own_parameters():
    t = load_target("ab-test-scoring", Library.open())
    short, long = t.pipeline.node("short_window").child, t.pipeline.node("long_window").child
    assert short.parameters == {"window_days": 7} and long.parameters == {"window_days": 90}
    assert short.digest == long.digest  # same published playbook, bound twice


def test_nodes_are_in_topological_order():
    p = load_target("llm-finetune", Library.open()).pipeline
    order = [n.id for n in p.nodes]
    for node in p.nodes:
        for ref in node.inputs:
            assert order.index(ref.node) < order.index(node.id)


@pytest.mark.parametrize(
    "root, chain",
    [
        ("self-loop", "self-loop@1.0.0 -> self-loop@1.0.0"),
        ("pair-a", "pair-a@1.0.0 -> pair-b@1.1.0 -> pair-a@1.0.0"),
        ("tri-a", "tri-a@1.0.0 -> tri-b@1.0.0 -> tri-c@1.0.0 -> tri-a@1.0.0"),
    ],
)
def test_reference_cycles_print_the_whole_chain_with_versions(root, chain, library):
    errors = errors_of(root, library)
    assert any(f"reference cycle: {chain}" in e for e in errors), errors
    assert all(":" in e.split(" ")[0] for e in errors)  # file:line:col prefix


def test_depth_overflow_is_a_clear_error(library):
    errors = errors_of("deep-1", library)
    assert any("nesting depth 9 exceeds the maximum of 8" in e and "deep-1@1.0.0 -> deep-2@1.0.0" in e for e in errors), errors


def test_max_depth_is_configurable(library):
    assert load_target("deep-1", library, max_depth=12).pipeline.name == "deep-1"
    assert any("exceeds the maximum of 3" in e for e in errors_of("deep-1", library, max_depth=3))


def test_child_interface_exposes_declared_inputs_and_named_outputs():
    child = load_target("feature-prep", Library.open()).pipeline
    iface = interface_of(child)
    assert iface.inputs == {"raw": "dataset"} and iface.outputs == {"features": "dataset"}
    assert iface.default_output == "features"


def test_missing_required_parameter_names_parent_and_child(tmp_path):
    (tmp_path / "child.yaml").write_text(
        "apiVersion: playbooks/v1\nkind: Pipeline\nmetadata: {name: needs-param, version: 1.0.0}\n"
        "spec:\n  parameters:\n    days: {type: integer}\n  nodes:\n    - {id: s, type: data_source, source: s3}\n"
    )
    parent = tmp_path / "parent.yaml"
    parent.write_text(
        "apiVersion: playbooks/v1\nkind: Pipeline\nmetadata: {name: parent-pb, version: 1.0.0}\n"
        "spec:\n  nodes:\n    - {id: sub, type: pipeline, use: needs-param@1.0.0}\n"
    )
    errors = errors_of(str(parent), Library.open([tmp_path]))
    assert any(
        "parent.yaml:6:" in e and "missing required parameter 'days' (integer) of child playbook needs-param@1.0.0" in e
        for e in errors
    ), errors
