# requirements:
# wmill==1.850.0
"""The visual builder's "Run": start the deployed pipeline with typed parameter values and follow
the run to its end (pipeline_ops.run_ops.start_and_follow, the function `playbook ui` uses; the
same calls as `playbook run --param ... --wait` and `playbook logs`).

Each state the run enters/leaves is a line of this job's log (`-> STATE`, `<- STATE`,
`!  STATE: error`), which the raw app reads while the job runs to show each node's state; the
result is the run's outcome (status, failing state, error, cause, log tail), its logs and events.
Values that do not fit the declaration fail the job before anything starts (the app checks them
with validate_pipeline first), and so does an S3 location the run reads that holds no objects
(pipeline_ops.data_inputs.InputsEmpty: one line per location, what to upload where). Backend of the
raw app (windmill/raw_app/backend/run.yaml).
"""

from typing import TypedDict

from pipeline_ops import run_ops

from playbook_windmill.runtime import aws_credentials, is_local, log, require_credentials


class aws(TypedDict):
    awsAccessKeyId: str
    awsSecretAccessKey: str
    region: str


def main(
    config: dict, environment: str = "dev", parameters: dict | None = None, aws: aws | None = None, allow_empty: bool = False
) -> dict:
    credentials = require_credentials(aws, environment)
    with aws_credentials(credentials):
        return run_ops.start_and_follow(
            config, environment, local=is_local(environment), parameters=parameters or {}, on_line=log, allow_empty=allow_empty
        )
