from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from ._jsii import *

__all__ = [
    "cloudwatch_log_group",
    "data_aws_caller_identity",
    "data_aws_partition",
    "data_aws_region",
    "data_aws_sagemaker_prebuilt_ecr_image",
    "db_instance",
    "db_subnet_group",
    "default_security_group",
    "flow_log",
    "iam_role",
    "iam_role_policy",
    "iam_role_policy_attachment",
    "kms_alias",
    "kms_key",
    "lambda_function",
    "provider",
    "rds_cluster",
    "rds_cluster_instance",
    "route_table",
    "route_table_association",
    "s3_bucket",
    "s3_bucket_lifecycle_configuration",
    "s3_bucket_logging",
    "s3_bucket_ownership_controls",
    "s3_bucket_policy",
    "s3_bucket_public_access_block",
    "s3_bucket_server_side_encryption_configuration",
    "s3_bucket_versioning",
    "s3_object",
    "sagemaker_endpoint",
    "sagemaker_endpoint_configuration",
    "sagemaker_model",
    "scheduler_schedule",
    "security_group",
    "security_group_rule",
    "sfn_state_machine",
    "sqs_queue",
    "ssm_parameter",
    "subnet",
    "vpc",
    "vpc_endpoint",
]

publication.publish()

# Submodules load on first use (scripts/gen-bindings): importing every
# resource module eagerly costs ~30 ms per module at each synth.
def __getattr__(name: str) -> typing.Any:
    if name in __all__:
        import importlib
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
