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

Not production by default: buckets are created with `force_destroy` (so
`terraform destroy` empties them instead of failing with BucketNotEmpty) and managed
databases without deletion protection. `StackDefaults(stack, production=True)` keeps
data on destroy, as the playbook stacks do for prod.
"""
from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, Unpack

from pydantic import BaseModel, ValidationError

from playbooks.spec.node_configs import (ApiEndpointConfig, ApiSourceConfig, BatchConfig, DatabaseSourceConfig,
                                         FineTuningConfig, InferenceConfig, PreprocessingConfig, S3SourceConfig,
                                         TrainingConfig)

from . import cdk, data_sources, deployments, models, preprocessing
from . import settings as settings_types
from .artifacts import Dataset, Model
from .asl import StepChain
from .escaping import literal, literal_deep
from .iam import ServiceRole, grant_dataset_read, grant_dataset_write, policy_document
from .naming import Namer
from .node_base import NodeConstruct, NodeContext, arn
from .orchestrator import Orchestrator
from .security import SecurityKit
from .tags import NODE_TAG

DEFAULTS_ID = "playbook-defaults"

ConfigT = TypeVar("ConfigT", bound=BaseModel)


class StackDefaults(cdk.Construct):
    """What standalone constructs of one stack share; created on demand by the first one.

    Props: `namer` (default `Namer("", <stack id>)`: resource names start with the stack's
    id; bucket names are global, so choose a prefix unique to your team), `tags` (applied to
    every taggable resource), `production` (default False: buckets `force_destroy`,
    databases without deletion protection; True keeps data on destroy), `comment` (the state
    machine's description), `kit` (your own SecurityKit instead of a new one). Attributes: `kit`, `namer`,
    `orchestrator`, `nodes`.
    Create it yourself (`StackDefaults(stack, production=True)`) before the first construct to
    change these; it is always the stack's child `playbook-defaults`, which `StackDefaults.of(scope)` finds.
    """

    def __init__(self, scope: cdk.Construct, *, namer: Namer | None = None, tags: dict[str, str] | None = None,
                 production: bool = False, comment: str | None = None, kit: SecurityKit | None = None) -> None:
        stack = cdk.TerraformStack.of(scope)
        if stack.node.try_find_child(DEFAULTS_ID) is not None:
            raise ValueError(f"stack {stack.node.id!r} already has StackDefaults; create yours before the first construct")
        # Always a direct child of the stack with a fixed id, so later constructs find it by id.
        super().__init__(stack, DEFAULTS_ID)
        self.namer = namer or Namer("", stack.node.id)
        self.tags = dict(literal_deep(tags or {}))
        self.production = production
        # Your own kit (e.g. shared with other stacks' constructs) or one made here.
        self.kit = kit or SecurityKit(self, "security", namer=self.namer, tags=self.tags, force_destroy=not production)
        self.orchestrator = Orchestrator(self, "orchestrator", namer=self.namer, kit=self.kit, tags=self.tags)
        self.nodes: list[NodeConstruct] = []
        self._comment = literal(comment or f"Constructs of stack {stack.node.id}")
        cdk.at_synth(self, self._finalize)

    @classmethod
    def of(cls, scope: cdk.Construct, *, kit: SecurityKit | None = None, namer: Namer | None = None) -> "StackDefaults":
        """The stack's defaults, created on first use (with `kit`/`namer` when the first construct brought its own,
        so a construct given its own kit does not also get a second, unused one)."""
        stack = cdk.TerraformStack.of(scope)
        found = stack.node.try_find_child(DEFAULTS_ID)
        if found is None:
            return cls(stack, kit=kit, namer=namer, production=not kit.force_destroy if kit else False)
        if not isinstance(found, StackDefaults):
            raise TypeError(f"stack {stack.node.id!r} has a construct named {DEFAULTS_ID!r} that is not StackDefaults")
        return found

    def add(self, node: NodeConstruct) -> None:
        """Run `node`'s steps in this stack's orchestrator, after the nodes added before it."""
        node.grant_orchestrator(self.orchestrator.role)
        self.nodes.append(node)

    def _finalize(self) -> None:
        chains: list[StepChain] = [n.steps for n in self.nodes if n.steps is not None]
        self.orchestrator.finalize(chains, comment=self._comment, takes_inputs=False, outputs={})


class _Wiring:
    """The context one standalone construct is built in, and how it joins the stack's orchestrator."""

    def __init__(self, scope: cdk.Construct, construct_id: str, *, kit: SecurityKit | None, namer: Namer | None,
                 orchestrator: Orchestrator | None) -> None:
        if kit is not None and namer is not None and orchestrator is not None:  # everything brought by the caller
            base, shared_tags, production = namer, {}, not kit.force_destroy
            # The caller's own orchestrator: they finalize it with node.steps.
            self.joins: Orchestrator | StackDefaults = orchestrator
        else:
            defaults = StackDefaults.of(scope, kit=kit, namer=namer)
            kit, base, shared_tags, production = kit or defaults.kit, namer or defaults.namer, defaults.tags, defaults.production
            self.joins = orchestrator if orchestrator is not None else defaults
        node_namer = base.child(construct_id)
        tags = {**shared_tags, NODE_TAG: "/".join(node_namer.path)}
        self.context = NodeContext(kit=kit, namer=node_namer, tags=tags, deletion_protection=production)

    def attach(self, node: NodeConstruct) -> None:
        if isinstance(self.joins, StackDefaults):
            self.joins.add(node)
        else:
            node.grant_orchestrator(self.joins.role)


