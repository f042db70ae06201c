"""init and project: the user's own project (playbooks.project finds it; pipeline_ops.project_init writes it)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import EXIT_INVALID, EXIT_OK, emit_json


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("init", help="make a playbook project here (or in DIR): library, environments.yaml, cdktf.json")
    p.add_argument("directory", nargs="?", default=".", metavar="DIR")
    p.add_argument("--template", metavar="NAME", help="start from a bundled example (copied in with its sub-pipelines)")
    p.add_argument("--name", help="the project's name (default: the directory's name)")
    p.add_argument("--list-templates", action="store_true", help="list the bundled examples and exit")
    p.add_argument("--json", action="store_true", help="machine-readable result")
    p.set_defaults(handler=init)

    p = sub.add_parser("project", help="show the project this directory belongs to: library path, environments, state")
    p.add_argument("--json", action="store_true", help="machine-readable result")
    p.set_defaults(handler=show)


def init(args: argparse.Namespace) -> int:
    from pipeline_ops.errors import UnknownName
    from pipeline_ops.project_init import InitRefused, init_project, templates

    if args.list_templates:
        names = templates()
        emit_json({"ok": True, "command": "init", "templates": names}) if args.json else print("\n".join(names))
        return EXIT_OK
    try:
        result = init_project(args.directory, template=args.template, name=args.name)
    except (InitRefused, UnknownName) as exc:
        if args.json:
            emit_json({"ok": False, "command": "init", "error": {"kind": "refused", "message": str(exc), "errors": []}})
        else:
            print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        emit_json({"ok": True, "command": "init", **result})
        return EXIT_OK
    print(f"created a playbook project in {result['project']}")
    for name in result["files"]:
        print(f"  {name}")
    if result["playbooks"]:
        print(f"template {result['template']}: {', '.join(result['playbooks'])} in playbooks/")
    print("next:")
    for line in result["next"]:
        print(f"  {line}")
    return EXIT_OK


def show(args: argparse.Namespace) -> int:
    from playbooks.project import PROJECT_FILE, current_project

    project = current_project()
    info = project.describe()
    if args.json:
        emit_json({"ok": True, "command": "project", **info})
        return EXIT_OK
    if project.found:
        print(f"project:      {info['name']} ({info['file']})")
    else:
        print(f"project:      none (no {PROJECT_FILE} here or above; `playbook init` makes one)")
    print(f"library:      {' -> '.join(info['libraries'])}")
    print(f"environments: {info['environments']}")
    print(f"lock file:    {info['lock']}")
    print(f"state:        {info['state_dir']}")
    return EXIT_OK
