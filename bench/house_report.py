"""Module sizes and the import graph between layers, at any git revision.

    .venv/bin/python bench/house_report.py                 # the work tree's HEAD
    .venv/bin/python bench/house_report.py 5a0faaf HEAD    # before/after, side by side

Reads the committed files through `git cat-file` (no checkout), so any two revisions compare
without touching the work tree. Hand-written = tracked *.py outside aws_bindings/ whose module
docstring does not say GENERATED (the rule tests/test_house.py enforces). An edge A -> B counts
the import statements (module-level or inside functions) in layer A that name a module of layer B;
an edge against the layer order (see LAYERS) is marked UPWARD.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Bottom up; the front ends share the top rank (none may import another).
LAYERS = {
    "playbooks": 0,
    "constructs_lib": 1,
    "stacks": 2,
    "deploy_runner": 3,
    "pipeline_ops": 4,
    "playbook_cli": 5,
    "playbook_ui": 5,
    "playbook_windmill": 5,
    "windmill/scripts": 5,
    "windmill (package)": 5,
}


@dataclass(frozen=True)
class Snapshot:
    revision: str
    sizes: dict[str, int]  # hand-written module -> lines
    edges: Counter[tuple[str, str]]  # (importing layer, imported layer) -> import statements


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def read_files(revision: str, paths: list[str]) -> dict[str, str]:
    """Every path's text at `revision`, in one `git cat-file --batch` process."""
    request = "".join(f"{revision}:{path}\n" for path in paths).encode()
    out = subprocess.run(["git", "cat-file", "--batch"], cwd=ROOT, input=request, capture_output=True, check=True).stdout
    texts, position = {}, 0
    for path in paths:
        header_end = out.index(b"\n", position)
        header = out[position:header_end].split()
        size = int(header[2])
        texts[path] = out[header_end + 1 : header_end + 1 + size].decode("utf-8", errors="replace")
        position = header_end + 1 + size + 1
    return texts


def layer_of_path(path: str) -> str | None:
    if path.startswith("windmill/scripts/"):
        return "windmill/scripts"
    if path.startswith("windmill/"):
        return "windmill (package)"
    top = path.split("/", 1)[0]
    return top if top in LAYERS else None


def layer_of_module(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "windmill":
        return "windmill/scripts" if len(parts) > 1 and parts[1] == "scripts" else "windmill (package)"
    return parts[0] if parts[0] in LAYERS else None


def imported_modules(path: str, tree: ast.AST) -> list[str]:
    package = path.removesuffix(".py").replace("/", ".").split(".")[:-1]
    if path.endswith("__init__.py"):
        package = path.removesuffix("/__init__.py").replace("/", ".").split(".")
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolved against the importing module's package
                base = package[: len(package) - node.level + 1]
                found.append(".".join([*base, *([node.module] if node.module else [])]))
            elif node.module:
                found.append(node.module)
    return found


def is_generated(path: str, tree: ast.Module | None) -> bool:
    if path.startswith("aws_bindings/"):
        return True
    return tree is not None and "GENERATED" in (ast.get_docstring(tree) or "")


def snapshot(revision: str) -> Snapshot:
    paths = [p for p in git("ls-tree", "-r", "--name-only", revision).splitlines() if p.endswith(".py")]
    paths = [p for p in paths if not p.startswith(("aws_bindings/", "node_modules/"))]
    sizes: dict[str, int] = {}
    edges: Counter[tuple[str, str]] = Counter()
    for path, text in read_files(revision, paths).items():
        try:
            tree: ast.Module | None = ast.parse(text)
        except SyntaxError:
            tree = None
        if is_generated(path, tree):
            continue
        sizes[path] = len(text.splitlines())
        source = layer_of_path(path)
        if source is None or tree is None:
            continue
        for module in imported_modules(path, tree):
            target = layer_of_module(module)
            if target is not None and target != source:
                edges[(source, target)] += 1
    short = git("rev-parse", "--short", revision).strip()
    return Snapshot(revision if short.startswith(revision) else f"{revision} = {short}", sizes, edges)


def size_table(before: Snapshot, after: Snapshot, count: int) -> list[str]:
    rows = ["| module | before | after |", "|---|---:|---:|"]
    largest = sorted(before.sizes, key=lambda p: -before.sizes[p])[:count]
    largest += [p for p in sorted(after.sizes, key=lambda p: -after.sizes[p])[:count] if p not in largest]
    for path in sorted(largest, key=lambda p: -max(before.sizes.get(p, 0), after.sizes.get(p, 0))):
        rows.append(f"| {path} | {before.sizes.get(path, '—')} | {after.sizes.get(path, '—')} |")
    for name, snap in (("before", before), ("after", after)):
        over = [path for path, lines in snap.sizes.items() if lines > 400]
        tests = sum(1 for path in over if path.rsplit("/", 1)[-1].startswith("test_"))
        rows.append(
            f"\n{name} ({snap.revision}): {len(snap.sizes)} hand-written modules, {sum(snap.sizes.values())} lines, "
            f"{len(over)} over 400 lines ({tests} of them test files, whose limit is 600)"
        )
    return rows


def edge_table(before: Snapshot, after: Snapshot) -> list[str]:
    rows = ["| importing layer -> imported layer | before | after | direction |", "|---|---:|---:|---|"]
    for source, target in sorted(set(before.edges) | set(after.edges), key=lambda e: (LAYERS[e[0]], e[0], LAYERS[e[1]], e[1])):
        direction = "down" if LAYERS[target] < LAYERS[source] else "UPWARD" if LAYERS[target] > LAYERS[source] else "SIDEWAYS"
        rows.append(
            f"| {source} -> {target} | {before.edges.get((source, target), 0)} | "
            f"{after.edges.get((source, target), 0)} | {direction} |"
        )
    return rows


def mermaid(snap: Snapshot) -> list[str]:
    ids = {layer: layer.replace("/", "_").replace(" ", "_").replace("(", "").replace(")", "") for layer in LAYERS}
    lines = ["```mermaid", f"%% import statements between layers at {snap.revision}", "graph BT"]
    for (source, target), count in sorted(snap.edges.items()):
        lines.append(f'  {ids[source]}["{source}"] -->|{count}| {ids[target]}["{target}"]')
    return [*lines, "```"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("before", nargs="?", default="HEAD")
    parser.add_argument("after", nargs="?", default=None)
    parser.add_argument("--largest", type=int, default=15, help="rows of the size table per revision (default 15)")
    args = parser.parse_args(argv)
    before = snapshot(args.before)
    after = snapshot(args.after) if args.after else before
    print(
        "\n".join(
            [
                "## Module sizes (lines)",
                "",
                *size_table(before, after, args.largest),
                "",
                "## Imports between layers",
                "",
                *edge_table(before, after),
                "",
                *mermaid(before),
            ]
        )
    )
    if args.after:
        print("\n".join(["", *mermaid(after)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
