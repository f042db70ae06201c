# requirements:
# wmill==1.850.0
"""The deploy review in plain words for the visual builder (pipeline_ops.review): what each node
creates and when it runs, resources by kind, changes versus what is deployed, always-on cost.
A synth only, no Terraform run, so it needs no cloud credentials.

Backend of the raw app (windmill/raw_app/backend/review.yaml calls it by path), so it
runs tagged on the workers that have the project, like every script of this folder.
"""

import pipeline_ops


def main(config: dict, environment: str = "dev") -> dict:
    return pipeline_ops.review(config, environment)
