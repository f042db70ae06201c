"""User-facing playbook errors: every one names the file, line, column and YAML path."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Iterable

from .failures import PlaybookFailure

YamlPath = tuple[str | int, ...]


def format_path(path: YamlPath) -> str:
    """('spec', 'nodes', 2, 'inputs', 0) -> 'spec.nodes[2].inputs[0]'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "<document>"


@dataclass(frozen=True)
class PlaybookError:
    file: str
    line: int  # 1-based; 0 when the problem is the whole file
    column: int  # 1-based
    path: str  # YAML path, e.g. spec.nodes[2].inputs[0]
    message: str  # what was found and what was expected

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.path}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class PlaybookInvalid(PlaybookFailure):
    """Raised with every error found in a playbook (never just the first)."""

    kind = "invalid_playbook"

    def __init__(self, errors: Iterable[PlaybookError]):
        self.errors = sorted(set(errors), key=lambda e: (e.file, e.line, e.column, e.path, e.message))
        super().__init__("\n".join(str(e) for e in self.errors))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
