"""Limits AWS enforces at apply time, checked at validate time instead.

Sources (AWS's published API models, as shipped in botocore's service-2.json,
and the service quota pages):
  - SageMaker (sagemaker/2017-07-24): HyperParameters map max 100 entries, key
    max 256, value max 2500 characters (HyperParameterKey/-Value);
    TrainingEnvironmentMap max 100 entries, values max 512; ProcessingEnvironmentMap
    max 100, values max 256; EnvironmentMap (CreateModel containers) max 100,
    values max 1024; TagList max 50 tags per resource.
  - Lambda quotas (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html):
    "Function environment variables: 4 KB", all variables together.
  - Step Functions quotas (https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html):
    "Maximum size of a state machine definition: 1 MB" (hard quota; botocore's
    Definition shape: max 1048576) -- checked at synth, where the definition exists.
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import YamlPath

HYPERPARAMETER_VALUE_MAX = 2500
HYPERPARAMETERS_MAX = 100
ENVIRONMENT_ENTRIES_MAX = 100
TAGS_PER_RESOURCE_MAX = 50
# Tags the project itself puts on resources (playbook, playbook-version, environment,
# playbook-node, playbook-component): labels share the 50 with them.
PROJECT_TAGS = 5
LAMBDA_ENVIRONMENT_BYTES_MAX = 4096
# What the API source's function sets besides URL and HEADERS (BUCKET, PREFIX, FORMAT,
# KMS_KEY_ARN, TIMEOUT, AUTH_SECRET_ARN): names plus generous values.
LAMBDA_FIXED_ENVIRONMENT_BYTES = 700
STATE_MACHINE_DEFINITION_BYTES_MAX = 1_048_576


def hyperparameter_problems(hyperparameters: dict[str, Any]) -> list[tuple[YamlPath, str]]:
    problems: list[tuple[YamlPath, str]] = []
    if len(hyperparameters) > HYPERPARAMETERS_MAX:
        problems.append(((), f"found {len(hyperparameters)} hyperparameters; SageMaker accepts at most {HYPERPARAMETERS_MAX}"))
    for key, value in hyperparameters.items():
        text = str(value).lower() if isinstance(value, bool) else str(value)
        if len(text) > HYPERPARAMETER_VALUE_MAX:
            problems.append(
                (
                    (key,),
                    f"value is {len(text)} characters; SageMaker accepts at most {HYPERPARAMETER_VALUE_MAX} "
                    "per hyperparameter (put large values in a file in S3 and pass its URI)",
                )
            )
    return problems


def environment_problems(environment: dict[str, Any]) -> list[tuple[YamlPath, str]]:
    if len(environment) > ENVIRONMENT_ENTRIES_MAX:
        return [((), f"found {len(environment)} environment variables; SageMaker accepts at most {ENVIRONMENT_ENTRIES_MAX}")]
    return []


def lambda_environment_problems(url: str, headers: dict[str, Any]) -> list[tuple[YamlPath, str]]:
    size = len("URL") + len(url.encode()) + len("HEADERS") + len(json.dumps(headers, sort_keys=True).encode())
    total = size + LAMBDA_FIXED_ENVIRONMENT_BYTES
    if total > LAMBDA_ENVIRONMENT_BYTES_MAX:
        return [
            (
                (),
                f"url and headers take {size} bytes of the function's environment; with the variables the project "
                f"sets that is about {total} bytes, over Lambda's {LAMBDA_ENVIRONMENT_BYTES_MAX}-byte limit "
                "(shorten them, or move large headers into a secret reference)",
            )
        ]
    return []


def tag_count_problem(label_keys: set[str]) -> str | None:
    allowed = TAGS_PER_RESOURCE_MAX - PROJECT_TAGS
    if len(label_keys) > allowed:
        return (
            f"resources of this pipeline would carry {len(label_keys)} distinct labels (its own and those of the "
            f"pipelines around it) plus {PROJECT_TAGS} project tags; AWS allows {TAGS_PER_RESOURCE_MAX} tags per "
            f"resource, so at most {allowed} labels"
        )
    return None


def definition_size_problem(definition: str, name: str) -> str | None:
    size = len(definition.encode())
    if size > STATE_MACHINE_DEFINITION_BYTES_MAX:
        return (
            f"the state machine definition of {name} is {size} bytes; Step Functions accepts at most "
            f"{STATE_MACHINE_DEFINITION_BYTES_MAX} bytes (1 MB, a hard quota): split the pipeline into nested pipelines"
        )
    return None
