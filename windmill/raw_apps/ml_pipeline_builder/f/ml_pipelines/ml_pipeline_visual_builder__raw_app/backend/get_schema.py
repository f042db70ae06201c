import json

from playbooks.schema import schema_json


def main() -> dict:
    return json.loads(schema_json())
