"""One Terraform environment for the tests that run `terraform` directly (tests/stacks, tests/examples)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def offline_terraform_env(config_dir: Path) -> dict[str, str]:
    """Terraform reads only the CLI config written into ``config_dir`` (the offline provider mirror,
    the shared plugin cache), never the user's own; no TF_/AWS_ variable of the caller leaks in."""
    from deploy_runner.cli_config import provider_mirror, render

    config = config_dir / "terraform.rc"
    cache = Path(os.environ.get("PLAYBOOK_PLUGIN_CACHE") or REPO / ".playbook" / "terraform" / "plugin-cache")
    cache.mkdir(parents=True, exist_ok=True)
    config.write_text(render(provider_mirror(), cache))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "AWS_"))}
    env.update(TF_CLI_CONFIG_FILE=str(config), CHECKPOINT_DISABLE="1", TF_IN_AUTOMATION="1", TF_INPUT="0")
    return env