def _config(model: type[ConfigT], config: ConfigT | None, settings: Mapping[str, object], where: str) -> ConfigT:
    """The node config: `config` or the model's defaults, with keyword `settings` on top, validated."""
    try:
        base = config.model_dump(exclude_unset=True) if config is not None else {}
        validated = model.model_validate({**base, **settings})
    except ValidationError as error:
        raise ValueError(f"{where}: invalid settings for {model.__name__}:\n{error}") from None
    # Text becomes literal for Terraform (a `${` in a description is not an expression).
    return model.model_construct(**literal_deep(validated.model_dump()))


def _datasets(inputs: list[Any], where: str) -> list[Dataset]:
    datasets = []
    for item in inputs:
        dataset = item if isinstance(item, Dataset) else getattr(item, "dataset", None)
        if not isinstance(dataset, Dataset):
            raise TypeError(f"{where}: inputs must be datasets or constructs producing one (S3DataSource, Preprocessing, ...), "
                            f"got {type(item).__name__}")
        datasets.append(dataset)
    return datasets


def _model(item: Any, where: str) -> Model:
    model = item if isinstance(item, Model) else getattr(item, "model", None)
    if not isinstance(model, Model):
        raise TypeError(f"{where}: model must be a Model or a construct producing one (Training, FineTuning, Inference), "
                        f"got {type(item).__name__}")
    return model


class _ExternalRole:
    """A role of the team's own (any IAM role construct, or a role name) seen as a grant target.

    Accepts our ServiceRole, an `IamRole` of the prebuilt package or of `aws_bindings`
    (anything with a `name` attribute), or the role's name as a string.
    """

    def __init__(self, scope: cdk.Construct, principal: Any) -> None:
        self._scope = scope
        self._service_role = principal if isinstance(principal, ServiceRole) else None
        name = principal if isinstance(principal, str) else getattr(principal, "name", None)
        if self._service_role is None and not (isinstance(name, str) and name):
            raise TypeError(f"grant target must be an IAM role construct or a role name, got {type(principal).__name__}")
        self._name: str = name if isinstance(name, str) else ""
        self._count = 0

    def add_policy(self, purpose: str, statements: list[dict[str, Any]]) -> None:
        if self._service_role is not None:
            self._service_role.add_policy(purpose, statements)
            return
        found = self._scope.node.try_find_child("grants")
        grants = found if isinstance(found, cdk.Construct) else cdk.Construct(self._scope, "grants")
        index = len(grants.node.children)
        cdk.IamRolePolicy(grants, f"grant-{index}", name=purpose, role=self._name, policy=policy_document(statements))


class _DatasetGrants(cdk.Construct):
    """`grant_read` / `grant_write` on the construct's output dataset."""

    dataset: Dataset

    def grant_read(self, principal: Any) -> None:
        """Let `principal` (an IAM role) list and read the dataset (and decrypt it with the kit's key)."""
        grant_dataset_read(_ExternalRole(self, principal), self.dataset, f"read-{_purpose(self)}")

    def grant_write(self, principal: Any) -> None:
        """Let `principal` write objects under the dataset's prefix (e.g. a team's ingestion job)."""
        grant_dataset_write(_ExternalRole(self, principal), self.dataset, f"write-{_purpose(self)}")


