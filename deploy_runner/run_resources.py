"""What a pipeline's runs create outside Terraform: found by the pipeline's tags, pruned, removed on destroy.

Why: an API deployment of a model a run trains cannot be a Terraform resource
(the model does not exist at apply time), so the orchestrator creates, per run,
a SageMaker model (``CreateModel``) and an endpoint configuration, and creates
or updates the endpoint (``constructs_lib/models.py``, ``deployments.py``).
Terraform's destroy never saw them: on AWS an instance endpoint kept billing,
and the next stack of that name silently took it over. The orchestrator tags
each of them with the pipeline's tags (``playbook``, ``environment``, ...), so
this module finds them by the two identifying tags and:

* ``destroy``: lists them in the destroy plan and deletes them (endpoints
  first, then configurations, then models) before Terraform destroys the roles
  and keys they use;
* ``prune``: before each run starts, deletes the pipeline's endpoint
  configurations and models beyond the newest ``KEEP``. Never the
  configuration an endpoint of the pipeline is serving, nor a model such a
  configuration names (SageMaker: "You must not delete an EndpointConfig in use
  by an endpoint that is live", ``UpdateEndpoint`` in botocore's
  ``sagemaker/2017-07-24/service-2.json``).

``KEEP = 3``: the configuration being served plus the two before it, so the
endpoint can be moved back (``UpdateEndpoint``) to the previous model or the
one before without retraining, and a run that is still finishing (its model
made, its configuration not yet) is always among the newest. Both kinds cost
nothing on AWS by themselves; the bound keeps lists (and the account's quotas:
models and configurations count against per-region limits) from growing with
every run.

Found with SageMaker's own ``List*`` and ``ListTags`` (the Resource Groups Tagging
API would be one call on AWS, but moto does not index SageMaker there, and one
code path for both is worth the N calls).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from constructs_lib.tags import ENVIRONMENT_TAG, PLAYBOOK_TAG

from .tf_errors import DeployError

if TYPE_CHECKING:
    from stacks.environments import Environment

KEEP = 3
_KINDS = (  # kind, list call, list key, name field, arn field (order: what must go first)
    ("endpoint", "list_endpoints", "Endpoints", "EndpointName", "EndpointArn"),
    ("endpoint-config", "list_endpoint_configs", "EndpointConfigs", "EndpointConfigName", "EndpointConfigArn"),
    ("model", "list_models", "Models", "ModelName", "ModelArn"),
)
_DELETE = {"endpoint": "delete_endpoint", "endpoint-config": "delete_endpoint_config", "model": "delete_model"}
_NAME_FIELD = {kind: name for kind, _call, _key, name, _arn in _KINDS}


@dataclass(frozen=True)
class RunResource:
    kind: str  # endpoint | endpoint-config | model
    name: str
    arn: str
    created: float  # epoch seconds

    def as_dict(self) -> dict[str, str]:
        return {"kind": f"sagemaker {self.kind}", "name": self.name}


def sagemaker_client(environment: Environment, emulator_endpoint: str | None, region: str | None) -> Any:
    """SageMaker of the emulator (its key pair) or of the environment's account (its profile / role, as Terraform)."""
    from .aws_clients import aws_client

    return aws_client("sagemaker", environment, emulator_endpoint=emulator_endpoint, region=region)


def describe(resources: list[RunResource], tags: dict[str, str]) -> str:
    """The destroy plan's paragraph about them."""
    if not resources:
        return ""
    found_by = ", ".join(f"{k}={v}" for k, v in tags.items())
    lines = [f"  - sagemaker {r.kind} {r.name}" for r in resources]
    return f"Also deleted: {len(resources)} resource(s) the pipeline's runs created (tags {found_by}):\n" + "\n".join(lines)


def pipeline_tags(pipeline: str, environment: str) -> dict[str, str]:
    return {PLAYBOOK_TAG: pipeline, ENVIRONMENT_TAG: environment}


def find(sagemaker: Any, tags: dict[str, str]) -> list[RunResource]:
    """Every SageMaker endpoint, endpoint configuration and model carrying all of ``tags``."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        return _find(sagemaker, tags)
    except (BotoCoreError, ClientError) as exc:
        raise DeployError(
            f"could not list the SageMaker resources the pipeline's runs created ({type(exc).__name__}: {exc}); "
            "nothing was destroyed. Check the credentials can call sagemaker:List* and sagemaker:ListTags.",
            kind="run_resources",
        ) from exc


def _find(sagemaker: Any, tags: dict[str, str]) -> list[RunResource]:
    found = []
    for kind, call, key, name_field, arn_field in _KINDS:
        for page in sagemaker.get_paginator(call).paginate():
            for item in page[key]:
                arn = item[arn_field]
                have = {t["Key"]: t["Value"] for t in sagemaker.list_tags(ResourceArn=arn).get("Tags", [])}
                if all(have.get(k) == v for k, v in tags.items()):
                    found.append(RunResource(kind, item[name_field], arn, item["CreationTime"].timestamp()))
    return found


def delete(sagemaker: Any, resources: list[RunResource], on_output: Callable[[str], None] | None = None) -> list[str]:
    """Delete ``resources`` (endpoints, then configurations, then models); returns what was deleted."""
    from botocore.exceptions import ClientError

    deleted = []
    order = {kind: i for i, (kind, *_rest) in enumerate(_KINDS)}
    for resource in sorted(resources, key=lambda r: order[r.kind]):
        try:
            getattr(sagemaker, _DELETE[resource.kind])(**{_NAME_FIELD[resource.kind]: resource.name})
        except ClientError as exc:
            if "Could not find" not in str(exc):  # already gone is what we wanted
                raise
        deleted.append(f"sagemaker {resource.kind} {resource.name}")
        if on_output:
            on_output(f"deleted sagemaker {resource.kind} {resource.name} (created by a run)")
    return deleted


def prune(sagemaker: Any, tags: dict[str, str], keep: int = KEEP) -> list[str]:
    """Delete the pipeline's endpoint configurations and models beyond the newest ``keep`` (never one in use)."""
    resources = find(sagemaker, tags)
    in_use_configs = {
        sagemaker.describe_endpoint(EndpointName=r.name)["EndpointConfigName"] for r in resources if r.kind == "endpoint"
    }
    in_use_models = {
        variant.get("ModelName")
        for name in in_use_configs
        for variant in sagemaker.describe_endpoint_config(EndpointConfigName=name)["ProductionVariants"]
    }
    doomed = []
    for kind, in_use in (("endpoint-config", in_use_configs), ("model", in_use_models)):
        newest_first = sorted((r for r in resources if r.kind == kind), key=lambda r: r.created, reverse=True)
        doomed += [r for r in newest_first[keep:] if r.name not in in_use]
    return delete(sagemaker, doomed)
