"""The builder app's configuration form: its schema (from the playbook JSON Schema), its defaults
(the example playbook, or a version loaded with "Load version") and the frontend script that turns
the form and the node list into a playbook. Split from app_definition.py (the app's layout).
"""

from __future__ import annotations

from typing import Any

from .paths import REPO_ROOT

EXAMPLE = REPO_ROOT / "playbooks" / "library" / "churn-prediction" / "1.2.0.yaml"
DEFAULT_ENVIRONMENTS = ["dev", "staging", "prod", "local"]


def form_schema(playbook_schema: dict[str, Any]) -> dict[str, Any]:
    defs = playbook_schema["$defs"]
    meta = defs["Metadata"]["properties"]
    spec = defs["PipelineSpec"]["properties"]
    platform = dict(spec["platform"])
    platform.setdefault("enum", [platform.get("default", "aws")])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "order": ["name", "version", "description", "owner", "platform", "region"],
        "required": ["name", "version", "platform"],
        "properties": {
            "name": _plain(meta["name"]),
            "version": {**_plain(meta["version"]), "default": "0.1.0"},
            "description": _plain(meta["description"]),
            "owner": _nullable(meta["owner"]),
            "platform": _plain(platform),
            "region": _nullable(spec["region"]),
        },
    }


def _plain(prop: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in prop.items() if k != "title"}


def _nullable(prop: dict[str, Any]) -> dict[str, Any]:
    """`anyOf [string, null]` -> an optional string field (an empty field is left out of the config)."""
    string = next(s for s in prop["anyOf"] if s.get("type") == "string")
    return {**string, "type": "string", "description": prop.get("description", "")}


def environments() -> list[str]:
    path = REPO_ROOT / "stacks" / "environments.yaml"
    if not path.exists():
        return DEFAULT_ENVIRONMENTS
    import yaml

    doc = yaml.safe_load(path.read_text()) or {}
    names = list((doc.get("environments") or doc).keys())
    return names or DEFAULT_ENVIRONMENTS


def example() -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text())
    return loaded


PIPELINE_CONFIG_JS = """\
// The pipeline configuration (a playbook) from the form and the node list; fields the form
// does not show (labels, parameters) are kept from a loaded version. A node list that is not
// valid JSON becomes a string, so the graph script reports it as a validation error.
const base = (load_version.result && load_version.result.playbook) || {metadata: {}, spec: {}};
const form = pipeline_form.values || {};
let nodes;
try { nodes = JSON.parse(node_editor.result || "[]"); } catch (e) { nodes = "node list is not JSON: " + e.message; }
const metadata = {...base.metadata, name: form.name, version: form.version, description: form.description || ""};
if (form.owner) metadata.owner = form.owner; else delete metadata.owner;
const spec = {...base.spec, platform: form.platform || "aws", nodes};
if (form.region) spec.region = form.region; else delete spec.region;
return {apiVersion: "playbooks/v1", kind: "Pipeline", metadata, spec};
"""


# The form and the node list start from the example, or from a version loaded with "Load version".
FORM_DEFAULTS_JS = """(() => {
  const p = load_version.result && load_version.result.playbook;
  if (!p) return %s;
  return {name: p.metadata.name, version: p.metadata.version, description: p.metadata.description || "",
          owner: p.metadata.owner || undefined, platform: p.spec.platform, region: p.spec.region || undefined};
})()"""
EDITOR_DEFAULTS_JS = """(() => {
  const p = load_version.result && load_version.result.playbook;
  return JSON.stringify(p ? p.spec.nodes : %s, null, 2);
})()"""


def form_defaults(ex: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": ex["metadata"]["name"],
        "version": ex["metadata"]["version"],
        "description": ex["metadata"].get("description", ""),
        "platform": ex["spec"].get("platform", "aws"),
    }
