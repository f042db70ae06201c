"""Step caching: a job whose inputs did not change is not started again; the run says why each node ran.

When `playbook run` starts, each cacheable node (preprocessing, training, fine-tuning and batch transform
jobs; playbooks/spec/cache_settings.py) gets a **key**: a
sha256 over what determines its output, the *components*:
- `config`: its resolved config (image, instance, environment, arguments, ...), `{{ params.X }}` as written;
- `image`: the container image it runs (config `image_uri`, else the built-in framework and version;
  a batch transform's is its model's, an input);
- `code`: a digest of its code bundle (the local directory `playbook run` uploads, the bundled script,
  or an `s3://` code prefix's object listing);
- `parameters`: the run's values of the parameters its config names;
- `inputs`: per input, an S3 data source's object listing (keys, sizes, ETags; also a batch
  transform's `input_s3_uri`) or an upstream node's key (chained: a change upstream misses
  downstream, so a retrained model rescores). An input nothing can version (a database or API
  extraction, a sub-pipeline) is new in every run, so its consumer always runs.

The **index** lives in the deployment's artifact bucket (KMS-encrypted by the bucket's default, like
everything else there): `cache/nodes/<node>/<key>.json` names the run and the output prefix it came from
(run-scoped, never overwritten by a later run: constructs_lib/asl.py run_scoped_prefix) and the key's
components; `cache/nodes/<node>/latest.json` is the node's newest entry, which a miss is explained against.
An entry is written only for a node whose job succeeded: each started run leaves
`cache/runs/pending/<execution name>.json` (its nodes' keys and components), folded into the index once
the execution is SUCCEEDED, when `run --wait` ends or when the next run starts (a run started without
`--wait` still feeds the cache). The decisions travel in the execution's input (`cache.<node>`: a hit's
output and run, or the key and why it runs), so the execution history itself records what was reused
and `runs`/`logs` read it back; the state machine's cache gate reuses a hit's output (cache_gate).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playbooks.spec.cache_settings import OVERWRITES_OUTPUT, effective_cache, reused_fields
from playbooks.spec.resolved import ResolvedPipeline
from stacks.outputs import node_output

from .run_selection import REUSE, RUN, SKIP, Selection, plan, refusal

CACHE_FOLDER = "cache"
NODES_FOLDER = f"{CACHE_FOLDER}/nodes"  # beside runs/: a node may be called "pending"
PENDING_FOLDER = f"{CACHE_FOLDER}/runs/pending"
FOLDED_FOLDER = f"{CACHE_FOLDER}/runs/folded"
LISTING_LIMIT = 10_000  # objects kept per listing for explanations; beyond it only the digest is compared
_PARAM_RE = re.compile(r"\{\{\s*params\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


@dataclass
class Decision:
    node: str
    key: str | None
    why: str
    hit: bool = False  # an earlier run's output is reused (a cache hit, or what --from/--only reuse)
    run: str | None = None
    output: dict[str, Any] | None = None  # the reused result fields (step_cache_index.entry_output)
    components: dict[str, Any] = field(default_factory=dict)
    status: str = ""  # ran, cached, reused (--from/--only) or skipped (--only); "" = cached or ran, as `hit` says
    fields: tuple[str, ...] = ()  # the job result's fields a later run may reuse (cache_settings.REUSED_FIELDS)

    @property
    def state(self) -> str:
        return self.status or ("cached" if self.hit else "ran")

    def as_input(self) -> dict[str, Any]:
        """What the execution input carries for this node: the cache gate reads `output` (the fields it
        puts back) or `skipped` (constructs_lib/asl.py cache_gate); `runs`/`logs` read the rest."""
        item: dict[str, Any] = {"key": self.key, "why": self.why, "status": self.state}
        if self.output is not None:
            item.update(output=self.output, run=self.run)
        if self.state == "skipped":
            item["skipped"] = True
        return item

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.state, "why": self.why, "key": self.key, "run": self.run}


def digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def listing_digest(listing: dict[str, list[Any]]) -> str:
    return digest(sorted(listing.items()))


def s3_listing(s3: Any, uri: str) -> dict[str, list[Any]]:
    """Relative key -> [size, ETag] of every object under an s3:// prefix."""
    bucket, _, prefix = uri.removeprefix("s3://").partition("/")
    listing: dict[str, list[Any]] = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            listing[obj["Key"][len(prefix) :]] = [obj["Size"], obj.get("ETag", "")]
    return listing


