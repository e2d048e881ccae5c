"""How a referral card on the pipeline board is painted: a rounded card with one line per fact, never clipped.

Each fact (referee, company, who referred them, the deal's value) gets one line elided to the card's width, so every
card's height is known before painting and long names shorten with an ellipsis instead of spilling out. Colours
come from the current theme.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from advocate_hub.core.queries.referral_pipeline import ReferralCard
from advocate_hub.ui import theme
from advocate_hub.ui.widgets import SPACING

_Index = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
"""The core ``ReferralCard`` of a list item."""
GAP = SPACING // 2
"""Space above and below each card inside its row, so cards stand apart."""
PAD = 12
RADIUS = 8


def money(cents: int) -> str:
    return f"{cents / 100:,.2f}" if cents % 100 else f"{cents // 100:,}"


def card_lines(card: ReferralCard) -> list[tuple[str, str]]:
    """The card's lines with their style: ``name``, ``plain``, ``muted`` or ``deal``."""
    lines = [(card.name, "name")]
    if card.company:
        lines.append((card.company, "plain"))
    lines.append((QWidget.tr("Referred by %1").replace("%1", card.referrer_name), "muted"))
    if card.deal_value_cents is not None:
        lines.append((QWidget.tr("Deal: %1").replace("%1", money(card.deal_value_cents)), "deal"))
    return lines


class ReferralCardDelegate(QStyledItemDelegate):
    def _fonts(self, base: QFont) -> dict[str, QFont]:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        caption = theme.font("caption")
        deal = QFont(caption)
        deal.setWeight(QFont.Weight.DemiBold)
        return {"name": bold, "plain": QFont(base), "muted": caption, "deal": deal}

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        card = index.data(CARD_ROLE)
        if not isinstance(card, ReferralCard):
            return super().sizeHint(option, index)
        fonts = self._fonts(option.font)
        height = sum(QFontMetrics(fonts[kind]).height() for _text, kind in card_lines(card))
        return QSize(option.rect.width(), height + 2 * PAD + 2 * GAP + 2 * (len(card_lines(card)) - 1))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, ReferralCard):
            super().paint(painter, option, index)
            return
        colours = theme.current(QApplication.instance())  # type: ignore[arg-type]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        fonts = self._fonts(option.font)
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            box = QRectF(option.rect).adjusted(1, GAP, -1, -GAP)
            edge = QColor(colours.accent if selected else colours.border)
            painter.setPen(QPen(edge, 2 if selected else 1))
            painter.setBrush(QColor(colours.accent_soft if selected and focused else colours.surface))
            painter.drawRoundedRect(box, RADIUS, RADIUS)
            tones = {
                "name": colours.text,
                "plain": colours.text,
                "muted": colours.text_muted,
                "deal": colours.success,
            }
            y = box.top() + PAD
            width = int(box.width()) - 2 * PAD
            for text, kind in card_lines(card):
                metrics = QFontMetrics(fonts[kind])
                painter.setFont(fonts[kind])
                painter.setPen(QColor(tones[kind]))
                line = QRectF(box.left() + PAD, y, width, metrics.height())
                painter.drawText(
                    line,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
                )
                y += metrics.height() + 2
        finally:
            painter.restore()
