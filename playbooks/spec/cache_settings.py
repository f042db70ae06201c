"""Step caching settings (`cache: {enabled, expire_after}` on a node or a pipeline) and which nodes honour them.

A job node whose key (config, code, image, parameters, inputs' versions; pipeline_ops/step_cache.py)
matches an earlier successful run's is not started: its earlier output is reused. A pipeline's
`cache:` is the default for its own nodes; a node's own `cache:` wins. Cached are the jobs whose
result a later run does not overwrite: a preprocessing job's run-scoped S3 prefix
(constructs_lib/asl.py run_scoped_prefix), a training or fine-tuning job's model (its artifact
under the job's own name, and the model registered under that name), and a batch transform (its
scores live at one fixed prefix, so only its node's newest entry is reusable: an older one was
overwritten). Data sources are never cached: an S3 source is versioned by its object listing, and
a database or API extraction's truth lives outside (a node fed by one always runs).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

# (kind, subtype) -> the fields of the job's result (`$.nodes.<id>`) that downstream reads: what a
# cache hit puts back in their place (constructs_lib/asl.py cache_gate) and what a cache entry keeps.
REUSED_FIELDS: dict[tuple[str, str | None], tuple[str, ...]] = {
    ("preprocessing", None): ("output",),
    ("model", "training"): ("job_name", "model_data"),
    ("model", "fine_tuning"): ("job_name", "model_data"),
    ("deployment", "batch"): ("execution_arn",),
}
# Kinds whose output lives at one fixed location: only the newest cache entry still describes it.
OVERWRITES_OUTPUT = (("deployment", "batch"),)
# Kinds that run nothing per pipeline run (no state to gate, nothing to skip).
STEPLESS = (("data_source", "s3"), ("model", "inference"))


def reused_fields(kind: str | None, subtype: str | None) -> tuple[str, ...] | None:
    """The result fields a cache hit of this kind restores, or None for a kind the step cache does not reuse."""
    return REUSED_FIELDS.get((str(kind), subtype))


DURATION_RE = r"^[1-9][0-9]{0,5}(s|m|h|d)$"
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class CacheSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)  # built with the first model that holds it

    enabled: bool | None = Field(
        None, description="Reuse an earlier run's output when nothing this node depends on changed. Default: true."
    )
    expire_after: str | None = Field(
        None,
        description="How long a cached output stays reusable, e.g. 12h or 7d (s, m, h, d). Default: no expiry.",
    )

    @field_validator("expire_after")
    @classmethod
    def _duration(cls, value: str | None) -> str | None:
        if value is not None and not re.match(DURATION_RE, value):
            raise ValueError(f"expire_after {value!r} is not a duration; expected a number and a unit, e.g. 30m, 12h, 7d")
        return value


def duration_seconds(text: str) -> int:
    return int(text[:-1]) * _SECONDS[text[-1]]


def effective_cache(node: Any, pipeline_cache: CacheSettings | None) -> tuple[bool, int | None]:
    """(enabled, expire after seconds or None) for a resolved node: its own setting over its pipeline's."""
    if reused_fields(getattr(node, "kind", None), getattr(node, "subtype", None)) is None:
        return False, None
    own: CacheSettings | None = getattr(node, "cache", None)
    enabled = next((s.enabled for s in (own, pipeline_cache) if s is not None and s.enabled is not None), True)
    expire = next((s.expire_after for s in (own, pipeline_cache) if s is not None and s.expire_after is not None), None)
    return enabled, duration_seconds(expire) if expire else None
