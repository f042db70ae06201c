"""The standalone constructs: one per built-in kind, used in a few lines inside a team's own cdktf stack.

    events = S3DataSource(stack, "events")
    clean = Preprocessing(stack, "clean", inputs=[events])
    ApiEndpoint(stack, "serve", model=Training(stack, "train", inputs=[clean]))

Each class is the kind's playbook construct (same resources, same outputs) with what a playbook
supplies filled in on demand: every config optional (keywords typed by settings.py, validated by
the config model), the stack's security kit, namer and orchestrator from `StackDefaults`
(stack_defaults.py), `grant_*` for the team's own roles (external_grants.py). constructs_lib/README.md
says how to use them.

GENERATED from the kinds' descriptors (playbooks/kinds/builtin/, `standalone=`) by
`python -m constructs_lib.reference --write` (facade_source.py); tests/constructs/test_reference_docs.py
fails when it is stale.
"""

from __future__ import annotations

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
from playbooks.spec.source_configs import (
    ApiSourceConfig,
    DatabaseSourceConfig,
    S3SourceConfig,
)

from . import (
    api_source,
    cdk,
    database_source,
    deployments,
    models,
    preprocessing,
    s3_source,
)
from . import settings as settings_types
from .external_grants import (
    DatasetGrants,
    EndpointGrants,
    ModelGrants,
)
from .naming import Namer
from .node_base import NodeConstruct
from .orchestrator import Orchestrator
from .security import SecurityKit
from .stack_defaults import NodeWiring, StackDefaults, input_datasets, node_config, served_model, with_settings_signature

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


class S3DataSource(DatasetGrants, s3_source.S3DataSource):
    """A managed S3 bucket (KMS, versioned, TLS-only, public access blocked, access-logged), or a reference
    to an existing bucket (`bucket=`). Nothing runs per pipeline run. Outputs: `dataset`, `bucket`.
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
            scope,
            construct_id,
            config=node_config(S3SourceConfig, config, settings, construct_id),
            context=wiring.context,
        )
        wiring.attach(self)


class DatabaseDataSource(DatasetGrants, database_source.DatabaseDataSource):
    """A managed Aurora Serverless v2 / RDS database in an isolated VPC (or an existing one), and a
    SageMaker Processing job that exports rows to S3, as its own state machine. Outputs: `dataset`.
    """

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
            scope,
            construct_id,
            config=node_config(DatabaseSourceConfig, config, settings, construct_id),
            context=wiring.context,
        )
        wiring.attach(self)


class ApiDataSource(DatasetGrants, api_source.ApiDataSource):
    """A Lambda function pulling an HTTPS URL to S3 on a schedule (EventBridge Scheduler) and once per
    pipeline run. Outputs: `dataset`.
    """

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
            scope,
            construct_id,
            config=node_config(ApiSourceConfig, config, settings, construct_id),
            context=wiring.context,
        )
        wiring.attach(self)


class Preprocessing(DatasetGrants, preprocessing.Preprocessing):
    """A SageMaker Processing job (network isolation, KMS volumes and outputs) over the input datasets, run
    by the orchestrator. Outputs: `dataset`, `role`.
    """

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
    """A SageMaker training job over the inputs, then `CreateModel` from its artifact (a new, traceable
    model per run). Outputs: `model`, `artifacts`, `role`.
    """

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
    """A SageMaker training job fine-tuning a base model (S3 artifact or hub model id), then `CreateModel`.
    Outputs: `model`, `artifacts`.
    """

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
    """A Terraform-managed SageMaker model from an existing artifact (network isolation on). Outputs:
    `model`.
    """

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
            scope,
            construct_id,
            config=node_config(InferenceConfig, config, settings, construct_id),
            context=wiring.context,
        )
        wiring.attach(self)


class ApiEndpoint(EndpointGrants, deployments.ApiEndpoint):
    """A SageMaker real-time endpoint (serverless by default). For a model trained per run, the
    orchestrator creates an endpoint configuration per run and creates or updates the endpoint. Outputs:
    `endpoint_name`.
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


class BatchTransform(DatasetGrants, deployments.BatchTransform):
    """A scoring state machine running a SageMaker batch transform with the latest registered model
    (published to an encrypted SSM parameter), on a schedule and once per pipeline run. Outputs:
    `dataset`, `scoring`.
    """

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
        served = served_model(model, construct_id)
        datasets = input_datasets(list(inputs), construct_id)
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
    with_settings_signature(_cls, _model_cls)
