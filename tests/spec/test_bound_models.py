"""Each node-kind registry validates with models of its own: a plugin loaded into one registry is
invisible to another registry, to other threads and to the shared model classes."""

from __future__ import annotations

import sys
import typing
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.validate_plugins import installed_like_pip
from playbooks.errors import PlaybookInvalid
from playbooks.kinds import REGISTRY, KindRegistry
from playbooks.loader import load_file, load_text
from playbooks.schema import playbook_schema
from playbooks.spec import models
from playbooks.spec.bound_models import models_for

REPO = Path(__file__).resolve().parents[2]
PLUGIN_PLAYBOOK = REPO / "examples" / "dataset_catalog_plugin" / "playbook.yaml"

BUILTIN_ONLY = """\
apiVersion: playbooks/v1
kind: Pipeline
metadata: {name: plain, version: 1.0.0}
spec:
  nodes:
    - {id: src, type: data_source, source: s3}
    - {id: prep, type: preprocessing, inputs: [src]}
"""


@pytest.fixture
def plugin_registry(tmp_path: Path) -> typing.Iterator[KindRegistry]:
    """A registry that loaded the example plugin (installed as pip lays it out), after which the
    plugin is taken off the path again: other registries cannot find it by themselves."""
    site = installed_like_pip(tmp_path / "site")
    sys.path.insert(0, str(site))
    try:
        registry = KindRegistry()
        registry.load_plugins(["dataset_catalog"])
        assert "dataset_catalog" in registry.kinds(), registry.failures
    finally:
        sys.path.remove(str(site))
    yield registry
    for name in [m for m in sys.modules if m.split(".")[0] == "dataset_catalog_plugin"]:
        del sys.modules[name]


def test_two_registries_in_one_process_validate_differently(plugin_registry: KindRegistry) -> None:
    plain = KindRegistry()
    shared_nodes = models.PipelineSpec.model_fields["nodes"].annotation

    def with_plugin() -> str:
        return load_file(PLUGIN_PLAYBOOK, registry=plugin_registry).name

    def without_plugin() -> list[str]:
        with pytest.raises(PlaybookInvalid) as caught:
            load_file(PLUGIN_PLAYBOOK, registry=plain)
        return [str(e) for e in caught.value.errors]

    with ThreadPoolExecutor(max_workers=2) as pool:  # at the same time, in two threads
        named, errors = pool.submit(with_plugin), pool.submit(without_plugin)
        assert named.result() == "churn-features"
        (error,) = errors.result()
    # The plain registry's error is positioned and lists its own kinds: the plugin's never leaks in.
    assert "playbook.yaml:19:" in error and "spec.nodes[2].type" in error
    assert "found node type 'dataset_catalog'" in error and "expected one of:" in error
    assert "dataset_catalog," not in error.split("expected one of:")[1]
    # Both registries still validate what they share.
    for registry in (plugin_registry, plain):
        assert load_text(BUILTIN_ONLY, "plain.yaml", registry=registry).name == "plain"
    # Neither the shared classes nor the process-wide registry changed.
    assert models.PipelineSpec.model_fields["nodes"].annotation == shared_nodes == list[typing.Any]
    assert "dataset_catalog" not in REGISTRY.kinds()
    assert models_for(plugin_registry).playbook is not models_for(plain).playbook


def test_the_schema_of_a_registry_lists_its_own_kinds(plugin_registry: KindRegistry) -> None:
    def kinds(schema: dict[str, typing.Any]) -> list[str]:
        items = schema["$defs"]["PipelineSpec"]["properties"]["nodes"]["items"]["oneOf"]
        return [schema["$defs"][i["$ref"].split("/")[-1]].get("x-kind", {}).get("kind", "pipeline") for i in items]

    with_plugin = kinds(playbook_schema(include_plugins=False, registry=plugin_registry))
    without = kinds(playbook_schema(include_plugins=False, registry=KindRegistry()))
    assert "dataset_catalog" in with_plugin and "dataset_catalog" not in without
    assert [k for k in with_plugin if k != "dataset_catalog"] == without


def test_validated_nodes_are_the_shared_classes_and_only_used_kinds_are_built() -> None:
    registry = KindRegistry()
    loaded = load_text(BUILTIN_ONLY, "plain.yaml", registry=registry)
    assert isinstance(loaded.model, models.Playbook) and isinstance(loaded.model.spec, models.PipelineSpec)
    bound = models_for(registry, ["data_source/s3", "preprocessing"])
    assert sorted(bound.node_classes) == ["data_source/s3", "preprocessing"]
    assert type(loaded.model) is bound.playbook  # the same tags reuse the same models
