"""Deterministic, unique AWS resource names that fit each service's length limit.

A name is built from the environment's naming prefix, the pipeline, the path of
node ids down to the resource (so the same child pipeline used twice gets two
different names) and a purpose suffix. When the result is too long, the
middle is shortened and an 8-character hash of the full name is appended, so
two long names never collide after shortening and a run always yields the same
name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

# Maximum name lengths, by the kind of AWS name (documented service limits).
LIMITS: dict[str, int] = {
    "s3_bucket": 63,
    "iam_role": 64,
    "iam_role_policy": 128,
    "sagemaker": 63,  # models, endpoint configs, endpoints, jobs
    # a job name prefix + "-" + 8-character run id + "-" + redrive count (up to 99 retries) stays within 63
    "sagemaker_job_prefix": 51,
    "sfn_state_machine": 80,
    "lambda": 64,
    "log_group": 512,
    "kms_alias": 256,
    "ssm_parameter": 1011,
    "scheduler": 64,
    "sqs": 80,
    "rds_identifier": 63,
    "db_subnet_group": 255,
    "security_group": 255,
}
HASH_LENGTH = 8


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:HASH_LENGTH]


def _sanitize(part: str) -> str:
    # AWS names accept lowercase letters, digits and hyphens almost everywhere (S3 is the strictest).
    cleaned = re.sub(r"[^a-z0-9-]+", "-", part.lower())
    return re.sub(r"-{2,}", "-", cleaned).strip("-")


def fit(name: str, limit: int) -> str:
    """`name` itself when it fits, else a truncated name ending in a hash of the full one."""
    if len(name) <= limit:
        return name
    keep = limit - HASH_LENGTH - 1
    return f"{name[:keep].rstrip('-')}-{short_hash(name)}"


@dataclass(frozen=True)
class Namer:
    """Names for one construct scope: `<prefix>-<pipeline>-<node path>`.

    `child(node_id)` descends into a node (or a nested pipeline node), which is
    how names stay unique when one child pipeline is used several times.
    """

    prefix: str
    pipeline: str
    path: tuple[str, ...] = ()

    def child(self, node_id: str) -> "Namer":
        return Namer(self.prefix, self.pipeline, self.path + (node_id,))

    @property
    def base(self) -> str:
        return "-".join(p for p in (_sanitize(self.prefix), _sanitize(self.pipeline), *map(_sanitize, self.path)) if p)

    def name(self, kind: str, purpose: str = "") -> str:
        """A name for an AWS resource of `kind` (a key of LIMITS)."""
        full = f"{self.base}-{_sanitize(purpose)}" if purpose else self.base
        return fit(full, LIMITS[kind])

    def s3_key_prefix(self, purpose: str) -> str:
        """Where this scope keeps its objects inside the pipeline's bucket: `<path>/<purpose>/`."""
        parts = [*self.path, purpose] if self.path else ["pipeline", purpose]
        return "/".join(parts) + "/"

    def ssm_path(self, purpose: str) -> str:
        return fit(
            "/playbooks/" + "/".join([_sanitize(self.prefix), _sanitize(self.pipeline), *self.path, purpose]),
            LIMITS["ssm_parameter"],
        )

    def state_name(self, purpose: str) -> str:
        """A Step Functions state name (unique within one state machine; limit 80)."""
        label = ".".join(self.path[-1:]) or self.pipeline
        return fit(f"{label}: {purpose}", 80)
