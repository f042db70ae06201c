"""What a finished run left behind, for a front end to show: each endpoint and how to call it, each output with its object count.

Composed from what `playbook run --wait` and the demo already print (invoke_ops.served_endpoints and
invoke_hints for the endpoints; the run's own record of the prefix each job wrote, `written`; and
run_ops.artifacts_of for the rest of the artifact bucket), so the builder's run summary says the same
as the CLI. Object counts stop at COUNT_LIMIT per location: a summary never lists a whole bucket's history.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from playbooks.lock import DEFAULT_LOCK
from stacks.outputs import ARTIFACT_BUCKET

from .inputs import PlaybookInput


COUNT_LIMIT = 10_000


def _count(s3: Any, uri: str) -> int:
    bucket, _, prefix = uri.removeprefix("s3://").partition("/")
    count = 0
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        count += len(page.get("Contents", []))
        if count >= COUNT_LIMIT:
            break
    return min(count, COUNT_LIMIT)


def run_products(
    source: PlaybookInput,
    env: str,
    *,
    target: str,
    written: dict[str, str] | None = None,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> dict[str, Any]:
    """{endpoints: [{node, endpoint, hints}], outputs: [{node, uri, objects, this_run}], problems: [text]}.

    `target` is how the user names the pipeline on the command line (the invoke lines use it); `written`
    is the run's record of the prefix each job wrote (deploy_runner.runs.written_outputs): those come
    first, counted under that prefix; the artifact bucket's other prefixes follow, as `run_ops.artifacts_of` counts them.
    A part that cannot be read is left out with a sentence in `problems`: the run's outcome stands without it.
    """
    from deploy_runner.aws_clients import aws_client

    from .invoke_ops import invoke_hints, served_endpoints
    from .run_ops import _deployment, artifacts_of
    from .stack_prep import emulator_endpoint, load_environment

    found: dict[str, Any] = {"endpoints": [], "outputs": [], "problems": []}
    try:
        served = served_endpoints(source, env, library_dirs=library_dirs, lock_file=lock_file)
        for node, endpoint in sorted(served["endpoints"].items()):
            hints = invoke_hints(target, env, {node: endpoint}, local or served["emulator"], served.get("text_nodes", ()))
            found["endpoints"].append(
                {"node": node, "endpoint": endpoint, "hints": [h.split(":", 1)[1].strip() for h in hints[1:]]}
            )
        s3 = aws_client("s3", load_environment(env), emulator_endpoint=emulator_endpoint(env, local))
        for node, uri in sorted((written or {}).items()):
            found["outputs"].append({"node": node, "uri": uri, "objects": _count(s3, uri), "this_run": True})
        bucket = _deployment(served["name"], env)["outputs"][ARTIFACT_BUCKET]
        for uri, count in artifacts_of(str(bucket), env, local=local):
            node = uri.removeprefix(f"s3://{bucket}/").split("/", 1)[0]
            if node not in (written or {}):  # that node's prefix holds every run's outputs: this run's are above
                found["outputs"].append({"node": node, "uri": uri, "objects": count, "this_run": False})
    except Exception as exc:  # noqa: BLE001 - a summary that could not be read never hides the run's outcome
        found["problems"].append(f"what the run produced could not be read: {exc}")
    return found
