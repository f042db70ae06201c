"""Export the scripts, flow and app to the layout `wmill sync push` expects.

    export(dest_dir)   # writes wmill.yaml, f/ml_pipelines/..., c_ml_webhook.resource-type.yaml

Layout (nonDottedPaths):
    wmill.yaml
    c_ml_webhook.resource-type.yaml
    f/ml_pipelines/folder.meta.yaml
    f/ml_pipelines/<script>.py, <script>.script.yaml, <script>.script.lock
    f/ml_pipelines/ml_pipeline_deployment__flow/flow.yaml
    f/ml_pipelines/ml_pipeline_builder__app/app.yaml
    f/ml_pipelines/ml_pipeline_visual_builder__raw_app/   windmill/raw_app/ + src/ = ui/src
    wmill-lock.yaml   (content hashes, from `wmill generate-metadata rehash`, offline)
Nothing of it is committed: the seed files (scripts/, flows/, apps/) are the one source.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import yaml

from .paths import (
    APP_FILE,
    APP_PATH,
    RAW_APP_DIR,
    RAW_APP_PATH,
    REPO_ROOT,
    UI_SRC,
    DEPLOY_TAG,
    FLOW_FILE,
    FLOW_PATH,
    FOLDER,
    JOB_PYTHON,
    PROJECT_PACKAGES,
    SCRIPT_NAMES,
    SCRIPTS_DIR,
    WORKSPACE_PREFIX,
)
from .editions import app_with_edition, check_edition, with_edition
from .signatures import parse_scripts, to_json_schema
from playbooks.failures import PlaybookFailure

# The lock is what the worker installs for the script, each line with `uv pip install --no-deps`
# into its own directory (backend/windmill-worker/src/python_executor.rs spawn_uv_install), after
# the worker's ADDITIONAL_PYTHON_PATHS on PYTHONPATH. Everything, `wmill` and its httpx stack
# included, is preinstalled in the ml-deploy image with its dependencies resolved together
# (windmill/Dockerfile, extras emulator+windmill): a lock line would install a second copy that
# Windmill's postinstall merges into the first. So the lock holds only the Python version the image
# was built for (`# py: X.Y`, read by PyV::parse_from_requirements); a lock with no such line runs on
# Windmill's default Python, for which the image's compiled wheels do not load.
SCRIPT_LOCK = f"# py: {JOB_PYTHON}\n"
WMILL_YAML = {
    "defaultTs": "bun",
    "includes": ["f/**"],
    "excludes": [],
    "nonDottedPaths": True,
    "skipVariables": True,
    "skipResources": True,
    "skipSecrets": True,
    "includeSchedules": False,
    "includeTriggers": False,
}
WEBHOOK_RESOURCE_TYPE = {
    "description": "Where ML pipeline deployment notifications are posted (Slack incoming webhook or JSON).",
    "schema": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["url"],
        "properties": {
            "url": {"type": "string", "description": "https:// URL of the webhook"},
            "kind": {
                "type": "string",
                "enum": ["slack", "json"],
                "default": "slack",
                "description": "slack: posts {text}; json: posts {text, event...}",
            },
        },
    },
}


def _yaml(doc: Any) -> str:
    text: str = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120)
    return text


def _docstring(path: Path) -> str:
    return ast.get_docstring(ast.parse(path.read_text())) or ""


def imported_roots(source: str) -> set[str]:
    """Top-level module names a Python source imports (any nesting level)."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def imports_project(source: str) -> bool:
    return bool(imported_roots(source) & set(PROJECT_PACKAGES))


def script_metadata(name: str, signature: dict[str, Any], doc: str, source: str = "") -> dict[str, Any]:
    meta: dict[str, Any] = {
        "summary": doc.splitlines()[0] if doc else name,
        "description": doc,
        "lock": f"!inline {WORKSPACE_PREFIX}/{name}.script.lock",
        "kind": "script",
        "schema": to_json_schema(signature),
    }
    if imports_project(source):
        # Windmill's default workers do not have the project: route the job to the image that does
        # (an untagged Python job gets tag `python3` and runs on any default worker).
        meta["tag"] = DEPLOY_TAG
    if name == "deploy_pipeline":
        # Enterprise Edition only: one apply per stack at a time, the second run waits in the queue.
        # Community Edition ignores it; there the Terraform state lock refuses the overlapping run.
        meta.update(
            {
                "concurrent_limit": 1,
                "concurrency_time_window_s": 0,
                "concurrency_key": "ml-deploy-$args[pipeline]-$args[environment]",
            }
        )
    return meta


# Not part of the app: the standalone builder's entry (HTTP API) and build/dev leftovers.
_RAW_APP_SKIP = {"main.jsx", "node_modules", "dist", "README.md"}


