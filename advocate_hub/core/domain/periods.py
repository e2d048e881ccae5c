"""Leaderboard periods: which week and month a moment falls in (UTC; weeks start on Monday)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from advocate_hub.core.domain.enums import Period

ALL_TIME_START = date(1970, 1, 1)


def period_start(period: Period, moment: datetime) -> date:
    day = moment.astimezone(UTC).date()
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    return ALL_TIME_START


def period_starts(moment: datetime) -> dict[Period, date]:
    return {period: period_start(period, moment) for period in Period}
