"""The badge gallery: earned badges with their date, locked ones with their rule and progress, drawn art."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from advocate_hub.core.domain.badges import DEFAULT_BADGES
from advocate_hub.core.queries.people import people
from advocate_hub.core.services.badges import BadgeStatus, badge_statuses
from advocate_hub.ui import formats
from advocate_hub.ui.models.badges_model import BadgeRole, BadgesModel
from advocate_hub.ui.resources import resource
from advocate_hub.ui.views.badges import BadgesPage, badge_art

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


def _someone_with_earned_and_locked(hub: AppUnderTest) -> tuple[str, list[BadgeStatus]]:
    now = hub.program.clock()
    for person in hub.program.read(people):
        statuses = hub.program.read(badge_statuses, advocate_id=person.id, now=now)
        earned = [s for s in statuses if s.earned_at is not None]
        locked = [s for s in statuses if s.earned_at is None and s.progress.current > 0]
        if earned and locked:
            return person.email, statuses
    raise LookupError("nobody in the demo has both earned and partly done badges")


def _open(hub: AppUnderTest) -> BadgesPage:
    hub.window.show_screen("badges")
    hub.settle()
    page = hub.window.screens["badges"].page
    assert isinstance(page, BadgesPage)
    return page


def test_earned_badges_show_their_date_and_locked_ones_their_rule_and_progress(hub: AppUnderTest) -> None:
    email, statuses = _someone_with_earned_and_locked(hub)
    hub.sign_in(email)
    page = _open(hub)
    model = page.model
    assert model.rowCount() == len(statuses)
    shown = {model.index(row, 0).data(BadgeRole.SLUG): model.index(row, 0) for row in range(model.rowCount())}
    earned = [s for s in statuses if s.earned_at is not None]
    locked = [s for s in statuses if s.earned_at is None]
    for badge in earned:
        index = shown[badge.slug]
        assert index.data(BadgeRole.EARNED) is True
        assert formats.date(badge.earned_at) in index.data(BadgeRole.EARNED_TEXT)  # type: ignore[arg-type]
        assert index.data(BadgeRole.PROGRESS_TEXT) == ""
        assert "earned" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    for badge in locked:
        index = shown[badge.slug]
        assert index.data(BadgeRole.EARNED) is False
        assert index.data(BadgeRole.EARNED_TEXT) == ""
        assert index.data(BadgeRole.PROGRESS_TEXT) == f"{badge.progress.current:,} of {badge.progress.target:,}"
        assert index.data(Qt.ItemDataRole.ToolTipRole) == badge.description
        assert badge.description in index.data(Qt.ItemDataRole.AccessibleTextRole)
    # Earned first, then locked; the gallery paints every card without error.
    order = [model.index(row, 0).data(BadgeRole.EARNED) for row in range(model.rowCount())]
    assert order == sorted(order, reverse=True)
    assert page.summary.text() == f"{len(earned)} of {len(statuses)} earned"
    assert not page.gallery.grab().isNull()
    assert page.gallery.isVisible()
    assert not page.empty.isVisible()


def test_a_program_without_badges_shows_an_empty_state(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    page = _open(hub)
    page.show_badges([])
    assert page.empty.isVisible()
    assert not page.gallery.isVisible()
    assert page.summary.text() == ""


def test_the_gallery_is_walked_with_arrow_keys(hub: AppUnderTest) -> None:
    email, _ = _someone_with_earned_and_locked(hub)
    hub.sign_in(email)
    page = _open(hub)
    page.gallery.setFocus()
    first = page.gallery.currentIndex().row()
    hub.qtbot.keyClick(page.gallery, Qt.Key.Key_Right)
    assert page.gallery.currentIndex().row() == first + 1


def test_every_default_badge_has_art_and_locked_art_is_grey(qapp: object) -> None:
    for badge in DEFAULT_BADGES:
        assert resource("icons", "badges", f"{badge.slug}.svg").exists(), badge.slug
    assert resource("icons", "badges", "badge.svg").exists()
    earned = badge_art("reviewer", 64, True).toImage()
    locked = badge_art("reviewer", 64, False).toImage()
    ring = (13, 41)
    assert QColor(earned.pixelColor(*ring)).hsvSaturation() > 0
    assert QColor(locked.pixelColor(*ring)).hsvSaturation() == 0
    assert locked.pixelColor(0, 63).alpha() == 0
    assert not badge_art("a-badge-of-the-programs-own", 48, True).isNull()


def test_badges_model_passes_the_model_tester(hub: AppUnderTest, qtmodeltester: ModelTester) -> None:
    _email, statuses = _someone_with_earned_and_locked(hub)
    model = BadgesModel()
    model.set_badges(statuses)
    qtmodeltester.check(model)
    model.set_badges([])
    qtmodeltester.check(model)
