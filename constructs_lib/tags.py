"""Resource tags: the playbook's labels plus the project's identifying tags."""

from __future__ import annotations

from .escaping import literal_deep

PLAYBOOK_TAG = "playbook"
VERSION_TAG = "playbook-version"
ENVIRONMENT_TAG = "environment"
NODE_TAG = "playbook-node"
CHILD_TAG = "playbook-component"  # name@version of the nested pipeline a resource belongs to


def standard_tags(pipeline_name: str, version: str, environment: str, labels: dict[str, str]) -> dict[str, str]:
    """Labels first, so the project's own tags win on a clash (a label cannot fake them)."""
    tags = dict(literal_deep(labels))
    tags.update({PLAYBOOK_TAG: pipeline_name, VERSION_TAG: version, ENVIRONMENT_TAG: environment})
    return dict(sorted(tags.items()))
