"""Where things live, in this repo and in the Windmill workspace."""
from __future__ import annotations

from pathlib import Path

WINDMILL_DIR = Path(__file__).resolve().parent
REPO_ROOT = WINDMILL_DIR.parent
SCRIPTS_DIR = WINDMILL_DIR / "scripts"
FLOW_FILE = WINDMILL_DIR / "flows" / "ml_pipeline_deployment.json"
APP_FILE = WINDMILL_DIR / "apps" / "ml_pipeline_builder.json"
SYNC_DIR = WINDMILL_DIR / "sync"
PLAYBOOK_SCHEMA = REPO_ROOT / "playbooks" / "schema" / "playbook.schema.json"

FOLDER = "ml_pipelines"
WORKSPACE_PREFIX = f"f/{FOLDER}"
FLOW_PATH = f"{WORKSPACE_PREFIX}/ml_pipeline_deployment"
APP_PATH = f"{WORKSPACE_PREFIX}/ml_pipeline_builder"
SCRIPT_NAMES = ("validate_pipeline", "generate_terraform", "request_approval", "deploy_pipeline",
                "run_pipeline", "notify_completion", "pipeline_graph", "pipeline_versions",
                "load_playbook")
# Scripts that touch cloud state run only on the dedicated worker group (windmill/Dockerfile).
DEPLOY_TAG = "ml-deploy"
DEPLOY_SCRIPTS = ("generate_terraform", "deploy_pipeline", "run_pipeline", "pipeline_versions")


def script_path(name: str) -> str:
    return f"{WORKSPACE_PREFIX}/{name}"
