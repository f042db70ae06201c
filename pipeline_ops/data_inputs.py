"""Which S3 locations a run reads that the run itself does not fill, and whether they hold data.

A new pipeline's managed source bucket is empty. Started anyway, the run fails late and at
the wrong node (training: "No data found in channel 'train'"), so `run_pipeline` refuses it
first, one line per empty location, with nothing uploaded or started (`InputsEmpty`).

The locations, from the resolved pipeline and the stack's outputs (nested pipelines included,
node paths joined with "/"):

- an S3 data source a node consumes (output `node_<path>_s3_uri`), unless its location lies
  inside what another node writes during the run (a preprocessing, database or API node, a
  batch's scores: their `node_<path>_s3_uri`);
- a dataset input of the root pipeline, deployed on its own: the construct reads it from
  `s3://<artifact_bucket>/pipeline/inputs/<name>/` (constructs_lib/pipeline.py `_standalone_input`);
- a batch deployment given no dataset: it scores `config.input_s3_uri`, or else
  `s3://<artifact_bucket>/<node path>/input/` (constructs_lib/deployments.py BatchTransform,
  layout from constructs_lib/naming.py `s3_key_prefix`).

Database and API sources produce their data during the run, so they are never checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from playbooks.failures import PlaybookFailure
from playbooks.spec.resolved import ResolvedNode, ResolvedPipeline
from stacks.outputs import ARTIFACT_BUCKET, node_output


@dataclass(frozen=True)
class DataLocation:
    name: str  # node path ("events", "features/raw") or root input name
    uri: str  # s3://bucket/prefix/
    what: str  # "data source", "pipeline input", "batch input"


class InputsEmpty(PlaybookFailure):
    """Locations a run reads hold no objects; nothing was uploaded or started. Front ends: exit 1."""

    kind = "empty_input"

    def __init__(self, empty: list[DataLocation]):
        self.empty = empty
        self.problems = [empty_message(loc) for loc in empty]
        super().__init__("; ".join(self.problems))


def empty_message(loc: DataLocation) -> str:
    return (
        f"{loc.name} ({loc.uri}) is empty: upload data with `playbook data put TARGET {loc.name} FILE` "
        "or point the node at an existing bucket"
        if loc.what == "data source"
        else f"{loc.name} ({loc.uri}, {loc.what}) is empty: upload data with `playbook data put TARGET {loc.name} FILE`"
    )


def output_key(path: str) -> str:
    """The stack output of a node's data location."""
    return node_output(path, "s3_uri")


def _consumed(pipeline: ResolvedPipeline) -> set[str]:
    used = {r.node for n in pipeline.nodes for r in (*n.inputs, *n.input_bindings.values()) if not r.is_pipeline_input}
    return used | set(pipeline.outputs.values())


def _is_s3_source(node: ResolvedNode) -> bool:
    return node.kind == "data_source" and node.subtype == "s3"


def _batch_reads_own_input(node: ResolvedNode, pipeline: ResolvedPipeline) -> bool:
    if not (node.kind == "deployment" and node.subtype == "batch"):
        return False
    for ref in node.inputs:
        kind = pipeline.inputs.get(ref.node) if ref.is_pipeline_input else _produces(pipeline, ref.node)
        if kind == "dataset":
            return False
    return True


def _produces(pipeline: ResolvedPipeline, node_id: str) -> str | None:
    try:
        return pipeline.node(node_id).produces
    except KeyError:
        return None


def _walk(
    pipeline: ResolvedPipeline, outputs: dict[str, Any], prefix: str, found: list[DataLocation], written: list[str]
) -> None:
    consumed = _consumed(pipeline)
    bucket = outputs.get(ARTIFACT_BUCKET)
    for node in pipeline.nodes:
        path = f"{prefix}{node.id}"
        if node.child is not None:
            _walk(node.child, outputs, f"{path}/", found, written)
            continue
        uri = outputs.get(output_key(path))
        if _is_s3_source(node):
            if uri and node.id in consumed:
                found.append(DataLocation(path, uri, "data source"))
            continue
        if uri:
            written.append(uri)  # every other node with a data location writes it during the run
        if _batch_reads_own_input(node, pipeline):
            own = getattr(node.config, "input_s3_uri", None) or (f"s3://{bucket}/{path}/input/" if bucket else None)
            if own:
                found.append(DataLocation(path, own, "batch input"))


def run_reads(pipeline: ResolvedPipeline, outputs: dict[str, Any]) -> list[DataLocation]:
    """Every S3 location a run of `pipeline` reads that no node of the run writes."""
    found: list[DataLocation] = []
    written: list[str] = []
    bucket = outputs.get(ARTIFACT_BUCKET)
    if bucket:
        for name, kind in pipeline.inputs.items():
            if kind == "dataset":
                found.append(DataLocation(name, f"s3://{bucket}/pipeline/inputs/{name}/", "pipeline input"))
    _walk(pipeline, outputs, "", found, written)
    return [loc for loc in found if not any(_overlaps(loc.uri, w) for w in written)]


def fill_before_first_run(pipeline: ResolvedPipeline, _prefix: str = "") -> list[DataLocation]:
    """What starts empty and must be filled before the first run, known before anything is deployed.

    A managed source bucket (no `bucket:`) is new; a root dataset input and a batch's own input
    (no `input_s3_uri`) are prefixes of the new artifact bucket. An existing bucket is the user's:
    whether it holds data is checked at run time only. `uri` is "" (not named until deployed).
    """
    found = [DataLocation(n, "", "pipeline input") for n, k in pipeline.inputs.items() if k == "dataset" and not _prefix]
    consumed = _consumed(pipeline)
    for node in pipeline.nodes:
        path = f"{_prefix}{node.id}"
        if node.child is not None:
            found += fill_before_first_run(node.child, f"{path}/")
        elif _is_s3_source(node) and node.id in consumed and getattr(node.config, "bucket", None) is None:
            found.append(DataLocation(path, "", "data source"))
        elif _batch_reads_own_input(node, pipeline) and not getattr(node.config, "input_s3_uri", None):
            found.append(DataLocation(path, "", "batch input"))
    return found


def _overlaps(a: str, b: str) -> bool:
    a, b = a.rstrip("/") + "/", b.rstrip("/") + "/"
    return a.startswith(b) or b.startswith(a)


def split_uri(uri: str) -> tuple[str, str]:
    bucket, _, key = uri[len("s3://") :].partition("/")
    return bucket, key


def has_objects(s3: Any, uri: str) -> bool:
    """True when the prefix holds at least one object with content (a folder marker `x/` does not count)."""
    bucket, prefix = split_uri(uri)
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix, PaginationConfig={"PageSize": 100}):
        if any(not obj["Key"].endswith("/") for obj in page.get("Contents", [])):
            return True
    return False


def check_inputs(pipeline: ResolvedPipeline, outputs: dict[str, Any], s3: Any) -> list[DataLocation]:
    """The locations checked; raises InputsEmpty naming every empty one."""
    locations = run_reads(pipeline, outputs)
    empty = [loc for loc in locations if not has_objects(s3, loc.uri)]
    if empty:
        raise InputsEmpty(empty)
    return locations
