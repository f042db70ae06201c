# requirements:
# wmill==1.850.0
"""The playbook JSON Schema, which drives the visual builder's per-kind config forms.

Backend of the raw app (windmill/raw_app/backend/get_schema.yaml calls it by path), so it
runs tagged on the workers that have the project, like every script of this folder.
"""

import json

from playbooks.schema import schema_json


def main() -> dict:
    schema: dict = json.loads(schema_json())
    return schema
