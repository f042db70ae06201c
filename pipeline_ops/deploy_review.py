"""A deploy review in plain words: what a playbook creates, when it runs, what it may cost.

`review()` synthesizes the stack (through the synth cache, no Terraform run) and
reads the Terraform JSON back, so every count and price comes from the resources
that would really be deployed, not from a second guess of the constructs.
`summarize()` is the pure part (resolved pipeline + cdk.tf.json -> plain data) so
the builder, the CLI and Windmill can all show the same sentences.

The sentence per node is node_sentences.py; the cost estimate (what bills while
nothing runs, priced from the table in pricing/) is idle_cost.py; what a run and the
schedules add (an estimate from instance prices and time limits) is run_cost.py.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from playbooks.lock import DEFAULT_LOCK
from stacks.resource_words import BUCKET_SETTINGS, resource_word

from .data_inputs import fill_before_first_run
from .idle_cost import estimate_cost, load_pricing
from .inputs import PlaybookInput
from .node_sentences import describe_node
from .run_cost import estimate_run_cost

FOLDED = {
    t: BUCKET_SETTINGS
    for t in (
        "aws_s3_bucket_lifecycle_configuration",
        "aws_s3_bucket_logging",
        "aws_s3_bucket_ownership_controls",
        "aws_s3_bucket_policy",
        "aws_s3_bucket_public_access_block",
        "aws_s3_bucket_server_side_encryption_configuration",
        "aws_s3_bucket_versioning",
    )
}
PIPELINE_WIDE = "(whole pipeline)"
SUPPORTING = {
    BUCKET_SETTINGS,
    "aws_iam_role_policy",
    "aws_iam_role_policy_attachment",
    "aws_kms_alias",
    "aws_route_table_association",
    "aws_security_group_rule",
    "aws_default_security_group",
}


def review(
    source: PlaybookInput,
    env: str = "dev",
    *,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> dict[str, Any]:
    """Synthesize `source` for `env` and describe it; compares with the deployed state if there is one."""
    from .deployed import deployment
    from .stack_prep import load_environment, resolve_for_deploy, synth_stacks_cached

    target = resolve_for_deploy(source, library_dirs, lock_file)
    environment = load_environment(env)
    with tempfile.TemporaryDirectory(prefix="playbook-review-") as tmp:
        (stack,), cached = synth_stacks_cached([target.pipeline], [env], Path(tmp))
        doc = json.loads((Path(stack.directory) / "cdk.tf.json").read_text())
    from deploy_runner.tf_errors import DeployError

    unread = None
    try:
        deployed = deployment(stack.name, env)
    except DeployError as exc:  # e.g. no credentials for a remote backend: the review itself needs none
        deployed, unread = None, str(exc)
    result = summarize(target.pipeline, doc, deployed=deployed, emulator_environment=env if environment.emulator else None)
    return {**result, "environment": env, "stack": stack.name, "synth_cached": cached, "deployed_unread": unread}


def summarize(
    pipeline: Any,
    doc: dict[str, Any],
    *,
    deployed: dict[str, Any] | None = None,
    pricing: dict[str, Any] | None = None,
    emulator_environment: str | None = None,
) -> dict[str, Any]:
    """`emulator_environment`: the name of the environment when it is the local AWS emulator (nothing bills there;
    the prices still say what the same pipeline costs in AWS)."""
    pricing = pricing or load_pricing()
    resources = _resources(doc)
    node_paths = dict(_walk(pipeline))
    for res in resources:
        res["node"] = _owner(res["path"], node_paths)
    nodes = []
    for path, node in node_paths.items():
        sentence, when = describe_node(node, path)
        own = [r["address"] for r in resources if r["node"] == path]
        nodes.append(
            {"node": path, "kind": node.kind, "subtype": node.subtype, "sentence": sentence, "when": when, "resources": own}
        )
    shared = [r["address"] for r in resources if r["node"] == PIPELINE_WIDE]
    nodes.append(
        {
            "node": PIPELINE_WIDE,
            "kind": "pipeline",
            "subtype": None,
            "resources": shared,
            "when": "always",
            "sentence": "Shares one encrypted artifact bucket, a KMS key, an access-log bucket and a Step Functions "
            "orchestrator that runs the nodes in order when the pipeline is started (`playbook run`).",
        }
    )
    for entry in nodes:
        made_by_run = (
            entry["kind"] == "deployment"
            and entry["subtype"] == "api_endpoint"
            and not any(a.startswith("aws_sagemaker_endpoint.") for a in entry["resources"])
        )
        if made_by_run:  # the orchestrator creates/updates it from the freshly trained model (constructs_lib/deployments.py)
            entry["sentence"] = entry["sentence"].rstrip(".") + "; each pipeline run creates or updates it with the new model."
    first_run = fill_before_first_run(pipeline)
    by_node = {n["node"]: n for n in nodes}
    for loc in first_run:
        if loc.what == "batch input":  # a batch given no dataset scores its own prefix (constructs_lib/deployments.py)
            by_node[loc.name]["sentence"] += (
                f" With no dataset as input it scores the files under {loc.name}/input/ in the artifact bucket, "
                f"which start empty: put them in with `playbook data put TARGET {loc.name} FILE`."
            )
    counts = Counter(FOLDED.get(r["type"], r["type"]) for r in resources)
    # Things a reader recognises first (buckets, roles, functions, endpoints), the wiring between them after.
    by_kind = [
        {"type": t, "kind": resource_word(t), "count": n}
        for t, n in sorted(counts.items(), key=lambda kv: (kv[0] in SUPPORTING, -kv[1], kv[0]))
    ]
    cost = estimate_cost(
        resources,
        pricing,
        run_made_endpoints=[
            (path, node.config)
            for path, node in node_paths.items()
            if node.kind == "deployment"
            and node.subtype == "api_endpoint"
            and not any(r["type"] == "aws_sagemaker_endpoint_configuration" and r["node"] == path for r in resources)
        ],
    )
    if emulator_environment:
        cost["local"] = (
            f"{emulator_environment} is the local AWS emulator on this machine, where nothing bills; "
            f"the prices below are what the same pipeline costs in AWS ({pricing['region']})."
        )
        cost["sentence"] = f"{emulator_environment}: free. {cost['local']} {cost['sentence']}"
    run_cost = estimate_run_cost(node_paths.items(), pricing)
    changes = compare(resources, deployed)
    biggest = ", ".join(f"{k['count']} × {k['kind']}" for k in by_kind[:4])
    headline = [
        f"{pipeline.name} {pipeline.version} creates {len(resources)} cloud resources: {biggest}"
        f"{', and their permissions and settings' if len(by_kind) > 4 else ''}."
    ]
    headline += [n["sentence"] for n in nodes if n["node"] != PIPELINE_WIDE]
    if first_run:
        headline.append(_first_run_sentence(first_run))
    headline.append(cost["sentence"])
    headline.append(run_cost["sentence"])
    headline.append(changes["sentence"])
    return {
        "name": pipeline.name,
        "version": pipeline.version,
        "nodes": nodes,
        "resources": {"total": len(resources), "by_kind": by_kind},
        "cost": cost,
        "run_cost": run_cost,
        "changes": changes,
        "addresses": [{k: r[k] for k in ("address", "type", "node")} for r in resources],
        "headline": headline,
        "fill_before_first_run": [{"node": loc.name, "what": loc.what} for loc in first_run],
    }


def _first_run_sentence(first_run: list[Any]) -> str:
    words = {
        "data source": "a new, empty bucket",
        "pipeline input": "an input of the pipeline",
        "batch input": "what the batch scores",
    }
    places = ", ".join(f"“{loc.name}” ({words[loc.what]})" for loc in first_run)
    return (
        f"Before the first run, put data into {places}: `playbook data put TARGET NODE FILE`. "
        "A run is refused while a location it reads is empty."
    )


# -- resources -----------------------------------------------------------------------------------------


def _resources(doc: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for rtype, items in (doc.get("resource") or {}).items():
        for name, body in items.items():
            path = ((body.get("//") or {}).get("metadata") or {}).get("path", "")
            out.append(
                {
                    "address": f"{rtype}.{name}",
                    "type": rtype,
                    "name": name,
                    "path": path,
                    "body": {k: v for k, v in body.items() if k != "//"},
                }
            )
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


# -- versus what is deployed ---------------------------------------------------------------------------


def compare(resources: list[dict[str, Any]], deployed: dict[str, Any] | None) -> dict[str, Any]:
    wanted = {r["address"] for r in resources}
    if not deployed:
        return {
            "deployed": False,
            "deployed_version": None,
            "add": sorted(wanted),
            "remove": [],
            "keep": 0,
            "sentence": f"Nothing is deployed yet: all {len(wanted)} resources are new.",
        }
    have = set(deployed["addresses"])
    add, remove, keep = sorted(wanted - have), sorted(have - wanted), len(wanted & have)
    if not add and not remove:
        sentence = (
            f"Version {deployed['version']} is deployed with the same {keep} resources; "
            "a plan shows whether any of their settings change."
        )
    else:
        sentence = (
            f"Versus the deployed version {deployed['version']}: {len(add)} resources are new, "
            f"{len(remove)} go away, {keep} stay (a plan shows which of those change settings)."
        )
    return {
        "deployed": True,
        "deployed_version": deployed["version"],
        "add": add,
        "remove": remove,
        "keep": keep,
        "sentence": sentence,
    }
