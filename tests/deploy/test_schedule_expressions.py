"""When an EventBridge Scheduler schedule fires, and which schedules the emulator's due-fire loop leaves alone.

No deploy: the expressions are evaluated as AWS's "Schedule types on EventBridge Scheduler" page
describes them, and the loop's choice is checked on moto's own `Schedule` objects (the ones the
emulator holds), created through moto's scheduler backend as `CreateSchedule` creates them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from deploy_runner.emulator_scheduler_fire import due_time
from deploy_runner.schedule_expressions import InvalidScheduleExpression, next_fire
from deploy_runner.schedule_targets import UnsupportedTarget, target_action, target_input

UTC = timezone.utc
NOW = datetime(2026, 12, 7, 6, 40, 12, tzinfo=UTC)  # a Monday


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("expression", "after", "expected"),
    [
        ("cron(0 2 * * ? *)", NOW, at(2026, 12, 8, 2, 0)),  # the batch default: tomorrow, 02:00
        ("cron(0 2 * * ? *)", at(2026, 12, 8, 2, 0), at(2026, 12, 9, 2, 0)),  # strictly after
        ("cron(0/15 * * * ? *)", NOW, at(2026, 12, 7, 6, 45)),
        ("cron(5-10/5 8 * * ? *)", NOW, at(2026, 12, 7, 8, 5)),
        ("cron(0 12 ? * MON-FRI *)", at(2026, 12, 11, 13, 0), at(2026, 12, 14, 12, 0)),  # Friday afternoon -> Monday
        ("cron(0 12 ? * 1 *)", NOW, at(2026, 12, 13, 12, 0)),  # 1 is Sunday, not Monday
        ("cron(0 9 ? * 6L *)", NOW, at(2026, 12, 25, 9, 0)),  # the month's last Friday
        ("cron(0 9 ? * 2#1 *)", at(2026, 12, 7, 10, 0), at(2027, 1, 4, 9, 0)),  # first Monday of the next month
        ("cron(0 0 L * ? *)", at(2027, 2, 1, 0, 0), at(2027, 2, 28, 0, 0)),
        ("cron(0 0 L 2 ? *)", at(2027, 3, 1, 0, 0), at(2028, 2, 29, 0, 0)),  # leap year
        ("cron(0 0 31 * ? *)", at(2027, 4, 1, 0, 0), at(2027, 5, 31, 0, 0)),  # April has no 31st
        ("cron(0 0 15W * ? *)", at(2027, 5, 1, 0, 0), at(2027, 5, 14, 0, 0)),  # the 15th is a Saturday -> Friday
        ("cron(0 0 1W * ? *)", at(2027, 4, 20, 0, 0), at(2027, 5, 3, 0, 0)),  # the 1st is a Saturday -> Monday 3rd
        ("cron(0 0 LW * ? *)", at(2027, 10, 1, 0, 0), at(2027, 10, 29, 0, 0)),  # the 31st is a Sunday -> Friday
        ("cron(0 0 1 JAN ? 2030)", NOW, at(2030, 1, 1, 0, 0)),
        ("cron(0 0 1 1 ? 2025)", NOW, None),  # its only year is past
        ("at(2026-12-07T07:00:00)", NOW, at(2026, 12, 7, 7, 0)),
        ("at(2026-12-07T06:00:00)", NOW, None),  # one-time, already past
    ],
)
def test_next_fire_in_utc(expression: str, after: datetime, expected: datetime | None) -> None:
    assert next_fire(expression, after) == expected


def test_cron_and_at_are_evaluated_in_the_schedules_time_zone() -> None:
    # 02:00 in Paris is 01:00 UTC in winter and 00:00 UTC in summer.
    assert next_fire("cron(0 2 * * ? *)", NOW, zone="Europe/Paris") == at(2026, 12, 8, 1, 0)
    assert next_fire("cron(0 2 * * ? *)", at(2027, 7, 1, 12, 0), zone="Europe/Paris") == at(2027, 7, 2, 0, 0)
    assert next_fire("at(2026-12-07T08:00:00)", NOW, zone="America/New_York") == at(2026, 12, 7, 13, 0)


def test_rate_starts_at_its_start_date_or_creation_and_repeats() -> None:
    created = at(2026, 12, 7, 6, 0)
    # No StartDate: it "starts invoking its target immediately", then every period.
    assert next_fire("rate(5 minutes)", created - timedelta(seconds=1), created=created) == created
    assert next_fire("rate(5 minutes)", NOW, created=created) == at(2026, 12, 7, 6, 45)
    assert next_fire("rate(1 day)", NOW, created=created) == at(2026, 12, 8, 6, 0)
    start = at(2026, 12, 24, 18, 30)
    assert next_fire("rate(2 hours)", NOW, start=start, created=created) == start
    assert next_fire("rate(2 hours)", start, start=start) == start + timedelta(hours=2)


def test_start_and_end_dates_bound_recurring_schedules_only() -> None:
    assert next_fire("cron(0 2 * * ? *)", NOW, start=at(2026, 12, 20, 0, 0)) == at(2026, 12, 20, 2, 0)
    assert next_fire("cron(0 2 * * ? *)", NOW, start=at(2026, 12, 20, 2, 0)) == at(2026, 12, 20, 2, 0)  # on the start
    assert next_fire("cron(0 2 * * ? *)", NOW, end=at(2026, 12, 8, 2, 0)) is None  # EndDate itself is excluded
    assert next_fire("rate(1 hour)", NOW, end=NOW, created=at(2026, 1, 1, 0, 0)) is None
    # EventBridge Scheduler ignores StartDate and EndDate for one-time schedules.
    assert next_fire("at(2026-12-07T07:00:00)", NOW, end=at(2026, 12, 7, 6, 50)) == at(2026, 12, 7, 7, 0)


@pytest.mark.parametrize(
    ("expression", "says"),
    [
        ("cron(0 2 * * *)", "6 fields"),
        ("cron(0 2 * * MON *)", "exactly one of day-of-month and day-of-week must be '?'"),
        ("cron(0 2 ? * ? *)", "exactly one of"),
        ("cron(60 2 * * ? *)", "'60' is not a value from 0 to 59"),
        ("cron(0 2 ? * FUNDAY *)", "'FUNDAY'"),
        ("cron(0 2 * * ? 1969)", "from 1970 to 2199"),
        ("rate(0 minutes)", "positive whole number"),
        ("rate(5 weeks)", "minute(s), hour(s) or day(s)"),
        ("at(2026-12-07 07:00)", "yyyy-mm-ddThh:mm:ss"),
        ("every day", "expected at("),
    ],
)
def test_expressions_aws_refuses_are_refused_with_what_was_expected(expression: str, says: str) -> None:
    with pytest.raises(InvalidScheduleExpression) as caught:
        next_fire(expression, NOW)
    assert says in str(caught.value) and expression in str(caught.value)
    assert caught.value.kind == "invalid_schedule"


def test_a_target_arn_means_its_templated_api_and_its_input_gets_the_context_attributes() -> None:
    assert target_action("arn:aws:states:us-east-1:123456789012:stateMachine:p-score-scoring") == "states:StartExecution"
    assert target_action("arn:aws:lambda:us-east-1:123456789012:function:p-pull") == "lambda:InvokeFunction"
    with pytest.raises(UnsupportedTarget):
        target_action("arn:aws:sqs:us-east-1:123456789012:queue")
    text = target_input(
        {"Input": '{"when": "<aws.scheduler.scheduled-time>", "by": "<aws.scheduler.schedule-arn>"}'}, "arn:s", NOW
    )
    assert text == '{"when": "2026-12-07T06:40:12Z", "by": "arn:s"}'
    assert target_input({}, "arn:s", NOW) == "{}"  # no Input: the scheduler's default notification


def _moto_schedule(name: str, expression: str, **extra: object):  # moto's Schedule is untyped
    from moto.scheduler.models import EventBridgeSchedulerBackend

    backend = EventBridgeSchedulerBackend("us-east-1", "123456789012")
    return backend.create_schedule(
        description=None,
        end_date=extra.get("end_date"),
        flexible_time_window={"Mode": "OFF"},
        group_name=None,
        kms_key_arn=None,
        name=name,
        schedule_expression=expression,
        schedule_expression_timezone=None,
        start_date=extra.get("start_date"),
        state=extra.get("state"),
        target={"Arn": "arn:aws:states:us-east-1:123456789012:stateMachine:s", "RoleArn": "arn:aws:iam::123456789012:role/r"},
        action_after_completion=None,
    )


def test_the_due_fire_loop_skips_disabled_and_ended_schedules() -> None:
    made = datetime.now(UTC)
    schedules = {
        "due": _moto_schedule("every-minute", "rate(1 minute)"),
        "disabled": _moto_schedule("disabled", "rate(1 minute)", state="DISABLED"),
        "ended": _moto_schedule("ended", "rate(1 minute)", end_date=(made - timedelta(minutes=5)).timestamp()),
        "later": _moto_schedule("later", "rate(1 minute)", start_date=(made + timedelta(hours=1)).timestamp()),
        "nightly": _moto_schedule("nightly", f"cron({(made.minute + 30) % 60} {(made.hour + 12) % 24} * * ? *)"),
    }
    now, since = made + timedelta(seconds=5), made - timedelta(minutes=2)
    fired = {name for name, schedule in schedules.items() if due_time(schedule, since, now) is not None}
    assert fired == {"due"}
    # A rate() schedule fires when it is created; the next occurrence is one period later.
    assert due_time(schedules["due"], now, now + timedelta(seconds=30)) is None
    assert due_time(schedules["due"], now, made + timedelta(minutes=1, seconds=1)) is not None


def test_the_loop_looks_at_the_schedules_moto_holds_and_starts_each_occurrence_once(monkeypatch) -> None:
    """moto keeps schedules in their groups; the loop must find them there (the target call itself is in the deploy test)."""
    from moto.scheduler.models import scheduler_backends

    from deploy_runner.emulator_scheduler_fire import Firer

    firer = Firer(datetime.now(UTC) - timedelta(seconds=1))
    backend = scheduler_backends["123456789012"]["eu-west-3"]
    for name, state in (("loop-enabled", None), ("loop-disabled", "DISABLED")):
        backend.create_schedule(
            description=None,
            end_date=None,
            flexible_time_window={"Mode": "OFF"},
            group_name=None,
            kms_key_arn=None,
            name=name,
            schedule_expression="rate(1 minute)",
            schedule_expression_timezone=None,
            start_date=None,
            state=state,
            target={"Arn": "arn:aws:states:eu-west-3:123456789012:stateMachine:s"},
            action_after_completion=None,
        )
    started: list[str] = []
    record_instead_of_starting = lambda self, backend, schedule, when: started.append(schedule.name) or schedule.name  # noqa: E731
    monkeypatch.setattr(Firer, "_fire", record_instead_of_starting)
    try:
        now = datetime.now(UTC) + timedelta(seconds=1)
        firer.look(now)
        firer.look(now + timedelta(seconds=2))  # the same occurrence is not started twice
        assert started == ["loop-enabled"]
    finally:
        for name in ("loop-enabled", "loop-disabled"):
            backend.delete_schedule(None, name)
