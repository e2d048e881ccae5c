"""Feedback moments are worded by the screens, so a toast reads in the advocate's language, not the core's English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from advocate_hub.core.domain.enums import SubmissionStatus
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.pulse import Decision, Pulse, news
from advocate_hub.ui.toast import Toast


class Bracketing(QTranslator):
    """A stand-in language that marks every string it was asked for: «text»."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return f"«{source}»"


@pytest.fixture
def bracketing(qapp: QCoreApplication) -> Iterator[None]:
    translator = Bracketing()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def shown(qtbot: QtBot, before: Pulse, after: Pulse) -> list[tuple[str, str]]:
    host = QWidget()
    qtbot.addWidget(host)
    toast = Toast(host)
    seen = []
    for notice in news(before, after):
        toast.show_notice(notice)
        seen.append((toast.title.text(), toast.text.text()))
        toast.mousePressEvent(None)
    return seen


def pulse(*, balance: int = 0, lifetime: int = 0, tier: Tier = Tier.SILVER, **extra: object) -> Pulse:
    return Pulse(balance, lifetime, tier, frozenset(extra.get("badges", ())), dict(extra.get("decisions", {})))


@pytest.mark.usefixtures("bracketing")
def test_points_and_a_new_tier_are_worded_in_the_readers_language(qtbot: QtBot) -> None:
    seen = shown(qtbot, pulse(balance=100, lifetime=1_900), pulse(balance=350, lifetime=2_150, tier=Tier.GOLD))

    assert seen == [
        ("«You reached %1!»".replace("%1", "«Gold»"), "«New challenges and rewards are open.»"),
        ("«%1 points»".replace("%1", "+250"), "«Your balance is now %1.»".replace("%1", "350")),
    ]


@pytest.mark.usefixtures("bracketing")
def test_a_decision_and_a_badge_keep_their_names_inside_translated_words(qtbot: QtBot) -> None:
    before = pulse(decisions={7: Decision(SubmissionStatus.PENDING, "Write a review", "")})
    after = pulse(
        badges={"First steps"}, decisions={7: Decision(SubmissionStatus.REJECTED, "Write a review", "No link.")}
    )

    assert shown(qtbot, before, after) == [
        ("«Badge unlocked»", "First steps"),
        ("«Not approved: %1»".replace("%1", "Write a review"), "No link."),
    ]
