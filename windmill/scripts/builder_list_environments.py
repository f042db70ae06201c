# requirements:
# wmill==1.850.0
"""The deployment environments (stacks/environments.yaml) the builder app offers.

Backend of the raw app (windmill/raw_app/backend/list_environments.yaml calls it by path), so it
runs tagged on the workers that have the project, like every script of this folder.
"""

from pipeline_ops import catalog


def main() -> dict:
    return catalog.environments()