def directory_digest(root: Path) -> str:
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if root.is_dir() else [root]
    h = hashlib.sha256()
    for path in files:
        h.update(path.relative_to(root).as_posix().encode() if root.is_dir() else path.name.encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def key_of(components: dict[str, Any]) -> str:
    """The cache key: the digest of the components, with each S3 listing reduced to its digest."""
    inputs = {name: {k: v for k, v in item.items() if k != "listing"} for name, item in components.get("inputs", {}).items()}
    return digest({**components, "inputs": inputs})


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict) and value:
        out: dict[str, Any] = {}
        for k, v in value.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
        return out
    return {prefix: value}


def _shown(value: Any) -> str:
    return "(unset)" if value is None else value if isinstance(value, str) else json.dumps(value)


def _listing_change(before: dict[str, Any], now: dict[str, Any]) -> str:
    old, new = before.get("listing"), now.get("listing")
    if not isinstance(old, dict) or not isinstance(new, dict):
        return "changed"
    added = len(new.keys() - old.keys())
    removed = len(old.keys() - new.keys())
    changed = sum(1 for k in new.keys() & old.keys() if new[k] != old[k])
    parts = [
        f"{n} object{'s' if n != 1 else ''} {what}"
        for n, what in ((added, "added"), (removed, "removed"), (changed, "changed"))
        if n
    ]
    return f"changed ({', '.join(parts)})" if parts else "changed"


def explain_miss(now: dict[str, Any], before: dict[str, Any] | None) -> str:
    """Why a node runs, against its newest cache entry's components."""
    if not before:
        return "no earlier run"
    if now.get("image") != before.get("image"):
        return f"image changed: {before.get('image')} → {now.get('image')}"
    if now.get("config") != before.get("config"):
        old, new = _flatten(before.get("config")), _flatten(now.get("config"))
        diffs = [
            f"{k} {_shown(old.get(k))} → {_shown(new.get(k))}"
            for k in sorted(old.keys() | new.keys())
            if old.get(k) != new.get(k)
        ]
        return "config changed: " + "; ".join(diffs[:3]) + (f" (and {len(diffs) - 3} more)" if len(diffs) > 3 else "")
    if now.get("code") != before.get("code"):
        return "code changed"
    old_p, new_p = before.get("parameters", {}), now.get("parameters", {})
    for name in sorted(old_p.keys() | new_p.keys()):
        if old_p.get(name) != new_p.get(name):
            return f"parameter {name} changed: {_shown(old_p.get(name))} → {_shown(new_p.get(name))}"
    old_i, new_i = before.get("inputs", {}), now.get("inputs", {})
    for name in sorted(old_i.keys() | new_i.keys()):
        a, b = old_i.get(name) or {}, new_i.get(name) or {}
        if b.get("kind") == "every_run":
            return f"input {name} is produced anew by every run"
        if {k: v for k, v in a.items() if k != "listing"} != {k: v for k, v in b.items() if k != "listing"}:
            return f"input {name} " + (_listing_change(a, b) if b.get("kind") == "s3" else "changed")
    return "no cached output for this key"


def components_of(
    pipeline: ResolvedPipeline,
    node_id: str,
    parameters: dict[str, Any],
    upstream_keys: dict[str, str],
    s3_listing_of: Any,
    outputs: dict[str, Any],
    code_digest: str,
) -> dict[str, Any]:
    node = pipeline.node(node_id)
    assert node.config is not None
    config = node.config.model_dump(mode="json")
    named = sorted(set(_PARAM_RE.findall(json.dumps(config))))
    built_in = f"{config.get('framework')}:{config.get('framework_version')}" if "framework" in config else None
    image = config.get("image_uri") or built_in  # a batch transform's image is its model's (an input)
    inputs: dict[str, Any] = {}
    if isinstance(config.get("input_s3_uri"), str):  # a batch transform scoring a fixed S3 location
        listing = s3_listing_of(config["input_s3_uri"])
        inputs["input_s3_uri"] = {"kind": "s3", "uri": config["input_s3_uri"], "digest": listing_digest(listing)}
    for ref in node.inputs:
        name = str(ref)
        upstream = None if ref.is_pipeline_input else pipeline.node(ref.node)
        uri = outputs.get(node_output(ref.node, "s3_uri")) if upstream is not None else None
        if upstream is not None and upstream.kind == "data_source" and upstream.subtype == "s3" and uri:
            listing = s3_listing_of(str(uri))
            item: dict[str, Any] = {"kind": "s3", "uri": str(uri), "digest": listing_digest(listing)}
            if len(listing) <= LISTING_LIMIT:
                item["listing"] = listing
            inputs[name] = item
        elif ref.node in upstream_keys and not ref.output:
            inputs[name] = {"kind": "node", "key": upstream_keys[ref.node]}
        else:
            inputs[name] = {"kind": "every_run", "nonce": time.time_ns()}
    return {
        "config": config,
        "image": image,
        "code": code_digest,
        "parameters": {name: parameters.get(name, pipeline.parameters.get(name)) for name in named},
        "inputs": inputs,
    }


