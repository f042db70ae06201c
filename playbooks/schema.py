"""The JSON Schema of the playbook format, exported from the pydantic models."""
from __future__ import annotations

import json
from pathlib import Path

from .spec.models import Playbook

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "playbook.schema.json"
SCHEMA_ID = "https://ml-pipeline-playbooks.dev/schemas/playbooks-v1.json"


def playbook_schema() -> dict:
    schema = Playbook.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_json() -> str:
    return json.dumps(playbook_schema(), indent=2, sort_keys=True) + "\n"
