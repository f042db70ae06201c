# requirements:
# wmill==1.850.0
"""The "deploy pipeline" step: once the infrastructure exists, upload the
pipeline's code artifacts to its bucket and start its orchestrator.

Returns pipeline_ops.run_pipeline's {"artifact_bucket", "orchestrator_arn",
"artifacts", "execution_arn", "execution_status", "name", "version"}.
Safe to retry: uploads are content-addressed and a retry starts one new run.
An S3 location the run reads that holds no objects stops the step before anything is uploaded or
started (pipeline_ops.data_inputs.InputsEmpty): the infrastructure is deployed, so the step succeeds
with {"started": False, "not_started": one line per empty location saying what to do, "empty_inputs"}
and the notification says so; `allow_empty` starts it anyway (a pipeline that fills its own inputs).
`retry` (a run's name or ARN) continues that failed run from its failed states instead of starting a new
one (`playbook run --retry RUN`, pipeline_ops.run_retry): nothing is uploaded, the run keeps its input.
"""

from typing import TypedDict

import pipeline_ops
from pipeline_ops.data_inputs import InputsEmpty
from pipeline_ops.run_selection import Selection

from playbook_windmill.runtime import aws_credentials, is_local, log, require_credentials


class aws(TypedDict):
    awsAccessKeyId: str
    awsSecretAccessKey: str
    region: str


def main(
    config: dict,
    environment: str = "dev",
    aws: aws | None = None,
    start: bool = True,
    parameters: dict | None = None,
    allow_empty: bool = False,
    no_cache: bool = False,
    retry: str = "",
    from_node: str = "",
    only_node: str = "",
) -> dict:
    """`parameters`: the run's values for the declared parameters (typed; defaults for the rest).
    `no_cache`: start every job, even those the step cache would reuse (`playbook run --no-cache`).
    `retry`: continue this failed run (name or ARN) from its failed states, keeping what succeeded.
    `from_node`: run that node and everything downstream, reusing the latest outputs before it (`--from`);
    `only_node`: run that node alone on the latest outputs before it (`--only`); empty: the whole pipeline."""
    credentials = require_credentials(aws, environment)
    if retry:
        from pipeline_ops.run_retry import retry_run

        with aws_credentials(credentials):
            retried = retry_run(config, retry, environment, local=is_local(environment))
        log(f"retried {retried['execution_arn']} (attempt {retried['retried']['redrive_count'] + 1})")
        return retried
    with aws_credentials(credentials):
        try:
            result = pipeline_ops.run_pipeline(
                config,
                environment,
                local=is_local(environment),
                start=start,
                parameters=parameters or None,
                allow_empty=allow_empty,
                no_cache=no_cache,
                selection=Selection(from_node or None, only_node or None) if from_node or only_node else None,
            )
        except InputsEmpty as exc:
            for problem in exc.problems:
                log(f"not started: {problem}")
            return {
                "started": False,
                "not_started": "; ".join(exc.problems),
                "empty_inputs": [{"node": loc.name, "uri": loc.uri} for loc in exc.empty],
                "environment": environment,
            }
    uploaded = sum(a.get("uploaded", 0) for a in result.get("artifacts", []))
    log(f"{result['name']}@{result['version']}: {uploaded} artifact file(s) uploaded to {result['artifact_bucket']}")
    if result.get("execution_arn"):
        log(f"orchestrator started: {result['execution_arn']} ({result.get('execution_status')})")
    for node, item in sorted((result.get("cache") or {}).items()):  # the step cache's decision per node
        log(f"{node} {item['why']}" if item["status"] != "ran" else f"{node} ran: {item['why']}")
    return result
