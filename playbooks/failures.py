"""The one root of every failure a user can act on.

Front ends (CLI, builder, Windmill scripts) catch ``PlaybookFailure`` and read its
``kind`` (the ``error.kind`` of every ``--json`` document, a public contract) and
``exit_code``; they never look at class names, so a new failure needs no change in
any front end. A class sets ``kind`` for all its instances; an instance may set its
own (a Terraform failure is ``terraform``, ``locked``, ``credentials``...).
Anything that is not a ``PlaybookFailure`` is a bug and keeps its traceback.
"""

from __future__ import annotations

EXIT_FAILED = 1
EXIT_USAGE = 2


class PlaybookFailure(Exception):
    """A failure whose message names what went wrong and the fix."""

    kind: str = "error"
    exit_code: int = EXIT_FAILED
