"""The content calendar: week, month and quarter views; dragging a bar (or Alt+arrow) reschedules the challenge."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from advocate_hub.core.domain.challenges import ChallengeDraft, ChallengeStatus
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.queries.reach import CalendarItem
from advocate_hub.core.services import challenges
from advocate_hub.core.store.models import AuditEntry, Challenge
from advocate_hub.ui.models.calendar_model import Span, days_of, grid, layout, step
from advocate_hub.ui.views.calendar import CalendarPage
from tests.ui.conftest import MODERATOR_EMAIL

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


def plan(hub: AppUnderTest, title: str, starts_in: timedelta, runs: timedelta) -> int:
    moderator = hub.moderator_id()
    now = hub.program.clock()
    start = (now + starts_in).replace(second=0, microsecond=0)
    draft = ChallengeDraft(
        title=title, kind=ChallengeKind.SOCIAL_SHARE, points=40, starts_at=start, expires_at=start + runs
    )
    return hub.program.run(lambda session, now: challenges.create(session, actor_id=moderator, draft=draft, now=now).id)


def open_calendar(hub: AppUnderTest) -> CalendarPage:
    hub.sign_in(MODERATOR_EMAIL)
    hub.window.show_screen("calendar")
    hub.settle()
    page = hub.window.screens["calendar"].page
    assert isinstance(page, CalendarPage)
    return page


def show_quarter_of(hub: AppUnderTest, page: CalendarPage, challenge_id: int) -> None:
    """The quarter around the challenge's start, whatever today's date is."""
    page.anchor = stored(hub, challenge_id)[0].date()
    page.show_span(Span.QUARTER)
    hub.settle()


def stored(hub: AppUnderTest, challenge_id: int) -> tuple[datetime, datetime | None]:
    row = hub.program.read(lambda session: session.get(Challenge, challenge_id))
    return row.starts_at, row.expires_at


def bar_centre(page: CalendarPage, challenge_id: int) -> QPoint:
    segment = page.view.segments_of(challenge_id)[0]
    rect = page.view.bar_rect(segment)
    return QPoint(int(rect.left() + page.view.width() / 14), int(rect.center().y()))


def test_week_month_and_quarter_show_more_weeks_and_move_by_their_period(hub: AppUnderTest) -> None:
    page = open_calendar(hub)
    weeks = {}
    for span in Span:
        hub.qtbot.mouseClick(page.span_buttons[span], Qt.MouseButton.LeftButton)
        hub.settle()
        weeks[span] = page.view._layout.weeks
        title = page.period_label.text()
        hub.qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
        hub.settle()
        assert page.period_label.text() != title
        hub.qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
        hub.settle()
        assert page.period_label.text() == title

    assert weeks[Span.WEEK] == 1
    assert 4 <= weeks[Span.MONTH] <= 6
    assert 13 <= weeks[Span.QUARTER] <= 15
    assert step(Span.QUARTER, date(2026, 11, 23), 1) == date(2027, 1, 1)
    assert step(Span.MONTH, date(2026, 1, 31), -1) == date(2025, 12, 1)


def test_a_bar_covers_the_days_a_challenge_runs_and_dragging_it_reschedules_it(hub: AppUnderTest) -> None:
    challenge_id = plan(hub, "Share the launch", timedelta(days=1), timedelta(days=3))
    before = stored(hub, challenge_id)
    page = open_calendar(hub)
    show_quarter_of(hub, page, challenge_id)
    segments = page.view.segments_of(challenge_id)
    first, last = days_of(segments[0].item)
    drawn = {page.view._layout.day(s.row, c) for s in segments for c in range(s.first, s.last + 1)}
    assert drawn == {first + timedelta(days=n) for n in range((last - first).days + 1)}
    view = page.view
    start = bar_centre(page, challenge_id)
    target = start + QPoint(int(2 * view.width() / 7), 0)
    if target.x() >= view.width():
        target = start - QPoint(int(2 * view.width() / 7), 0)
    days = (view.day_at(target) - view.day_at(start)).days

    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view, start + QPoint(10, 0))
    QTest.mouseMove(view, target)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    hub.settle()

    after = stored(hub, challenge_id)
    assert after[0] - before[0] == timedelta(days=days)
    assert after[1] - after[0] == before[1] - before[0]
    assert (
        hub.program.read(
            lambda session: session.query(AuditEntry).filter(AuditEntry.action == "challenge.reschedule").count()
        )
        == 1
    )


def test_alt_arrows_move_the_selected_bar_a_day_and_a_refused_move_changes_nothing(hub: AppUnderTest) -> None:
    challenge_id = plan(hub, "Share the launch", timedelta(days=1, hours=12), timedelta(days=1))
    before = stored(hub, challenge_id)
    page = open_calendar(hub)
    show_quarter_of(hub, page, challenge_id)
    page.view.select(challenge_id)
    page.view.setFocus()

    hub.qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    hub.settle()

    assert stored(hub, challenge_id)[0] == before[0] + timedelta(days=1)
    assert page.view.selected == challenge_id

    for _ in range(4):
        hub.qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        hub.settle()

    assert stored(hub, challenge_id)[0] == before[0] - timedelta(days=2)
    assert page.banner.isVisible()
    assert "in the past" in page.message.text()


def test_layout_stacks_overlapping_bars_in_lanes() -> None:
    monday = date(2026, 11, 23)
    start, weeks = grid(Span.WEEK, monday)

    def item(n: int, first: int, days: int) -> CalendarItem:
        at = datetime(2026, 11, 23 + first, 9, tzinfo=UTC)
        return CalendarItem(
            n, f"#{n}", ChallengeKind.QUIZ, "Quiz", 10, at, at + timedelta(days=days), ChallengeStatus.SCHEDULED
        )

    result = layout([item(1, 0, 3), item(2, 1, 1), item(3, 4, 2)], start, weeks)

    lanes = {s.item.id: s.lane for s in result.segments}
    assert lanes == {1: 0, 2: 1, 3: 0}
    assert result.lanes == (2,)
