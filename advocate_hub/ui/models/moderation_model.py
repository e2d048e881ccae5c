"""The moderation queue as a list model, fetched a page at a time, and the painter of its rows.

The model holds the core's ``QueueItem`` rows already loaded and asks for the next page (through a callback the
page wires to the controller) only when the view scrolls to the end, so a long queue opens at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from advocate_hub.core.queries.moderation import QueueItem, QueuePage
from advocate_hub.ui import formats, icons, theme
from advocate_hub.ui.widgets import SPACING

_Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The core ``QueueItem`` of a row."""
ROW_HEIGHT = 9 * SPACING
LONG_WAIT = timedelta(hours=48)
"""A submission waiting this long is shown in the warning colour."""


def wait_text(age: timedelta) -> str:
    """A wait as a person says it: "just now", "5 h", "3 d"."""
    hours = int(age.total_seconds() // 3600)
    if hours < 1:
        return QCoreApplication.translate("ModerationModel", "just now")
    if hours < 48:
        return QCoreApplication.translate("ModerationModel", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("ModerationModel", "%1 d").replace("%1", str(hours // 24))


class ModerationModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueItem] = []
        self.total = 0
        self.fetch_more: Callable[[int], None] | None = None
        """Asks for the page starting at the given offset; its answer comes back through ``append``."""
        self._fetching = False

    def set_page(self, page: QueuePage) -> None:
        self.beginResetModel()
        self._rows = list(page.items)
        self.total = page.total
        self._fetching = False
        self.endResetModel()

    def append(self, page: QueuePage, offset: int) -> None:
        self._fetching = False
        if offset != len(self._rows):
            return
        known = {row.submission_id for row in self._rows}
        fresh = [item for item in page.items if item.submission_id not in known]
        self.total = page.total
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    def remove(self, submission_ids: set[int]) -> None:
        """Take decided submissions out at once, before the reload confirms it."""
        for row in reversed(range(len(self._rows))):
            if self._rows[row].submission_id in submission_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.total = max(0, self.total - 1)
                self.endRemoveRows()

    def items(self) -> list[QueueItem]:
        return list(self._rows)

    def item(self, row: int) -> QueueItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, submission_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.submission_id == submission_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self.total

    def fetchMore(self, parent: _Index) -> None:
        if self.fetch_more is not None and self.canFetchMore(parent):
            self._fetching = True
            self.fetch_more(len(self._rows))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.advocate_name}: {item.challenge_title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                QCoreApplication.translate("ModerationModel", "%1, %2, waiting %3")
                .replace("%1", item.advocate_name)
                .replace("%2", item.challenge_title)
                .replace("%3", wait_text(item.age))
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.kind_icon(item.challenge_kind)
        return None


class QueueDelegate(QStyledItemDelegate):
    """Paints a queued submission as a small card: kind icon, advocate, challenge, points and how long it waits."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(max(option.rect.width(), 32 * SPACING), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = index.data(ITEM_ROLE)
        if not isinstance(item, QueueItem):
            return
        app = QApplication.instance()
        palette = theme.current(app) if isinstance(app, QApplication) else theme.LIGHT
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(SPACING // 2, SPACING // 2, -SPACING // 2, -SPACING // 2))
        path = QPainterPath()
        path.addRoundedRect(card, 10, 10)
        fill = palette.accent_soft if selected else palette.surface_alt if hovered else palette.surface
        painter.fillPath(path, QColor(fill))
        edge = palette.focus if focused else palette.accent if selected else palette.border
        painter.setPen(QPen(QColor(edge), 2 if selected or focused else 1))
        painter.drawPath(path)

        disc = QRectF(card.left() + 2 * SPACING, card.center().y() - 18, 36, 36)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.surface if selected else palette.accent_soft))
        painter.drawEllipse(disc)
        icons.kind_icon(item.challenge_kind).paint(painter, disc.adjusted(8, 8, -8, -8).toRect())

        strong = QFont(QApplication.font())
        strong.setWeight(QFont.Weight.DemiBold)
        caption = theme.font("caption")
        chip_font = theme.font("caption", bold=True)
        wait = wait_text(item.age)
        chip_metrics = QFontMetrics(chip_font)
        chip_width = chip_metrics.horizontalAdvance(wait) + 2 * 10
        points = formats.signed(item.challenge_points)
        right_width = max(chip_width, QFontMetrics(strong).horizontalAdvance(points))
        right = card.right() - 2 * SPACING
        text_left = disc.right() + 2 * SPACING
        text_width = max(0.0, right - right_width - 2 * SPACING - text_left)

        top = QRectF(text_left, card.top() + SPACING, text_width, card.height() / 2 - SPACING)
        painter.setFont(strong)
        painter.setPen(QColor(palette.text))
        name = QFontMetrics(strong).elidedText(item.advocate_name, Qt.TextElideMode.ElideRight, int(text_width))
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, name)
        bottom = QRectF(text_left, card.center().y() + 2, text_width, card.height() / 2 - SPACING)
        painter.setFont(caption)
        painter.setPen(QColor(palette.text_muted))
        title = QFontMetrics(caption).elidedText(item.challenge_title, Qt.TextElideMode.ElideRight, int(text_width))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)

        painter.setFont(strong)
        painter.setPen(QColor(palette.text))
        painter.drawText(
            QRectF(right - right_width, top.top(), right_width, top.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            points,
        )
        tone = QColor(palette.warning if item.age >= LONG_WAIT else palette.text_muted)
        chip = QRectF(right - chip_width, card.center().y() + 2, chip_width, chip_metrics.height() + 4)
        background = QColor(tone)
        background.setAlphaF(0.14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setFont(chip_font)
        painter.setPen(tone)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, wait)
        painter.restore()
