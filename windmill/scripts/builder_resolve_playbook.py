# requirements:
# wmill==1.850.0
"""Resolve a `name@range` reference to the published version it selects (builder app).

Backend of the raw app (windmill/raw_app/backend/resolve_playbook.yaml calls it by path), so it
runs tagged on the workers that have the project, like every script of this folder.
"""

from pipeline_ops import catalog


def main(use: str) -> dict:
    return catalog.resolve_use(use)
