"""What a deployed pipeline stack is called and which outputs it has: one contract for its writer and readers.

`PipelineStack` writes these outputs; the runner, the run/status/data commands, the builder and
Windmill read them back from Terraform state. Naming them once here means a renamed output fails
at import in every reader instead of reading `None` from a deployment at run time.
Deliberately free of cdktf: readers import it without starting a jsii kernel.
"""

from __future__ import annotations

PLAYBOOK_NAME = "playbook_name"
PLAYBOOK_VERSION = "playbook_version"
PLAYBOOK_DIGEST = "playbook_digest"
PLAYBOOK_DESCRIPTION = "playbook_description"
ENVIRONMENT = "environment"
ARTIFACT_BUCKET = "artifact_bucket"
ORCHESTRATOR_ARN = "orchestrator_arn"

# What every run needs from a deployment; a stack without them was not fully applied.
REQUIRED_FOR_RUN = (ARTIFACT_BUCKET, ORCHESTRATOR_ARN)

NODE_PREFIX = "node_"  # each node's own outputs: node_<path with "__" between levels>_<what>


def stack_id(pipeline: str, environment: str) -> str:
    """The stack (and Terraform working directory) of one pipeline in one environment."""
    return f"{pipeline}-{environment}"


def node_output(path: str, what: str) -> str:
    """The output `what` of the node at `path` ("train" or "prep/clean" for a node inside a sub-pipeline)."""
    return f"{NODE_PREFIX}{path.replace('/', '__')}_{what}"
