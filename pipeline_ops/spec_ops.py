"""Operations that need only the playbook layer (no cdktf, no terraform)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from playbooks import Library, PlaybookInvalid, TargetNotFound
from playbooks.graph_render import count_nodes, to_dot, to_mermaid
from playbooks.publishing import PublishRefused
from playbooks.publishing import publish as publish_file

from .inputs import PlaybookInput, resolve_input


def validate(
    source: PlaybookInput,
    library_dirs: Iterable[str | Path] = (),
    *,
    max_depth: int = 8,
    parameters: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """{"valid", "errors": [{file,line,column,path,message}], "playbook": normalised mapping, ...}.

    `parameters`: values a run will be started with; checked against the declared types too, so a
    flow refuses a bad run input before it deploys anything (errors at path `parameters.NAME`).
    """
    try:
        target = resolve_input(source, library_dirs, max_depth=max_depth)
    except PlaybookInvalid as exc:
        return {"valid": False, "errors": [e.to_dict() for e in exc.errors]}
    except TargetNotFound as exc:
        return {
            "valid": False,
            "errors": [{"file": str(source), "line": 0, "column": 0, "path": "<target>", "message": str(exc)}],
        }
    p = target.pipeline
    if parameters:
        from .run_input import RunInputInvalid, execution_input

        try:
            execution_input(p, parameters)
        except RunInputInvalid as exc:
            return {
                "valid": False,
                "errors": [
                    {"file": "<parameters>", "line": 0, "column": 0, "path": "parameters", "message": problem}
                    for problem in exc.problems
                ],
            }
    return {
        "valid": True,
        "errors": [],
        "warnings": [w.to_dict() for w in p.warnings],
        "name": p.name,
        "version": p.version,
        "digest": p.digest,
        "node_count": count_nodes(p),
        "playbook": target.loaded.model.model_dump(mode="json", by_alias=True),
        "graph": to_mermaid(p),
    }


def graph(
    source: PlaybookInput, library_dirs: Iterable[str | Path] = (), *, fmt: str = "mermaid", flatten: bool = False
) -> dict[str, Any]:
    target = resolve_input(source, library_dirs)
    render = to_dot if fmt == "dot" else to_mermaid
    return {
        "name": target.pipeline.name,
        "version": target.pipeline.version,
        "format": fmt,
        "graph": render(target.pipeline, flatten=flatten),
    }


def versions(name: str, library_dirs: Iterable[str | Path] = (), deployed: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Published versions of NAME with date and digest; `deployed` maps version -> environments running it."""
    library = Library.open(library_dirs)
    rows = []
    for version in library.versions(name):
        entry = library.get(name, version)
        record = library.records.get((name, str(version)))
        rows.append(
            {
                "version": str(version),
                "digest": entry.digest,
                "published_at": record.published_at if record else None,
                "file": entry.file,
                "environments": sorted((deployed or {}).get(str(version), [])),
            }
        )
    drafts = sorted(str(v) for (n, v) in library.drafts if n == name)
    return {"name": name, "versions": rows, "drafts": drafts, "latest": rows[-1]["version"] if rows else None}


def publish(file: str | Path, library_dir: str | Path, *, allow_lower: bool = False) -> dict[str, Any]:
    try:
        result = publish_file(file, library_dir, allow_lower=allow_lower)
    except PublishRefused as exc:
        return {"published": False, "error": str(exc)}
    r = result.record
    return {
        "published": not result.already_published,
        "already_published": result.already_published,
        "name": r.name,
        "version": r.version,
        "digest": r.digest,
        "published_at": r.published_at,
        "path": str(result.path),
    }


def diff(
    a: PlaybookInput, b: PlaybookInput, library_dirs: Iterable[str | Path] = (), *, terraform: bool = False, env: str = "dev"
) -> dict[str, Any]:
    """Spec changes from a to b and, with terraform=True, the resulting resource changes
    (from two synthesized stacks; no cloud is touched)."""
    from playbooks.diff import diff_pipelines

    ta, tb = resolve_input(a, library_dirs), resolve_input(b, library_dirs)
    changes = diff_pipelines(ta.pipeline, tb.pipeline)
    result: dict[str, Any] = {
        "from": f"{ta.pipeline.name}@{ta.pipeline.version}",
        "to": f"{tb.pipeline.name}@{tb.pipeline.version}",
        "changes": [c.to_dict() for c in changes],
        "text": [str(c) for c in changes],
    }
    if terraform:
        from .resource_diff import terraform_resource_diff

        result["terraform"] = terraform_resource_diff(ta, tb, env)
    return result
