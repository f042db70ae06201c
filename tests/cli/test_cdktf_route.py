"""The README's cdktf sequence, run as written.

    eval "$(playbook emulator env)"
    export PLAYBOOK_TARGETS=data-quality
    npx cdktf deploy data-quality-local --skip-provider-lock --auto-approve
    npx cdktf diff data-quality-local --skip-provider-lock
    npx cdktf destroy data-quality-local --skip-provider-lock --auto-approve

with `playbook` on PATH as the README says, in a fresh state directory. In the
middle, `playbook plan` sees the same state (the stacks' local backend points
at <state root>/state/<stack>/), so both routes manage one stack.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .cli_harness import REPO, cli_env, playbook

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]


def readme_block() -> str:
    readme = (REPO / "README.md").read_text()
    match = re.search(r"<!-- cdktf-route -->\n```sh\n(.*?)```", readme, re.S)
    assert match, "the README shows the cdktf sequence in a block marked <!-- cdktf-route -->"
    return match.group(1)


@pytest.mark.skipif(not (REPO / "node_modules" / ".bin" / "cdktf").exists(), reason="npm tools not bootstrapped")
def test_readme_cdktf_sequence_deploys_diffs_and_destroys(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "state", PATH=f"{REPO / '.venv' / 'bin'}:{shutil.os.environ['PATH']}")
    block = readme_block()
    deploy_part, _, rest = block.partition("npx cdktf diff")
    diff_line = "npx cdktf diff" + rest.split("\n", 1)[0]
    destroy_part = rest.split("\n", 1)[1]
    assert "npx cdktf deploy" in deploy_part and "npx cdktf destroy" in destroy_part

    def bash(script: str, timeout: float = 1200) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
        )

    prelude = "\n".join(line for line in deploy_part.splitlines() if not line.startswith("npx "))
    # A fresh clone has no cdktf.out; a working copy may hold one initialized for another
    # PLAYBOOK_STATE_DIR ("Backend configuration changed"), as the README says.
    shutil.rmtree(REPO / "cdktf.out" / "stacks" / "data-quality-local" / ".terraform", ignore_errors=True)
    try:
        deployed = bash(deploy_part)
        assert deployed.returncode == 0, deployed.stdout[-3000:] + deployed.stderr[-3000:]
        assert "playbook_name = data-quality" in deployed.stdout
        diffed = bash(prelude + "\n" + diff_line)
        assert diffed.returncode == 0 and "No changes" in diffed.stdout, diffed.stdout[-3000:]
        same_state = playbook(env, "plan", "data-quality", "--local", "--detailed-exitcode")
        assert same_state.returncode == 0, same_state.stdout + same_state.stderr[-2000:]
        destroyed = bash(prelude + "\n" + destroy_part)
        assert destroyed.returncode == 0, destroyed.stdout[-3000:] + destroyed.stderr[-3000:]
        assert "Destroy complete" in destroyed.stdout or "destroyed" in destroyed.stdout.lower()
    finally:
        playbook(env, "emulator", "stop", timeout=60)
