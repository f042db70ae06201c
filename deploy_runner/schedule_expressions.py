"""When an EventBridge Scheduler schedule fires: `at()`, `rate()` and 6-field `cron()` expressions.

Shared by the emulator, which fires due schedules (extension 22, `emulator_scheduler_fire`), and by
`playbook schedule ls`, which shows each schedule's next fire time. It follows botocore's scheduler
model (`scheduler/2021-06-30/service-2.json`: `ScheduleExpression`, `ScheduleExpressionTimezone`,
`StartDate`, `EndDate`, `State`) and AWS's "Schedule types on EventBridge Scheduler" page:

* `at(yyyy-mm-ddThh:mm:ss)` fires once, at that wall-clock time in the schedule's time zone;
  StartDate and EndDate are ignored for it.
* `rate(N minute|minutes|hour|hours|day|days)` fires at StartDate (or, without one, when the
  schedule was created: "starts invoking its target immediately") and every N units after.
* `cron(minutes hours day-of-month month day-of-week year)` with `, - * /` in every field, `?` in
  exactly one of day-of-month/day-of-week, `L` and `W` (`15W`, `LW`) in day-of-month, `L`
  (`6L`: the month's last Friday) and `#` (`2#1`: its first Monday) in day-of-week, days 1-7 from
  SUN, names JAN-DEC and SUN-SAT, years 1970-2199, evaluated in ScheduleExpressionTimezone.
* Recurring schedules never fire before StartDate nor at or after EndDate.

Not modelled: the 60-second precision window (a time is the minute's first second) and where
AWS moves an occurrence that falls into a daylight-saving gap or repeats in an overlap.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from playbooks.failures import PlaybookFailure

UTC = timezone.utc
YEARS = (1970, 2199)
MONTHS = {name.upper(): n for n, name in enumerate(calendar.month_abbr) if name}
DAYS = {"SUN": 1, "MON": 2, "TUE": 3, "WED": 4, "THU": 5, "FRI": 6, "SAT": 7}
RATE_UNITS = {"minute": 60, "minutes": 60, "hour": 3600, "hours": 3600, "day": 86400, "days": 86400}


class InvalidScheduleExpression(PlaybookFailure):
    """An expression EventBridge Scheduler would refuse (`ValidationException`), with what was expected."""

    kind = "invalid_schedule"


def _fail(text: str, why: str) -> InvalidScheduleExpression:
    return InvalidScheduleExpression(f"schedule expression {text!r}: {why}")


def _numbers(part: str, text: str, low: int, high: int, names: dict[str, int]) -> set[int]:
    """A field's `, - * /` list as the set of its values."""
    values: set[int] = set()
    for item in part.split(","):
        base, _, step_text = item.partition("/")
        step = 1
        if step_text:
            if not step_text.isdigit() or int(step_text) < 1:
                raise _fail(text, f"{item!r}: the step after / must be a positive number")
            step = int(step_text)
        if base == "*":
            first, last = low, high
        else:
            ends = [_one(v, text, low, high, names) for v in base.split("-")]
            if len(ends) > 2:
                raise _fail(text, f"{item!r}: a range is FIRST-LAST")
            first = ends[0]
            last = ends[-1] if len(ends) == 2 else (high if step_text else first)
            if last < first:
                raise _fail(text, f"{item!r}: a range goes from low to high")
        values.update(range(first, last + 1, step))
    return values


def _one(value: str, text: str, low: int, high: int, names: dict[str, int]) -> int:
    number = names.get(value.upper()) if not value.isdigit() else int(value)
    if number is None or not low <= number <= high:
        raise _fail(text, f"{value!r} is not a value from {low} to {high}")
    return number


def _weekday(year: int, month: int, day: int) -> int:
    """1 = Sunday ... 7 = Saturday, as cron's day-of-week counts."""
    return (calendar.weekday(year, month, day) + 1) % 7 + 1


def _nearest_weekday(year: int, month: int, day: int) -> int:
    """`15W`: the weekday nearest the 15th, never leaving the month."""
    last = calendar.monthrange(year, month)[1]
    day = min(day, last)
    weekday = _weekday(year, month, day)
    if weekday == 7:  # Saturday: Friday before, or Monday after when the 1st is a Saturday
        return day - 1 if day > 1 else day + 2
    if weekday == 1:  # Sunday: Monday after, or Friday before when it is the month's last day
        return day + 1 if day < last else day - 2
    return day


DaysOf = Callable[[int, int], set[int]]


def _day_of_month(part: str, text: str) -> DaysOf:
    if part == "L":
        return lambda y, m: {calendar.monthrange(y, m)[1]}
    if part == "LW":
        return lambda y, m: {_nearest_weekday(y, m, calendar.monthrange(y, m)[1])}
    match = re.fullmatch(r"(\d{1,2})W", part)
    if match:
        day = _one(match.group(1), text, 1, 31, {})
        return lambda y, m: {_nearest_weekday(y, m, day)}
    days = _numbers(part, text, 1, 31, {})
    return lambda y, m: {d for d in days if d <= calendar.monthrange(y, m)[1]}


