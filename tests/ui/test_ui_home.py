"""The home screen shows the signed-in advocate's points and tier, and moves when points arrive; at 1280x800 its
last card is whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QLabel, QScrollArea

from advocate_hub.core.domain.enums import LedgerKind
from advocate_hub.core.queries.pulse import NoticeKind
from advocate_hub.core.services import points

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


def give_bonus(hub: AppUnderTest, advocate_id: int, amount: int, reason: str) -> None:
    """A moderator's bonus, written as another computer's sync would: the app hears of it at its next pulse."""
    hub.program.run(
        points.adjust,
        actor_id=hub.moderator_id(),
        advocate_id=advocate_id,
        points=amount,
        reason=reason,
        kind=LedgerKind.BONUS,
    )


def test_home_shows_balance_and_tier(hub: AppUnderTest) -> None:
    email = hub.email_of_tier("silver")
    hub.sign_in(email)
    page = hub.window.screens["home"].page
    assert page.data is not None
    assert page.balance.target() == page.data.balance
    assert page.tier_name.text() == "Silver"
    assert page.data.name.split()[0] in page.heading.text()


def test_points_from_a_moderator_arrive_with_a_notice_and_the_tier_card_moves(hub: AppUnderTest) -> None:
    email = hub.email_of_tier("community")
    advocate_id = hub.sign_in(email)
    page = hub.window.screens["home"].page
    before = page.tier_progress.value()
    give_bonus(hub, advocate_id, 600, "Keynote volunteer")
    heard: list[NoticeKind] = []
    hub.controller.notice.connect(lambda notice: heard.append(notice.kind))
    hub.controller.refresh()
    hub.settle()
    assert NoticeKind.TIER in heard
    assert NoticeKind.POINTS in heard
    assert hub.window.toast.isVisible()
    assert page.tier_name.text() == "Silver"
    assert page.tier_progress.value() != before
    assert page.balance.target() == page.data.balance


def test_the_from_the_team_card_is_whole_in_a_1280x800_window(hub: AppUnderTest) -> None:
    hub.sign_in("daniel.kim@example.com")
    hub.window.show_screen("home")
    hub.settle()
    page = hub.window.screens["home"].page
    assert page.data is not None
    assert page.data.messages
    card = page.messages_card
    area = next(a for a in hub.window.findChildren(QScrollArea) if a.isVisible() and a.isAncestorOf(card))
    viewport = area.viewport()
    assert hub.window.size() == QSize(1280, 800)
    last = card.findChildren(QLabel)[-1]
    assert last.text()
    assert last.mapTo(viewport, QPoint(0, last.height())).y() <= viewport.height()
    assert card.mapTo(viewport, QPoint(0, card.height())).y() <= viewport.height()


def test_signing_in_reads_the_home_screen_once_and_an_unchanged_pulse_reads_nothing(hub: AppUnderTest) -> None:
    """The first pulse after signing in is the baseline the next ones are compared with: the pages have just read
    their data, so it reloads none of them (it reloaded every visible page, reading the home screen twice at start)."""
    page = hub.window.screens["home"].page
    reloads: list[None] = []
    original = page.reload

    def counted() -> None:
        reloads.append(None)
        original()

    page.reload = counted  # type: ignore[method-assign]
    advocate_id = hub.sign_in(hub.email_of_tier("community"))
    assert len(reloads) == 1

    hub.controller.refresh()
    hub.settle()
    assert len(reloads) == 1

    give_bonus(hub, advocate_id, 50, "Webinar host")
    hub.controller.refresh()
    hub.settle()
    assert len(reloads) == 2
