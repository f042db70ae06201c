"""Terraform CLI configuration and subprocess environment owned by the project.

Terraform never reads the user's home configuration when run by the project:
we write our own CLI config file under ``<repo>/.playbook/terraform/`` and
point ``TF_CLI_CONFIG_FILE`` at it (overriding whatever the caller's
environment says, e.g. a ``TF_CLI_CONFIG_FILE=/root/.terraformrc`` that does
not exist).

Provider mirror selection (``PLAYBOOK_PROVIDER_MIRROR``):

* unset      -> use ``/opt/tf-plugins`` if that directory exists, else none;
* ``none``   -> no mirror: ``terraform init`` installs providers from the
                registry (needs internet);
* a path     -> that directory, which must exist (filesystem_mirror layout
                ``registry.terraform.io/hashicorp/aws/<ver>/<os_arch>/``).

With a mirror, ``registry.terraform.io/hashicorp/aws`` is installed only from
it (offline); every other provider still comes from the registry directly.
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

# One state-root lookup for the stacks and the runner (re-exported: callers import it from here).
from stacks.state_root import find_repo_root as find_repo_root, state_root as state_root
from playbooks.failures import PlaybookFailure

MIRROR_ENV = "PLAYBOOK_PROVIDER_MIRROR"
DEFAULT_MIRROR = Path("/opt/tf-plugins")
MIRRORED_PROVIDERS = ("registry.terraform.io/hashicorp/aws",)

# Variables that would make Terraform read configuration we do not control.
_SCRUBBED_ENV = ("TF_CLI_CONFIG_FILE", "TERRAFORM_CONFIG", "TF_PLUGIN_CACHE_DIR", "TF_DATA_DIR")


class ConfigError(PlaybookFailure):
    """A configuration problem with one precise message that names the fix."""

    kind = "config"


def provider_mirror() -> Path | None:
    """The filesystem mirror to use, or None for direct registry installs."""
    raw = os.environ.get(MIRROR_ENV, "").strip()
    if raw.lower() == "none":
        return None
    if raw:
        path = Path(raw).expanduser().resolve()
        if not path.is_dir():
            raise ConfigError(
                f"{MIRROR_ENV}={raw} is not a directory. Point it at a Terraform provider mirror "
                f"(registry.terraform.io/hashicorp/aws/<version>/<os_arch>/...), "
                f"or set {MIRROR_ENV}=none to install providers from the registry."
            )
        return path
    return DEFAULT_MIRROR if DEFAULT_MIRROR.is_dir() else None


@dataclass(frozen=True)
class TerraformCliConfig:
    path: Path
    mirror: Path | None
    plugin_cache_dir: Path

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """Subprocess environment for terraform: our config, no checkpoint, automation mode."""
        env = dict(os.environ if base is None else base)
        for key in _SCRUBBED_ENV:
            env.pop(key, None)
        env.update(
            TF_CLI_CONFIG_FILE=str(self.path),
            CHECKPOINT_DISABLE="1",
            TF_IN_AUTOMATION="1",
            TF_INPUT="0",
        )
        return env

    def filling_provider_cache(self) -> AbstractContextManager[None]:
        """Held around `terraform init`: Terraform's plugin cache is "not guaranteed to be concurrency safe"
        (its CLI configuration docs), and two inits filling a fresh cache at once failed with "mkdir …
        file exists" (two builder jobs, or two CLI processes, planning their first stack together)."""
        from .file_lock import exclusive

        return exclusive(self.plugin_cache_dir, PROVIDER_CACHE_WAIT, "another `terraform init` filling the provider cache")


# A first init copies the ~700 MB provider; a later one only links it.
PROVIDER_CACHE_WAIT = 600.0


def render(mirror: Path | None, plugin_cache_dir: Path) -> str:
    lines = [
        "# Written by deploy_runner.cli_config; regenerated on every run. Do not edit.",
        "disable_checkpoint = true",
        f"plugin_cache_dir = {_hcl_string(str(plugin_cache_dir))}",
    ]
    if mirror is not None:
        providers = ", ".join(_hcl_string(p) for p in MIRRORED_PROVIDERS)
        lines += [
            "provider_installation {",
            "  filesystem_mirror {",
            f"    path    = {_hcl_string(str(mirror))}",
            f"    include = [{providers}]",
            "  }",
            "  direct {",
            f"    exclude = [{providers}]",
            "  }",
            "}",
        ]
    return "\n".join(lines) + "\n"


def write_cli_config(repo: Path | None = None) -> TerraformCliConfig:
    """Write (idempotently) the CLI config under .playbook/terraform/ and return it."""
    root = state_root(repo) / "terraform"
    # A provider is ~700 MB, copied once, then symlinked by init; tests give each worker its own cache.
    cache = Path(os.environ.get("PLAYBOOK_PLUGIN_CACHE") or (root / "plugin-cache"))
    try:
        root.mkdir(parents=True, exist_ok=True)
        cache.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"cannot create {exc.filename}: {exc.strerror}. Make {state_root(repo)} writable "
            f"(or set PLAYBOOK_STATE_DIR to a writable directory)."
        ) from exc
    mirror = provider_mirror()
    path = root / "terraform.rc"
    text = render(mirror, cache)
    if not path.is_file() or path.read_text() != text:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text)
        tmp.replace(path)
    return TerraformCliConfig(path=path, mirror=mirror, plugin_cache_dir=cache)


def _hcl_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