def entry_output(entry: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """A cache entry's reused result fields (an entry written before kinds other than preprocessing were
    cached holds the prefix alone)."""
    output = entry.get("output")
    return output if isinstance(output, dict) else {fields[0] if fields else "output": output}


def decide(
    pipeline: ResolvedPipeline,
    parameters: dict[str, Any],
    index: Any,
    s3_listing_of: Any,
    outputs: dict[str, Any],
    code_digests: dict[str, str],
    *,
    no_cache: bool = False,
    now: float | None = None,
    selection: Selection = Selection(),
) -> list[Decision]:
    """One decision per cacheable node of the root pipeline (with a selection, per node with a job), in
    topological order. `index(node, key)` returns the entry for that key or None; `index(node, None)` the
    node's newest entry's components; `index.latest(node)` the newest entry itself.
    """
    now = time.time() if now is None else now
    chosen = plan(pipeline, selection)
    keys: dict[str, str] = {}
    decisions: list[Decision] = []
    missing: list[str] = []
    for node in pipeline.nodes:
        fields = reused_fields(node.kind, node.subtype)
        mode = chosen.get(node.id)
        if mode in (SKIP, REUSE):
            latest = index.latest(node.id) if fields is not None else None
            if mode == REUSE and not latest:
                missing.append(node.id)
            elif mode == SKIP:
                reused = entry_output(latest, fields or ()) if latest else None  # keeps the pipeline's outputs readable
                run = latest["run"] if latest else None
                decisions.append(Decision(node.id, None, f"skipped ({selection.flag})", run=run, output=reused, status="skipped"))
            else:
                assert latest is not None and fields is not None
                keys[node.id] = str(latest["key"])
                why = f"reused (latest output, from run {latest['run']}, {selection.flag})"
                decisions.append(
                    Decision(node.id, keys[node.id], why, True, latest["run"], entry_output(latest, fields), status="reused")
                )
            continue
        if fields is None:
            if mode == RUN:  # a kind nothing reuses, read by a node that runs (or the selected node)
                decisions.append(Decision(node.id, None, f"{selection.flag} (its output is not cached)"))
            continue
        enabled, expire = effective_cache(node, pipeline.cache)
        components = components_of(pipeline, node.id, parameters, keys, s3_listing_of, outputs, code_digests.get(node.id, ""))
        key = key_of(components)
        keys[node.id] = key
        ran = Decision(node.id, key, "", components=components, fields=fields)
        if mode == RUN or no_cache:  # runs, and is recorded under its real key: the next run reuses it and its downstream
            ran.why = selection.flag if mode == RUN else "cache off (--no-cache)"
        elif not enabled:  # its output may differ on every run (why it is off): downstream runs too
            ran.why = "cache off"
            del keys[node.id]
        else:
            entry = index(node.id, key)
            newest = index.latest(node.id) if entry and (node.kind, node.subtype) in OVERWRITES_OUTPUT else None
            if entry and expire is not None and now - float(entry.get("created", 0)) > expire:
                ran.why = "expired"
            elif newest and newest.get("key") != key:
                ran.why = f"its output was overwritten by run {newest['run']} (it writes one fixed prefix)"
            elif entry:
                why = f"cached (from run {entry['run']}, key {key[:12]})"
                ran = Decision(node.id, key, why, True, entry["run"], entry_output(entry, fields), components, fields=fields)
            else:
                ran.why = explain_miss(components, index(node.id, None))
        decisions.append(ran)
    if missing:
        raise refusal(missing, selection)
    return decisions
