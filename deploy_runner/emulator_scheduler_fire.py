"""Extension 22: EventBridge Scheduler schedules fire on the emulator (opt-in).

Why: moto 5.2.5 stores schedules (`moto/scheduler/models.py`: `Schedule` keeps the expression, time
zone, target, state, start and end dates; `EventBridgeSchedulerBackend.create_schedule` adds it to
its `ScheduleGroup`) and never invokes a target, so a batch deployment scoring "every night" or a
database extraction on its own schedule never ran locally.

What it does: with ``PLAYBOOK_EMULATOR_FIRE_SCHEDULES=SECONDS`` in the emulator's environment (off
by default, so nothing starts behind a user's or a test's back), a daemon thread of the server
looks every SECONDS at every schedule moto holds and, when one is due, makes its target call the
way EventBridge Scheduler does (`schedule_targets.start_target`: `states:StartExecution` of the
state machine with `Target.Input`, or an asynchronous Lambda `Invoke`) through the emulator's own
endpoint (`emulator_loopback`), so the request takes the path and checks of any other. When a
schedule is due follows `schedule_expressions` (botocore's scheduler model and AWS's "Schedule types
on EventBridge Scheduler"): `DISABLED` schedules never fire, recurring ones never before
`StartDate` nor from `EndDate` on, and an `at()` schedule with `ActionAfterCompletion: DELETE` is
deleted after it fired. Each occurrence is started once (AWS promises "at least once"); several
occurrences missed between two looks (a `rate(1 minute)` looked at every 5 minutes) start one
target call, and nothing that fell due before the emulator started is caught up. Each call is
logged `EMULATOR-SCHEDULE-FIRED <schedule arn> <scheduled time> <what it started>` (or
`EMULATOR-SCHEDULE-FAILED ... <error>`) in the emulator's log.

Not modelled: the schedule's `RoleArn` (the emulator evaluates no identity policy, see EMULATOR.md:
the call is signed with the emulator's key, not the role's), `FlexibleTimeWindow` (a `FLEXIBLE`
schedule fires at its time, not at a random point of the window), the retry policy and the
dead-letter queue (a failed call is logged, not retried), and the KMS key of the input.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from typing import Any

from .schedule_expressions import as_utc, next_fire
from .schedule_targets import start_target

INTERVAL_VAR = "PLAYBOOK_EMULATOR_FIRE_SCHEDULES"
MAX_FIRES_PER_LOOK = 50  # a runaway number of schedules cannot flood the server in one look


def _interval() -> float | None:
    raw = os.environ.get(INTERVAL_VAR, "").strip()
    if not raw or raw.lower() in ("0", "off", "false", "no"):
        return None
    try:
        seconds = float(raw)
    except ValueError:
        print(f"EMULATOR-SCHEDULE {INTERVAL_VAR}={raw!r} is not a number of seconds; schedules do not fire", file=sys.stderr)
        return None
    return max(1.0, seconds)


def due_time(schedule: Any, since: datetime, now: datetime) -> datetime | None:
    """The occurrence of a moto `Schedule` due in (since, now], or None (disabled, not yet, ended)."""
    if getattr(schedule, "state", "ENABLED") != "ENABLED":
        return None
    try:
        when = next_fire(
            schedule.schedule_expression,
            since,
            zone=getattr(schedule, "schedule_expression_timezone", None),
            start=as_utc(getattr(schedule, "start_date", None)),
            end=as_utc(getattr(schedule, "end_date", None)),
            created=as_utc(getattr(schedule, "creation_date", None)),
        )
    except Exception as exc:  # an expression moto accepted and AWS would not: it never fires
        print(f"EMULATOR-SCHEDULE-FAILED {schedule.arn} {exc}", file=sys.stderr)
        return None
    return when if when is not None and when <= now else None


class Firer:
    """Remembers, per schedule, up to when it has looked, so each occurrence starts once."""

    def __init__(self, started_at: datetime) -> None:
        self.started_at = started_at
        self.seen: dict[tuple[str, Any], datetime] = {}

    def look(self, now: datetime) -> list[str]:
        """Fire every schedule due now; the log lines it wrote."""
        lines: list[str] = []
        for backend in _backends():
            for schedule in _schedules_of(backend):
                if len(lines) >= MAX_FIRES_PER_LOOK:
                    return lines
                line = self._look_at(backend, schedule, now)
                if line:
                    lines.append(line)
        return lines

    def _look_at(self, backend: Any, schedule: Any, now: datetime) -> str | None:
        key = (schedule.arn, getattr(schedule, "last_modified_date", None))  # an update starts afresh
        since = self.seen.get(key)
        if since is None:
            created = as_utc(getattr(schedule, "last_modified_date", None)) or self.started_at
            # An occurrence at the very moment of creation counts (a rate() schedule starts at once).
            since = max(self.started_at, created - timedelta(microseconds=1))
        self.seen[key] = now
        when = due_time(schedule, since, now)
        if when is None:
            return None
        return self._fire(backend, schedule, when)

    def _fire(self, backend: Any, schedule: Any, when: datetime) -> str:
        from . import emulator_loopback

        region = schedule.arn.split(":")[3]
        try:
            started = start_target(lambda service: emulator_loopback.client(service, region), schedule.target, schedule.arn, when)
            line = f"EMULATOR-SCHEDULE-FIRED {schedule.arn} {when.isoformat()} {started.action} {started.id}"
        except Exception as exc:  # the target refused (deleted state machine, bad input): AWS would retry, then DLQ
            line = f"EMULATOR-SCHEDULE-FAILED {schedule.arn} {when.isoformat()} {type(exc).__name__}: {exc}"
        print(line, file=sys.stderr, flush=True)
        if schedule.schedule_expression.strip().startswith("at(") and schedule.action_after_completion == "DELETE":
            backend.delete_schedule(schedule.group_name, schedule.name)
        return line


def _schedules_of(backend: Any) -> list[Any]:
    # moto keeps each schedule in its group (`ScheduleGroup.schedules`); the backend's own `schedules` list stays empty.
    return [s for group in list(backend.schedule_groups.values()) for s in list(group.schedules.values())]


def _backends() -> list[Any]:
    from moto.scheduler.models import scheduler_backends

    found: list[Any] = []
    for account in list(scheduler_backends.keys()):
        regions = scheduler_backends[account]
        found.extend(regions[region] for region in list(regions.keys()))
    return found


def start_from_environment() -> threading.Thread | None:
    """Start the looking thread when the variable asks for it (the emulator's entry point calls this)."""
    interval = _interval()
    if interval is None:
        return None
    firer = Firer(datetime.now(timezone.utc))

    def loop() -> None:
        while True:
            time.sleep(interval)
            try:
                firer.look(datetime.now(timezone.utc))
            except Exception as exc:  # one bad look must not end the loop for every later schedule
                print(f"EMULATOR-SCHEDULE-FAILED look: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)

    thread = threading.Thread(target=loop, name="schedule-firer", daemon=True)
    thread.start()
    print(f"EMULATOR-SCHEDULE firing due schedules every {interval:g} s", file=sys.stderr, flush=True)
    return thread
