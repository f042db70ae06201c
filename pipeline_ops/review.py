"""A deploy review in plain words: what a playbook creates, when it runs, what it may cost.

`review()` synthesizes the stack (through the synth cache, no Terraform run) and
reads the Terraform JSON back, so every count and price comes from the resources
that would really be deployed, not from a second guess of the constructs.
`summarize()` is the pure part (resolved pipeline + cdk.tf.json -> plain data) so
the builder, the CLI and Windmill can all show the same sentences.

The cost estimate counts only what bills while nothing runs (endpoint instances,
databases, KMS keys, secrets, interface endpoints, NAT gateways), priced from the
table in pricing/ whose date and sources travel with every answer.
"""
from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from playbooks.lock import DEFAULT_LOCK

from .inputs import PlaybookInput

PRICING_FILE = Path(__file__).with_name("pricing") / "aws-us-east-1.json"

# Plain names for the resource types the constructs emit; anything else shows its Terraform type.
KIND_NAMES = {
    "aws_iam_role": "IAM role", "aws_iam_role_policy": "IAM policy", "aws_iam_role_policy_attachment": "IAM policy attachment",
    "aws_s3_bucket": "S3 bucket", "aws_s3_object": "S3 object (code)", "aws_kms_key": "KMS key", "aws_kms_alias": "KMS alias",
    "aws_lambda_function": "Lambda function", "aws_sfn_state_machine": "Step Functions state machine",
    "aws_cloudwatch_log_group": "log group", "aws_scheduler_schedule": "schedule", "aws_sagemaker_model": "SageMaker model",
    "aws_sagemaker_endpoint": "SageMaker endpoint", "aws_sagemaker_endpoint_configuration": "SageMaker endpoint configuration",
    "aws_rds_cluster": "Aurora cluster", "aws_rds_cluster_instance": "Aurora instance", "aws_db_instance": "RDS database",
    "aws_db_subnet_group": "database subnet group", "aws_vpc": "VPC", "aws_subnet": "subnet", "aws_route_table": "route table",
    "aws_route_table_association": "route table association", "aws_security_group": "security group",
    "aws_security_group_rule": "security group rule", "aws_default_security_group": "default security group (locked down)",
    "aws_vpc_endpoint": "VPC endpoint", "aws_flow_log": "VPC flow log", "aws_sqs_queue": "SQS queue",
    "aws_ssm_parameter": "SSM parameter", "aws_secretsmanager_secret": "secret", "aws_nat_gateway": "NAT gateway",
}
# Each bucket setting is its own Terraform resource; a reader counts them as one line, not as buckets.
BUCKET_SETTINGS = "aws_s3_bucket_*"
KIND_NAMES[BUCKET_SETTINGS] = "S3 bucket setting (encryption, versioning, logging, …)"
FOLDED = {t: BUCKET_SETTINGS for t in (
    "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_logging", "aws_s3_bucket_ownership_controls",
    "aws_s3_bucket_policy", "aws_s3_bucket_public_access_block", "aws_s3_bucket_server_side_encryption_configuration",
    "aws_s3_bucket_versioning")}
PIPELINE_WIDE = "(whole pipeline)"
SUPPORTING = {BUCKET_SETTINGS, "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_kms_alias",
              "aws_route_table_association", "aws_security_group_rule", "aws_default_security_group"}


def load_pricing(path: Path = PRICING_FILE) -> dict[str, Any]:
    pricing: dict[str, Any] = json.loads(path.read_text())
    return pricing


def review(source: PlaybookInput, env: str = "dev", *, library_dirs: Iterable[str | Path] = (),
           lock_file: str | Path | None = DEFAULT_LOCK) -> dict[str, Any]:
    """Synthesize `source` for `env` and describe it; compares with the deployed state if there is one."""
    from .infra_ops import _environment, _state_root, _synth, resolve_for_deploy

    target = resolve_for_deploy(source, library_dirs, lock_file)
    _environment(env)
    with tempfile.TemporaryDirectory(prefix="playbook-review-") as tmp:
        (stack,), cached = _synth([target.pipeline], [env], Path(tmp))
        doc = json.loads((Path(stack.directory) / "cdk.tf.json").read_text())
    deployed = deployed_addresses(_state_root() / "state" / stack.name / "terraform.tfstate")
    result = summarize(target.pipeline, doc, deployed=deployed)
    return {**result, "environment": env, "stack": stack.name, "synth_cached": cached}


