"""The builder's view of a deployed pipeline's endpoints: what a finished run produced, and "Try it".

Both only call pipeline_ops (run_products.run_products, invoke_ops.invoke: the functions behind
`playbook run --wait`'s closing lines and `playbook invoke`), so the page says and scores exactly
what the CLI does. An invoke failure is an invoke_ops.InvokeFailed: the server's failure handler
answers it by its kind, and the page words it.
"""

from __future__ import annotations

from typing import Any

from pipeline_ops import catalog


def cli_target(name: str, version: str, library_dirs: list[str]) -> str:
    """How the user names this pipeline on the command line: NAME@VERSION when the library publishes it,
    else the file "Download YAML" saves (the page's draft exists nowhere else)."""
    try:
        catalog.get_playbook(name, version, library_dirs)
        return f"{name}@{version}"
    except (catalog.NotFound, ValueError):
        return f"{name}-{version}.yaml"


def products_of(source: dict[str, Any] | str, env: str, library_dirs: list[str], result: dict[str, Any]) -> dict[str, Any]:
    """Endpoints with their invoke lines and outputs with object counts, after a run that succeeded (else nothing)."""
    from pipeline_ops.run_products import run_products

    if (result.get("run") or {}).get("status") != "SUCCEEDED":
        return {"endpoints": [], "outputs": [], "problems": []}
    target = cli_target(str(result.get("name")), str(result.get("version")), library_dirs)
    written = result["run"].get("written") or {}
    local = catalog.is_emulator(env)
    return run_products(source, env, target=target, written=written, local=local, library_dirs=library_dirs)


def try_it(source: dict[str, Any] | str, env: str, node: str, data: str, library_dirs: list[str]) -> dict[str, Any]:
    """Score the rows the user typed with the endpoint of `node`: {endpoint, variant, rows, predictions}."""
    from pipeline_ops.invoke_ops import invoke

    return invoke(source, node, data, env, local=catalog.is_emulator(env), data_source="the rows", library_dirs=library_dirs)
