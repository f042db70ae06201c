"""One sentence per resolved node for the deploy review: what it creates and when it runs, in plain words.

Pure (resolved node in, text out); split from review.py to keep each module to one concern.
"""

from __future__ import annotations

import re
from typing import Any


def _schedule_words(expr: str | None) -> str | None:
    """rate(1 day) -> 'every day'; cron(0 2 * * ? *) -> 'at 02:00 UTC every day' (common shapes only)."""
    if not expr:
        return None
    m = re.match(r"^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$", expr)
    if m:
        n, unit = int(m.group(1)), m.group(2).rstrip("s")
        return f"every {unit}" if n == 1 else f"every {n} {unit}s"
    m = re.match(r"^cron\(\s*(\d+)\s+\*\s+\*\s+\*\s+\?\s+\*\s*\)$", expr)
    if m:
        return f"every hour at minute {int(m.group(1))}"
    m = re.match(r"^cron\(\s*(\d+)\s+(\d+)\s+\*\s+\*\s+\?\s+\*\s*\)$", expr)
    if m:
        return f"every day at {int(m.group(2)):02d}:{int(m.group(1)):02d} UTC"
    return f"on the schedule {expr}"


def describe_node(node: Any, path: str) -> tuple[str, str | None]:
    """(sentence, when) for one resolved node; `when` is 'always', 'on each run' or a schedule in words."""
    c = node.config
    name = f"“{path}”"
    kind, sub = node.kind, node.subtype
    if kind == "pipeline":
        child = node.child
        return (
            f"{name} is the sub-pipeline {child.name} {child.version} with {len(child.nodes)} nodes of its own "
            "(listed below it), run as one step.",
            "on each run",
        )
    if kind == "data_source" and sub == "s3":
        where = (
            f"reads s3://{c.bucket}/{c.prefix}"
            if c.bucket
            else f"creates an encrypted, versioned S3 bucket for {c.format} files under {c.prefix}; it starts empty: "
            f"put the data in before the first run (`playbook data put TARGET {path} FILE`)"
        )
        return f"{name} {where}.", "always"
    if kind == "data_source" and sub == "api":
        when = _schedule_words(c.schedule)
        return f"{name} pulls {c.url} into S3 {when} (a Lambda function) and once on each pipeline run.", when
    if kind == "data_source" and sub == "database":
        db = {
            "managed_aurora": f"creates an Aurora {c.engine} Serverless v2 database ({c.min_capacity}–{c.max_capacity} capacity units, always on)",
            "managed_rds": f"creates an RDS {c.engine} database ({c.instance_class}, {c.allocated_storage_gb} GB, always on)",
            "existing": f"reads an existing {c.engine} database",
        }[c.mode]
        extra = f" and also {_schedule_words(c.extraction_schedule)}" if c.extraction_schedule else ""
        return (
            f"{name} {db} and copies it to S3 with a processing job on each pipeline run{extra}.",
            "always" if c.mode != "existing" else "on each run",
        )
    if kind == "preprocessing":
        return (
            f"{name} runs a SageMaker processing job ({c.instance_count}× {c.instance_type}, "
            f"{c.image_uri and 'own image' or c.framework}) on each pipeline run.",
            "on each run",
        )
    if kind == "model" and sub in ("training", "fine_tuning"):
        verb = "trains a model" if sub == "training" else "fine-tunes a model"
        spot = ", on spot capacity" if c.use_spot else ""
        return (
            f"{name} {verb} with a SageMaker training job ({c.instance_count}× {c.instance_type}{spot}) on each pipeline run.",
            "on each run",
        )
    if kind == "model" and sub == "inference":
        what = f"from {c.model_artifact_uri}" if c.model_artifact_uri else "from its upstream model"
        return f"{name} registers a SageMaker model {what} (no compute of its own).", "always"
    if kind == "deployment" and sub == "api_endpoint":
        if c.mode == "serverless":
            return (
                f"{name} serves the model behind a serverless SageMaker endpoint ({c.memory_size_mb} MB, up to "
                f"{c.max_concurrency} at once), billed per request.",
                "always",
            )
        return (
            f"{name} serves the model behind a SageMaker endpoint on {c.initial_instance_count}× {c.instance_type}, "
            "running around the clock.",
            "always",
        )
    if kind == "deployment" and sub == "batch":
        when = _schedule_words(c.schedule) or "on each pipeline run"
        return (f"{name} scores data with a SageMaker batch transform job ({c.instance_count}× {c.instance_type}) {when}.", when)
    return f"{name} is a {kind} node.", "on each run"
