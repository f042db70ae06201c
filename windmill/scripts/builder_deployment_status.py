# requirements:
# wmill==1.850.0
"""What runs where: deployed stacks and their versions, for the builder app.

Backend of the raw app (windmill/raw_app/backend/deployment_status.yaml calls it by path), so it
runs tagged on the workers that have the project, like every script of this folder.
"""

from typing import Optional

import pipeline_ops


def main(name: Optional[str] = None) -> dict:
    return pipeline_ops.status(name=name)
