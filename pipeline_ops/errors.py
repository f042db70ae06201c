"""Exceptions pipeline_ops raises besides the layers' own (PlaybookInvalid, DeployError...)."""

from __future__ import annotations

from playbooks.failures import PlaybookFailure


class UnknownName(PlaybookFailure, ValueError):
    """An unknown environment, pipeline or output name; the message lists what exists. Front ends: exit 1."""

    kind = "unknown_name"