def _day_of_week(part: str, text: str) -> DaysOf:
    last_of = re.fullmatch(r"(\w+)?L", part)
    if last_of:
        weekday = _one(last_of.group(1), text, 1, 7, DAYS) if last_of.group(1) else 7
        return lambda y, m: {max(d for d in _month_days(y, m) if _weekday(y, m, d) == weekday)}
    nth = re.fullmatch(r"(\w+)#([1-5])", part)
    if nth:
        weekday, index = _one(nth.group(1), text, 1, 7, DAYS), int(nth.group(2))
        return lambda y, m: set(sorted(d for d in _month_days(y, m) if _weekday(y, m, d) == weekday)[index - 1 : index])
    weekdays = _numbers(part, text, 1, 7, DAYS)
    return lambda y, m: {d for d in _month_days(y, m) if _weekday(y, m, d) in weekdays}


def _month_days(year: int, month: int) -> range:
    return range(1, calendar.monthrange(year, month)[1] + 1)


@dataclass(frozen=True)
class Cron:
    minutes: tuple[int, ...]
    hours: tuple[int, ...]
    months: tuple[int, ...]
    years: tuple[int, ...]
    days: DaysOf

    @classmethod
    def parse(cls, body: str, text: str) -> "Cron":
        fields = body.split()
        if len(fields) != 6:
            raise _fail(text, f"cron() has 6 fields (minutes hours day-of-month month day-of-week year), found {len(fields)}")
        minute, hour, dom, month, dow, year = fields
        if (dom == "?") == (dow == "?"):
            raise _fail(text, "exactly one of day-of-month and day-of-week must be '?'")
        days = _day_of_week(dow, text) if dom == "?" else _day_of_month(dom, text)
        return cls(
            minutes=tuple(sorted(_numbers(minute, text, 0, 59, {}))),
            hours=tuple(sorted(_numbers(hour, text, 0, 23, {}))),
            months=tuple(sorted(_numbers(month, text, 1, 12, MONTHS))),
            years=tuple(sorted(_numbers(year, text, *YEARS, {}))),
            days=days,
        )

    def next_after(self, after: datetime, zone: ZoneInfo) -> datetime | None:
        """The first occurrence strictly after `after` (aware), in UTC; None when the years run out."""
        local = after.astimezone(zone)
        for year in self.years:
            if year < local.year:
                continue
            for month in self.months:
                if (year, month) < (local.year, local.month):
                    continue
                for day in sorted(self.days(year, month)):
                    if (year, month, day) < (local.year, local.month, local.day):
                        continue
                    for hour in self.hours:
                        for minute in self.minutes:
                            at = datetime(year, month, day, hour, minute, tzinfo=zone)
                            if at > after:
                                return at.astimezone(UTC)
        return None


@dataclass(frozen=True)
class Expression:
    """A parsed expression: `kind` is at, rate or cron."""

    text: str
    kind: str
    at: datetime | None = None  # at(): naive wall-clock time
    period: timedelta | None = None  # rate()
    cron: Cron | None = None


def parse(text: str) -> Expression:
    match = re.fullmatch(r"\s*(at|rate|cron)\((.*)\)\s*", text or "")
    if not match:
        raise _fail(text, "expected at(yyyy-mm-ddThh:mm:ss), rate(value unit) or cron(6 fields)")
    kind, body = match.group(1), match.group(2).strip()
    if kind == "at":
        try:
            return Expression(text, kind, at=datetime.strptime(body, "%Y-%m-%dT%H:%M:%S"))
        except ValueError:
            raise _fail(text, "at() takes a date and time yyyy-mm-ddThh:mm:ss") from None
    if kind == "rate":
        rate = re.fullmatch(r"(\d+)\s+(\w+)", body)
        if not rate or rate.group(2) not in RATE_UNITS or int(rate.group(1)) < 1:
            raise _fail(text, "rate() takes a positive whole number and minute(s), hour(s) or day(s)")
        return Expression(text, kind, period=timedelta(seconds=int(rate.group(1)) * RATE_UNITS[rate.group(2)]))
    return Expression(text, kind, cron=Cron.parse(body, text))


def zone_of(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidScheduleExpression(
            f"unknown ScheduleExpressionTimezone {name!r} (an IANA name such as Europe/Paris)"
        ) from None


def as_utc(value: object) -> datetime | None:
    """A StartDate/EndDate/CreationDate as an API or Terraform gives it (epoch seconds, RFC 3339, datetime)."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(float(value), UTC)
    text = str(value).strip()
    try:
        return datetime.fromtimestamp(float(text), UTC)
    except ValueError:
        pass
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def next_fire(
    expression: str | Expression,
    after: datetime,
    *,
    zone: str | None = "UTC",
    start: datetime | None = None,
    end: datetime | None = None,
    created: datetime | None = None,
) -> datetime | None:
    """The first time strictly after `after` at which the schedule fires, in UTC; None if it never fires again."""
    parsed = expression if isinstance(expression, Expression) else parse(expression)
    tz = zone_of(zone)
    after = after.astimezone(UTC)
    if parsed.at is not None:
        once = parsed.at.replace(tzinfo=tz).astimezone(UTC)
        return once if once > after else None
    begin = start or created
    if parsed.period is not None:
        anchor = begin or after
        if after < anchor:
            candidate = anchor
        else:
            steps = int((after - anchor) / parsed.period) + 1
            candidate = anchor + steps * parsed.period
    else:
        assert parsed.cron is not None
        found = parsed.cron.next_after(max(after, start - timedelta(microseconds=1)) if start else after, tz)
        if found is None:
            return None
        candidate = found
    if end is not None and candidate >= end:
        return None
    return candidate
