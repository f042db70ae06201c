"""The JSON Schema of the playbook format, exported from the pydantic models.

It lists every registered node kind, installed plugins included (a full listing loads
them), each node definition carrying its palette entry under `x-kind` (label, icon,
shape, subtype field, what it takes and produces): the builder's palette and the
Windmill app read the kinds from here, not from a table of their own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .kinds import REGISTRY, KindRegistry
from .spec.bound_models import models_for

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "playbook.schema.json"
SCHEMA_ID = "https://ml-pipeline-playbooks.dev/schemas/playbooks-v1.json"


def playbook_schema(include_plugins: bool = True, registry: KindRegistry = REGISTRY) -> dict[str, Any]:
    if include_plugins:
        registry.load_plugins()
    schema = models_for(registry).playbook.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_json() -> str:
    return json.dumps(playbook_schema(), indent=2, sort_keys=True) + "\n"
