"""Plain words shared by the kinds' review sentences (descriptor `sentence`): schedules and when a node bills.

Pure: a schedule expression in, words out; the sentences themselves live with each kind's descriptor.
"""

from __future__ import annotations

import re

ALWAYS = "always"  # the node's resources exist (and may bill) whether or not the pipeline runs
EACH_RUN = "on each run"


def schedule_words(expr: str | None) -> str | None:
    """rate(1 day) -> 'every day'; cron(0 2 * * ? *) -> 'at 02:00 UTC every day' (common shapes only)."""
    if not expr:
        return None
    m = re.match(r"^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$", expr)
    if m:
        n, unit = int(m.group(1)), m.group(2).rstrip("s")
        return f"every {unit}" if n == 1 else f"every {n} {unit}s"
    m = re.match(r"^cron\(\s*(\d+)\s+\*\s+\*\s+\*\s+\?\s+\*\s*\)$", expr)
    if m:
        return f"every hour at minute {int(m.group(1))}"
    m = re.match(r"^cron\(\s*(\d+)\s+(\d+)\s+\*\s+\*\s+\?\s+\*\s*\)$", expr)
    if m:
        return f"every day at {int(m.group(2)):02d}:{int(m.group(1)):02d} UTC"
    return f"on the schedule {expr}"
