"""The layers hold: each package imports only from the layers below it.

    playbooks -> constructs_lib -> stacks -> deploy_runner -> pipeline_ops -> front ends

The front ends (playbook_cli, playbook_ui, playbook_windmill with the Windmill scripts in
windmill/scripts/) sit side by side on top and do not
import each other, with the exceptions listed in ALLOWED (each with its reason). The
check reads the source with `ast`, so it sees imports inside functions too.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LAYERS = ["playbooks", "constructs_lib", "stacks", "deploy_runner", "pipeline_ops"]
FRONT_ENDS = ["playbook_cli", "playbook_ui", "playbook_windmill"]
RANK = {name: i for i, name in enumerate(LAYERS)} | {name: len(LAYERS) for name in FRONT_ENDS}
# Folders checked as part of a package: the Windmill scripts are that front end's code too.
EXTRA_SOURCES = {"playbook_windmill": ["windmill/scripts"]}

# (importer package, imported module) -> why it is fine.
ALLOWED = {
    ("playbook_cli", "playbook_ui.cli"): "`playbook ui` is a subcommand of the one `playbook` command; "
    "it registers the UI's own argument parser, lazily",
    ("playbook_cli", "playbook_windmill.export"): "`playbook windmill export` is a subcommand of the one `playbook` command",
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def violations() -> list[str]:
    bad = []
    for package in LAYERS + FRONT_ENDS:
        sources = [REPO / package, *(REPO / extra for extra in EXTRA_SOURCES.get(package, []))]
        for path in sorted(p for source in sources for p in source.rglob("*.py")):
            for line, module in imports_of(path):
                target = module.split(".")[0]
                if target not in RANK or target == package or (package, module) in ALLOWED:
                    continue
                upward = RANK[target] > RANK[package]
                sideways = package in FRONT_ENDS and target in FRONT_ENDS
                if upward or sideways:
                    bad.append(f"{path.relative_to(REPO)}:{line}: {package} imports {module}")
    return bad


def test_every_package_imports_only_downward():
    assert violations() == []


def test_the_check_catches_an_upward_import(tmp_path, monkeypatch):
    """The checker itself: a spec module importing the CLI is reported (so the test above can fail)."""
    fake = tmp_path / "playbooks"
    fake.mkdir()
    (fake / "leak.py").write_text("def f():\n    from playbook_cli.main import main\n")
    for other in LAYERS[1:] + FRONT_ENDS:
        (tmp_path / other).mkdir()
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    assert violations() == ["playbooks/leak.py:2: playbooks imports playbook_cli.main"]


@pytest.mark.parametrize("package", LAYERS + FRONT_ENDS)
def test_layer_package_exists(package):
    assert (REPO / package / "__init__.py").exists()
