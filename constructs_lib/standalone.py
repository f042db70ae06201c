"""The constructs as another team uses them: in a few lines, inside their own cdktf stack.

    stack = TerraformStack(app, "team-x")
    AwsProvider(stack, "aws", region="eu-west-1")     # theirs (prebuilt package or ours)
    events = S3DataSource(stack, "events")
    clean = Preprocessing(stack, "clean", inputs=[events])
    model = Training(stack, "train", inputs=[clean])
    ApiEndpoint(stack, "serve", model=model)

Each class here is the playbook construct of the same kind (same resources, same
outputs) with what a playbook normally supplies filled in on demand:
- every config is optional: the node config model's defaults (secure ones: KMS,
  network isolation, blocked public access), overridable field by field as keyword
  arguments (`Preprocessing(stack, "clean", inputs=[...], instance_type="ml.c5.xlarge")`)
  or as a whole `config=` model. Keywords are typed for static checkers (`Unpack` of the
  TypedDicts generated in settings.py) and validated by that pydantic model at once;
- the security kit (KMS key, artifact and access-log buckets), the namer and the
  orchestrator (a Step Functions state machine running every node's steps in the order
  the nodes were created) are created once per stack, by the first construct that needs
  them, in a `StackDefaults` construct that later constructs find again. Create
  `StackDefaults(stack, ...)` yourself first to choose names, tags or production mode,
  or pass `kit=`/`namer=`/`orchestrator=` to one construct;
- the orchestrator is finalized when the app synthesizes (a cdktf aspect), so a stack
  with nodes always has a state machine to run, without a call to forget;
- `grant_*` methods wire the outputs to the team's own IAM roles.

This module holds the public classes; what they share per stack is stack_defaults.py,
the grants to a team's own roles external_grants.py.

Not production by default: buckets are created with `force_destroy` (so
`terraform destroy` empties them instead of failing with BucketNotEmpty) and managed
databases without deletion protection. `StackDefaults(stack, production=True)` keeps
data on destroy, as the playbook stacks do for prod.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import Any, Unpack

from pydantic import BaseModel

from playbooks.spec.node_configs import (
    ApiEndpointConfig,
    BatchConfig,
    FineTuningConfig,
    InferenceConfig,
    PreprocessingConfig,
    TrainingConfig,
)
from playbooks.spec.source_configs import ApiSourceConfig, DatabaseSourceConfig, S3SourceConfig

from . import api_source, cdk, database_source, deployments, models, preprocessing, s3_source
from . import settings as settings_types
from .external_grants import DatasetGrants, ExternalRole, ModelGrants, grant_purpose
from .naming import Namer
from .node_base import NodeConstruct, arn
from .orchestrator import Orchestrator
from .security import SecurityKit
from .stack_defaults import NodeWiring, StackDefaults, input_datasets, node_config, served_model

__all__ = [
    "ApiDataSource",
    "ApiEndpoint",
    "BatchTransform",
    "DatabaseDataSource",
    "FineTuning",
    "Inference",
    "Preprocessing",
    "S3DataSource",
    "STANDALONE",
    "StackDefaults",
    "Training",
]


def _with_settings_signature(cls: type, model: type[BaseModel]) -> None:
    """Show the config model's fields (with their defaults) as keyword arguments in help() and IDEs
    that read runtime signatures; the keywords are validated by `model` when the construct is built."""
    init = cls.__dict__["__init__"]  # the class's own constructor (a plain function)
    own = inspect.signature(init)
    params = [p for p in own.parameters.values() if p.kind is not inspect.Parameter.VAR_KEYWORD]
    taken = {p.name for p in params}
    for name, field in model.model_fields.items():
        if name not in taken:
            default = field.get_default(call_default_factory=True)
            params.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=field.annotation))
    init.__signature__ = own.replace(parameters=params)


class S3DataSource(DatasetGrants, s3_source.S3DataSource):
    """An S3 dataset: a managed secure bucket (default) or `bucket=` an existing one.

    Output: `dataset`; `bucket` (the managed SecureBucket, None for an existing bucket).
    """

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        config: S3SourceConfig | None = None,
        kit: SecurityKit | None = None,
        namer: Namer | None = None,
        orchestrator: Orchestrator | None = None,
        **settings: Unpack[settings_types.S3DataSourceSettings],
    ) -> None:
        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(
            scope, construct_id, config=node_config(S3SourceConfig, config, settings, construct_id), context=wiring.context
        )
        wiring.attach(self)


class DatabaseDataSource(DatasetGrants, database_source.DatabaseDataSource):
    """Rows of a database extracted to S3 (default: managed Aurora PostgreSQL Serverless v2). Output: `dataset`."""

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        config: DatabaseSourceConfig | None = None,
        kit: SecurityKit | None = None,
        namer: Namer | None = None,
        orchestrator: Orchestrator | None = None,
        **settings: Unpack[settings_types.DatabaseDataSourceSettings],
    ) -> None:
        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(
            scope, construct_id, config=node_config(DatabaseSourceConfig, config, settings, construct_id), context=wiring.context
        )
        wiring.attach(self)


class ApiDataSource(DatasetGrants, api_source.ApiDataSource):
    """An HTTPS API pulled to S3 by a Lambda function on a schedule and once per run. Output: `dataset`."""

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        config: ApiSourceConfig | None = None,
        kit: SecurityKit | None = None,
        namer: Namer | None = None,
        orchestrator: Orchestrator | None = None,
        **settings: Unpack[settings_types.ApiDataSourceSettings],
    ) -> None:
        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(
            scope, construct_id, config=node_config(ApiSourceConfig, config, settings, construct_id), context=wiring.context
        )
        wiring.attach(self)


class Preprocessing(DatasetGrants, preprocessing.Preprocessing):
    """A SageMaker Processing job over `inputs` (datasets or constructs with a `dataset`). Output: `dataset`."""

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        inputs: Sequence[Any] = (),
        config: PreprocessingConfig | None = None,
        channel_names: list[str] | None = None,
        kit: SecurityKit | None = None,
        namer: Namer | None = None,
        orchestrator: Orchestrator | None = None,
        **settings: Unpack[settings_types.PreprocessingSettings],
    ) -> None:
        datasets = input_datasets(list(inputs), construct_id)
        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(
            scope,
            construct_id,
            config=node_config(PreprocessingConfig, config, settings, construct_id),
            context=wiring.context,
            inputs=datasets,
            channel_names=channel_names,
        )
        wiring.attach(self)


class Training(ModelGrants, models.TrainingModel):
    """A training job over `inputs` that registers a SageMaker model per run (default: built-in XGBoost). Output: `model`."""

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        inputs: Sequence[Any] = (),
        config: TrainingConfig | None = None,
        channel_names: list[str] | None = None,
        kit: SecurityKit | None = None,
        namer: Namer | None = None,
        orchestrator: Orchestrator | None = None,
        **settings: Unpack[settings_types.TrainingSettings],
    ) -> None:
        datasets = input_datasets(list(inputs), construct_id)
        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(
            scope,
            construct_id,
            config=node_config(TrainingConfig, config, settings, construct_id),
            context=wiring.context,
            inputs=datasets,
            channel_names=channel_names,
        )
        wiring.attach(self)


class FineTuning(ModelGrants, models.FineTuningModel):
    """Fine-tunes a base model on `inputs` (default: Hugging Face distilbert-base-uncased). Output: `model`."""

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        inputs: Sequence[Any] = (),
        config: FineTuningConfig | None = None,
        channel_names: list[str] | None = None,
        kit: SecurityKit | None = None,
        namer: Namer | None = None,
        orchestrator: Orchestrator | None = None,
        **settings: Unpack[settings_types.FineTuningSettings],
    ) -> None:
        datasets = input_datasets(list(inputs), construct_id)
        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(
            scope,
            construct_id,
            config=node_config(FineTuningConfig, config, settings, construct_id),
            context=wiring.context,
            inputs=datasets,
            channel_names=channel_names,
        )
        wiring.attach(self)


class Inference(models.InferenceModel):
    """A Terraform-managed SageMaker model from an existing artifact. Output: `model`."""

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        config: InferenceConfig | None = None,
        kit: SecurityKit | None = None,
        namer: Namer | None = None,
        orchestrator: Orchestrator | None = None,
        **settings: Unpack[settings_types.InferenceSettings],
    ) -> None:
        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(
            scope, construct_id, config=node_config(InferenceConfig, config, settings, construct_id), context=wiring.context
        )
        wiring.attach(self)


class ApiEndpoint(deployments.ApiEndpoint):
    """A SageMaker real-time endpoint serving `model` (a Model or Training/FineTuning/Inference; serverless by default).

    Output: `endpoint_name`. `grant_invoke(role)` lets a team's role call it.
    """

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        model: Any,
        config: ApiEndpointConfig | None = None,
        kit: SecurityKit | None = None,
        namer: Namer | None = None,
        orchestrator: Orchestrator | None = None,
        **settings: Unpack[settings_types.ApiEndpointSettings],
    ) -> None:
        served = served_model(model, construct_id)
        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(
            scope,
            construct_id,
            config=node_config(ApiEndpointConfig, config, settings, construct_id),
            context=wiring.context,
            model=served,
        )
        wiring.attach(self)

    def grant_invoke(self, principal: Any) -> None:
        """Let `principal` (an IAM role) call `sagemaker:InvokeEndpoint` on this endpoint only."""
        ExternalRole(self, principal).add_policy(
            f"invoke-{grant_purpose(self)}",
            [
                {
                    "Effect": "Allow",
                    "Action": ["sagemaker:InvokeEndpoint", "sagemaker:InvokeEndpointAsync"],
                    "Resource": arn(self._context, "sagemaker", f"endpoint/{self.endpoint_name}"),
                }
            ],
        )


class BatchTransform(DatasetGrants, deployments.BatchTransform):
    """Scores `inputs` with `model` on a schedule (default nightly) and once per run. Output: `dataset` (the scores)."""

    def __init__(
        self,
        scope: cdk.Construct,
        construct_id: str,
        *,
        model: Any,
        inputs: Sequence[Any] = (),
        config: BatchConfig | None = None,
        kit: SecurityKit | None = None,
        namer: Namer | None = None,
        orchestrator: Orchestrator | None = None,
        **settings: Unpack[settings_types.BatchTransformSettings],
    ) -> None:
        served, datasets = served_model(model, construct_id), input_datasets(list(inputs), construct_id)
        wiring = NodeWiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(
            scope,
            construct_id,
            config=node_config(BatchConfig, config, settings, construct_id),
            context=wiring.context,
            model=served,
            inputs=datasets,
        )
        wiring.attach(self)


STANDALONE: dict[type[NodeConstruct], type[BaseModel]] = {
    S3DataSource: S3SourceConfig,
    DatabaseDataSource: DatabaseSourceConfig,
    ApiDataSource: ApiSourceConfig,
    Preprocessing: PreprocessingConfig,
    Training: TrainingConfig,
    FineTuning: FineTuningConfig,
    Inference: InferenceConfig,
    ApiEndpoint: ApiEndpointConfig,
    BatchTransform: BatchConfig,
}
for _cls, _model_cls in STANDALONE.items():
    _with_settings_signature(_cls, _model_cls)
