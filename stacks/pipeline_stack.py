"""A TerraformStack per pipeline x environment: provider, backend, the Pipeline construct, outputs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from constructs_lib import cdk
from constructs_lib.escaping import literal
from constructs_lib.naming import Namer
from constructs_lib.pipeline import Pipeline
from constructs_lib.tags import standard_tags
from playbooks.spec.resolved import ResolvedPipeline

from . import outputs
from .environments import ENDPOINT_VARIABLE, Environment, S3Backend

# Every service the constructs use; the emulator serves them all on one endpoint.
EMULATED_SERVICES = (
    "ec2",
    "events",
    "iam",
    "kms",
    "lambda_",
    "logs",
    "rds",
    "s3",
    "sagemaker",
    "scheduler",
    "secretsmanager",
    "sfn",
    "sqs",
    "ssm",
    "sts",
)


def stack_name(pipeline: ResolvedPipeline, environment: Environment) -> str:
    return outputs.stack_id(pipeline.name, environment.name)


class PipelineStack(cdk.TerraformStack):
    """One pipeline deployed to one environment.

    `state_dir`: the project's state root (<repo>/.playbook); a local backend keeps
    state in <state_dir>/state/<stack>/terraform.tfstate, written as a path relative
    to the stack directory `stack_dir` so the JSON holds no machine-specific path.
    """

    def __init__(
        self, scope: cdk.Construct, pipeline: ResolvedPipeline, environment: Environment, *, stack_dir: Path, state_dir: Path
    ) -> None:
        name = stack_name(pipeline, environment)
        super().__init__(scope, name)
        tags = standard_tags(pipeline.name, pipeline.version, environment.name, pipeline.labels)
        self._provider(pipeline, environment, tags)
        self._backend(name, environment, stack_dir, state_dir)
        self.pipeline = Pipeline(
            self,
            "pipeline",
            pipeline=pipeline,
            namer=Namer(environment.naming_prefix, pipeline.name),
            tags=tags,
            force_destroy=environment.force_destroy,
            deletion_protection=environment.deletion_protection,
        )
        values = {
            outputs.PLAYBOOK_NAME: pipeline.name,
            outputs.PLAYBOOK_VERSION: pipeline.version,
            outputs.PLAYBOOK_DIGEST: pipeline.digest,
            outputs.ENVIRONMENT: environment.name,
            outputs.ARTIFACT_BUCKET: self.pipeline.kit.artifact_bucket.name,
            outputs.ORCHESTRATOR_ARN: self.pipeline.orchestrator.state_machine.arn,
            outputs.PLAYBOOK_DESCRIPTION: literal(pipeline.description),
        }
        values.update({f"{outputs.NODE_PREFIX}{k}": v for k, v in self.pipeline.describe_outputs().items()})
        for key, value in values.items():
            cdk.TerraformOutput(self, key, value=value)

    def _provider(self, pipeline: ResolvedPipeline, environment: Environment, tags: dict[str, str]) -> None:
        settings: dict[str, Any] = {"region": pipeline.region or environment.region, "default_tags": cdk.struct([{"tags": tags}])}
        if environment.account_id:
            settings["allowed_account_ids"] = [environment.account_id]
        if environment.profile and not environment.emulator:
            settings["profile"] = environment.profile
        if environment.role_arn and not environment.emulator:
            settings["assume_role"] = [cdk.AwsProviderAssumeRole(role_arn=environment.role_arn, session_name="playbook")]
        if environment.emulator:
            endpoint = cdk.TerraformVariable(
                self,
                ENDPOINT_VARIABLE,
                type="string",
                description="Endpoint of the local AWS emulator, e.g. http://127.0.0.1:5000",
            )
            url = endpoint.string_value
            settings.update(
                region=environment.region,  # the emulator serves one region, whatever the playbook says
                endpoints=[cdk.AwsProviderEndpoints(**{service: url for service in EMULATED_SERVICES})],
                skip_credentials_validation=True,
                skip_metadata_api_check="true",
                s3_use_path_style=True,
                # The emulator implements sts:GetCallerIdentity; with the account id known the provider builds correct ARNs.
                skip_requesting_account_id=False,
            )
        cdk.AwsProvider(self, "aws", **settings)

    def _backend(self, name: str, environment: Environment, stack_dir: Path, state_dir: Path) -> None:
        backend = environment.backend
        if isinstance(backend, S3Backend):
            key = backend.state_key(name)
            options: dict[str, Any] = {"bucket": backend.bucket, "key": key, "region": backend.region, "encrypt": True}
            if backend.dynamodb_table:
                options["dynamodb_table"] = backend.dynamodb_table
            if environment.profile and not environment.emulator:
                options["profile"] = environment.profile
            s3 = cdk.S3Backend(self, **options)
            if backend.use_lockfile:
                s3.add_override("use_lockfile", True)
            if environment.role_arn and not environment.emulator:
                s3.add_override("assume_role", {"role_arn": environment.role_arn})
            return
        state_file = state_dir / "state" / name / "terraform.tfstate"
        cdk.LocalBackend(self, path=os.path.relpath(state_file, stack_dir))
