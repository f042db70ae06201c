"""The project's own Terraform CLI config: mirror selection and a clean environment."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from deploy_runner.cli_config import DEFAULT_MIRROR, ConfigError, write_cli_config


@pytest.fixture()
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path))
    monkeypatch.setenv("TF_CLI_CONFIG_FILE", "/root/.terraformrc")  # what the machine sets; must be overridden
    return tmp_path


@pytest.mark.skipif(not DEFAULT_MIRROR.is_dir(), reason="no provider mirror at /opt/tf-plugins")
def test_default_mirror_is_auto_detected_and_home_config_is_ignored(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLAYBOOK_PROVIDER_MIRROR", raising=False)
    cfg = write_cli_config()
    text = cfg.path.read_text()
    assert cfg.path.is_relative_to(isolated)
    assert "disable_checkpoint = true" in text
    assert f'path    = "{DEFAULT_MIRROR}"' in text
    env = cfg.env()
    assert env["TF_CLI_CONFIG_FILE"] == str(cfg.path)
    assert env["CHECKPOINT_DISABLE"] == "1" and env["TF_IN_AUTOMATION"] == "1"


@pytest.mark.terraform
def test_terraform_reads_our_config_not_the_missing_home_one(isolated: Path) -> None:
    cfg = write_cli_config()
    run = subprocess.run(["terraform", "version"], env=cfg.env(), capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    assert "Unable to open CLI configuration file" not in run.stdout + run.stderr
    assert "/root/.terraformrc" not in run.stdout + run.stderr


def test_mirror_none_means_direct_registry_install(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAYBOOK_PROVIDER_MIRROR", "none")
    cfg = write_cli_config()
    assert cfg.mirror is None
    assert "provider_installation" not in cfg.path.read_text()


def test_mirror_that_does_not_exist_names_the_fix(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAYBOOK_PROVIDER_MIRROR", str(isolated / "nope"))
    with pytest.raises(ConfigError, match="PLAYBOOK_PROVIDER_MIRROR=none"):
        write_cli_config()


def test_explicit_mirror_is_used(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mirror = isolated / "mirror"
    mirror.mkdir()
    monkeypatch.setenv("PLAYBOOK_PROVIDER_MIRROR", str(mirror))
    assert f'"{mirror}"' in write_cli_config().path.read_text()