def deployed_addresses(state_file: Path) -> dict[str, Any] | None:
    """Addresses and version in a local Terraform state, or None when nothing is deployed."""
    try:
        state = json.loads(state_file.read_text())
    except (OSError, ValueError):
        return None
    resources = [r for r in state.get("resources") or [] if r.get("mode") == "managed"]
    if not resources:
        return None
    version = ((state.get("outputs") or {}).get("playbook_version") or {}).get("value")
    return {"version": version, "addresses": sorted(f"{r['type']}.{r['name']}" for r in resources)}


def summarize(pipeline: Any, doc: dict[str, Any], *, deployed: dict[str, Any] | None = None,
              pricing: dict[str, Any] | None = None) -> dict[str, Any]:
    pricing = pricing or load_pricing()
    resources = _resources(doc)
    node_paths = dict(_walk(pipeline))
    for res in resources:
        res["node"] = _owner(res["path"], node_paths)
    nodes = []
    for path, node in node_paths.items():
        sentence, when = describe_node(node, path)
        own = [r["address"] for r in resources if r["node"] == path]
        nodes.append({"node": path, "kind": node.kind, "subtype": node.subtype, "sentence": sentence, "when": when,
                      "resources": own})
    shared = [r["address"] for r in resources if r["node"] == PIPELINE_WIDE]
    nodes.append({"node": PIPELINE_WIDE, "kind": "pipeline", "subtype": None, "resources": shared, "when": "always",
                  "sentence": "Shares one encrypted artifact bucket, a KMS key, an access-log bucket and a Step Functions "
                              "orchestrator that runs the nodes in order when the pipeline is started (`playbook run`)."})
    for entry in nodes:
        made_by_run = entry["kind"] == "deployment" and entry["subtype"] == "api_endpoint" and not any(
            a.startswith("aws_sagemaker_endpoint.") for a in entry["resources"])
        if made_by_run:  # the orchestrator creates/updates it from the freshly trained model (constructs_lib/deployments.py)
            entry["sentence"] = entry["sentence"].rstrip(".") + "; each pipeline run creates or updates it with the new model."
    counts = Counter(FOLDED.get(r["type"], r["type"]) for r in resources)
    # Things a reader recognises first (buckets, roles, functions, endpoints), the wiring between them after.
    by_kind = [{"type": t, "kind": KIND_NAMES.get(t, t), "count": n}
               for t, n in sorted(counts.items(), key=lambda kv: (kv[0] in SUPPORTING, -kv[1], kv[0]))]
    cost = estimate_cost(resources, pricing, run_made_endpoints=[
        (path, node.config) for path, node in node_paths.items()
        if node.kind == "deployment" and node.subtype == "api_endpoint"
        and not any(r["type"] == "aws_sagemaker_endpoint_configuration" and r["node"] == path for r in resources)])
    changes = compare(resources, deployed)
    biggest = ", ".join(f"{k['count']} × {k['kind']}" for k in by_kind[:4])
    headline = [f"{pipeline.name} {pipeline.version} creates {len(resources)} cloud resources: {biggest}"
                f"{', and their permissions and settings' if len(by_kind) > 4 else ''}."]
    headline += [n["sentence"] for n in nodes if n["node"] != PIPELINE_WIDE]
    headline.append(cost["sentence"])
    headline.append(changes["sentence"])
    return {"name": pipeline.name, "version": pipeline.version, "nodes": nodes,
            "resources": {"total": len(resources), "by_kind": by_kind}, "cost": cost, "changes": changes,
            "addresses": [{k: r[k] for k in ("address", "type", "node")} for r in resources], "headline": headline}


