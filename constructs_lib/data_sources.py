"""Data source constructs: S3, database, HTTP API. Each produces a `Dataset`."""
from __future__ import annotations

import json
from typing import Any

from playbooks.params import has_references
from playbooks.spec.node_configs import ApiSourceConfig, DatabaseSourceConfig, S3SourceConfig

from . import cdk, code_bundle, db_drivers, secret_refs
from .artifacts import Dataset
from .asl import StepChain, node_result_path, run_scoped_name, sagemaker_integration
from .iam import ServiceRole, grant_dataset_write, grant_key_use
from .managed_database import managed_database
from .node_base import (NodeConstruct, NodeContext, builtin_image, grant_sagemaker_sync,
                        grant_start_execution_sync, sagemaker_role)
from .orchestrator import Orchestrator
from .runtime_params import RuntimeParameters
from .security import SecureBucket

CONTENT_TYPES = {"csv": "text/csv", "parquet": "application/x-parquet", "json": "application/json",
                 "jsonl": "application/jsonlines", "images": "application/x-image", "text": "text/plain"}


class S3DataSource(NodeConstruct):
    """An S3 dataset. Props: `config` (S3SourceConfig; default: a managed secure bucket), `context`.

    Output: `dataset`. No orchestrator step: the data is already in place.
    """

    def __init__(self, scope: cdk.Construct, construct_id: str, *, config: S3SourceConfig, context: NodeContext) -> None:
        super().__init__(scope, construct_id)
        content_type = CONTENT_TYPES[config.format]
        if config.bucket is None:
            self.bucket: SecureBucket | None = SecureBucket(
                self, "bucket", name=context.namer.name("s3_bucket", "data"), account=context.kit.account, tags=context.tags,
                kms_key_arn=context.kit.key_arn, access_log_bucket=context.kit.log_bucket,
                force_destroy=context.kit.force_destroy)
            self.dataset = self.bucket.dataset(config.prefix, content_type)
        else:
            self.bucket = None
            self.dataset = Dataset(s3_uri=f"s3://{config.bucket}/{config.prefix}",
                                   bucket_arn=f"arn:{context.kit.account.partition}:s3:::{config.bucket}",
                                   prefix=config.prefix, kms_key_arn=config.kms_key_arn, content_type=content_type)


