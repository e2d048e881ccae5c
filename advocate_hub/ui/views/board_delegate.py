"""How one leaderboard cell is painted: tier chips with their SVG mark, tabular numbers, the "you" tag, skeletons.

Colours come from the current theme (``ui.theme``), never from here; tier marks are rendered once per tier and
device pixel ratio and then reused, so scrolling a long board never re-renders an SVG.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from advocate_hub.core.domain.tiers import Tier
from advocate_hub.ui import theme
from advocate_hub.ui.models.leaderboard_model import BoardRole, Column
from advocate_hub.ui.widgets import SPACING, tier_icon

_Index = QModelIndex | QPersistentModelIndex

PAD = 12
"""Text inset from a cell's edges; the header's sections use the same (in ``app.qss``)."""
MARK = 20
CHIP_HEIGHT = 26


def tabular(font: QFont, *, bold: bool = False) -> QFont:
    """``font`` with tabular figures, so columns of numbers line up digit under digit."""
    result = QFont(font)
    result.setFeature(QFont.Tag("tnum"), 1)
    if bold:
        result.setWeight(QFont.Weight.DemiBold)
    return result


class BoardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: dict[tuple[Tier, int], QPixmap] = {}

    def mark(self, tier: Tier, ratio: float) -> QPixmap:
        """The tier's mark at ``MARK`` px for a screen of ``ratio``, rendered from its SVG once."""
        key = (tier, round(ratio * 100))
        pixmap = self._marks.get(key)
        if pixmap is None:
            pixmap = tier_icon(tier).pixmap(QSize(MARK, MARK), ratio)
            self._marks[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # Not ``initStyleOption``: everything painted is asked for by role, which saves eight model calls a cell.
        opt = QStyleOptionViewItem(option)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        colours = theme.current(QApplication.instance())  # type: ignore[arg-type]
        painter.save()
        try:
            self._paint_cell(painter, opt, index, style, colours)
        finally:
            painter.restore()

    def _paint_cell(
        self, painter: QPainter, opt: QStyleOptionViewItem, index: _Index, style: QStyle, colours: theme.Theme
    ) -> None:
        widget = opt.widget
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        column = Column(index.column())
        me = bool(index.data(BoardRole.IS_ME))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if me and not selected:
            painter.fillRect(opt.rect, QColor(colours.accent_soft))
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        if me and column is Column.RANK:
            bar = QRectF(opt.rect.left() + SPACING // 2, opt.rect.top() + SPACING, 4, opt.rect.height() - 2 * SPACING)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.accent))
            painter.drawRoundedRect(bar, 2, 2)
        text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if not index.data(BoardRole.LOADED):
            self._skeleton(painter, opt.rect, column, index.row(), QColor(colours.surface_alt))
        elif column is Column.TIER:
            self._chip(painter, opt, Tier(index.data(BoardRole.TIER)), text_colour)
        elif column is Column.NAME:
            self._name(painter, opt, index.data(Qt.ItemDataRole.DisplayRole), me=me, colours=colours)
        else:
            rank = int(index.data(BoardRole.RANK))
            podium = column is Column.RANK and rank <= 3
            muted = column is Column.RANK and not podium and not me
            painter.setFont(tabular(opt.font, bold=column is Column.POINTS or podium or me))
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText) if muted else text_colour)
            painter.drawText(
                opt.rect.adjusted(PAD, 0, -PAD, 0),
                int(index.data(Qt.ItemDataRole.TextAlignmentRole)),
                index.data(Qt.ItemDataRole.DisplayRole),
            )

    def _name(self, painter: QPainter, opt: QStyleOptionViewItem, name: str, *, me: bool, colours: theme.Theme) -> None:
        font = QFont(opt.font)
        if me:
            font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        area = opt.rect.adjusted(PAD, 0, -PAD, 0)
        tag = QWidget.tr("You") if me else ""
        tag_font = theme.font("caption", bold=True)
        tag_width = QFontMetrics(tag_font).horizontalAdvance(tag) + 2 * SPACING if tag else 0
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(0, area.width() - tag_width - SPACING))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        if not tag:
            return
        left = area.left() + metrics.horizontalAdvance(text) + SPACING
        pill = QRectF(left, area.center().y() - 10, tag_width, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.accent))
        painter.drawRoundedRect(pill, 10, 10)
        painter.setFont(tag_font)
        painter.setPen(QColor(colours.accent_text))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), tag)

    def _chip(self, painter: QPainter, opt: QStyleOptionViewItem, tier: Tier, text_colour: QColor) -> None:
        font = theme.font("caption", bold=True)
        label = tier.label
        width = SPACING // 2 + MARK + SPACING // 2 + QFontMetrics(font).horizontalAdvance(label) + SPACING + 4
        top = opt.rect.center().y() - CHIP_HEIGHT // 2 + 1
        chip = QRectF(opt.rect.left() + PAD - SPACING // 2, top, width, CHIP_HEIGHT)
        tint = QColor(theme.TIER_COLOURS[tier])
        edge = QColor(tint)
        tint.setAlpha(40)
        edge.setAlpha(110)
        painter.setPen(edge)
        painter.setBrush(tint)
        painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        mark_left = int(chip.left()) + SPACING // 2
        painter.drawPixmap(QRect(mark_left, int(chip.center().y() - MARK / 2), MARK, MARK), self.mark(tier, ratio))
        painter.setFont(font)
        painter.setPen(text_colour)
        text_rect = chip.adjusted(SPACING // 2 + MARK + SPACING // 2, 0, 0, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)

    def _skeleton(self, painter: QPainter, rect: QRect, column: Column, row: int, colour: QColor) -> None:
        """A soft bar where text will be, so a loading page reads as "coming" rather than as empty."""
        widths = {Column.RANK: 28, Column.TIER: 84, Column.POINTS: 56}
        width = widths.get(column) or int(rect.width() * (0.35 + (row * 37 % 25) / 100))
        height = 10
        top = rect.center().y() - height / 2
        if column is Column.POINTS:
            left = rect.right() - PAD - width
        elif column is Column.RANK:
            left = rect.center().x() - width / 2
        else:
            left = rect.left() + PAD
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(left, top, width, height), height / 2, height / 2)
