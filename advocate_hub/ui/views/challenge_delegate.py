"""The Challenges list's rows, painted as small cards: kind icon, title, kind and deadline, points, state chip."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from advocate_hub.core.queries.challenges import ChallengeState
from advocate_hub.ui import formats, theme
from advocate_hub.ui.models.challenges_model import STATE_TONES, Role
from advocate_hub.ui.widgets import SPACING

ROW_HEIGHT = 10 * SPACING
_Index = QModelIndex | QPersistentModelIndex


def _tone_colour(palette: theme.Theme, tone: str) -> QColor:
    return QColor(
        {
            "accent": palette.accent,
            "success": palette.success,
            "warning": palette.warning,
            "danger": palette.danger,
            "info": palette.focus,
        }.get(tone, palette.text_muted)
    )


class ChallengeDelegate(QStyledItemDelegate):
    """Paints a row as a small card: kind icon, title, kind and deadline, points, and a state chip."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(max(option.rect.width(), 40 * SPACING), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        app = QApplication.instance()
        palette = theme.current(app) if isinstance(app, QApplication) else theme.LIGHT
        state = ChallengeState(index.data(Role.STATE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        dimmed = state in {ChallengeState.LOCKED, ChallengeState.EXPIRED, ChallengeState.UPCOMING}

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(SPACING // 2, SPACING // 2, -SPACING // 2, -SPACING // 2))
        path = QPainterPath()
        path.addRoundedRect(card, 10, 10)
        fill = palette.accent_soft if selected else palette.surface_alt if hovered else palette.surface
        painter.fillPath(path, QColor(fill))
        edge = palette.focus if focused and selected else palette.accent if selected else palette.border
        painter.setPen(QPen(QColor(edge), 2 if selected else 1))
        painter.drawPath(path)

        disc = QRectF(card.left() + 2 * SPACING, card.center().y() - 20, 40, 40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.surface_alt if dimmed or selected else palette.accent_soft))
        painter.drawEllipse(disc)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, disc.adjusted(9, 9, -9, -9).toRect())

        body = QApplication.font()
        caption = theme.font("caption")
        strong = QFont(body)
        strong.setWeight(QFont.Weight.DemiBold)
        chip_font = theme.font("caption", bold=True)

        points_text = formats.signed(index.data(Role.POINTS))
        chip_text = str(index.data(Role.STATE_TEXT))
        chip_metrics = QFontMetrics(chip_font)
        chip_width = chip_metrics.horizontalAdvance(chip_text) + 2 * 10
        points_width = QFontMetrics(strong).horizontalAdvance(points_text)
        right_width = max(chip_width, points_width)
        right = card.right() - 2 * SPACING
        text_left = disc.right() + 2 * SPACING
        text_width = max(0.0, right - right_width - 2 * SPACING - text_left)

        painter.setPen(QColor(palette.text_muted if dimmed else palette.text))
        painter.setFont(strong)
        title = QFontMetrics(strong).elidedText(
            str(index.data(Role.TITLE)), Qt.TextElideMode.ElideRight, int(text_width)
        )
        top = QRectF(text_left, card.top() + 1.5 * SPACING, text_width, card.height() / 2 - 1.5 * SPACING)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(caption)
        painter.setPen(QColor(palette.text_muted))
        subtitle = QFontMetrics(caption).elidedText(
            str(index.data(Role.SUBTITLE)), Qt.TextElideMode.ElideRight, int(text_width)
        )
        bottom = QRectF(text_left, card.center().y() + 2, text_width, card.height() / 2 - 1.5 * SPACING)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, subtitle)

        painter.setFont(strong)
        painter.setPen(QColor(palette.text_muted if dimmed else palette.text))
        painter.drawText(
            QRectF(right - right_width, top.top(), right_width, top.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            points_text,
        )
        tone = _tone_colour(palette, STATE_TONES[state])
        chip = QRectF(right - chip_width, card.center().y() + 2, chip_width, chip_metrics.height() + 4)
        background = QColor(tone)
        background.setAlphaF(0.14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setFont(chip_font)
        painter.setPen(tone)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)
        painter.restore()
