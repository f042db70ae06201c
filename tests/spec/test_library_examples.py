"""Our own library examples validate cleanly: `playbook validate NAME` prints no warning.

A warning on a shipped example teaches users to ignore warnings. Published versions are
immutable (playbooks/registry.py), so a fixed example is a new version: churn-prediction and
feature-prep 1.2.0 declared `window_days` without using it and stay published as they were;
1.3.0 passes it to the job that needs it. The superseded files are listed here by name, so a
warning anywhere else (or a new one in them) fails.
"""

from pathlib import Path

import pytest

from playbook_cli.main import main
from playbooks import Library

LIBRARY = Path(__file__).resolve().parents[2] / "playbooks" / "library"
SUPERSEDED_WITH_WARNINGS = {  # file -> the one warning it is known for (immutable, replaced by 1.3.0)
    "churn-prediction/1.2.0.yaml": "parameter 'window_days' is declared but nothing references it",
    "feature-prep/1.2.0.yaml": "parameter 'window_days' is declared but nothing references it",
}
NAMES = Library.open([LIBRARY], env={}).names()


def _validate(capsys, *argv):
    code = main(["validate", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.parametrize("name", NAMES)
def test_every_library_playbook_validates_without_warnings(capsys, name):
    """What a user runs: the name resolves to the newest version (children through playbooks.lock)."""
    code, out, err = _validate(capsys, name)
    assert code == 0, err
    assert out.startswith("ok: "), out
    assert "warning" not in err, err


@pytest.mark.parametrize("path", sorted(str(p.relative_to(LIBRARY)) for p in LIBRARY.glob("*/*.yaml")))
def test_every_published_file_validates_and_only_superseded_ones_warn(capsys, path):
    code, out, err = _validate(capsys, str(LIBRARY / path))
    assert code == 0, err
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    if path in SUPERSEDED_WITH_WARNINGS:
        assert len(warnings) == 1 and SUPERSEDED_WITH_WARNINGS[path] in warnings[0], err
        name = path.split("/")[0]
        newest = Library.open([LIBRARY], env={}).versions(name)[-1]
        assert path != f"{name}/{newest}.yaml", "the newest version of an example must not warn"
    else:
        assert warnings == [], err


def test_the_fixed_examples_pass_window_days_to_their_jobs(capsys):
    """The 1.3.0 examples reference window_days from the job that uses it (the ASL is in the stacks snapshots)."""
    import yaml

    for path, node in (("churn-prediction/1.3.0.yaml", "clean"), ("feature-prep/1.3.0.yaml", "aggregate")):
        spec = yaml.safe_load((LIBRARY / path).read_text())["spec"]
        config = next(n for n in spec["nodes"] if n["id"] == node)["config"]
        assert config["environment"]["WINDOW_DAYS"] == "{{ params.window_days }}"
