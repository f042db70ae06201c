"""constructs_lib/README.md, settings.py and standalone.py stay true: they are generated from the kinds'
descriptors and config models, and the README names only constructs the package exports."""

from __future__ import annotations

import dataclasses
import re

from constructs_lib import facade_source, reference
from playbooks.kinds import REGISTRY

STANDALONE = facade_source.standalone_kinds()


def test_generated_tables_are_current():
    text = reference.README.read_text()
    assert reference.current_section(text) == reference.render(), (
        "constructs_lib/README.md is stale: run .venv/bin/python -m constructs_lib.reference --write"
    )


def test_every_field_with_its_default_is_documented():
    section = reference.render()
    for desc, facade in STANDALONE:
        for field_name in desc.config_model.model_fields:
            assert f"| `{field_name}` |" in section, (facade.name, field_name)
    assert "| `instance_type` | `str` | `'ml.m5.large'` |" in section


def test_readme_names_only_exported_constructs():
    import constructs_lib

    text = reference.README.read_text()
    documented = set(re.findall(r"^### `(\w+)`", text, flags=re.M))
    assert documented == {facade.name for _, facade in STANDALONE}
    assert documented <= set(constructs_lib.__all__)
    assert "ModelArtifact" not in text


def test_generated_keyword_types_are_current():
    assert reference.SETTINGS.read_text() == reference.render_settings(), (
        "constructs_lib/settings.py is stale: run .venv/bin/python -m constructs_lib.reference --write"
    )


def test_keyword_types_name_every_field_with_its_literal_choices():
    import typing

    from constructs_lib import settings

    for desc, facade in STANDALONE:
        hints = typing.get_type_hints(getattr(settings, f"{facade.name}Settings"))  # also proves the source evaluates
        assert set(hints) == set(desc.config_model.model_fields), facade.name
    hints = typing.get_type_hints(settings.PreprocessingSettings)
    assert typing.get_args(hints["framework"]) == ("sklearn", "pytorch", "xgboost")
    assert hints["instance_count"] is int


def test_readme_snippet_is_the_tested_example():
    """The README's first code block appears, in order, in examples/standalone_constructs/app.py (run by tests/examples)."""
    text = reference.README.read_text()
    block = re.search(r"```python\n(.*?)```", text, flags=re.S).group(1)
    snippet = [line for line in block.splitlines() if line.strip()]
    example = (reference.README.parents[1] / "examples" / "standalone_constructs" / "app.py").read_text().splitlines()
    positions = [example.index(line) for line in snippet]
    assert positions == sorted(positions) and len(snippet) == 11, snippet


def test_the_standalone_classes_are_current():
    assert facade_source.STANDALONE_MODULE.read_text() == facade_source.render_standalone(), (
        "constructs_lib/standalone.py is stale: run .venv/bin/python -m constructs_lib.reference --write"
    )


def test_every_builtin_kind_with_a_standalone_entry_is_a_class_on_its_construct():
    from constructs_lib import standalone

    assert len(STANDALONE) == len([d for d in REGISTRY.kinds().values() if d.plugin is None]) >= 9
    for desc, facade in STANDALONE:
        cls = getattr(standalone, facade.name)
        assert issubclass(cls, desc.construct_class()) and standalone.STANDALONE[cls] is desc.config_model
        for family, methods in facade_source.GRANT_MIXINS.items():
            assert all(hasattr(cls, m) for m in reference.GRANT_METHODS[family]) is (facade.grants == family), (cls, family)


def test_a_new_builtin_kind_gets_its_class_export_and_docs_from_its_descriptor_alone(monkeypatch):
    """What adding a built-in kind costs here: its descriptor (and construct); the rest is generated."""
    import constructs_lib

    prep = REGISTRY.get("preprocessing", None)
    assert prep is not None and prep.standalone is not None
    new = dataclasses.replace(
        prep, kind="feature_store", order=25, standalone=dataclasses.replace(prep.standalone, name="FeatureStore")
    )
    monkeypatch.setitem(REGISTRY._kinds, new.tag, new)
    source = facade_source.render_standalone()
    assert "class FeatureStore(DatasetGrants, preprocessing.Preprocessing):" in source
    assert "    FeatureStore: PreprocessingConfig," in source
    compile(source, "standalone.py", "exec")
    assert "### `FeatureStore`" in reference.render() and "class FeatureStoreSettings(" in reference.render_settings()
    assert "FeatureStore" in constructs_lib.__all__
