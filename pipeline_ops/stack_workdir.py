"""Each stack's stable Terraform working directory, kept private.

``<state root>/work/stacks/<stack>/`` holds the synthesized stack plus Terraform's
own files (``.terraform/``, the provider lock file), so ``terraform init`` runs
only when the providers or the backend change. A new synthesis is synced into it
file by file; state, plans and the stack are 0600 files in 0700 directories.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from deploy_runner.cli_config import state_root


def work_dir(stack: str) -> Path:
    """The stable Terraform working directory of a stack (same depth below the state root as staging)."""
    return state_root() / "work" / "stacks" / stack


def private_work_dir(stack: str) -> Path:
    """The stack's working directory, created 0700 (it holds the stack and Terraform's files) under a 0700 root."""
    from deploy_runner.private_files import make_private_dir, secure_state_root

    secure_state_root(state_root())
    work = work_dir(stack)
    for directory in (work.parent.parent, work.parent, work):
        make_private_dir(directory)
    return work


# Files Terraform (or the runner) keeps in a working directory between runs; errored.tfstate is
# Terraform's rescue copy of a state it could not save (deploy_runner/tf_rescue.py): the only record
# of what that apply created, kept until it is pushed.
KEEP = (".terraform", ".terraform.lock.hcl", "zz_playbook_backend_override.tf.json")
RESCUE_PREFIX = "errored.tfstate"


def sync_tree(src: Path, dst: Path) -> None:
    """Make dst hold src's files (atomically per file), keeping Terraform's own files."""
    dst.mkdir(parents=True, exist_ok=True)
    wanted = {p.relative_to(src) for p in src.rglob("*")}
    for rel in sorted(wanted):
        source, target = src / rel, dst / rel
        if source.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        data = source.read_bytes()
        if target.is_file() and target.read_bytes() == data:
            continue
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    for path in sorted(dst.iterdir()):
        rel = path.relative_to(dst)
        if rel.parts[0] in KEEP or rel.name.startswith((".terraform-run.", RESCUE_PREFIX)) or rel in wanted:
            continue
        shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)


def protect(stack: str, *directories: Path) -> None:
    """After Terraform wrote state, plans or a stack: files 0600 in 0700 directories; old plans pruned."""
    from deploy_runner.private_files import KEEP_PLANS, make_private_tree, prune_old

    root = state_root()
    prune_old(root / "plans" / stack, KEEP_PLANS, pattern="*.tfplan")
    for directory in (root / "state" / stack, root / "plans" / stack, *directories):
        make_private_tree(directory)
