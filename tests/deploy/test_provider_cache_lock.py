"""`terraform init` waits while another init fills the provider cache.

Terraform's CLI docs say the plugin cache "is not guaranteed to be concurrency safe"; two builder
jobs planning their first stacks together failed with "mkdir …/linux_amd64: file exists". The test
holds the cache as a concurrent init would and checks that an init waits for it, then succeeds.
"""

from __future__ import annotations

import threading
import time

import pytest

from deploy_runner.file_lock import exclusive
from deploy_runner.terraform import StackRunner

pytestmark = pytest.mark.terraform


def test_an_init_waits_for_the_provider_cache_and_then_succeeds(playbook_stack_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_PLUGIN_CACHE", str(tmp_path / "fresh-plugin-cache"))
    runner = StackRunner(playbook_stack_dir)
    outcome: dict[str, object] = {}

    def init() -> None:
        try:
            outcome["ran"] = runner.init(force=True)
        except Exception as exc:  # reported below, with the reason
            outcome["error"] = exc

    with exclusive(runner.cli.plugin_cache_dir, 5, "the test, standing in for another init"):
        thread = threading.Thread(target=init, daemon=True)
        thread.start()
        time.sleep(3)
        assert thread.is_alive() and not outcome, "init ran while another one held the provider cache"
    thread.join(timeout=300)
    assert outcome == {"ran": True}, outcome
    assert list(runner.cli.plugin_cache_dir.glob("registry.terraform.io/hashicorp/aws/*/*"))  # filled by this init
