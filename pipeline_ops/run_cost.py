"""What one pipeline run may cost in AWS, and what its schedules add a month: an estimate, said as one.

Before a run nobody knows how long its jobs take, so the estimate is made of what is known: each job's
instances (type × count, from its config) × their on-demand price per hour (pricing/, with its date and
sources), which is what the run costs per hour each job runs (SageMaker bills a job's instances per
second, from start to end), and the most it can cost: every job running to its time limit
(`max_runtime_seconds`, after which SageMaker stops it). A job is any node whose config names an
`instance_type` and a `max_runtime_seconds` (preprocessing, training, fine-tuning, batch, a plugin's
compute kind alike), so no table of kinds lives here. A schedule the review mentions (the kind's
descriptor says which config field holds it) starts its node's job on its own: its runs in 30 days ×
that job's hourly price. Spot training is priced on demand (the saving is not known in advance);
database extractions, API pulls (Lambda, per request), storage and data transfer are not counted.
Pure (resolved pipeline in, plain data out).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Iterable

from playbooks.kinds import REGISTRY

MONTH = timedelta(days=30)
MAX_COUNTED_RUNS = 1_000  # beyond this a schedule is said to fire "more than" it: counting a cron run by run costs ~0.5 ms each


def _jobs(nodes: Iterable[tuple[str, Any]], prices: dict[str, float]) -> tuple[list[dict[str, Any]], list[str]]:
    items, unpriced = [], []
    for path, node in nodes:
        config = getattr(node, "config", None)
        itype, limit = getattr(config, "instance_type", None), getattr(config, "max_runtime_seconds", None)
        if not itype or not limit:
            continue
        count = int(getattr(config, "instance_count", 1) or 1)
        price = prices.get(itype)
        if price is None:
            unpriced.append(f"{path}: instance type {itype} is not in the price table")
            continue
        hourly = price * count
        items.append(
            {
                "node": path,
                "what": f"{count}× {itype}",
                "hourly": round(hourly, 4),
                "limit_hours": round(limit / 3600, 2),
                "at_limit": round(hourly * limit / 3600, 2),
            }
        )
    return items, unpriced


def runs_in_a_month(expression: str, start: datetime) -> int:
    """How often a schedule expression fires in the 30 days after `start` (at most MAX_COUNTED_RUNS + 1)."""
    from deploy_runner.schedule_expressions import next_fire, parse

    parsed = parse(expression)
    if parsed.period is not None:
        return min(int(MONTH / parsed.period), MAX_COUNTED_RUNS + 1)
    runs, moment, end = 0, start, start + MONTH
    while runs <= MAX_COUNTED_RUNS:
        fired = next_fire(parsed, moment, start=start)
        if fired is None or fired > end:
            break
        runs, moment = runs + 1, fired
    return runs


def _schedules(nodes: Iterable[tuple[str, Any]], jobs: dict[str, dict[str, Any]], start: datetime) -> list[dict[str, Any]]:
    found = []
    for path, node in nodes:
        desc = REGISTRY.get(node.kind, node.subtype) if node.kind != "pipeline" else None
        if desc is None or desc.schedule is None or path not in jobs:
            continue
        expression = getattr(node.config, desc.schedule[1], None)
        if not expression:
            continue
        runs = runs_in_a_month(str(expression), start)
        hourly = jobs[path]["hourly"]
        found.append(
            {
                "node": path,
                "schedule": str(expression),
                "runs_a_month": runs,
                "per_run_hour": hourly,
                "monthly_per_run_hour": round(runs * hourly, 2),
            }
        )
    return found


def estimate_run_cost(
    nodes: Iterable[tuple[str, Any]], pricing: dict[str, Any], *, start: datetime | None = None
) -> dict[str, Any]:
    """{jobs, hourly, at_limit, schedules, unpriced, how, sentence} for the (path, resolved node) pairs of a pipeline."""
    listed = list(nodes)
    items, unpriced = _jobs(listed, pricing.get("sagemaker_jobs_per_hour", {}))
    begin = start or datetime(2026, 1, 5, tzinfo=UTC)  # a fixed Monday: the same playbook gets the same words
    schedules = _schedules(listed, {item["node"]: item for item in items}, begin)
    hourly = round(sum(item["hourly"] for item in items), 4)
    at_limit = round(sum(item["at_limit"] for item in items), 2)
    how = (
        "An estimate: each job's instances × their on-demand price per hour "
        f"({pricing['region']}, list prices of {pricing['date']}); SageMaker bills a job per second while it runs, "
        "and how long it runs is known only after a run."
    )
    if not items:
        sentence = "A run starts no SageMaker job, so it adds nothing per run beyond requests and storage."
    else:
        parts = ", ".join(f"“{i['node']}” {i['what']} ${i['hourly']:.3f}/h" for i in items)
        sentence = (
            f"A run costs about ${hourly:.2f} for each hour its jobs run ({parts}); at most ${at_limit:.2f} "
            f"if every job ran to its time limit. {how}"
        )
    for item in schedules:
        runs = f"more than {MAX_COUNTED_RUNS:,}" if item["runs_a_month"] > MAX_COUNTED_RUNS else f"{item['runs_a_month']}"
        sentence += (
            f" “{item['node']}” also runs on its schedule {item['schedule']}, {runs} times in 30 days: "
            f"${item['monthly_per_run_hour']:.2f} a month for each hour one of those runs takes."
        )
    if unpriced:
        sentence += f" Not priced: {'; '.join(unpriced)}."
    return {
        "jobs": items,
        "hourly": hourly,
        "at_limit": at_limit,
        "schedules": schedules,
        "unpriced": unpriced,
        "how": how,
        "sentence": sentence,
    }
