"""What a finished run left behind, for a front end to show: each endpoint and how to call it, each output with its object count.

Composed from what `playbook run --wait` and the demo already print (invoke_ops.served_endpoints and
invoke_hints for the endpoints, run_ops.artifacts_of for the artifact bucket), so the builder's run
summary says the same as the CLI; nothing here is computed anew.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from playbooks.lock import DEFAULT_LOCK
from stacks.outputs import ARTIFACT_BUCKET

from .inputs import PlaybookInput


def run_products(
    source: PlaybookInput,
    env: str,
    *,
    target: str,
    local: bool = False,
    library_dirs: Iterable[str | Path] = (),
    lock_file: str | Path | None = DEFAULT_LOCK,
) -> dict[str, Any]:
    """{endpoints: [{node, endpoint, hints}], outputs: [{node, uri, objects}], problems: [text]}.

    `target` is how the user names the pipeline on the command line (the invoke lines use it).
    A part that cannot be read is left out with a sentence in `problems`: the run's outcome stands without it.
    """
    from .invoke_ops import invoke_hints, served_endpoints
    from .run_ops import _deployment, artifacts_of

    found: dict[str, Any] = {"endpoints": [], "outputs": [], "problems": []}
    try:
        served = served_endpoints(source, env, library_dirs=library_dirs, lock_file=lock_file)
        for node, endpoint in sorted(served["endpoints"].items()):
            hints = invoke_hints(target, env, {node: endpoint}, local)
            found["endpoints"].append(
                {"node": node, "endpoint": endpoint, "hints": [h.split(":", 1)[1].strip() for h in hints[1:]]}
            )
        bucket = _deployment(served["name"], env)["outputs"][ARTIFACT_BUCKET]
        for uri, count in artifacts_of(str(bucket), env, local=local):
            node = uri.removeprefix(f"s3://{bucket}/").split("/", 1)[0]
            found["outputs"].append({"node": node, "uri": uri, "objects": count})
    except Exception as exc:  # noqa: BLE001 - a summary that could not be read never hides the run's outcome
        found["problems"].append(f"what the run produced could not be read: {exc}")
    return found
