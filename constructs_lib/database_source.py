"""The database data source: rows of a relational database extracted to S3 by a SageMaker Processing job.

Its own module because it is the one source with a state machine of its own (the extraction,
run by the pipeline as one step and by its own schedule). The managed database it may create
lives in managed_database.py, the VPC around it in isolated_network.py, the job's script in
bundled/extract_db.py and the pure-Python drivers it ships in db_drivers.py.
"""

from __future__ import annotations

from typing import Any

from playbooks.params import has_references, references
from playbooks.spec.source_configs import DatabaseSourceConfig

from . import cdk, code_bundle, db_drivers, secret_refs
from .artifacts import CONTENT_TYPES, Dataset
from .asl import StepChain, node_result_path, run_scoped_name, run_state_machine, sagemaker_integration
from .iam import ServiceRole, grant_dataset_write
from .managed_database import managed_database
from .node_base import (
    NodeConstruct,
    NodeContext,
    builtin_image,
    grant_sagemaker_sync,
    grant_start_execution_sync,
    sagemaker_role,
)
from .orchestrator import Orchestrator
from .runtime_params import STATE_PATH
from .schedules import schedule_target

CODE_DIR = "/opt/ml/processing/code"


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
        self._upload_code(config, context)
        role = sagemaker_role(self, context)
        grant_dataset_write(role, self.dataset, "write-extract")
        role.add_policy(
            "read-code",
            [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{self.code.bucket_arn}/{self.code.prefix}*"}],
        )
        environment = {"DB_ENGINE": config.engine, "DB_NAME": config.database_name, "OUTPUT_FORMAT": config.output_format}
        if config.query:
            # The query text keeps its `{{ params.NAME }}` references; the run's values go separately
            # (a JSON array, in order of first appearance) and the job binds them as SQL parameters.
            environment["QUERY"] = config.query
            names = list(dict.fromkeys(references(config.query)))
            if names:
                values = ", ".join(f"{STATE_PATH}.{name}" for name in names)
                environment["QUERY_PARAMETERS.$"] = f"States.JsonToString(States.Array({values}))"
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
        role.add_policy(
            "read-connection-secret",
            [
                {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": secret_arn},
                *secret_refs.decrypt_statements(list(config.secrets_kms_key_arns)),
            ],
        )
        if subnets:
            role.add_policy(
                "job-networking",
                [
                    {
                        "Effect": "Allow",
                        "Resource": "*",
                        "Action": [
                            # ENI management for VPC jobs has no resource-level scoping at create time.
                            "ec2:CreateNetworkInterface",
                            "ec2:CreateNetworkInterfacePermission",
                            "ec2:DeleteNetworkInterface",
                            "ec2:DeleteNetworkInterfacePermission",
                            "ec2:DescribeNetworkInterfaces",
                            "ec2:DescribeVpcs",
                            "ec2:DescribeDhcpOptions",
                            "ec2:DescribeSubnets",
                            "ec2:DescribeSecurityGroups",
                        ],
                    }
                ],
            )
        image = builtin_image(context, "sklearn", "1.2-1")
        job_prefix = namer.name("sagemaker_job_prefix", "extract")
        network: dict[str, Any] = {"EnableInterContainerTrafficEncryption": True, "EnableNetworkIsolation": False}
        if subnets:
            network["VpcConfig"] = {"Subnets": subnets, "SecurityGroupIds": groups}
        parameters = _processing_job(
            config,
            context,
            job_prefix=job_prefix,
            role_arn=role.arn,
            image=image,
            environment=environment,
            code=self.code,
            output=self.dataset,
            network=network,
        )
        extract_rows = StepChain.single(
            namer.state_name("extract rows"),
            {
                "Type": "Task",
                "Resource": sagemaker_integration("createProcessingJob", sync=True),
                "Parameters": parameters,
                "ResultSelector": {"job_arn.$": "$.ProcessingJobArn"},
                "ResultPath": "$.extraction",
            },
        )
        self.extraction = Orchestrator(self, "extraction", namer=namer, kit=kit, tags=tags, purpose="extraction")
        grant_sagemaker_sync(
            self.extraction.role, context, "run-extraction-job", "processing-job", job_prefix, role.arn, pipeline_wide=False
        )
        self.extraction.finalize(
            [extract_rows],
            comment=context.description or "Extract database rows to S3",
            takes_inputs=False,
            outputs={},
            parameters=context.params.defaults if takes_parameters else None,
        )
        if config.extraction_schedule:
            schedule_target(self, context, "extraction", config.extraction_schedule, self.extraction.arn, "states:StartExecution")
        execution_input = {
            "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id",
            **({"parameters.$": "$.params"} if takes_parameters else {}),
        }
        self.steps = StepChain.single(
            namer.state_name("extract"),
            run_state_machine(
                self.extraction.arn, execution_input, node_result_path(namer.path[-1]), comment=context.description
            ),
        )
        self._context = context

    def _upload_code(self, config: DatabaseSourceConfig, context: NodeContext) -> None:
        """The job's code channel: the extraction script, the database driver and the RDS CA bundle."""
        kit, tags = context.kit, context.tags
        cdk.S3Object(
            self,
            "script",
            bucket=kit.artifact_bucket.name,
            key=f"{self.code.prefix}extract_db.py",
            content_base64=code_bundle.b64(code_bundle.bundled_script("extract_db.py")),
            kms_key_id=kit.key_arn,
            server_side_encryption="aws:kms",
            tags=tags,
        )
        # The image has no database driver and the job's subnets no internet: the pinned
        # pure-Python driver travels in the code channel (see db_drivers.py).
        cdk.S3Object(
            self,
            "drivers",
            bucket=kit.artifact_bucket.name,
            key=f"{self.code.prefix}{db_drivers.ZIP_NAME}",
            content_base64=code_bundle.b64(db_drivers.drivers_zip(config.engine)),
            kms_key_id=kit.key_arn,
            server_side_encryption="aws:kms",
            tags=tags,
        )
        rds_ca = db_drivers.rds_ca_bundle()
        if rds_ca is not None:  # TLS verification of RDS/Aurora certificates
            cdk.S3Object(
                self,
                "rds-ca",
                bucket=kit.artifact_bucket.name,
                key=f"{self.code.prefix}{db_drivers.RDS_CA_NAME}",
                content_base64=code_bundle.b64(rds_ca),
                kms_key_id=kit.key_arn,
                server_side_encryption="aws:kms",
                tags=tags,
            )

    def grant_orchestrator(self, role: ServiceRole) -> None:
        grant_start_execution_sync(
            role, self._context, f"run-{self._context.namer.path[-1]}-extraction", self.extraction.arn, self.extraction.name
        )


def _processing_job(
    config: DatabaseSourceConfig,
    context: NodeContext,
    *,
    job_prefix: str,
    role_arn: str,
    image: str,
    environment: dict[str, Any],
    code: Dataset,
    output: Dataset,
    network: dict[str, Any],
) -> dict[str, Any]:
    """`CreateProcessingJob` parameters of the extraction: the bundled script over the code channel, rows to `output`."""
    key_arn = context.kit.key_arn
    return {
        "ProcessingJobName.$": run_scoped_name(job_prefix),
        "RoleArn": role_arn,
        "AppSpecification": {"ImageUri": image, "ContainerEntrypoint": ["python3", f"{CODE_DIR}/extract_db.py"]},
        "Environment": environment,
        "ProcessingInputs": [
            {
                "InputName": "code",
                "S3Input": {"S3Uri": code.s3_uri, "LocalPath": CODE_DIR, "S3DataType": "S3Prefix", "S3InputMode": "File"},
            }
        ],
        "ProcessingOutputConfig": {
            "KmsKeyId": key_arn,
            "Outputs": [
                {
                    "OutputName": "extract",
                    "S3Output": {"S3Uri": output.s3_uri, "LocalPath": "/opt/ml/processing/output", "S3UploadMode": "EndOfJob"},
                }
            ],
        },
        "ProcessingResources": {
            "ClusterConfig": {
                "InstanceCount": 1,
                "InstanceType": config.extraction_instance_type,
                "VolumeSizeInGB": 30,
                "VolumeKmsKeyId": key_arn,
            }
        },
        "StoppingCondition": {"MaxRuntimeInSeconds": 3600 * 6},
        "NetworkConfig": network,
    }
