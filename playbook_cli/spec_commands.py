"""validate, schema, graph: commands that never import cdktf."""

from __future__ import annotations

import argparse
from typing import Any
import sys
from pathlib import Path

from playbooks import PlaybookInvalid, TargetNotFound, load_target
from playbooks.graph_render import count_nodes, to_dot, to_mermaid
from playbooks.lock import LockError, LockFile, update_lock
from playbooks.schema import schema_json

from .common import EXIT_INVALID, EXIT_OK, add_library_option, emit_json, open_library, print_errors


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("validate", help="validate playbooks (files or NAME[@RANGE])")
    p.add_argument("targets", nargs="+", metavar="TARGET")
    p.add_argument("--json", action="store_true", help="machine-readable result")
    p.add_argument("--max-depth", type=int, default=8, help="maximum pipeline nesting depth (default 8)")
    add_library_option(p)
    p.set_defaults(handler=validate)

    p = sub.add_parser("schema", help="print or write the playbook JSON Schema")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(handler=schema)

    p = sub.add_parser("graph", help="draw a pipeline as Mermaid or DOT")
    p.add_argument("target", metavar="TARGET")
    p.add_argument("--format", choices=("mermaid", "dot"), default="mermaid")
    p.add_argument("--flatten", action="store_true", help="show the expanded graph without sub-pipeline boxes")
    p.add_argument("--max-depth", type=int, default=8)
    add_library_option(p)
    p.set_defaults(handler=graph)

    p = sub.add_parser("lock", help="pin every sub-pipeline version and digest in playbooks.lock")
    p.add_argument("targets", nargs="*", metavar="TARGET", help="default: the latest version of every library playbook")
    p.add_argument(
        "--upgrade",
        nargs="?",
        const="*",
        metavar="NAME",
        help="move pins forward (all, or only references to NAME) and show what changed",
    )
    p.add_argument("--lock-file", default=None, metavar="FILE", help="default: the project's playbooks.lock")
    add_library_option(p)
    p.set_defaults(handler=lock)

    p = sub.add_parser("publish", help="publish FILE as an immutable NAME@VERSION in a library")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", default=None, metavar="DIR", help="library directory (default: the project's first library)")
    p.add_argument("--allow-lower", action="store_true", help="allow a version lower than the latest published")
    p.set_defaults(handler=publish)

    p = sub.add_parser("diff", help="what changed between two playbook versions (and, with --terraform, in Terraform)")
    p.add_argument("a", metavar="NAME@A")
    p.add_argument("b", metavar="NAME@B")
    p.add_argument("--terraform", action="store_true", help="also synthesize both and compare resources (no cloud calls)")
    p.add_argument("--env", default="dev", help="environment used for --terraform (default dev)")
    p.add_argument("--json", action="store_true")
    add_library_option(p)
    p.set_defaults(handler=diff)

    p = sub.add_parser("versions", help="list published versions of NAME with date, digest and where each runs")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true")
    add_library_option(p)
    p.set_defaults(handler=versions)


def validate(args: argparse.Namespace) -> int:
    library = open_library(args)
    results: list[dict[str, Any]] = []
    for target in args.targets:
        try:
            t = load_target(target, library, max_depth=args.max_depth)
            results.append(
                {
                    "target": target,
                    "ok": True,
                    "name": t.pipeline.name,
                    "version": t.pipeline.version,
                    "digest": t.pipeline.digest,
                    "errors": [],
                    "warnings": [w.to_dict() for w in t.pipeline.warnings],
                }
            )
            if not args.json:
                for warning in t.pipeline.warnings:  # valid, but probably not what the author meant
                    print(f"warning: {warning}", file=sys.stderr)
                print(f"ok: {target} ({t.pipeline.name}@{t.pipeline.version}, {count_nodes(t.pipeline)} nodes)")
        except TargetNotFound as exc:
            failure: dict[str, Any] = {"kind": "unknown_name", "message": str(exc), "errors": []}
            results.append({"target": target, "ok": False, "errors": [], "error": failure})
            if not args.json:
                print(f"error: {exc}", file=sys.stderr)
        except PlaybookInvalid as exc:
            errors = [e.to_dict() for e in exc.errors]
            message = "; ".join(str(e) for e in exc.errors)
            failure = {"kind": "invalid_playbook", "message": message, "errors": errors}
            results.append({"target": target, "ok": False, "errors": errors, "error": failure})
            if not args.json:
                print_errors(exc.errors)
                print(f"invalid: {target} ({len(exc.errors)} error{'s' if len(exc.errors) != 1 else ''})", file=sys.stderr)
    failed = [r for r in results if not r["ok"]]
    if args.json:
        document: dict[str, Any] = {"ok": not failed, "results": results}
        if failed:
            kinds = {r["error"]["kind"] for r in failed}
            document["error"] = {
                "kind": "invalid_playbook" if "invalid_playbook" in kinds else "unknown_name",
                "message": f"{len(failed)} of {len(results)} target(s) invalid or not found: "
                + ", ".join(r["target"] for r in failed),
                "errors": [item for r in failed for item in r["error"]["errors"]],
            }
        emit_json(document)
    return EXIT_INVALID if failed else EXIT_OK


def schema(args: argparse.Namespace) -> int:
    text = schema_json()
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def graph(args: argparse.Namespace) -> int:
    t = load_target(args.target, open_library(args), max_depth=args.max_depth)
    render = to_dot if args.format == "dot" else to_mermaid
    sys.stdout.write(render(t.pipeline, flatten=args.flatten))
    return EXIT_OK


def lock(args: argparse.Namespace) -> int:
    library = open_library(args)
    targets = args.targets or [f"{name}@{library.versions(name)[-1]}" for name in library.names()]
    try:
        lock_file = LockFile.read(args.lock_file)
    except LockError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    upgrade_all = args.upgrade == "*"
    changes = update_lock(
        targets, library, lock_file, upgrade={args.upgrade} if args.upgrade and not upgrade_all else None, upgrade_all=upgrade_all
    )
    for line in changes:
        print(line)
    print(
        f"wrote {lock_file.path} ({len(targets)} pipeline{'s' if len(targets) != 1 else ''}, {len(changes)} change{'s' if len(changes) != 1 else ''})"
    )
    return EXIT_OK


def publish(args: argparse.Namespace) -> int:
    import pipeline_ops
    from playbooks.project import current_project

    if not Path(args.file).is_file():
        print(f"error: no such playbook file: {args.file}", file=sys.stderr)
        return EXIT_INVALID
    project = current_project()
    if args.to is None and not (project.found and project.libraries):
        print(
            "error: no playbook project here, so no library to publish into: name one with --to DIR, "
            "or make a project with `playbook init`",
            file=sys.stderr,
        )
        return EXIT_INVALID
    result = pipeline_ops.publish(args.file, args.to or project.libraries[0], allow_lower=args.allow_lower)
    if "error" in result:
        print(f"error: {result['error']}", file=sys.stderr)
        return EXIT_INVALID
    verb = "already published (identical content)" if result["already_published"] else "published"
    print(f"{verb}: {result['name']}@{result['version']} {result['digest']} -> {result['path']}")
    return EXIT_OK


def versions(args: argparse.Namespace) -> int:
    import pipeline_ops

    deployed = _deployed_versions(args.name, args.library)
    result = pipeline_ops.versions(args.name, args.library, deployed=deployed)
    if not result["versions"]:
        message = f"no published versions of '{args.name}'"
        if args.json:
            emit_json({"ok": False, **result, "error": {"kind": "unknown_name", "message": message, "errors": []}})
        else:
            print(f"error: {message}", file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        emit_json({"ok": True, **result})
        return EXIT_OK
    print(f"{'VERSION':<12} {'PUBLISHED':<21} {'DIGEST':<20} ENVIRONMENTS")
    for row in result["versions"]:
        print(
            f"{row['version']:<12} {row['published_at'] or '-':<21} {row['digest'][:19]:<20} {', '.join(row['environments']) or '-'}"
        )
    if result["drafts"]:
        print(f"drafts (not published): {', '.join(result['drafts'])}")
    return EXIT_OK


def _deployed_versions(name: str, library_dirs: list[str]) -> dict[str, list[str]]:
    """version -> environments, from the deployed state (empty when the deploy layer is absent)."""
    try:
        import pipeline_ops

        rows = pipeline_ops.status(name, library_dirs=library_dirs)["deployments"]
    except (ImportError, AttributeError):
        return {}
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row["version"], []).append(row["environment"])
    return out


def diff(args: argparse.Namespace) -> int:
    import pipeline_ops

    result = pipeline_ops.diff(args.a, args.b, args.library, terraform=args.terraform, env=args.env)
    if args.json:
        emit_json({"ok": True, **result})
        return EXIT_OK
    print(f"{result['from']} -> {result['to']}: {len(result['changes'])} spec change(s)")
    for line in result["text"]:
        print(f"  {line}")
    if args.terraform:
        tf = result["terraform"]
        print(f"terraform ({tf['environment']}): {tf['summary']}")
        for kind, sign in (("add", "+"), ("change", "~"), ("destroy", "-")):
            for address in tf[kind]:
                print(f"  {sign} {address}")
    return EXIT_OK
