"""How one leaderboard cell is painted: tier chips with their SVG mark, tabular numbers, the "you" tag, skeletons.

Colours come from the current theme (``ui.theme``), never from here. Painting is on the scrolling path of a board
of any size, so the per-cell work is kept small: the row comes straight from the model (``shown``, which also asks
for a missing page) rather than through a dozen ``data`` roles, and tier marks (rendered once per tier and pixel
ratio), fonts, colours and chip sizes are cached.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store.leaderboard import BoardRow
from advocate_hub.ui import theme, words
from advocate_hub.ui.models.leaderboard_model import ALIGNMENT, Column, display, shown_name
from advocate_hub.ui.widgets import SPACING, tier_icon

_Index = QModelIndex | QPersistentModelIndex

PAD = 12
"""Text inset from a cell's edges; the header's sections use the same (in ``app.qss``)."""
MARK = 20
CHIP_HEIGHT = 26
SKELETON_HEIGHT = 10
_RANK, _TIER, _NAME, _POINTS = (int(c) for c in Column)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_ALIGN = {int(column): int(alignment) for column, alignment in ALIGNMENT.items()}


class BoardRows(Protocol):
    """What the delegate asks of a board model (both ``LeaderboardModel`` and ``PinnedRowModel`` answer)."""

    def shown(self, number: int) -> BoardRow | None: ...

    def is_me(self, row: BoardRow | None) -> bool: ...


def tabular(font: QFont, *, bold: bool = False) -> QFont:
    """``font`` with tabular figures, so columns of numbers line up digit under digit."""
    result = QFont(font)
    result.setFeature(QFont.Tag("tnum"), 1)
    if bold:
        result.setWeight(QFont.Weight.DemiBold)
    return result


class _Look:
    """The current theme's colours and fonts as Qt objects, made once per theme and base font."""

    def __init__(self, colours: theme.Theme, base: QFont) -> None:
        self.accent = QColor(colours.accent)
        self.accent_soft = QColor(colours.accent_soft)
        self.accent_text = QColor(colours.accent_text)
        self.skeleton = QColor(colours.surface_alt)
        self.caption = theme.font("caption", bold=True)
        self.caption_metrics = QFontMetrics(self.caption)
        self.fonts = {
            "plain": QFont(base),
            "bold": QFont(base),
            "number": tabular(base),
            "number_bold": tabular(base, bold=True),
        }
        self.fonts["bold"].setWeight(QFont.Weight.DemiBold)
        self.metrics = {key: QFontMetrics(font) for key, font in self.fonts.items()}
        self.tints: dict[Tier, tuple[QColor, QColor]] = {}
        for tier, colour in theme.TIER_COLOURS.items():
            tint, edge = QColor(colour), QColor(colour)
            tint.setAlpha(40)
            edge.setAlpha(110)
            self.tints[tier] = (tint, edge)
        self.chip_widths = {
            tier: SPACING + MARK + self.caption_metrics.horizontalAdvance(words.tier_name(tier)) + SPACING + 4
            for tier in Tier
        }
        self.you = QWidget.tr("You")
        self.you_width = self.caption_metrics.horizontalAdvance(self.you) + 2 * SPACING


class BoardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: dict[tuple[Tier, int], QPixmap] = {}
        self._looks: dict[tuple[str, str], _Look] = {}

    def mark(self, tier: Tier, ratio: float) -> QPixmap:
        """The tier's mark at ``MARK`` px for a screen of ``ratio``, rendered from its SVG once."""
        key = (tier, round(ratio * 100))
        pixmap = self._marks.get(key)
        if pixmap is None:
            pixmap = tier_icon(tier).pixmap(QSize(MARK, MARK), ratio)
            self._marks[key] = pixmap
        return pixmap

    def _look(self, font: QFont) -> _Look:
        app = QApplication.instance()
        colours = theme.current(app)  # type: ignore[arg-type]
        key = (colours.name, font.key())
        look = self._looks.get(key)
        if look is None:
            look = self._looks[key] = _Look(colours, font)
        return look

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # Not ``initStyleOption``: everything painted comes from the row itself, which saves eight model calls a cell.
        model: BoardRows = index.model()  # type: ignore[assignment]
        row = model.shown(index.row())
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        look = self._look(option.font)
        painter.save()
        try:
            self._paint_cell(painter, option, index.column(), row, me=model.is_me(row), style=style, look=look)
        finally:
            painter.restore()

    def _paint_cell(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        column: int,
        row: BoardRow | None,
        *,
        me: bool,
        style: QStyle,
        look: _Look,
    ) -> None:
        rect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if me and not selected:
            painter.fillRect(rect, look.accent_soft)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        if row is None:
            self._skeleton(painter, rect, column, look.skeleton)
            return
        text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if column == _TIER:
            self._chip(painter, rect, row.tier, text_colour, look)
        elif column == _NAME:
            self._name(painter, rect, shown_name(row), text_colour, me=me, look=look)
        else:
            if me and column == _RANK:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(look.accent)
                painter.drawRoundedRect(QRectF(rect.left() + 4, rect.top() + SPACING, 4, rect.height() - 16), 2, 2)
            podium = column == _RANK and row.rank <= 3
            muted = column == _RANK and not podium and not me
            bold = column == _POINTS or podium or me
            painter.setFont(look.fonts["number_bold" if bold else "number"])
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText) if muted else text_colour)
            painter.drawText(rect.adjusted(PAD, 0, -PAD, 0), _ALIGN[column], display(row, Column(column)))

    def _name(self, painter: QPainter, rect: QRect, name: str, colour: QColor, *, me: bool, look: _Look) -> None:
        key = "bold" if me else "plain"
        painter.setFont(look.fonts[key])
        metrics = look.metrics[key]
        area = rect.adjusted(PAD, 0, -PAD, 0)
        room = area.width() - (look.you_width + SPACING if me else 0)
        text = (
            name
            if metrics.horizontalAdvance(name) <= room
            else metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(0, room))
        )
        painter.setPen(colour)
        painter.drawText(area, _LEFT, text)
        if not me:
            return
        left = area.left() + metrics.horizontalAdvance(text) + SPACING
        pill = QRectF(left, area.center().y() - 10, look.you_width, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.accent)
        painter.drawRoundedRect(pill, 10, 10)
        painter.setFont(look.caption)
        painter.setPen(look.accent_text)
        painter.drawText(pill, _CENTRE, look.you)

    def _chip(self, painter: QPainter, rect: QRect, tier: Tier, text_colour: QColor, look: _Look) -> None:
        top = rect.center().y() - CHIP_HEIGHT // 2 + 1
        chip = QRectF(rect.left() + PAD - SPACING // 2, top, look.chip_widths[tier], CHIP_HEIGHT)
        tint, edge = look.tints[tier]
        painter.setPen(edge)
        painter.setBrush(tint)
        painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        mark_left = int(chip.left()) + SPACING // 2
        painter.drawPixmap(QRect(mark_left, int(chip.center().y() - MARK / 2), MARK, MARK), self.mark(tier, ratio))
        painter.setFont(look.caption)
        painter.setPen(text_colour)
        painter.drawText(chip.adjusted(SPACING + MARK, 0, 0, 0), _LEFT, words.tier_name(tier))

    def _skeleton(self, painter: QPainter, rect: QRect, column: int, colour: QColor) -> None:
        """A soft bar where text will be, so a loading page reads as "coming" rather than as empty."""
        if column == _NAME:
            width = int(rect.width() * 0.45)
            left = rect.left() + PAD
        else:
            width = {_RANK: 28, _TIER: 84, _POINTS: 56}[column]
            left = {
                _RANK: rect.center().x() - width // 2,
                _TIER: rect.left() + PAD,
                _POINTS: rect.right() - PAD - width,
            }[column]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        bar = QRectF(left, rect.center().y() - SKELETON_HEIGHT / 2, width, SKELETON_HEIGHT)
        painter.drawRoundedRect(bar, SKELETON_HEIGHT / 2, SKELETON_HEIGHT / 2)
