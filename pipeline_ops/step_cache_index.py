"""The step cache's index in the artifact bucket, and what `run` does with it (see step_cache.py).

`cache/nodes/<node>/<key>.json` and `cache/nodes/<node>/latest.json`: {node, key, run, execution_arn, output
(the job result's fields downstream reads: a preprocessing prefix, a training job's model name and
artifact, ...), created, components}. `cache/runs/pending/<execution name>.json`: a started run's keys and components,
folded into entries once the execution SUCCEEDED (only for nodes whose job ran in it), then marked
in `cache/runs/folded/<execution name>.json`.
"""

from __future__ import annotations

import datetime
import json
import time
from pathlib import Path
from typing import Any

from playbooks.spec.resolved import ResolvedPipeline

from .run_selection import Selection
from .step_cache import FOLDED_FOLDER, NODES_FOLDER, PENDING_FOLDER, Decision, decide, directory_digest, digest, s3_listing


class CacheIndex:
    def __init__(self, s3: Any, bucket: str) -> None:
        self.s3, self.bucket = s3, bucket

    def _get(self, key: str) -> dict[str, Any] | None:
        try:
            body = self.s3.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        except Exception as exc:  # NoSuchKey (botocore's ClientError): no entry
            if "NoSuchKey" in str(exc) or "404" in str(exc) or "Not Found" in str(exc):
                return None
            raise
        value = json.loads(body)
        return value if isinstance(value, dict) else None

    def _put(self, key: str, value: dict[str, Any]) -> None:
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=json.dumps(value, sort_keys=True).encode())

    def __call__(self, node: str, key: str | None) -> dict[str, Any] | None:
        """The entry of `key` for `node`, or (key None) the node's newest entry's components."""
        entry = self._get(f"{NODES_FOLDER}/{node}/{key or 'latest'}.json")
        if key is None:
            return entry.get("components") if entry else None
        return entry

    def latest(self, node: str) -> dict[str, Any] | None:
        """The node's newest entry (what `--from`/`--only` reuse)."""
        return self._get(f"{NODES_FOLDER}/{node}/latest.json")

    def add_pending(self, execution_arn: str, decisions: list[Decision]) -> None:
        ran = {
            d.node: {"key": d.key, "components": d.components, "fields": list(d.fields)}
            for d in decisions
            if d.state == "ran" and d.key and d.fields
        }
        if ran:
            name = execution_arn.rsplit(":", 1)[-1]
            self._put(f"{PENDING_FOLDER}/{name}.json", {"execution_arn": execution_arn, "nodes": ran})

    def _names(self, folder: str) -> list[str]:
        names = []
        for page in self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=f"{folder}/"):
            names += [obj["Key"][len(folder) + 1 :] for obj in page.get("Contents", [])]
        return names

    def fold(self, sfn: Any) -> list[str]:
        """Entries for the nodes of every finished pending run that SUCCEEDED; returns the runs folded.

        A folded record is marked (`cache/runs/folded/<name>`), not deleted: a delete in the versioned
        bucket leaves a delete marker, which the emulator's S3 (moto 5.2.5) then fails to remove
        when the bucket is destroyed, and the marker is cheaper to list than to track.
        """
        folded = []
        done = set(self._names(FOLDED_FOLDER))
        for name in self._names(PENDING_FOLDER):
            if name in done:
                continue
            record = self._get(f"{PENDING_FOLDER}/{name}") or {}
            arn = str(record.get("execution_arn", ""))
            try:
                described = sfn.describe_execution(executionArn=arn)
            except Exception:  # the run is gone (an emulator restarted): nothing to fold
                described = {"status": "ABORTED"}
            if described["status"] == "RUNNING":
                continue
            if described["status"] == "SUCCEEDED":
                self._fold_one(record, described)
                folded.append(arn)
            self._put(f"{FOLDED_FOLDER}/{name}", {"execution_arn": arn, "status": described["status"]})
        return folded

    def _fold_one(self, record: dict[str, Any], described: dict[str, Any]) -> None:
        nodes = (json.loads(described.get("output") or "{}") or {}).get("nodes") or {}
        started = described.get("startDate")
        created = started.timestamp() if isinstance(started, datetime.datetime) else time.time()
        for node, item in (record.get("nodes") or {}).items():
            result = nodes.get(node)
            fields = item.get("fields") or ["output"]
            if not isinstance(result, dict) or "cached_from" in result or not all(isinstance(result.get(f), str) for f in fields):
                continue  # reused, skipped or not reached: nothing this run's job wrote
            entry = {
                "node": node,
                "key": item["key"],
                "run": str(record["execution_arn"]).rsplit(":", 1)[-1],
                "execution_arn": record["execution_arn"],
                "output": {f: result[f] for f in fields},
                "created": created,
                "components": item["components"],
            }
            self._put(f"{NODES_FOLDER}/{node}/{item['key']}.json", entry)
            self._put(f"{NODES_FOLDER}/{node}/latest.json", entry)


