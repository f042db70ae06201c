# requirements:
# wmill==1.850.0
"""One published playbook version for the visual builder (normalised, with its YAML).

Backend of the raw app (windmill/raw_app/backend/get_playbook.yaml calls it by path), so it
runs tagged on the workers that have the project, like every script of this folder.
"""

from pipeline_ops import catalog


def main(name: str, version: str) -> dict:
    return catalog.get_playbook(name, version)
