"""The referral board: a card moves by keyboard (Ctrl+M and a letter) and by drag and drop; Won asks for a value."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from advocate_hub.core.domain.enums import ReferralStage
from advocate_hub.core.store.models import AuditEntry, Referral
from advocate_hub.ui.views.referral_board import DealValueDialog, ReferralBoardPage, StageList
from tests.ui.conftest import MODERATOR_EMAIL

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest

S = ReferralStage


def stored(hub: AppUnderTest, referral_id: int) -> tuple[ReferralStage, int | None]:
    return hub.program.read(
        lambda s: tuple(
            s.execute(select(Referral.stage, Referral.deal_value_cents).where(Referral.id == referral_id)).one()
        )
    )


def drag(target: StageList, source: StageList, row: int, *, drop: bool) -> bool:
    """Drag ``source``'s card at ``row`` over ``target`` (and drop it there); whether ``target`` accepted it."""
    data = source.mimeData([source.item(row)])
    centre = QPointF(target.viewport().rect().center())
    actions = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(
        QPoint(int(centre.x()), int(centre.y())),
        actions,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target.viewport(), enter)
    if not enter.isAccepted() or not drop:
        return enter.isAccepted()
    event = QDropEvent(centre, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target.viewport(), event)
    return event.isAccepted()


def test_move_by_keyboard_to_won_with_a_value_and_by_drag_and_drop(
    hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []
    monkeypatch.setattr(
        DealValueDialog, "ask", classmethod(lambda cls, card, parent=None: asked.append(card.id) or 1_234_550)
    )
    hub.sign_in(MODERATOR_EMAIL)
    hub.window.show_screen("referrals")
    hub.settle()
    page = hub.window.screens["referrals"].page
    assert isinstance(page, ReferralBoardPage)
    won_before = page.data.won_value_cents
    counts = {column.stage: column.count for column in page.data.columns}
    assert page.columns[S.WON].count.text() == str(counts[S.WON])

    # Building the board while the window is shown leaves the offscreen platform without an active window, and
    # window-scoped shortcuts need one (a desktop's window manager keeps the window active).
    hub.window.activateWindow()
    hub.qtbot.waitUntil(lambda: QApplication.activeWindow() is hub.window)
    qualified = page.data.column(S.QUALIFIED).cards[0]
    page.select(qualified.id)
    assert not page.move_actions[S.SUBMITTED].isEnabled()
    assert page.move_actions[S.WON].isEnabled()

    hub.qtbot.keyClick(
        page.columns[S.QUALIFIED].list,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    hub.settle()

    assert asked == [qualified.id]
    assert stored(hub, qualified.id) == (S.WON, 1_234_550)
    assert qualified.id in [card.id for card in page.data.column(S.WON).cards]
    assert page.data.won_value_cents == won_before + 1_234_550
    assert page.columns[S.WON].count.text() == str(counts[S.WON] + 1)
    assert page.selected_card().id == qualified.id
    audit = hub.program.read(
        lambda s: s.scalars(
            select(AuditEntry.after)
            .where(AuditEntry.action == "referral.move", AuditEntry.target_id == qualified.id)
            .order_by(AuditEntry.id.desc())
        ).first()
    )
    assert audit == {"stage": "won", "deal_value_cents": 1_234_550}

    submitted_list = page.columns[S.SUBMITTED].list
    card = submitted_list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert not drag(page.columns[S.WON].list, submitted_list, 0, drop=False)
    assert drag(page.columns[S.CONTACTED].list, submitted_list, 0, drop=True)
    hub.settle()

    assert stored(hub, card.id) == (S.CONTACTED, None)
    assert card.id in [c.id for c in page.data.column(S.CONTACTED).cards]
    assert card.id not in [c.id for c in page.data.column(S.SUBMITTED).cards]
    assert asked == [qualified.id]
    assert "moved to Contacted" in page.message.text()
