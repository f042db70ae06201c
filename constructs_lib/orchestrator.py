"""The pipeline orchestrator: an AWS Step Functions state machine.

Why Step Functions rather than SageMaker Pipelines:
- a pipeline mixes services SageMaker Pipelines cannot drive natively (a Lambda
  pulling an API, SSM, endpoint create-or-update logic); Step Functions has
  service integrations for all of them, including SageMaker's `.sync` jobs;
- fractal assembly maps one-to-one: each pipeline level is its own state machine
  and a parent runs a child as one step with `states:startExecution.sync:2`,
  receiving the child's outputs as JSON. SageMaker Pipelines has no nested
  pipeline step;
- the definition is plain JSON we build and snapshot-test, it validates locally
  (the emulator checks ASL), and execution history, X-Ray tracing and logs come
  with it.
The cost: SageMaker-native lineage/experiment views are not populated.

Each node contributes a `StepChain`; chains run in the resolver's topological
order (sequentially: simple to reason about and to resume; independent branches
could later become a Parallel state).

Parameters: a pipeline that declares parameters starts with three more states.
"Start" records the declared defaults at `$.params` and keeps the execution
input at `$.input`; "Parameters given?" (a Choice) checks for `parameters` in
the input; "Apply parameters" merges them over the defaults with
`States.JsonMerge` (shallow: a parameter is replaced whole), "Use default
parameters" keeps the defaults. A Choice rather than a merge alone, because a
JSONPath to a missing key fails the run (States.Runtime), and executions
started by a schedule or from the console carry no `parameters`. Node steps
then read `$.params.NAME` (see runtime_params.py).
"""

from __future__ import annotations

import json
from typing import Any

from playbooks.spec.aws_limits import definition_size_problem

from . import cdk, secret_refs
from .asl import START_STATE, StepChain, link, start_states
from .iam import ServiceRole
from .naming import Namer
from .security import SecurityKit

DONE_STATE = "Done"


class Orchestrator(cdk.Construct):
    """A logged, traced state machine running `chains` in order.

    Props: `namer`, `kit`, `tags`, `comment` (literal text shown in the console),
    `purpose` (name suffix; "orchestrator" for pipelines, e.g. "scoring" for a node's own job),
    `takes_inputs` (True for a pipeline used as a node: its execution input carries
    `inputs`), `outputs` (ASL Parameters of the final state: what a parent receives).
    After construction, grant what the steps need on `self.role` (node constructs do
    it with `grant_orchestrator`), then call `finalize(chains)`.
    """

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        namer: Namer,
        kit: SecurityKit,
        tags: dict[str, str],
        purpose: str = "orchestrator",
    ) -> None:
        super().__init__(scope, construct_id)
        self._namer, self._kit, self._tags = namer, kit, tags
        account = kit.account
        self.name: str = namer.name("sfn_state_machine", purpose)
        self.role = ServiceRole(
            self,
            "role",
            name=namer.name("iam_role", purpose),
            service="states.amazonaws.com",
            account_id=account.account_id,
            tags=tags,
        )
        self.log_group = kit.log_group(self, "logs", f"/aws/vendedlogs/states/{self.name}", tags)
        self.role.add_policy(
            "write-logs-and-traces",
            [
                # CloudWatch Logs delivery APIs do not support resource-level permissions (AWS documents "*").
                {
                    "Effect": "Allow",
                    "Resource": "*",
                    "Action": [
                        "logs:CreateLogDelivery",
                        "logs:GetLogDelivery",
                        "logs:UpdateLogDelivery",
                        "logs:DeleteLogDelivery",
                        "logs:ListLogDeliveries",
                        "logs:PutResourcePolicy",
                        "logs:DescribeResourcePolicies",
                        "logs:DescribeLogGroups",
                    ],
                },
                {
                    "Effect": "Allow",
                    "Resource": "*",
                    "Action": [
                        "xray:PutTraceSegments",
                        "xray:PutTelemetryRecords",
                        "xray:GetSamplingRules",
                        "xray:GetSamplingTargets",
                    ],
                },
            ],
        )
        # Sync integrations look up executions/jobs by ARN; the ARN is known before creation.
        self.arn: str = f"arn:{account.partition}:states:{account.region}:{account.account_id}:stateMachine:{self.name}"
        self.state_machine: Any = None

    def finalize(
        self,
        chains: list[StepChain],
        *,
        comment: str,
        takes_inputs: bool,
        outputs: dict[str, Any],
        parameters: dict[str, Any] | None = None,
        keeps_input: bool = False,
    ) -> None:
        """`parameters`: the declared parameters' defaults (Terraform-literal), or None when none are declared.
        `keeps_input`: keep the execution input at `$.input` (a node's cache gate reads its hit there)."""
        first = chains[0].start if chains else DONE_STATE
        start, states = link(
            chains,
            (
                DONE_STATE,
                {"Type": "Pass", "Parameters": {"run_id.$": "$.run_id", "outputs": outputs, "nodes.$": "$.nodes"}, "End": True},
            ),
        )
        definition = {
            "Comment": comment,
            "StartAt": START_STATE,
            "States": {**start_states(first, takes_inputs, parameters, keeps_input), **states},
        }
        assert start == first
        text = json.dumps(_resolve_now(self, definition), indent=None)
        too_big = definition_size_problem(text, self.name)  # Step Functions' hard 1 MB quota, before any apply
        if too_big:
            raise ValueError(too_big)
        self.state_machine = cdk.SfnStateMachine(
            self,
            "state-machine",
            name=self.name,
            role_arn=self.role.arn,
            definition=text,
            logging_configuration=cdk.struct(
                {
                    "log_destination": f"{self.log_group.arn}:*",
                    "include_execution_data": secret_refs.logs_execution_data(definition),
                    "level": "ALL",
                }
            ),
            tracing_configuration=cdk.struct({"enabled": True}),
            encryption_configuration=cdk.struct(
                {"type": "CUSTOMER_MANAGED_KMS_KEY", "kms_key_id": self._kit.key_arn, "kms_data_key_reuse_period_seconds": 300}
            ),
            tags=self._tags,
        )
        self.role.add_policy(
            "use-pipeline-key",
            [
                {
                    "Effect": "Allow",
                    "Resource": self._kit.key_arn,
                    "Action": ["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"],
                }
            ],
        )


_NULL = "__playbook_json_null__"


def _resolve_now(scope: cdk.Construct, value: Any) -> Any:
    """The definition with every token resolved, so the long JSON string holds no tokens.

    cdktf tokenizes a string by searching for the next escape from each token to the
    end of the string, so one string with a token per node costs O(nodes^2) at synth
    (70 s for 1,000 nodes). Resolved as a structure, each string is short: linear.
    The output is identical. cdktf drops null values when resolving, hence the marker.
    """

    def mark(v: Any) -> Any:
        if v is None:
            return _NULL
        if isinstance(v, dict):
            return {k: mark(x) for k, x in v.items()}
        if isinstance(v, list):
            return [mark(x) for x in v]
        return v

    def unmark(v: Any) -> Any:
        if v == _NULL:
            return None
        if isinstance(v, dict):
            return {k: unmark(x) for k, x in v.items()}
        if isinstance(v, list):
            return [unmark(x) for x in v]
        return v

    return unmark(cdk.Tokenization.resolve(mark(value), scope=scope, resolver=cdk.DefaultTokenResolver(cdk.StringConcat())))