def _purpose(construct: cdk.Construct) -> str:
    return construct.node.path.replace("/", "-")[-100:]


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


class S3DataSource(_DatasetGrants, data_sources.S3DataSource):
    """An S3 dataset: a managed secure bucket (default) or `bucket=` an existing one.

    Output: `dataset`; `bucket` (the managed SecureBucket, None for an existing bucket).
    """

    def __init__(self, scope: cdk.Construct, construct_id: str, *, config: S3SourceConfig | None = None,
                 kit: SecurityKit | None = None, namer: Namer | None = None, orchestrator: Orchestrator | None = None,
                 **settings: Unpack[settings_types.S3DataSourceSettings]) -> None:
        wiring = _Wiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(scope, construct_id, config=_config(S3SourceConfig, config, settings, construct_id), context=wiring.context)
        wiring.attach(self)


class DatabaseDataSource(_DatasetGrants, data_sources.DatabaseDataSource):
    """Rows of a database extracted to S3 (default: managed Aurora PostgreSQL Serverless v2). Output: `dataset`."""

    def __init__(self, scope: cdk.Construct, construct_id: str, *, config: DatabaseSourceConfig | None = None,
                 kit: SecurityKit | None = None, namer: Namer | None = None, orchestrator: Orchestrator | None = None,
                 **settings: Unpack[settings_types.DatabaseDataSourceSettings]) -> None:
        wiring = _Wiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(scope, construct_id, config=_config(DatabaseSourceConfig, config, settings, construct_id),
                         context=wiring.context)
        wiring.attach(self)


class ApiDataSource(_DatasetGrants, data_sources.ApiDataSource):
    """An HTTPS API pulled to S3 by a Lambda function on a schedule and once per run. Output: `dataset`."""

    def __init__(self, scope: cdk.Construct, construct_id: str, *, config: ApiSourceConfig | None = None,
                 kit: SecurityKit | None = None, namer: Namer | None = None, orchestrator: Orchestrator | None = None,
                 **settings: Unpack[settings_types.ApiDataSourceSettings]) -> None:
        wiring = _Wiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(scope, construct_id, config=_config(ApiSourceConfig, config, settings, construct_id), context=wiring.context)
        wiring.attach(self)


class Preprocessing(_DatasetGrants, preprocessing.Preprocessing):
    """A SageMaker Processing job over `inputs` (datasets or constructs with a `dataset`). Output: `dataset`."""

    def __init__(self, scope: cdk.Construct, construct_id: str, *, inputs: Sequence[Any] = (), config: PreprocessingConfig | None = None,
                 channel_names: list[str] | None = None, kit: SecurityKit | None = None, namer: Namer | None = None,
                 orchestrator: Orchestrator | None = None, **settings: Unpack[settings_types.PreprocessingSettings]) -> None:
        datasets = _datasets(list(inputs), construct_id)
        wiring = _Wiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(scope, construct_id, config=_config(PreprocessingConfig, config, settings, construct_id),
                         context=wiring.context, inputs=datasets, channel_names=channel_names)
        wiring.attach(self)


class _ModelGrants(cdk.Construct):
    """`grant_read_artifacts`: the model artifacts the training job writes."""

    artifacts: Dataset

    def grant_read_artifacts(self, principal: Any) -> None:
        """Let `principal` read the trained model artifacts (model.tar.gz) under the node's prefix."""
        grant_dataset_read(_ExternalRole(self, principal), self.artifacts, f"read-{_purpose(self)}")


class Training(_ModelGrants, models.TrainingModel):
    """A training job over `inputs` that registers a SageMaker model per run (default: built-in XGBoost). Output: `model`."""

    def __init__(self, scope: cdk.Construct, construct_id: str, *, inputs: Sequence[Any] = (), config: TrainingConfig | None = None,
                 channel_names: list[str] | None = None, kit: SecurityKit | None = None, namer: Namer | None = None,
                 orchestrator: Orchestrator | None = None, **settings: Unpack[settings_types.TrainingSettings]) -> None:
        datasets = _datasets(list(inputs), construct_id)
        wiring = _Wiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(scope, construct_id, config=_config(TrainingConfig, config, settings, construct_id),
                         context=wiring.context, inputs=datasets, channel_names=channel_names)
        wiring.attach(self)


