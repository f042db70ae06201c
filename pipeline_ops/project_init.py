"""`playbook init`: the project a team commits (library, environments, cdktf.json, .gitignore, README).

A template is one of the example playbooks bundled with the package, copied in with every
sub-pipeline it uses (their directories: code, example data) and their published records, so the
examples become a starting point the team owns instead of a library everybody shares.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from playbooks.project import BUNDLED_LIBRARY, PROJECT_FILE, find_project_file

from .errors import UnknownName
from playbooks.failures import PlaybookFailure

LIBRARY_DIR = "playbooks"


class InitRefused(PlaybookFailure):
    """The directory already holds a project (or files init would overwrite); nothing was written."""

    kind = "refused"


def templates() -> list[str]:
    return sorted(p.name for p in BUNDLED_LIBRARY.iterdir() if p.is_dir() and any(p.glob("*.yaml")))


def init_project(directory: str | Path, *, template: str | None = None, name: str | None = None) -> dict[str, Any]:
    """Write a new project into `directory` (created if missing). Refuses to overwrite anything."""
    root = Path(directory).expanduser().resolve()
    if template is not None and template not in templates():
        raise UnknownName(f"no template named '{template}'; templates: {', '.join(templates())}")
    enclosing = find_project_file(root)
    if enclosing is not None:
        raise InitRefused(f"{enclosing.parent} is already a playbook project ({enclosing}); nothing was written")
    files = _files(name or root.name)
    in_the_way = [rel for rel in files if (root / rel).exists()]
    if template:
        in_the_way += [f"{LIBRARY_DIR}/{n}" for n in _template_names(template) if (root / LIBRARY_DIR / n).exists()]
    if in_the_way:
        raise InitRefused(f"{root}: {', '.join(in_the_way)} already exist(s); init writes only into a new or empty project")
    root.mkdir(parents=True, exist_ok=True)
    (root / LIBRARY_DIR).mkdir(exist_ok=True)
    for rel, text in files.items():
        (root / rel).write_text(text, encoding="utf-8")
    copied = _copy_template(template, root / LIBRARY_DIR) if template else []
    if not copied:
        (root / LIBRARY_DIR / ".gitkeep").touch()
    return {
        "project": str(root),
        "files": sorted([*files, f"{LIBRARY_DIR}/"]),
        "template": template,
        "playbooks": copied,
        "next": _next_steps(root, template),
    }


def _copy_template(template: str, library: Path) -> list[str]:
    """Copy the template's playbook directory and every sub-pipeline it uses, with their registry records."""
    from playbooks.registry import read_registry, write_registry

    names = _template_names(template)
    for name in names:
        shutil.copytree(BUNDLED_LIBRARY / name, library / name, ignore=shutil.ignore_patterns("__pycache__"))
    records = read_registry(BUNDLED_LIBRARY) or {}
    kept = {key: rec for key, rec in records.items() if key[0] in names}
    if kept:
        write_registry(library, {**(read_registry(library) or {}), **kept})  # a library the team already has keeps its records
    return [f"{n}@{v}" for (n, v) in sorted(kept)] or names


def _template_names(template: str) -> list[str]:
    """The template and every playbook its versions use, transitively (names of library directories)."""
    from playbooks.library import Library
    from playbooks.resolver import Resolver

    bundled = Library.open([BUNDLED_LIBRARY], env={}, project_libraries=False)
    names = {template}
    for (name, _version), loaded in bundled.entries.items():
        if name != template:
            continue
        resolver = Resolver(bundled)
        resolver.resolve(loaded)
        names |= {used.name for used in resolver.used.values()}
    return sorted(names)


def _next_steps(root: Path, template: str | None) -> list[str]:
    target = template or "playbooks/<name>/<version>.yaml"
    return [
        f"cd {root}",
        f"playbook validate {target}",
        f"playbook deploy {target} --env local --auto-approve   # the local AWS emulator: no account needed",
        *_example_data_steps(root, template),
        f"playbook run {target} --env local --wait",
        "git init && git add . && git commit -m 'playbook project'",
    ]


def _example_data_steps(root: Path, template: str | None) -> list[str]:
    """A template's data sources start as new, empty buckets, and a run refuses to start on an empty input:
    the template's example data (`example-data/<node>/`, copied in with it) is put there first."""
    if template is None:
        return []
    base = root / LIBRARY_DIR / template / "example-data"
    nodes = sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []
    return [
        f"playbook data put {template} {node.name} {node.relative_to(root).as_posix()} --env local   # the example data"
        for node in nodes
    ]


