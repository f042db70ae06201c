"""What a synthesized stack bills while nothing runs: endpoint instances, databases, KMS keys,
secrets, interface endpoints, NAT gateways.

Priced from the table in pricing/ whose date and sources travel with every answer. Pure
(resources in, plain data out); split from deploy_review.py to keep each module to one concern.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable

PRICING_FILE = Path(__file__).with_name("pricing") / "aws-us-east-1.json"


def load_pricing(path: Path = PRICING_FILE) -> dict[str, Any]:
    pricing: dict[str, Any] = json.loads(path.read_text())
    return pricing


def _ref(value: Any) -> str | None:
    m = re.match(r"^\$\{([a-z0-9_]+\.[A-Za-z0-9_\-]+)\.", str(value or ""))
    return m.group(1) if m else None


def estimate_cost(
    resources: list[dict[str, Any]], pricing: dict[str, Any], run_made_endpoints: Iterable[tuple[str, Any]] = ()
) -> dict[str, Any]:
    """What bills while idle. `run_made_endpoints`: (node, ApiEndpointConfig) of endpoints the pipeline run
    creates (not in the Terraform JSON); instance-mode ones are priced from their config."""
    hours = pricing["hours_per_month"]
    by_address = {r["address"]: r for r in resources}
    items, unpriced = [], []

    def add(res: dict[str, Any], what: str, hourly: float | None = None, monthly: float | None = None) -> None:
        if hourly is None:
            assert monthly is not None, "a priced item has an hourly or a monthly price"
            hourly = monthly / hours
        items.append(
            {
                "node": res["node"],
                "address": res["address"],
                "what": what,
                "hourly": round(hourly, 4),
                "monthly": round(hourly * hours, 2),
            }
        )

    for res in resources:
        body, t = res["body"], res["type"]
        if t == "aws_sagemaker_endpoint_configuration":
            for variant in body.get("production_variants") or []:
                if variant.get("serverless_config"):
                    continue  # serverless: billed per request, nothing while idle
                itype, count = variant.get("instance_type"), int(variant.get("initial_instance_count") or 1)
                price = pricing["sagemaker_hosting_per_hour"].get(itype)
                if price is None:
                    unpriced.append(f"{res['address']}: endpoint instance {itype} is not in the price table")
                else:
                    add(res, f"endpoint: {count}× {itype}", hourly=price * count)
        elif t == "aws_rds_cluster_instance" and body.get("instance_class") == "db.serverless":
            cluster = by_address.get(_ref(body.get("cluster_identifier")) or "", {}).get("body", {})
            acu = float((cluster.get("serverlessv2_scaling_configuration") or {}).get("min_capacity", 0.5))
            add(
                res,
                f"Aurora Serverless v2 at its minimum {acu} capacity units",
                hourly=acu * pricing["aurora_serverless_v2_acu_per_hour"],
            )
        elif t in ("aws_rds_cluster_instance", "aws_db_instance"):
            cls = body.get("instance_class")
            price = pricing["rds_instance_per_hour"].get(cls)
            storage = float(body.get("allocated_storage") or 0) * pricing["rds_storage_gb_month"] / hours
            if price is None:
                unpriced.append(f"{res['address']}: database class {cls} is not in the price table")
            else:
                add(
                    res, f"database {cls}" + (f" + {body.get('allocated_storage')} GB" if storage else ""), hourly=price + storage
                )
        elif t == "aws_kms_key":
            add(res, "KMS key", monthly=pricing["kms_key_per_month"])
        elif t == "aws_secretsmanager_secret":
            add(res, "Secrets Manager secret", monthly=pricing["secretsmanager_secret_per_month"])
        elif t == "aws_vpc_endpoint" and body.get("vpc_endpoint_type") == "Interface":
            azs = max(1, len(body.get("subnet_ids") or []))
            add(res, f"interface VPC endpoint in {azs} zone(s)", hourly=azs * pricing["vpc_interface_endpoint_per_az_hour"])
        elif t == "aws_nat_gateway":
            add(res, "NAT gateway", hourly=pricing["nat_gateway_per_hour"])
    for node, config in run_made_endpoints:
        if getattr(config, "mode", "serverless") != "instance":
            continue
        price = pricing["sagemaker_hosting_per_hour"].get(config.instance_type)
        if price is None:
            unpriced.append(f"{node}: endpoint instance {config.instance_type} is not in the price table")
            continue
        count = config.initial_instance_count
        items.append(
            {
                "node": node,
                "address": f"{node} (endpoint created by the first pipeline run)",
                "what": f"endpoint: {count}× {config.instance_type}, from the first pipeline run on",
                "hourly": round(price * count, 4),
                "monthly": round(price * count * hours, 2),
            }
        )
    hourly = round(sum(i["hourly"] for i in items), 4)
    monthly = round(sum(i["monthly"] for i in items), 2)
    sentence = (
        f"Always-on cost: about ${hourly:.3f} per hour, ${monthly:,.2f} per month "
        f"({pricing['region']} list prices of {pricing['date']}), before jobs, requests and storage."
    )
    return {
        "hourly": hourly,
        "monthly": monthly,
        "currency": pricing["currency"],
        "items": items,
        "unpriced": unpriced,
        "sentence": sentence,
        "table": {k: pricing[k] for k in ("region", "date", "source", "note", "currency", "hours_per_month")},
        "pricing_file": f"pipeline_ops/pricing/{PRICING_FILE.name}",
    }