class FineTuning(_ModelGrants, models.FineTuningModel):
    """Fine-tunes a base model on `inputs` (default: Hugging Face distilbert-base-uncased). Output: `model`."""

    def __init__(self, scope: cdk.Construct, construct_id: str, *, inputs: Sequence[Any] = (), config: FineTuningConfig | None = None,
                 channel_names: list[str] | None = None, kit: SecurityKit | None = None, namer: Namer | None = None,
                 orchestrator: Orchestrator | None = None, **settings: Unpack[settings_types.FineTuningSettings]) -> None:
        datasets = _datasets(list(inputs), construct_id)
        wiring = _Wiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(scope, construct_id, config=_config(FineTuningConfig, config, settings, construct_id),
                         context=wiring.context, inputs=datasets, channel_names=channel_names)
        wiring.attach(self)


class Inference(models.InferenceModel):
    """A Terraform-managed SageMaker model from an existing artifact. Output: `model`."""

    def __init__(self, scope: cdk.Construct, construct_id: str, *, config: InferenceConfig | None = None,
                 kit: SecurityKit | None = None, namer: Namer | None = None, orchestrator: Orchestrator | None = None,
                 **settings: Unpack[settings_types.InferenceSettings]) -> None:
        wiring = _Wiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(scope, construct_id, config=_config(InferenceConfig, config, settings, construct_id), context=wiring.context)
        wiring.attach(self)


class ApiEndpoint(deployments.ApiEndpoint):
    """A SageMaker real-time endpoint serving `model` (a Model or Training/FineTuning/Inference; serverless by default).

    Output: `endpoint_name`. `grant_invoke(role)` lets a team's role call it.
    """

    def __init__(self, scope: cdk.Construct, construct_id: str, *, model: Any, config: ApiEndpointConfig | None = None,
                 kit: SecurityKit | None = None, namer: Namer | None = None, orchestrator: Orchestrator | None = None,
                 **settings: Unpack[settings_types.ApiEndpointSettings]) -> None:
        served = _model(model, construct_id)
        wiring = _Wiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(scope, construct_id, config=_config(ApiEndpointConfig, config, settings, construct_id),
                         context=wiring.context, model=served)
        wiring.attach(self)

    def grant_invoke(self, principal: Any) -> None:
        """Let `principal` (an IAM role) call `sagemaker:InvokeEndpoint` on this endpoint only."""
        _ExternalRole(self, principal).add_policy(f"invoke-{_purpose(self)}", [{
            "Effect": "Allow", "Action": ["sagemaker:InvokeEndpoint", "sagemaker:InvokeEndpointAsync"],
            "Resource": arn(self._context, "sagemaker", f"endpoint/{self.endpoint_name}")}])


class BatchTransform(_DatasetGrants, deployments.BatchTransform):
    """Scores `inputs` with `model` on a schedule (default nightly) and once per run. Output: `dataset` (the scores)."""

    def __init__(self, scope: cdk.Construct, construct_id: str, *, model: Any, inputs: Sequence[Any] = (),
                 config: BatchConfig | None = None, kit: SecurityKit | None = None, namer: Namer | None = None,
                 orchestrator: Orchestrator | None = None, **settings: Unpack[settings_types.BatchTransformSettings]) -> None:
        served, datasets = _model(model, construct_id), _datasets(list(inputs), construct_id)
        wiring = _Wiring(scope, construct_id, kit=kit, namer=namer, orchestrator=orchestrator)
        super().__init__(scope, construct_id, config=_config(BatchConfig, config, settings, construct_id),
                         context=wiring.context, model=served, inputs=datasets)
        wiring.attach(self)


STANDALONE: dict[type[NodeConstruct], type[BaseModel]] = {
    S3DataSource: S3SourceConfig, DatabaseDataSource: DatabaseSourceConfig, ApiDataSource: ApiSourceConfig,
    Preprocessing: PreprocessingConfig, Training: TrainingConfig, FineTuning: FineTuningConfig, Inference: InferenceConfig,
    ApiEndpoint: ApiEndpointConfig, BatchTransform: BatchConfig,
}
for _cls, _model_cls in STANDALONE.items():
    _with_settings_signature(_cls, _model_cls)
