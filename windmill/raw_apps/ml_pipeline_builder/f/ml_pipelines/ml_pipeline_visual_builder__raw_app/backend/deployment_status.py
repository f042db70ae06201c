from typing import Optional

import pipeline_ops


def main(name: Optional[str] = None) -> dict:
    return pipeline_ops.status(name=name)
