"""`grant_*` on the standalone constructs: IAM for a team's own roles, which our code did not create.

`ExternalRole` lets the dataset/model grant helpers of iam.py write to any role (our ServiceRole,
an `IamRole` of any provider package, or a role name); the mixins give the constructs their
`grant_read`, `grant_write`, `grant_read_artifacts` and `grant_invoke` methods (one mixin per grant
family a kind's descriptor names: playbooks.kinds.descriptor.GRANT_METHODS).
"""

from __future__ import annotations

from typing import Any

from . import cdk
from .artifacts import Dataset
from .iam import ServiceRole, grant_dataset_read, grant_dataset_write, policy_document
from .node_base import NodeContext, arn


class ExternalRole:
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


class DatasetGrants(cdk.Construct):
    """`grant_read` / `grant_write` on the construct's output dataset."""

    dataset: Dataset

    def grant_read(self, principal: Any) -> None:
        """Let `principal` (an IAM role) list and read the dataset (and decrypt it with the kit's key)."""
        grant_dataset_read(ExternalRole(self, principal), self.dataset, f"read-{grant_purpose(self)}")

    def grant_write(self, principal: Any) -> None:
        """Let `principal` write objects under the dataset's prefix (e.g. a team's ingestion job)."""
        grant_dataset_write(ExternalRole(self, principal), self.dataset, f"write-{grant_purpose(self)}")


def grant_purpose(construct: cdk.Construct) -> str:
    return construct.node.path.replace("/", "-")[-100:]


class ModelGrants(cdk.Construct):
    """`grant_read_artifacts`: the model artifacts the training job writes."""

    artifacts: Dataset

    def grant_read_artifacts(self, principal: Any) -> None:
        """Let `principal` read the trained model artifacts (model.tar.gz) under the node's prefix."""
        grant_dataset_read(ExternalRole(self, principal), self.artifacts, f"read-{grant_purpose(self)}")


class EndpointGrants(cdk.Construct):
    """`grant_invoke`: calling the construct's SageMaker endpoint."""

    endpoint_name: str
    _context: NodeContext

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