def raw_app_files() -> dict[Path, bytes]:
    """The raw app folder: windmill/raw_app/ (entry, Windmill API adapter, backend refs) + ui/src."""
    app = Path(f"{RAW_APP_PATH}__raw_app")
    if not UI_SRC.is_dir() or not RAW_APP_DIR.is_dir():
        raise ExportError(f"the raw app is built from {UI_SRC} and {RAW_APP_DIR}: export from a checkout of the repository")
    files: dict[Path, bytes] = {}
    for base, prefix in ((RAW_APP_DIR, app), (UI_SRC, app / "src")):
        for path in sorted(base.rglob("*")):
            rel = path.relative_to(base)
            if path.is_file() and not (set(rel.parts) & _RAW_APP_SKIP) and not rel.name.startswith(".wmill-bundle"):
                files[prefix / rel] = path.read_bytes()
    return files


def export_files(sources: dict[Path, str] | None = None, edition: str = "ce") -> dict[Path, str]:
    """Every file of the export as {relative path: text}; `sources` overrides the flow/app JSON texts.
    edition "ee" adds the Enterprise-only approval conditions (editions.py)."""
    sources = sources or {}
    flow = with_edition(json.loads(sources.get(FLOW_FILE) or FLOW_FILE.read_text()), edition)
    app = app_with_edition(json.loads(sources.get(APP_FILE) or APP_FILE.read_text()), edition)
    scripts = [SCRIPTS_DIR / f"{name}.py" for name in SCRIPT_NAMES]
    signatures = parse_scripts(scripts)
    files: dict[Path, str] = {
        Path("wmill.yaml"): _yaml(WMILL_YAML),
        Path("c_ml_webhook.resource-type.yaml"): _yaml(WEBHOOK_RESOURCE_TYPE),
        Path(WORKSPACE_PREFIX, "folder.meta.yaml"): _yaml({"display_name": "ML pipelines", "owners": [], "extra_perms": {}}),
    }
    for path in scripts:
        name = path.stem
        files[Path(WORKSPACE_PREFIX, f"{name}.py")] = path.read_text()
        files[Path(WORKSPACE_PREFIX, f"{name}.script.yaml")] = _yaml(
            script_metadata(name, signatures[path], _docstring(path), path.read_text())
        )
        files[Path(WORKSPACE_PREFIX, f"{name}.script.lock")] = SCRIPT_LOCK
    files[Path(f"{FLOW_PATH}__flow", "flow.yaml")] = _yaml(flow)
    files[Path(f"{APP_PATH}__app", "app.yaml")] = _yaml(app)
    return files


WMILL_CLI = REPO_ROOT / "node_modules" / "windmill-cli" / "esm" / "main.js"


class ExportError(PlaybookFailure, RuntimeError):
    """The export could not be completed (the message says what is missing)."""

    kind = "export"


def write_lock_metadata(dest: Path) -> Path:
    """wmill-lock.yaml: the content hash of every script/flow/app, which `wmill sync push` and
    `wmill generate-metadata` compare to find stale metadata. `rehash` records them from the files
    on disk, offline (windmill-cli 1.819 `generate-metadata rehash`)."""
    node = shutil.which("node")
    if node and WMILL_CLI.exists():
        command = [node, str(WMILL_CLI)]
    elif wmill := shutil.which("wmill"):
        command = [wmill]
    else:
        raise ExportError(
            f"writing wmill-lock.yaml needs windmill-cli: run `make bootstrap` in the checkout "
            f"({WMILL_CLI}) or install it (`npm install -g windmill-cli@1.819.0`)"
        )
    with tempfile.TemporaryDirectory(prefix="wmill-config-") as config_dir:
        proc = subprocess.run(
            [*command, "generate-metadata", "rehash", "--config-dir", config_dir],
            cwd=dest,
            capture_output=True,
            text=True,
            timeout=180,
            env={**os.environ, "NO_COLOR": "1"},
        )
    lock = dest / "wmill-lock.yaml"
    if proc.returncode != 0 or not lock.exists():
        raise ExportError(f"wmill generate-metadata rehash failed: {(proc.stdout + proc.stderr).strip()[-2000:]}")
    return lock


def export(dest_dir: str | Path, edition: str = "ce") -> list[Path]:
    """Write the sync layout to dest_dir (replacing an earlier export there); returns the files.
    edition: "ce" (Community Edition, what windmill/docker-compose.yml runs) or "ee"."""
    check_edition(edition)
    dest = Path(dest_dir)
    if (dest / "f" / FOLDER).is_dir():
        shutil.rmtree(dest / "f" / FOLDER)
    (dest / "wmill-lock.yaml").unlink(missing_ok=True)
    written = []
    for rel, text in export_files(edition=edition).items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        written.append(target)
    for rel, data in raw_app_files().items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    written.append(write_lock_metadata(dest))
    return written


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(prog="python -m playbook_windmill.export")
    parser.add_argument("dest", metavar="DIR")
    parser.add_argument("--edition", choices=("ce", "ee"), default="ce")
    cli = parser.parse_args()
    files = export(cli.dest, cli.edition)
    print(f"wrote {len(files)} files to {cli.dest} (push with: cd {cli.dest} && npx wmill sync push)")
