"""Terminal-safe output: control characters in anything the CLI prints are shown as escapes.

Descriptions, error messages, file names, Terraform's lines and run logs all come from files or
other programs. Printed raw, an ESC sequence in one of them retitles the terminal, moves the
cursor, hides text or (with some emulators) writes files; a NUL or CR hides what came before it.
The spec refuses control characters where it reads them (playbooks/yaml_source.py), but the CLI
also prints things the spec never checked, so every write to stdout and stderr is escaped here:
C0 and C1 controls (except tab and line feed), DEL and the bidirectional overrides become
``\\x1b`` / ``\\u202e``. The CLI's own live progress line writes its cursor codes through
``write_control``, which passes them unchanged.

JSON output needs nothing: ``json.dumps`` escapes control characters itself.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterator
from typing import TextIO, cast

from playbooks.yaml_source import CONTROL_CHARACTERS


def escape_controls(text: str) -> str:
    """`text` with every control character replaced by its escape (tab and line feed kept)."""

    def one(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return CONTROL_CHARACTERS.sub(one, text)


class EscapingStream(io.TextIOBase):
    """A text stream that escapes control characters before they reach the wrapped stream."""

    def __init__(self, target: TextIO) -> None:
        self.target = target

    def write(self, text: str) -> int:
        self.target.write(escape_controls(text))
        return len(text)

    def write_control(self, sequence: str) -> None:
        """The CLI's own terminal codes (clear the live progress line), written as they are."""
        self.target.write(sequence)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return self.target.isatty()

    def fileno(self) -> int:
        return self.target.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]  # TextIOBase declares it read-only
        return getattr(self.target, "encoding", "utf-8")


def write_control(stream: TextIO, sequence: str) -> None:
    """Write terminal codes of our own, unescaped, whether or not `stream` escapes."""
    writer = getattr(stream, "write_control", None)
    if writer is not None:
        writer(sequence)
    else:
        stream.write(sequence)


@contextlib.contextmanager
def escaped_standard_streams() -> Iterator[None]:
    """Escape control characters on stdout and stderr for the block (restored afterwards)."""
    saved = sys.stdout, sys.stderr
    sys.stdout = cast(TextIO, EscapingStream(saved[0]))
    sys.stderr = cast(TextIO, EscapingStream(saved[1]))
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        sys.stdout, sys.stderr = saved