def _files(name: str) -> dict[str, str]:
    return {
        PROJECT_FILE: PROJECT_YAML.format(name=json.dumps(name)),
        "environments.yaml": ENVIRONMENTS_YAML,
        "cdktf.json": json.dumps(CDKTF_JSON, indent=2) + "\n",
        ".gitignore": GITIGNORE,
        "README.md": README.format(name=name),
    }


PROJECT_YAML = """\
# A playbook project: every `playbook` command run in this directory or below finds it.
name: {name}
# The playbook search path, in order (first match of a name@version wins; two directories that publish
# one name@version with different content are an error). Add `bundled:examples` to use the examples.
library:
  - playbooks
environments: environments.yaml   # where each pipeline can be deployed
lock: playbooks.lock              # `playbook lock` pins every `use:` range here
state_dir: .playbook              # local Terraform state, plans, logs, caches, the emulator (not committed)
"""

ENVIRONMENTS_YAML = """\
# Deployment environments. A stack is synthesized per pipeline x environment (`<pipeline>-<env>`).
#   region:              default region (a playbook's spec.region wins)
#   naming_prefix:       first part of every resource name (short: AWS names have length limits)
#   account_id:          optional account guard: Terraform and the run commands refuse any other account
#   profile:             optional AWS profile (~/.aws/config) for Terraform and the run commands
#   role_arn:            optional role to assume (with the profile's, or the default, credentials)
#   backend:             local (state under .playbook/state/<stack>/) or s3 (bucket, key_prefix, region,
#                        use_lockfile and/or dynamodb_table for locking)
#   force_destroy:       buckets may be deleted with their objects on destroy
#   deletion_protection: databases refuse deletion
#   emulator:            true = the local AWS emulator `playbook` starts on 127.0.0.1 (no account needed)
environments:
  local:
    region: us-east-1
    naming_prefix: pb-local
    backend: {type: local}
    force_destroy: true
    deletion_protection: false
    emulator: true
  # A real account, its state in S3 (create the bucket first; S3-native locking needs Terraform >= 1.10):
  # prod:
  #   region: eu-west-1
  #   naming_prefix: ml-prod
  #   account_id: "123456789012"          # the account guard
  #   profile: ml-prod                    # or leave out to use the default credential chain
  #   role_arn: arn:aws:iam::123456789012:role/ml-deployer
  #   backend:
  #     type: s3
  #     bucket: my-team-terraform-state
  #     key_prefix: ml-playbooks/prod
  #     region: eu-west-1
  #     use_lockfile: true
  #   force_destroy: false
  #   deletion_protection: true
"""

# cdktf runs `app` in this directory; `python` is the one of the active virtual environment that has
# the package installed (the same interpreter as the `playbook` command).
CDKTF_JSON = {
    "language": "python",
    "app": "python -m stacks.app",
    "projectId": "playbook-project",
    "sendCrashReports": "false",
    "terraformProviders": [],
    "terraformModules": [],
    "context": {},
}

GITIGNORE = """\
# Local state, plans, logs and caches of `playbook` (state of s3 backends lives in the bucket)
.playbook/
cdktf.out/
.terraform/
*.tfplan
__pycache__/
"""

README = """\
# {name}: ML pipeline playbooks

| file | what it is |
|---|---|
| `playbook-project.yaml` | marks this directory as a playbook project: the library search path, the environments file, the lock file and the state directory |
| `playbooks/` | this team's playbook library: `<name>/<version>.yaml` (`playbook publish FILE` adds versions, recorded in `playbooks/registry.json`) |
| `environments.yaml` | where pipelines deploy: `local` is the emulator on this machine; add your accounts there |
| `playbooks.lock` | written by `playbook lock`: the exact version of every sub-pipeline a pipeline uses |
| `cdktf.json` | lets `cdktf synth / diff / deploy` run here (`PLAYBOOK_TARGETS`, `PLAYBOOK_ENVS` choose the stacks) |
| `.playbook/` | local state, plans and logs (not committed; remote environments keep their state in their backend) |

```sh
playbook validate NAME
playbook deploy NAME --env local --auto-approve
playbook data put NAME NODE FILE_OR_DIR --env local   # a data source starts as a new, empty bucket
playbook run NAME --env local --wait
playbook status
```
"""
