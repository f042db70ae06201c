"""constructs_lib/README.md stays true: its generated tables match the config models, and it names
only constructs the package exports."""

from __future__ import annotations

import re

from constructs_lib import reference


def test_generated_tables_are_current():
    text = reference.README.read_text()
    assert reference.current_section(text) == reference.render(), (
        "constructs_lib/README.md is stale: run .venv/bin/python -m constructs_lib.reference --write"
    )


def test_every_field_with_its_default_is_documented():
    section = reference.render()
    for name, (_, model, *_rest) in reference.CONSTRUCTS.items():
        for field_name in model.model_fields:
            assert f"| `{field_name}` |" in section, (name, field_name)
    assert "| `instance_type` | `str` | `'ml.m5.large'` |" in section


def test_readme_names_only_exported_constructs():
    import constructs_lib

    text = reference.README.read_text()
    documented = set(re.findall(r"^### `(\w+)`", text, flags=re.M))
    assert documented == set(reference.CONSTRUCTS)
    assert documented <= set(constructs_lib.__all__)
    assert "ModelArtifact" not in text


def test_generated_keyword_types_are_current():
    assert reference.SETTINGS.read_text() == reference.render_settings(), (
        "constructs_lib/settings.py is stale: run .venv/bin/python -m constructs_lib.reference --write"
    )


def test_keyword_types_name_every_field_with_its_literal_choices():
    import typing

    from constructs_lib import settings

    for name, (_, model, *_rest) in reference.CONSTRUCTS.items():
        hints = typing.get_type_hints(getattr(settings, f"{name}Settings"))  # also proves the source evaluates
        assert set(hints) == set(model.model_fields), name
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