def code_digests(pipeline: ResolvedPipeline, artifacts: list[Any], s3: Any) -> dict[str, str]:
    """Node id -> digest of the code its job runs: the uploaded directory, an s3:// prefix, or the bundled script."""
    from constructs_lib.code_bundle import bundled_script

    local = {a.node: Path(a.local_path) for a in artifacts}
    out: dict[str, str] = {}
    for node in pipeline.nodes:
        code = getattr(node.config, "code", None) if node.config is not None else None
        if node.id in local:
            out[node.id] = directory_digest(local[node.id])
        elif isinstance(code, str) and code.startswith("s3://"):
            out[node.id] = digest(sorted(s3_listing(s3, code).items()))
        elif node.kind == "preprocessing":
            out[node.id] = digest(bundled_script("preprocess.py").hex())
    return out


def plan_run(
    pipeline: ResolvedPipeline,
    outputs: dict[str, Any],
    parameters: dict[str, Any],
    artifacts: list[Any],
    s3: Any,
    sfn: Any,
    *,
    no_cache: bool = False,
    selection: Selection = Selection(),
) -> tuple[CacheIndex, list[Decision]]:
    """Fold finished runs into the index, then decide each cacheable node of this run."""
    index = CacheIndex(s3, str(outputs["artifact_bucket"]))
    index.fold(sfn)
    decisions = decide(
        pipeline,
        parameters,
        index,
        lambda uri: s3_listing(s3, uri),
        outputs,
        code_digests(pipeline, artifacts, s3),
        no_cache=no_cache,
        selection=selection,
    )
    return index, decisions


class RunCache:
    """A run's cache decisions: what its execution input carries, and the pending record once it started."""

    def __init__(self, index: CacheIndex | None, decisions: list[Decision]) -> None:
        self.index, self.decisions = index, decisions

    def execution_input(self) -> dict[str, Any]:
        return {"cache": {d.node: d.as_input() for d in self.decisions}} if self.decisions else {}

    def started(self, execution_arn: str | None) -> dict[str, dict[str, Any]]:
        if execution_arn and self.index is not None:
            self.index.add_pending(execution_arn, self.decisions)
        return {d.node: d.as_dict() for d in self.decisions}


def start_cache(
    pipeline: ResolvedPipeline,
    outputs: dict[str, Any],
    run_input: dict[str, Any],
    artifacts: list[Any],
    env: str,
    endpoint: str | None,
    no_cache: bool,
    selection: Selection | None = None,
) -> RunCache | None:
    """The cache decisions of a run about to start (None for a stack without an artifact bucket yet)."""
    from deploy_runner.aws_clients import aws_client

    from .stack_prep import load_environment

    if not outputs.get("artifact_bucket") or not outputs.get("orchestrator_arn"):
        return None
    environment = load_environment(env)
    region = str(outputs["orchestrator_arn"]).split(":")[3] or None
    s3 = aws_client("s3", environment, emulator_endpoint=endpoint, region=region)
    sfn = aws_client("stepfunctions", environment, emulator_endpoint=endpoint, region=region)
    parameters = run_input.get("parameters", {})
    index, decisions = plan_run(
        pipeline, outputs, parameters, artifacts, s3, sfn, no_cache=no_cache, selection=selection or Selection()
    )
    return RunCache(index, decisions)
