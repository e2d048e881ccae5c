"""How screens word things for translation: whole sentences, counts English reads right, locale numbers and dates.

A marking translator wraps every string the app asks for in «», so a test sees which pieces of a text came from
the catalogs as one message, and which were glued on around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from advocate_hub.core.domain.eligibility import IneligibleReason
from advocate_hub.core.domain.enums import Barrier, Incentive, ProofType, RedemptionStatus
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.kiosk.visits import EventBoard, Visitor
from advocate_hub.core.queries.challenges import ChallengeItem, ChallengeState
from advocate_hub.core.queries.rewards import RedemptionItem
from advocate_hub.core.store.leaderboard import BoardRow
from advocate_hub.ui import formats, i18n, words
from advocate_hub.ui.kiosk.screens import AttractScreen, HomeScreen
from advocate_hub.ui.models.fulfilment_model import incentive_label
from advocate_hub.ui.models.rewards_model import Column, RedemptionsModel
from advocate_hub.ui.models.roster_model import RosterColumn, RosterModel
from advocate_hub.ui.widgets import TierMark

WHOLE = re.compile(r"«[^«»]*»")


class MarkingTranslator(QTranslator):
    """Translates each of the app's strings as «source» («source|disambiguation» when it has one)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context.startswith("Q") and context not in {"QObject", "QWidget"}:
            return None
        return f"«{source}|{disambiguation}»" if disambiguation else f"«{source}»"


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[MarkingTranslator]:
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def locale_of() -> Iterator[object]:
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(i18n.ENGLISH)


def item(**changes: object) -> ChallengeItem:
    fields: dict[str, object] = {
        "id": 1,
        "title": "Share the launch post",
        "description": "",
        "kind": ChallengeKind.SOCIAL_SHARE,
        "kind_label": KIND_PROFILES[ChallengeKind.SOCIAL_SHARE].label,
        "barrier": Barrier.LOW,
        "points": 1234,
        "starts_at": datetime(2026, 1, 1, tzinfo=UTC),
        "expires_at": None,
        "state": ChallengeState.OPEN,
        "reason": "",
        "min_tier": Tier.COMMUNITY,
        "proof_type": ProofType.LINK,
        "disclosure_required": False,
        "config": {},
        "completions": 0,
        "max_per_advocate": 1,
        "last_submission_id": None,
        "last_note": "",
    }
    fields.update(changes)
    return ChallengeItem(**fields)  # type: ignore[arg-type]


def is_whole(text: str) -> bool:
    """Each line is one message from the catalogs, with nothing glued around it."""
    return all(WHOLE.fullmatch(line) for line in text.split("\n"))


@pytest.mark.parametrize(("most", "reason"), [(1, "You have done this once"), (3, "You have done this 3 times")])
def test_the_cap_reason_counts_in_english_without_a_catalog(most: int, reason: str) -> None:
    capped = item(state=ChallengeState.LOCKED, reason_code=IneligibleReason.CAP_REACHED, max_per_advocate=most)
    assert words.challenge_reason(capped) == f"{reason}, the most it allows."


@pytest.mark.parametrize(("checked_in", "named"), [(True, True), (True, False), (False, False), (False, True)])
def test_the_kiosk_status_is_whole_sentences(
    qtbot: QtBot, marked: MarkingTranslator, checked_in: bool, named: bool
) -> None:
    screen = HomeScreen()
    qtbot.addWidget(screen)
    visitor = Visitor(1, "Ana Lima" if named else "", "", "K7Q2M9XP")
    for items in ([item()], []):
        screen.show_visitor(visitor, items, checked_in, None)
        assert is_whole(screen.status.text()), screen.status.text()
        assert ("K7Q2M9XP" in screen.status.text()) is not named


def test_kiosk_numbers_follow_the_locale(qtbot: QtBot, locale_of: object) -> None:
    locale_of("id_ID")  # type: ignore[operator]
    attract = AttractScreen()
    qtbot.addWidget(attract)
    attract.show_board(EventBoard([BoardRow(1, 7, "Ana Lima", Tier.GOLD, 12345)], at_event=False), "Expo")
    scores = [w.text() for w in attract.board_rows.findChildren(QLabel)]
    assert "12.345" in scores
    home = HomeScreen()
    qtbot.addWidget(home)
    home.show_visitor(Visitor(1, "Ana Lima", "", "K7Q2M9XP"), [item()], False, None)
    assert any("+1.234 points" in button.text() for button in home.grid.findChildren(QPushButton))


def test_status_is_two_messages_a_reward_category_and_a_roster_column(marked: MarkingTranslator) -> None:
    category = incentive_label(Incentive.STATUS)
    column = RosterModel().headerData(RosterColumn.STATUS, Qt.Orientation.Horizontal)
    assert category != column
    assert WHOLE.fullmatch(category)
    assert WHOLE.fullmatch(column)


@pytest.mark.parametrize(("locale", "written"), [("ja_JP", "2026年11月24日"), ("zh_CN", "2026年11月24日")])
def test_redemption_dates_use_the_locale_format(
    qapp: QApplication, locale_of: object, locale: str, written: str
) -> None:
    locale_of(locale)  # type: ignore[operator]
    model = RedemptionsModel()
    moment = datetime(2026, 11, 24, 12, tzinfo=UTC)
    model.set_redemptions([RedemptionItem(1, "Hoodie", 500, RedemptionStatus.REQUESTED, moment, "")])
    assert model.data(model.index(0, Column.REQUESTED)) == formats.date(moment) == written


def test_tier_names_come_from_the_catalogs(qtbot: QtBot, marked: MarkingTranslator) -> None:
    mark = TierMark(Tier.GOLD)
    qtbot.addWidget(mark)
    assert mark.accessibleName() == "«%1 tier»".replace("%1", "«Gold»")
