"""One pipeline being resolved, and where the resolver's errors go.

Shared by the resolver and its mixins (parameter_binding, child_pipelines, graph_checks):
each reports a problem at a YAML path of the level it is resolving.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import PlaybookError, YamlPath
from .yaml_source import YamlDocument


@dataclass
class Level:
    """One pipeline being resolved: where its text lives and how it was reached."""

    doc: YamlDocument
    prefix: YamlPath  # path of this pipeline's `spec` mapping's parent inside doc
    name: str
    version: str
    chain: tuple[str, ...]  # "name@version" of every enclosing pipeline, outermost first
    depth: int


class ErrorCollector:
    """Errors and warnings collected over the whole tree; nothing is returned unless it is valid."""

    errors: list[PlaybookError]
    warnings: list[PlaybookError]

    def _err(self, level: Level, path: YamlPath, message: str) -> None:
        self.errors.append(level.doc.error(path, message))
