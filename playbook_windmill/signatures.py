"""Script input schemas as Windmill infers them.

`parse_scripts` runs Windmill's own Python parser (npm windmill-parser-wasm-py,
via windmill/tools/parse_python.mjs); `to_json_schema` turns its signature into
the JSON Schema Windmill stores in `.script.yaml` (a port of the argument
mapping in windmill-cli's argSigToJsonSchemaType for the types our scripts use).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from .paths import REPO_ROOT, WINDMILL_DIR
from playbooks.failures import PlaybookFailure

TOOLS = WINDMILL_DIR / "tools"


class ToolError(PlaybookFailure, RuntimeError):
    """A Node.js tool failed; the message carries its stderr."""

    kind = "tool"


def node_binary() -> str:
    found = os.environ.get("PLAYBOOK_NODE") or shutil.which("node")
    if not found:
        raise ToolError("Node.js (`node`) is required for the Windmill checks; install Node.js 20+")
    return found


def run_tool(script: str, args: list[str], *, stdin: str | None = None, timeout: float = 60) -> tuple[int, str]:
    proc = subprocess.run(
        [node_binary(), str(TOOLS / script), *args], input=stdin, capture_output=True, text=True, timeout=timeout, cwd=REPO_ROOT
    )
    if proc.returncode not in (0, 1) or not proc.stdout:
        raise ToolError(f"{script} failed (exit {proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return proc.returncode, proc.stdout


def parse_scripts(files: list[Path]) -> dict[Path, dict[str, Any]]:
    _, out = run_tool("parse_python.mjs", [str(f) for f in files])
    parsed = json.loads(out)
    return {Path(k): v for k, v in parsed.items()}


def _typ_schema(typ: Any) -> dict[str, Any]:
    simple = {
        "int": {"type": "integer"},
        "float": {"type": "number"},
        "bool": {"type": "boolean"},
        "datetime": {"type": "string", "format": "date-time"},
        "date": {"type": "string", "format": "date"},
    }
    if isinstance(typ, str):
        return dict(simple.get(typ, {}))
    if "str" in typ:
        if typ["str"]:
            return {"type": "string", "originalType": "enum", "enum": typ["str"]}
        return {"type": "string", "originalType": "string"}
    if "resource" in typ:
        return {"type": "object", "format": f"resource-{typ['resource']}"}
    if "object" in typ:
        out: dict[str, Any] = {"type": "object"}
        if typ["object"].get("name"):
            out["format"] = f"resource-{typ['object']['name']}"
        out["properties"] = {p["key"]: {"description": "", **_typ_schema(p["typ"])} for p in typ["object"].get("props") or []}
        return out
    if "list" in typ:
        inner = typ["list"]
        if inner in ("int", "float"):
            return {"type": "array", "items": {"type": "number"}, "originalType": "number[]"}
        if isinstance(inner, dict) and "str" in inner:
            return {"type": "array", "items": {"type": "string"}, "originalType": "string[]"}
        return {"type": "array", "items": {"type": "object"}}
    return {}


def to_json_schema(signature: dict[str, Any]) -> dict[str, Any]:
    properties, required = {}, []
    for arg in signature["args"]:
        prop = {"description": "", **_typ_schema(arg["typ"])}
        if arg.get("has_default") and arg.get("default") is not None:
            prop["default"] = arg["default"]
        properties[arg["name"]] = prop
        if not arg.get("has_default"):
            required.append(arg["name"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "order": [a["name"] for a in signature["args"]],
        "properties": properties,
        "required": required,
    }
