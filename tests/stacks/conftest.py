"""One synthesis per test session: cdktf and the AWS bindings load once (~20 s), then every
example playbook and construct fixture is synthesized for dev and local into a temp dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ..terraform_env import offline_terraform_env

REPO = Path(__file__).resolve().parents[2]
LIBRARY = REPO / "playbooks" / "library"
FIXTURES = REPO / "tests" / "constructs" / "playbooks"
ENVS = ["dev", "local"]


def library_targets() -> list[str]:
    return sorted(p.name for p in LIBRARY.iterdir() if p.is_dir() and any(p.glob("*.yaml")))


def fixture_targets() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in FIXTURES.glob("*.yaml"))


def stack_names() -> list[str]:
    import yaml

    names = library_targets() + [yaml.safe_load(Path(REPO / f).read_text())["metadata"]["name"] for f in fixture_targets()]
    return [f"{n}-{e}" for n in names for e in ENVS]


@pytest.fixture(scope="session")
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Stack name -> SynthesizedStack, synthesized once; paths inside mirror the repo layout."""
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    os.chdir(REPO)  # playbook sources (and so `code:` directories) are repo-relative
    from playbooks import load_resolved
    from stacks.state_root import STATE_DIR_ENV
    from stacks.synth import synth_stacks

    root = tmp_path_factory.mktemp("synth")
    previous = os.environ.get(STATE_DIR_ENV)
    os.environ[STATE_DIR_ENV] = str(root / ".playbook")
    try:
        pipelines = [load_resolved(t) for t in library_targets()] + [load_resolved(t) for t in fixture_targets()]
        stacks = synth_stacks(pipelines, ENVS, root / "cdktf.out")
    finally:
        if previous is None:
            os.environ.pop(STATE_DIR_ENV, None)
        else:
            os.environ[STATE_DIR_ENV] = previous
    return {s.name: s for s in stacks}


@pytest.fixture(scope="session")
def terraform_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Terraform reads only a CLI config this test session writes (offline provider mirror)."""
    return offline_terraform_env(tmp_path_factory.mktemp("terraform"))
