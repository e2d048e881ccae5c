"""The content calendar's geometry in days: which weeks a view shows, and where each challenge's bar lies.

A view is a run of whole weeks (Monday first). A challenge runs from the day it starts to the day it ends (the
day before, when it ends at midnight); its bar is cut into one segment per week row and each segment gets the
lowest free lane in its row, so overlapping challenges stack instead of hiding each other. Days are UTC days,
the same clock the eligibility messages use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.queries.reach import CalendarItem

DAYS_PER_WEEK = 7


class Span(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _months(span: Span, anchor: date) -> tuple[date, date]:
    """The first day of the span's first month and of the month after its last."""
    first_month = anchor.month if span is Span.MONTH else (anchor.month - 1) // 3 * 3 + 1
    length = 1 if span is Span.MONTH else 3
    first = date(anchor.year, first_month, 1)
    month = first_month + length
    after = date(anchor.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    return first, after


def period(span: Span, anchor: date) -> tuple[date, date]:
    """The days the period itself covers, ``[first, after)``: a week, a month or a quarter."""
    if span is Span.WEEK:
        first = _monday(anchor)
        return first, first + timedelta(days=DAYS_PER_WEEK)
    return _months(span, anchor)


def grid(span: Span, anchor: date) -> tuple[date, int]:
    """The first Monday the view shows and how many week rows it has (whole weeks around the period)."""
    first, after = period(span, anchor)
    start = _monday(first)
    weeks = -(-((after - start).days) // DAYS_PER_WEEK)
    return start, weeks


def step(span: Span, anchor: date, direction: int) -> date:
    """The anchor of the previous (-1) or next (+1) period."""
    if span is Span.WEEK:
        return anchor + timedelta(days=DAYS_PER_WEEK * direction)
    first, after = _months(span, anchor)
    if direction > 0:
        return after
    return _months(span, first - timedelta(days=1))[0]


def midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def days_of(item: CalendarItem) -> tuple[date, date | None]:
    """The first and last day a challenge runs (``None``: it has no end)."""
    first = item.starts_at.astimezone(UTC).date()
    if item.expires_at is None:
        return first, None
    last = (item.expires_at.astimezone(UTC) - timedelta(microseconds=1)).date()
    return first, max(first, last)


@dataclass(frozen=True, slots=True)
class Segment:
    """One week row's piece of a challenge's bar, in day columns 0-6 of that row."""

    item: CalendarItem
    row: int
    first: int
    last: int
    lane: int
    starts_here: bool
    ends_here: bool


@dataclass(frozen=True, slots=True)
class Layout:
    start: date
    weeks: int
    segments: tuple[Segment, ...]
    lanes: tuple[int, ...]
    """How many lanes each week row needs."""

    def day(self, row: int, column: int) -> date:
        return self.start + timedelta(days=row * DAYS_PER_WEEK + column)


def layout(items: list[CalendarItem], start: date, weeks: int, shift: dict[int, int] | None = None) -> Layout:
    """Lay bars out in the rows; ``shift`` moves some challenges by whole days (a drag in progress)."""
    shift = shift or {}
    end = start + timedelta(days=weeks * DAYS_PER_WEEK - 1)
    spans: list[tuple[CalendarItem, date, date, bool]] = []
    for item in items:
        first, last = days_of(item)
        moved = timedelta(days=shift.get(item.id, 0))
        first, last_day = first + moved, (last + moved if last is not None else None)
        open_ended = last_day is None
        final = end if last_day is None else last_day
        if final < start or first > end:
            continue
        spans.append((item, first, final, open_ended))
    spans.sort(key=lambda s: (s[1], -(s[2] - s[1]).days, s[0].id))
    segments: list[Segment] = []
    lanes = [0] * weeks
    for row in range(weeks):
        row_first = start + timedelta(days=row * DAYS_PER_WEEK)
        row_last = row_first + timedelta(days=DAYS_PER_WEEK - 1)
        taken: list[list[bool]] = []
        for item, first, last, open_ended in spans:
            if last < row_first or first > row_last:
                continue
            a = max(first, row_first)
            b = min(last, row_last)
            columns = range((a - row_first).days, (b - row_first).days + 1)
            lane = next((n for n, used in enumerate(taken) if not any(used[c] for c in columns)), len(taken))
            if lane == len(taken):
                taken.append([False] * DAYS_PER_WEEK)
            for column in columns:
                taken[lane][column] = True
            segments.append(
                Segment(
                    item=item,
                    row=row,
                    first=columns.start,
                    last=columns.stop - 1,
                    lane=lane,
                    starts_here=first >= row_first,
                    ends_here=last <= row_last and not open_ended,
                )
            )
        lanes[row] = len(taken)
    return Layout(start, weeks, tuple(segments), tuple(lanes))


KIND_TONES: dict[ChallengeKind, str] = {
    ChallengeKind.REVIEW: "accent",
    ChallengeKind.SOCIAL_SHARE: "accent",
    ChallengeKind.TESTIMONIAL: "accent",
    ChallengeKind.COMMUNITY_ANSWER: "accent",
    ChallengeKind.SURVEY: "focus",
    ChallengeKind.QUIZ: "focus",
    ChallengeKind.CONTENT: "focus",
    ChallengeKind.EVENT_CHECKIN: "success",
    ChallengeKind.REFERENCE_CALL: "warning",
    ChallengeKind.REFERRAL: "warning",
    ChallengeKind.PRODUCT_FEEDBACK: "tier_platinum",
    ChallengeKind.VIDEO_TESTIMONIAL: "tier_platinum",
    ChallengeKind.CASE_STUDY: "tier_gold",
    ChallengeKind.SPEAKING: "tier_gold",
    ChallengeKind.ADVISORY_BOARD: "tier_gold",
}
"""The theme token each kind's bars are drawn in: kinds of a family share a colour, and each has its own icon."""
