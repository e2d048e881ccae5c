"""Leaderboard periods: weeks start on Monday and months on the 1st, both in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocate_hub.core.domain.enums import Period
from advocate_hub.core.domain.periods import ALL_TIME_START, period_start, period_starts


@pytest.mark.parametrize(
    ("moment", "week", "month"),
    [
        (datetime(2024, 5, 15, 12, 0, tzinfo=UTC), date(2024, 5, 13), date(2024, 5, 1)),
        (datetime(2024, 5, 13, 0, 0, tzinfo=UTC), date(2024, 5, 13), date(2024, 5, 1)),
        (datetime(2024, 5, 12, 23, 59, 59, tzinfo=UTC), date(2024, 5, 6), date(2024, 5, 1)),
        (datetime(2024, 6, 1, 0, 0, tzinfo=UTC), date(2024, 5, 27), date(2024, 6, 1)),
        (datetime(2024, 1, 2, 8, 0, tzinfo=UTC), date(2024, 1, 1), date(2024, 1, 1)),
        (datetime(2023, 12, 31, 23, 0, tzinfo=UTC), date(2023, 12, 25), date(2023, 12, 1)),
        (datetime(2025, 1, 1, 0, 0, tzinfo=UTC), date(2024, 12, 30), date(2025, 1, 1)),
        (datetime(2024, 2, 29, 12, 0, tzinfo=UTC), date(2024, 2, 26), date(2024, 2, 1)),
    ],
)
def test_week_and_month_starts(moment: datetime, week: date, month: date) -> None:
    assert period_start(Period.WEEK, moment) == week
    assert period_start(Period.MONTH, moment) == month
    assert period_start(Period.ALL, moment) == ALL_TIME_START


def test_all_time_starts_at_the_epoch() -> None:
    assert (ALL_TIME_START.year, ALL_TIME_START.month, ALL_TIME_START.day) == (1970, 1, 1)


def test_monday_morning_in_moscow_is_still_sunday_in_utc() -> None:
    moscow = timezone(timedelta(hours=3))
    moment = datetime(2024, 5, 13, 1, 0, tzinfo=moscow)
    assert period_start(Period.WEEK, moment) == date(2024, 5, 6)


def test_sunday_evening_in_new_york_is_already_monday_in_utc() -> None:
    new_york = timezone(timedelta(hours=-4))
    moment = datetime(2024, 5, 12, 21, 0, tzinfo=new_york)
    assert period_start(Period.WEEK, moment) == date(2024, 5, 13)


def test_the_1st_in_jakarta_can_be_the_previous_month_in_utc() -> None:
    jakarta = timezone(timedelta(hours=7))
    moment = datetime(2024, 6, 1, 3, 0, tzinfo=jakarta)
    assert period_start(Period.MONTH, moment) == date(2024, 5, 1)


def test_the_last_evening_of_a_month_in_the_americas_can_be_the_next_month_in_utc() -> None:
    chicago = timezone(timedelta(hours=-5))
    moment = datetime(2024, 4, 30, 22, 0, tzinfo=chicago)
    assert period_start(Period.MONTH, moment) == date(2024, 5, 1)


def test_period_starts_covers_every_period() -> None:
    moment = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)
    assert period_starts(moment) == {
        Period.ALL: ALL_TIME_START,
        Period.MONTH: date(2024, 5, 1),
        Period.WEEK: date(2024, 5, 13),
    }


offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 30), timezones=st.just(UTC))


@given(moment=moments, zone=offsets)
def test_the_zone_of_a_moment_does_not_change_its_periods(moment: datetime, zone: timezone) -> None:
    assert period_starts(moment.astimezone(zone)) == period_starts(moment)


@given(moment=moments)
def test_period_starts_are_on_or_before_the_utc_day(moment: datetime) -> None:
    day = moment.date()
    week = period_start(Period.WEEK, moment)
    month = period_start(Period.MONTH, moment)
    assert week.weekday() == 0
    assert 0 <= (day - week).days < 7
    assert month.day == 1
    assert (month.year, month.month) == (day.year, day.month)