class DatabaseDataSource(NodeConstruct):
    """Rows of a relational database extracted to S3 by a SageMaker Processing job.

    Props: `config` (DatabaseSourceConfig; default: managed Aurora PostgreSQL Serverless v2
    in an isolated VPC, master password managed by Secrets Manager), `context`.
    The extraction is its own state machine (`extraction`), run by the pipeline as one
    step and, with `extraction_schedule`, by EventBridge Scheduler. Output: `dataset`.
    """

    def __init__(self, scope: cdk.Construct, construct_id: str, *, config: DatabaseSourceConfig, context: NodeContext) -> None:
        super().__init__(scope, construct_id)
        kit, namer, tags = context.kit, context.namer, context.tags
        self.dataset = kit.artifact_dataset(namer, "extract", CONTENT_TYPES[config.output_format])
        self.code = kit.artifact_dataset(namer, "code")
        cdk.S3Object(self, "script", bucket=kit.artifact_bucket.name, key=f"{self.code.prefix}extract_db.py",
                     content_base64=code_bundle.b64(code_bundle.bundled_script("extract_db.py")),
                     kms_key_id=kit.key_arn, server_side_encryption="aws:kms", tags=tags)
        # The image has no database driver and the job's subnets no internet: the pinned
        # pure-Python driver travels in the code channel (see db_drivers.py).
        cdk.S3Object(self, "drivers", bucket=kit.artifact_bucket.name, key=f"{self.code.prefix}{db_drivers.ZIP_NAME}",
                     content_base64=code_bundle.b64(db_drivers.drivers_zip(config.engine)),
                     kms_key_id=kit.key_arn, server_side_encryption="aws:kms", tags=tags)
        rds_ca = db_drivers.rds_ca_bundle()
        if rds_ca is not None:  # TLS verification of RDS/Aurora certificates
            cdk.S3Object(self, "rds-ca", bucket=kit.artifact_bucket.name, key=f"{self.code.prefix}{db_drivers.RDS_CA_NAME}",
                         content_base64=code_bundle.b64(rds_ca),
                         kms_key_id=kit.key_arn, server_side_encryption="aws:kms", tags=tags)
        role = sagemaker_role(self, context)
        grant_dataset_write(role, self.dataset, "write-extract")
        role.add_policy("read-code", [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{self.code.bucket_arn}/{self.code.prefix}*"}])
        environment = {"DB_ENGINE": config.engine, "DB_NAME": config.database_name, "OUTPUT_FORMAT": config.output_format}
        if config.query:
            environment.update(context.params.fields({"QUERY": config.query}))
        # A query with `{{ params.NAME }}` makes the extraction machine take the pipeline's parameters
        # (from the pipeline run; a scheduled extraction uses the defaults).
        takes_parameters = has_references(config.query)
        if config.table:
            environment["TABLE"] = config.table
        if config.mode == "existing":
            secret_arn = config.connection_secret_arn or ""
            subnets, groups = list(config.subnet_ids), list(config.security_group_ids)
        else:
            database = managed_database(self, config, context)
            secret_arn, subnets, groups = database.secret_arn, database.subnet_ids, database.security_group_ids
            environment.update(DB_HOST=database.host, DB_PORT=str(database.port))
        environment["SECRET_ARN"] = secret_arn
        role.add_policy("read-connection-secret", [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": secret_arn},
                                                   *secret_refs.decrypt_statements(list(config.secrets_kms_key_arns))])
        if subnets:
            role.add_policy("job-networking", [{"Effect": "Allow", "Resource": "*", "Action": [
                # ENI management for VPC jobs has no resource-level scoping at create time.
                "ec2:CreateNetworkInterface", "ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface",
                "ec2:DeleteNetworkInterfacePermission", "ec2:DescribeNetworkInterfaces", "ec2:DescribeVpcs",
                "ec2:DescribeDhcpOptions", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"]}])
        image = builtin_image(context, "sklearn", "1.2-1")
        job_prefix = namer.name("sagemaker_job_prefix", "extract")
        network: dict[str, Any] = {"EnableInterContainerTrafficEncryption": True, "EnableNetworkIsolation": False}
        if subnets:
            network["VpcConfig"] = {"Subnets": subnets, "SecurityGroupIds": groups}
        job = {
            "Type": "Task", "Resource": sagemaker_integration("createProcessingJob", sync=True),
            "Parameters": {
                "ProcessingJobName.$": run_scoped_name(job_prefix), "RoleArn": role.arn,
                "AppSpecification": {"ImageUri": image, "ContainerEntrypoint": ["python3", "/opt/ml/processing/code/extract_db.py"]},
                "Environment": environment,
                "ProcessingInputs": [{"InputName": "code", "S3Input": {"S3Uri": self.code.s3_uri, "LocalPath": "/opt/ml/processing/code",
                                                                       "S3DataType": "S3Prefix", "S3InputMode": "File"}}],
                "ProcessingOutputConfig": {"KmsKeyId": kit.key_arn, "Outputs": [{"OutputName": "extract", "S3Output": {
                    "S3Uri": self.dataset.s3_uri, "LocalPath": "/opt/ml/processing/output", "S3UploadMode": "EndOfJob"}}]},
                "ProcessingResources": {"ClusterConfig": {"InstanceCount": 1, "InstanceType": config.extraction_instance_type,
                                                          "VolumeSizeInGB": 30, "VolumeKmsKeyId": kit.key_arn}},
                "StoppingCondition": {"MaxRuntimeInSeconds": 3600 * 6},
                "NetworkConfig": network,
            },
            "ResultSelector": {"job_arn.$": "$.ProcessingJobArn"}, "ResultPath": "$.extraction",
        }
        self.extraction = Orchestrator(self, "extraction", namer=namer, kit=kit, tags=tags, purpose="extraction")
        grant_sagemaker_sync(self.extraction.role, context, "run-extraction-job", "processing-job", job_prefix, role.arn)
        self.extraction.finalize([StepChain.single(namer.state_name("extract rows"), job)],
                                 comment=context.description or "Extract database rows to S3", takes_inputs=False, outputs={},
                                 parameters=context.params.defaults if takes_parameters else None)
        if config.extraction_schedule:
            _schedule_state_machine(self, context, self.extraction, config.extraction_schedule)
        self.steps = StepChain.single(namer.state_name("extract"), {
            "Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
            **({"Comment": context.description} if context.description else {}),
            "Parameters": {"StateMachineArn": self.extraction.arn, "Input": {
                "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id",
                **({"parameters.$": "$.params"} if takes_parameters else {})}},
            "ResultSelector": {"execution_arn.$": "$.ExecutionArn"}, "ResultPath": node_result_path(namer.path[-1]),
        })
        self._context = context

    def grant_orchestrator(self, role: ServiceRole) -> None:
        grant_start_execution_sync(role, self._context, f"run-{self._context.namer.path[-1]}-extraction",
                                   self.extraction.arn, self.extraction.name)

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
        role = ServiceRole(self, "role", name=namer.name("iam_role", "pull"), service="lambda.amazonaws.com",
                           account_id=kit.account.account_id, tags=tags)
        grant_dataset_write(role, self.dataset, "write-pulls")
        grant_key_use(role, kit.key_arn)
        logs = kit.log_group(self, "logs", f"/aws/lambda/{name}", tags)
        dead_letters = cdk.SqsQueue(self, "dead-letters", name=namer.name("sqs", "pull-dlq"), kms_master_key_id=kit.key_arn,
                                    message_retention_seconds=1209600, tags=tags)
        role.add_policy("function-basics", [
            {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": f"{logs.arn}:*"},
            {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": dead_letters.arn},
            # X-Ray segment APIs have no resource-level permissions.
            {"Effect": "Allow", "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], "Resource": "*"},
        ])
        keys = list(config.secrets_kms_key_arns)
        if config.auth_secret_arn:
            role.add_policy("read-auth-secret", [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue",
                                                  "Resource": config.auth_secret_arn}, *secret_refs.decrypt_statements(keys)])
        # Header values that are secret references are fetched by the function at run time (api_pull.py).
        secret_refs.grant_read(role, context, dict(config.headers), "read-header-secrets",
                               [] if config.auth_secret_arn else keys)  # one grant per role is enough
        package = code_bundle.zip_bytes({"api_pull.py": code_bundle.bundled_script("api_pull.py")})
        code = cdk.S3Object(self, "code", bucket=kit.artifact_bucket.name, key=f"{namer.s3_key_prefix('code')}api_pull.zip",
                            content_base64=code_bundle.b64(package), kms_key_id=kit.key_arn,
                            server_side_encryption="aws:kms", tags=tags)
        role.add_policy("read-code", [{"Effect": "Allow", "Action": "s3:GetObject",
                                       "Resource": f"{kit.artifact_bucket.arn}/{namer.s3_key_prefix('code')}*"}])
        # Scheduled pulls read URL/HEADERS from the function's environment (references rendered with the
        # defaults); pipeline runs send the run's values in the payload (api_pull.py prefers them).
        params = context.params
        headers = {name: params.render_defaults(value) for name, value in config.headers.items()}
        environment = {"URL": params.render_defaults(config.url), "HEADERS": json.dumps(headers, sort_keys=True), "BUCKET": kit.artifact_bucket.name,
                       "PREFIX": self.dataset.prefix, "FORMAT": config.format, "KMS_KEY_ARN": kit.key_arn,
                       "TIMEOUT": str(max(1, config.timeout_seconds - 5))}
        if config.auth_secret_arn:
            environment["AUTH_SECRET_ARN"] = config.auth_secret_arn
        self.function = cdk.LambdaFunction(
            self, "function", function_name=name, role=role.arn, runtime="python3.12", handler="api_pull.handler",
            s3_bucket=code.bucket, s3_key=code.key, source_code_hash=code_bundle.b64_sha256(package),
            timeout=config.timeout_seconds, memory_size=256, reserved_concurrent_executions=1,
            environment=cdk.struct({"variables": environment}), kms_key_arn=kit.key_arn, tracing_config=cdk.struct({"mode": "Active"}),
            dead_letter_config=cdk.struct({"target_arn": dead_letters.arn}),
            logging_config=cdk.struct({"log_format": "JSON", "log_group": logs.name}),
            depends_on=[logs], tags=tags)
        self.function_arn: str = self.function.arn
        _schedule_target(self, context, "pull", config.schedule, self.function.arn, "lambda:InvokeFunction", dead_letters.arn)
        self.steps = StepChain.single(namer.state_name("pull"), {
            "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            **({"Comment": context.description} if context.description else {}),
            "Parameters": {"FunctionName": self.function.arn, "Payload": {"run_id.$": "$.run_id", **self._run_time_request(config, params)}},
            "ResultSelector": {"s3_uri.$": "$.Payload.s3_uri"}, "ResultPath": node_result_path(namer.path[-1]),
            "Retry": [{"ErrorEquals": ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], "IntervalSeconds": 5,
                       "MaxAttempts": 3, "BackoffRate": 2}],
        })

    @staticmethod
    def _run_time_request(config: ApiSourceConfig, params: RuntimeParameters) -> dict[str, Any]:
        """Payload fields carrying the run's parameter values (only when the URL or headers reference some)."""
        payload: dict[str, Any] = {}
        if has_references(config.url):
            payload.update(params.field("url", config.url))
        if any(has_references(v) for v in config.headers.values()):
            payload["headers"] = params.fields({k: v for k, v in config.headers.items() if has_references(v)})
        return payload

    def grant_orchestrator(self, role: ServiceRole) -> None:
        role.add_policy(f"invoke-{self.node.id}", [{"Effect": "Allow", "Action": "lambda:InvokeFunction", "Resource": self.function_arn}])


def _schedule_target(scope: NodeConstruct, context: NodeContext, purpose: str, expression: str, target_arn: str,
                     action: str, dead_letter_arn: str | None = None) -> None:
    """An EventBridge Scheduler schedule invoking `target_arn` with a role allowed only `action` on it."""
    namer, kit = context.namer, context.kit
    role = ServiceRole(scope, f"{purpose}-schedule-role", name=namer.name("iam_role", f"{purpose}-schedule"),
                       service="scheduler.amazonaws.com", account_id=kit.account.account_id, tags=context.tags)
    statements: list[dict[str, Any]] = [{"Effect": "Allow", "Action": action, "Resource": target_arn}]
    if dead_letter_arn:
        statements.append({"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": dead_letter_arn})
    statements.append({"Effect": "Allow", "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": kit.key_arn})
    role.add_policy(f"invoke-{purpose}", statements)
    target: dict[str, Any] = {"arn": target_arn, "role_arn": role.arn, "retry_policy": {"maximum_retry_attempts": 3}}
    if dead_letter_arn:
        target["dead_letter_config"] = {"arn": dead_letter_arn}
    cdk.SchedulerSchedule(scope, f"{purpose}-schedule", name=namer.name("scheduler", purpose), schedule_expression=expression,
                          flexible_time_window=cdk.struct({"mode": "OFF"}), target=cdk.struct(target), kms_key_arn=kit.key_arn, state="ENABLED")


def _schedule_state_machine(scope: NodeConstruct, context: NodeContext, machine: Orchestrator, expression: str) -> None:
    _schedule_target(scope, context, "extraction", expression, machine.arn, "states:StartExecution")
