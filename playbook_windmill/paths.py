"""Where things live, in this repo and in the Windmill workspace."""

from __future__ import annotations

from pathlib import Path

# This package holds the Python helpers; the design card's windmill/ folder (scripts, flow, apps,
# Dockerfile) sits next to it in the repository.
REPO_ROOT = Path(__file__).resolve().parent.parent
WINDMILL_DIR = REPO_ROOT / "windmill"
SCRIPTS_DIR = WINDMILL_DIR / "scripts"
FLOW_FILE = WINDMILL_DIR / "flows" / "ml_pipeline_deployment.json"
APP_FILE = WINDMILL_DIR / "apps" / "ml_pipeline_builder.json"
PLAYBOOK_SCHEMA = REPO_ROOT / "playbooks" / "schema" / "playbook.schema.json"

FOLDER = "ml_pipelines"
WORKSPACE_PREFIX = f"f/{FOLDER}"
FLOW_PATH = f"{WORKSPACE_PREFIX}/ml_pipeline_deployment"
APP_PATH = f"{WORKSPACE_PREFIX}/ml_pipeline_builder"
SCRIPT_NAMES = (
    "validate_pipeline",
    "generate_terraform",
    "request_approval",
    "deploy_pipeline",
    "run_pipeline",
    "notify_completion",
    "pipeline_graph",
    "pipeline_versions",
    "load_playbook",
    "builder_list_playbooks",
    "builder_get_playbook",
    "builder_resolve_playbook",
    "builder_list_environments",
    "builder_get_schema",
    "builder_deployment_status",
    "builder_review",
    "builder_run_pipeline",
)
# Every runnable that imports this project runs on the worker group built from windmill/Dockerfile
# (the only image with the project installed); the export tags them from their imports.
DEPLOY_TAG = "ml-deploy"
# The Python the ml-deploy image installs the project for (windmill/Dockerfile ARG JOB_PYTHON). A
# worker runs a deployed script on uv's managed Python of the version in the lock's `# py: X.Y` line,
# else Windmill's default (3.12 since 1.598: windmill-common/src/worker.rs PyVAlias #[default]); the
# image's compiled wheels (pydantic_core, ...) load on this version only. Every lock names it.
JOB_PYTHON = "3.11"
# The project's top-level packages (pyproject.toml [tool.setuptools.packages.find]; a test keeps them equal).
PROJECT_PACKAGES = (
    "playbooks",
    "constructs_lib",
    "stacks",
    "deploy_runner",
    "pipeline_ops",
    "playbook_cli",
    "playbook_windmill",
    "aws_bindings",
    "playbook_ui",
)
# The visual builder as a Windmill full-code app: its own files here, its src/ is ui/src (export).
RAW_APP_DIR = WINDMILL_DIR / "raw_app"
RAW_APP_PATH = f"{WORKSPACE_PREFIX}/ml_pipeline_visual_builder"
UI_SRC = REPO_ROOT / "ui" / "src"


def script_path(name: str) -> str:
    return f"{WORKSPACE_PREFIX}/{name}"
