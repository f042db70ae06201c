"""Give a deployed pipeline its data: upload files into the S3 location a node reads, list what is there.

`playbook data put TARGET NODE FILE...` and `playbook data ls TARGET NODE [--head N]` (and the
builder's "Upload files…", playbook_ui/data_routes.py) call these. NODE is one of the locations a run
reads (data_inputs.run_reads: an S3 data source, a root dataset input, a batch's own input) or any node with a data location
(output `node_<path>_s3_uri`, e.g. a preprocessing node's output, to look at). The deployment's
outputs come from the one deployed-state reader (deployed.deployment); the S3 client from
deploy_runner.aws_clients (the emulator for emulator environments, else the environment's
profile/role), so an upload acts as the identity that deployed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from playbooks.failures import PlaybookFailure
from playbooks.lock import DEFAULT_LOCK
from stacks.outputs import stack_id

from .data_inputs import DataLocation, output_key, run_reads, split_uri
from .data_limits import MAX_PUT_BYTES
from .errors import UnknownName
from .inputs import PlaybookInput

HEAD_READ_BYTES = 256 * 1024  # a CSV preview reads this much of the first object, never the whole file

OnFile = Callable[[dict[str, Any]], None]


class DataRefused(PlaybookFailure, ValueError):
    """A `data put` that would upload nothing, or too much; nothing was uploaded. Front ends: exit 1."""

    kind = "data_refused"


@dataclass(frozen=True)
class _Located:
    name: str
    location: DataLocation
    s3: Any


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def locate(
    source: PlaybookInput,
    env: str,
    node: str,
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> _Located:
    from deploy_runner.aws_clients import aws_client

    from .deployed import deployment
    from .stack_prep import emulator_endpoint, load_environment, resolve_for_deploy

    environment = load_environment(env)
    target = resolve_for_deploy(source, library_dirs, lock_file)
    name = target.pipeline.name
    record = deployment(stack_id(name, env), env)
    if not record:
        raise UnknownName(f"{name} is not deployed in {env}; deploy it first: playbook deploy {name} --env {env}")
    outputs = record["outputs"]
    path = node.replace(".", "/").replace("__", "/")
    reads = {loc.name: loc for loc in run_reads(target.pipeline, outputs)}
    location = reads.get(path)
    if location is None and outputs.get(output_key(path)):
        location = DataLocation(path, outputs[output_key(path)], "node output")
    if location is None:
        known = sorted(reads) or ["none"]
        raise UnknownName(f"{name} has no data location '{node}' in {env}; the locations a run reads: {', '.join(known)}")
    s3 = aws_client("s3", environment, emulator_endpoint=emulator_endpoint(env, local))
    return _Located(name, location, s3)


def _files_to_put(files: Sequence[str | Path]) -> list[tuple[Path, str, int]]:
    """(path, key under the location, size) for each file; a directory contributes its files, recursively."""
    chosen: list[tuple[Path, str, int]] = []
    for given in files:
        path = Path(given)
        if path.is_dir():
            for item in sorted(p for p in path.rglob("*") if p.is_file()):
                chosen.append((item, f"{path.name}/{item.relative_to(path).as_posix()}", item.stat().st_size))
        elif path.is_file():
            chosen.append((path, path.name, path.stat().st_size))
        else:
            raise DataRefused(f"{given}: no such file or directory; nothing was uploaded")
    if not chosen:
        raise DataRefused(f"{', '.join(map(str, files))}: no files to upload (empty directory); nothing was uploaded")
    keys: dict[str, Path] = {}
    for path, key, _size in chosen:
        if key in keys and keys[key] != path:
            raise DataRefused(f"{keys[key]} and {path} would both be uploaded as '{key}'; nothing was uploaded")
        keys[key] = path
    check_size(len(chosen), sum(size for _p, _k, size in chosen))
    return chosen


def check_size(count: int, total: int, what: str = "`playbook data put`") -> None:
    """Refuse (DataRefused) `count` files of `total` bytes when they are more than one put takes."""
    if total > MAX_PUT_BYTES:
        raise DataRefused(
            f"{count} file(s), {total} bytes: {what} uploads at most {_megabytes(MAX_PUT_BYTES)} "
            f"({MAX_PUT_BYTES} bytes) at a time; "
            "nothing was uploaded. Put bigger data in a bucket of your own (`aws s3 cp`) and set the node's `bucket`"
        )


def put(
    source: PlaybookInput,
    env: str,
    node: str,
    files: Sequence[str | Path],
    *,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
    on_file: OnFile | None = None,
) -> dict[str, Any]:
    """Upload `files` (directories recursively) under the node's location; `on_file` hears each one as it lands."""
    chosen = _files_to_put(files)  # every file checked (exists, total size) before anything is uploaded
    found = locate(source, env, node, local=local, library_dirs=library_dirs, lock_file=lock_file)
    bucket, prefix = split_uri(found.location.uri)
    prefix = prefix if not prefix or prefix.endswith("/") else prefix + "/"
    uploaded = []
    for index, (path, key, size) in enumerate(chosen, 1):
        found.s3.upload_file(str(path), bucket, prefix + key)
        item = {"file": str(path), "uri": f"s3://{bucket}/{prefix}{key}", "bytes": size, "index": index, "of": len(chosen)}
        uploaded.append(item)
        if on_file:
            on_file(item)
    return {
        "name": found.name,
        "environment": env,
        "node": found.location.name,
        "uri": found.location.uri,
        "files": uploaded,
        "bytes": sum(i["bytes"] for i in uploaded),
        "max_bytes": MAX_PUT_BYTES,
    }


def ls(
    source: PlaybookInput,
    env: str,
    node: str,
    *,
    local: bool = False,
    head: int = 0,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
    limit: int = 1000,
) -> dict[str, Any]:
    """The objects under the node's location (key, size; at most `limit` listed, all counted); `head` CSV rows."""
    found = locate(source, env, node, local=local, library_dirs=library_dirs, lock_file=lock_file)
    bucket, prefix = split_uri(found.location.uri)
    objects: list[dict[str, Any]] = []
    count = total = 0
    for page in found.s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            if obj["Key"].endswith("/"):
                continue  # a folder marker holds no data
            count += 1
            total += obj["Size"]
            if len(objects) < limit:
                objects.append({"key": obj["Key"], "bytes": obj["Size"]})
    result: dict[str, Any] = {
        "name": found.name,
        "environment": env,
        "node": found.location.name,
        "what": found.location.what,
        "uri": found.location.uri,
        "count": count,
        "bytes": total,
        "objects": objects,
        "empty": count == 0,
    }
    if head > 0:
        result["head"] = _head(found.s3, bucket, objects, head)
    return result


def _head(s3: Any, bucket: str, objects: list[dict[str, Any]], rows: int) -> dict[str, Any]:
    """The first `rows` rows (after the header) of the first CSV object, read from its first bytes only."""
    first = next((o for o in objects if o["key"].lower().endswith((".csv", ".csv.txt", ".tsv"))), None)
    if first is None:
        return {"key": None, "rows": [], "note": "no CSV object to preview"}
    body = s3.get_object(Bucket=bucket, Key=first["key"], Range=f"bytes=0-{HEAD_READ_BYTES - 1}")["Body"].read()
    text = body.decode("utf-8", errors="replace")
    if len(body) >= HEAD_READ_BYTES and "\n" in text:
        text = text[: text.rindex("\n")]  # drop a row cut in half by the range
    dialect = "excel-tab" if first["key"].lower().endswith(".tsv") else "excel"
    table = list(csv.reader(io.StringIO(text), dialect=dialect))
    return {"key": first["key"], "rows": table[:rows]}
