# requirements:
# wmill==1.850.0
"""Published versions of a pipeline and where each one is deployed.

Returns {"name", "latest", "versions": [{version, digest, published_at,
environments}], "deployments": [...]} from pipeline_ops.versions and
pipeline_ops.status (the Terraform state this worker group holds).
"""

import pipeline_ops


def main(name: str) -> dict:
    if not name:
        return {"name": "", "latest": None, "versions": [], "deployments": []}
    status = pipeline_ops.status(name=name)
    deployed: dict[str, list[str]] = {}
    for row in status["deployments"]:
        deployed.setdefault(row["version"], []).append(row["environment"])
    versions = pipeline_ops.versions(name, deployed=deployed)
    return {"name": name, "latest": versions["latest"], "versions": versions["versions"], "deployments": status["deployments"]}
