#requirements:
#wmill==1.850.0
"""The "deploy pipeline" step: once the infrastructure exists, upload the
pipeline's code artifacts to its bucket and start its orchestrator.

Returns {"stack", "execution_arn", ...} from pipeline_ops.deploy_pipeline.
Safe to retry: uploads are content-addressed and a retry starts one new run.
"""
from typing import TypedDict

import pipeline_ops

from windmill.runtime import aws_credentials, is_local, log, require_credentials


class aws(TypedDict):
    awsAccessKeyId: str
    awsSecretAccessKey: str
    region: str


def main(stack: str, environment: str = "dev", aws: aws | None = None) -> dict:
    require_credentials(aws, environment)
    with aws_credentials(aws):
        result = pipeline_ops.deploy_pipeline(stack, environment, local=is_local(environment))
    log(f"{stack}: orchestrator started, execution {result.get('execution_arn')}")
    return {"stack": stack, **result}
