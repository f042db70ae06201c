# requirements:
# wmill==1.850.0
"""The visual builder's playbook catalog: every published playbook with its versions.

Backend of the raw app (windmill/raw_app/backend/list_playbooks.yaml calls it by path), so it
runs tagged on the workers that have the project, like every script of this folder.
"""

from pipeline_ops import catalog


def main() -> list:
    return catalog.list_playbooks()
