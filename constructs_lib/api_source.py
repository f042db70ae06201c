"""The API data source: an HTTP API pulled into S3 by a Lambda function on a schedule and once per run.

Produces a `Dataset`. The function's code is the bundled `api_pull.py`; the schedule comes from
schedules.py, shared with the database source and the batch deployment.
"""

from __future__ import annotations

import json
from typing import Any

from playbooks.params import has_references
from playbooks.spec.source_configs import ApiSourceConfig

from . import cdk, code_bundle, secret_refs
from .artifacts import CONTENT_TYPES
from .asl import StepChain, node_result_path
from .iam import ServiceRole, grant_dataset_write, grant_key_use
from .node_base import NodeConstruct, NodeContext
from .runtime_params import STATE_PATH, RuntimeParameters
from .schedules import schedule_target


class ApiDataSource(NodeConstruct):
    """An HTTP API pulled into S3 by a Lambda function on a schedule (and once per pipeline run).

    Props: `config` (ApiSourceConfig; default: a daily pull of the configured URL), `context`.
    The function's code is the bundled `api_pull.py`; an auth secret is read at run time,
    never stored in the function configuration. Output: `dataset`.
    """

    def __init__(self, scope: cdk.Construct, construct_id: str, *, config: ApiSourceConfig, context: NodeContext) -> None:
        super().__init__(scope, construct_id)
        kit, namer, tags = context.kit, context.namer, context.tags
        self.dataset = kit.artifact_dataset(namer, "pulls", CONTENT_TYPES[config.format])
        name = namer.name("lambda", "pull")
        role = ServiceRole(
            self,
            "role",
            name=namer.name("iam_role", "pull"),
            service="lambda.amazonaws.com",
            account_id=kit.account.account_id,
            tags=tags,
        )
        grant_dataset_write(role, self.dataset, "write-pulls")
        grant_key_use(role, kit.key_arn)
        logs = kit.log_group(self, "logs", f"/aws/lambda/{name}", tags)
        dead_letters = cdk.SqsQueue(
            self,
            "dead-letters",
            name=namer.name("sqs", "pull-dlq"),
            kms_master_key_id=kit.key_arn,
            message_retention_seconds=1209600,
            tags=tags,
        )
        role.add_policy(
            "function-basics",
            [
                {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": f"{logs.arn}:*"},
                {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": dead_letters.arn},
                # X-Ray segment APIs have no resource-level permissions.
                {"Effect": "Allow", "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], "Resource": "*"},
            ],
        )
        keys = list(config.secrets_kms_key_arns)
        if config.auth_secret_arn:
            role.add_policy(
                "read-auth-secret",
                [
                    {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": config.auth_secret_arn},
                    *secret_refs.decrypt_statements(keys),
                ],
            )
        # Header values that are secret references are fetched by the function at run time (api_pull.py).
        secret_refs.grant_read(
            role, context, dict(config.headers), "read-header-secrets", [] if config.auth_secret_arn else keys
        )  # one grant per role is enough
        package = code_bundle.zip_bytes({"api_pull.py": code_bundle.bundled_script("api_pull.py")})
        code = cdk.S3Object(
            self,
            "code",
            bucket=kit.artifact_bucket.name,
            key=f"{namer.s3_key_prefix('code')}api_pull.zip",
            content_base64=code_bundle.b64(package),
            kms_key_id=kit.key_arn,
            server_side_encryption="aws:kms",
            tags=tags,
        )
        role.add_policy(
            "read-code",
            [
                {
                    "Effect": "Allow",
                    "Action": "s3:GetObject",
                    "Resource": f"{kit.artifact_bucket.arn}/{namer.s3_key_prefix('code')}*",
                }
            ],
        )
        # Scheduled pulls fetch URL/HEADERS (references rendered with the defaults); a pipeline run sends
        # only its parameter values, which the function puts into URL_TEMPLATE / HEADER_TEMPLATES: what is
        # fetched, and where credentials go, is the function's configuration, not its invoker's choice.
        params = context.params
        static = {name: value for name, value in config.headers.items() if not has_references(value)}
        templated = {name: value for name, value in config.headers.items() if has_references(value)}
        environment = {
            "URL": params.render_defaults(config.url),
            "HEADERS": json.dumps(
                {**static, **{name: params.render_defaults(value) for name, value in templated.items()}}, sort_keys=True
            ),
            "BUCKET": kit.artifact_bucket.name,
            "PREFIX": self.dataset.prefix,
            "FORMAT": config.format,
            "KMS_KEY_ARN": kit.key_arn,
            "TIMEOUT": str(max(1, config.timeout_seconds - 5)),
        }
        if has_references(config.url):
            environment["URL_TEMPLATE"] = config.url
        if templated:
            environment["HEADER_TEMPLATES"] = json.dumps(templated, sort_keys=True)
        if config.auth_secret_arn:
            environment["AUTH_SECRET_ARN"] = config.auth_secret_arn
        self.function = cdk.LambdaFunction(
            self,
            "function",
            function_name=name,
            role=role.arn,
            runtime="python3.12",
            handler="api_pull.handler",
            s3_bucket=code.bucket,
            s3_key=code.key,
            source_code_hash=code_bundle.b64_sha256(package),
            timeout=config.timeout_seconds,
            memory_size=256,
            reserved_concurrent_executions=1,
            environment=cdk.struct({"variables": environment}),
            kms_key_arn=kit.key_arn,
            tracing_config=cdk.struct({"mode": "Active"}),
            dead_letter_config=cdk.struct({"target_arn": dead_letters.arn}),
            logging_config=cdk.struct({"log_format": "JSON", "log_group": logs.name}),
            depends_on=[logs],
            tags=tags,
        )
        self.function_arn: str = self.function.arn
        schedule_target(self, context, "pull", config.schedule, self.function.arn, "lambda:InvokeFunction", dead_letters.arn)
        self.steps = StepChain.single(
            namer.state_name("pull"),
            {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                **({"Comment": context.description} if context.description else {}),
                "Parameters": {
                    "FunctionName": self.function.arn,
                    "Payload": {"run_id.$": "$.run_id", **self._run_time_request(config, params)},
                },
                "ResultSelector": {"s3_uri.$": "$.Payload.s3_uri"},
                "ResultPath": node_result_path(namer.path[-1]),
                "Retry": [
                    {
                        "ErrorEquals": ["Lambda.ServiceException", "Lambda.TooManyRequestsException"],
                        "IntervalSeconds": 5,
                        "MaxAttempts": 3,
                        "BackoffRate": 2,
                    }
                ],
            },
        )

    @staticmethod
    def _run_time_request(config: ApiSourceConfig, params: RuntimeParameters) -> dict[str, Any]:
        """Payload fields carrying the run's parameter values (only when the URL or headers reference some)."""
        if has_references(config.url) or any(has_references(v) for v in config.headers.values()):
            return {"params.$": STATE_PATH}
        return {}

    def grant_orchestrator(self, role: ServiceRole) -> None:
        role.add_policy(
            f"invoke-{self.node.id}", [{"Effect": "Allow", "Action": "lambda:InvokeFunction", "Resource": self.function_arn}]
        )