# -- resources -----------------------------------------------------------------------------------------

def _resources(doc: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for rtype, items in (doc.get("resource") or {}).items():
        for name, body in items.items():
            path = ((body.get("//") or {}).get("metadata") or {}).get("path", "")
            out.append({"address": f"{rtype}.{name}", "type": rtype, "name": name, "path": path,
                        "body": {k: v for k, v in body.items() if k != "//"}})
    return sorted(out, key=lambda r: r["address"])


def _walk(pipeline: Any, prefix: str = "") -> Iterable[tuple[str, Any]]:
    for node in pipeline.nodes:
        path = f"{prefix}{node.id}"
        yield path, node
        if node.child is not None:
            yield from _walk(node.child, path + "/")


def _owner(construct_path: str, node_paths: dict[str, Any]) -> str:
    """'<stack>/pipeline/long_window/quality/validate/role' -> the deepest node path it lies under."""
    parts = construct_path.split("/")[2:]  # drop '<stack>' and 'pipeline'
    for depth in range(len(parts), 0, -1):
        candidate = "/".join(parts[:depth])
        if candidate in node_paths:
            return candidate
    return PIPELINE_WIDE


# -- one sentence per node -----------------------------------------------------------------------------

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
        return (f"{name} is the sub-pipeline {child.name} {child.version} with {len(child.nodes)} nodes of its own "
                "(listed below it), run as one step.", "on each run")
    if kind == "data_source" and sub == "s3":
        where = f"reads s3://{c.bucket}/{c.prefix}" if c.bucket else f"creates an encrypted, versioned S3 bucket for {c.format} files under {c.prefix}"
        return f"{name} {where}.", "always"
    if kind == "data_source" and sub == "api":
        when = _schedule_words(c.schedule)
        return f"{name} pulls {c.url} into S3 {when} (a Lambda function) and once on each pipeline run.", when
    if kind == "data_source" and sub == "database":
        db = {"managed_aurora": f"creates an Aurora {c.engine} Serverless v2 database ({c.min_capacity}–{c.max_capacity} capacity units, always on)",
              "managed_rds": f"creates an RDS {c.engine} database ({c.instance_class}, {c.allocated_storage_gb} GB, always on)",
              "existing": f"reads an existing {c.engine} database"}[c.mode]
        extra = f" and also {_schedule_words(c.extraction_schedule)}" if c.extraction_schedule else ""
        return (f"{name} {db} and copies it to S3 with a processing job on each pipeline run{extra}.",
                "always" if c.mode != "existing" else "on each run")
    if kind == "preprocessing":
        return (f"{name} runs a SageMaker processing job ({c.instance_count}× {c.instance_type}, "
                f"{c.image_uri and 'own image' or c.framework}) on each pipeline run.", "on each run")
    if kind == "model" and sub in ("training", "fine_tuning"):
        verb = "trains a model" if sub == "training" else "fine-tunes a model"
        spot = ", on spot capacity" if c.use_spot else ""
        return f"{name} {verb} with a SageMaker training job ({c.instance_count}× {c.instance_type}{spot}) on each pipeline run.", "on each run"
    if kind == "model" and sub == "inference":
        what = f"from {c.model_artifact_uri}" if c.model_artifact_uri else "from its upstream model"
        return f"{name} registers a SageMaker model {what} (no compute of its own).", "always"
    if kind == "deployment" and sub == "api_endpoint":
        if c.mode == "serverless":
            return (f"{name} serves the model behind a serverless SageMaker endpoint ({c.memory_size_mb} MB, up to "
                    f"{c.max_concurrency} at once), billed per request.", "always")
        return (f"{name} serves the model behind a SageMaker endpoint on {c.initial_instance_count}× {c.instance_type}, "
                "running around the clock.", "always")
    if kind == "deployment" and sub == "batch":
        when = _schedule_words(c.schedule) or "on each pipeline run"
        return (f"{name} scores data with a SageMaker batch transform job ({c.instance_count}× {c.instance_type}) {when}.", when)
    return f"{name} is a {kind} node.", "on each run"


# -- what bills while idle -----------------------------------------------------------------------------

def _ref(value: Any) -> str | None:
    m = re.match(r"^\$\{([a-z0-9_]+\.[A-Za-z0-9_\-]+)\.", str(value or ""))
    return m.group(1) if m else None


def estimate_cost(resources: list[dict[str, Any]], pricing: dict[str, Any],
                  run_made_endpoints: Iterable[tuple[str, Any]] = ()) -> dict[str, Any]:
    """What bills while idle. `run_made_endpoints`: (node, ApiEndpointConfig) of endpoints the pipeline run
    creates (not in the Terraform JSON); instance-mode ones are priced from their config."""
    hours = pricing["hours_per_month"]
    by_address = {r["address"]: r for r in resources}
    items, unpriced = [], []

    def add(res: dict[str, Any], what: str, hourly: float | None = None, monthly: float | None = None) -> None:
        if hourly is None:
            assert monthly is not None, "a priced item has an hourly or a monthly price"
            hourly = monthly / hours
        items.append({"node": res["node"], "address": res["address"], "what": what,
                      "hourly": round(hourly, 4), "monthly": round(hourly * hours, 2)})

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
            add(res, f"Aurora Serverless v2 at its minimum {acu} capacity units",
                hourly=acu * pricing["aurora_serverless_v2_acu_per_hour"])
        elif t in ("aws_rds_cluster_instance", "aws_db_instance"):
            cls = body.get("instance_class")
            price = pricing["rds_instance_per_hour"].get(cls)
            storage = float(body.get("allocated_storage") or 0) * pricing["rds_storage_gb_month"] / hours
            if price is None:
                unpriced.append(f"{res['address']}: database class {cls} is not in the price table")
            else:
                add(res, f"database {cls}" + (f" + {body.get('allocated_storage')} GB" if storage else ""), hourly=price + storage)
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
        items.append({"node": node, "address": f"{node} (endpoint created by the first pipeline run)",
                      "what": f"endpoint: {count}× {config.instance_type}, from the first pipeline run on",
                      "hourly": round(price * count, 4), "monthly": round(price * count * hours, 2)})
    hourly = round(sum(i["hourly"] for i in items), 4)
    monthly = round(sum(i["monthly"] for i in items), 2)
    sentence = (f"Always-on cost: about ${hourly:.3f} per hour, ${monthly:,.2f} per month "
                f"({pricing['region']} list prices of {pricing['date']}), before jobs, requests and storage.")
    return {"hourly": hourly, "monthly": monthly, "currency": pricing["currency"], "items": items, "unpriced": unpriced,
            "sentence": sentence,
            "table": {k: pricing[k] for k in ("region", "date", "source", "note", "currency", "hours_per_month")},
            "pricing_file": f"pipeline_ops/pricing/{PRICING_FILE.name}"}


# -- versus what is deployed ---------------------------------------------------------------------------

def compare(resources: list[dict[str, Any]], deployed: dict[str, Any] | None) -> dict[str, Any]:
    wanted = {r["address"] for r in resources}
    if not deployed:
        return {"deployed": False, "deployed_version": None, "add": sorted(wanted), "remove": [], "keep": 0,
                "sentence": f"Nothing is deployed yet: all {len(wanted)} resources are new."}
    have = set(deployed["addresses"])
    add, remove, keep = sorted(wanted - have), sorted(have - wanted), len(wanted & have)
    if not add and not remove:
        sentence = (f"Version {deployed['version']} is deployed with the same {keep} resources; "
                    "a plan shows whether any of their settings change.")
    else:
        sentence = (f"Versus the deployed version {deployed['version']}: {len(add)} resources are new, "
                    f"{len(remove)} go away, {keep} stay (a plan shows which of those change settings).")
    return {"deployed": True, "deployed_version": deployed["version"], "add": add, "remove": remove, "keep": keep,
            "sentence": sentence}
