"""The benchmark's generated shapes are what their names say, and valid playbooks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.generate import count_leaf_nodes, write_playbook, write_wide_playbook

REPO = Path(__file__).resolve().parents[2]


def _largest_level(spec: dict) -> int:
    nested = [_largest_level(n["pipeline"]["spec"]) for n in spec["nodes"] if n["type"] == "pipeline"]
    return max([len(spec["nodes"]), *nested])


def test_the_wide_shape_holds_every_node_in_levels_small_enough_to_deploy(tmp_path):
    import yaml

    path = write_wide_playbook(tmp_path, 1000)
    spec = yaml.safe_load(path.read_text())["spec"]
    assert count_leaf_nodes(spec) == 1000
    # a level of more than ~125 nodes cannot deploy (its orchestrator role would pass IAM's quota)
    assert _largest_level(spec) <= 100 + 1
    result = subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", "validate", str(path)], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_nested_shape_spreads_the_nodes_over_its_levels(tmp_path):
    import yaml

    spec = yaml.safe_load(write_playbook(tmp_path, 100, 5).read_text())["spec"]
    assert count_leaf_nodes(spec) == 100
    depth, level = 1, spec
    while any(n["type"] == "pipeline" for n in level["nodes"]):
        level = next(n for n in level["nodes"] if n["type"] == "pipeline")["pipeline"]["spec"]
        depth += 1
    assert depth == 5
