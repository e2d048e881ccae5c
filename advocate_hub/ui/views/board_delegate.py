"""How one leaderboard cell is painted: tier chips with their SVG mark, tabular numbers, the "you" tag, skeletons.

Colours come from the current theme (``ui.theme``), never from here. Painting is the GUI thread's work on the
scrolling path of a board of any size: a jump shows a screenful of new rows, painted once as skeletons and once
when their page arrives, so every cell is kept to a few Qt calls. The row comes straight from the model
(``shown``, which also asks for a missing page) rather than through a dozen ``data`` roles; fonts, metrics and
colours are made once per theme and base font; and everything that looks the same on many rows (a tier's chip
with its mark and name, a column's skeleton bar) is rendered once into a pixmap and blitted, instead of
antialiased rounded rectangles and text laid out again on every cell. The style's item panel is drawn only
under a selected row: for any other row it draws nothing.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store.leaderboard import BoardRow
from advocate_hub.ui import formats, theme, words
from advocate_hub.ui.models.leaderboard_model import ALIGNMENT, Column, shown_name
from advocate_hub.ui.widgets import SPACING, tier_icon

_Index = QModelIndex | QPersistentModelIndex

PAD = 12
"""Text inset from a cell's edges; the header's sections use the same (in ``app.qss``)."""
MARK = 20
CHIP_HEIGHT = 26
SKELETON_HEIGHT = 10
SKELETON_WIDTHS = {int(Column.RANK): 28, int(Column.TIER): 84, int(Column.POINTS): 56}
"""The skeleton bar's width per column; the name's is a share of the column (``NAME_SKELETON``)."""
NAME_SKELETON = 0.45
THEME_PROPERTY = "advocate_hub_theme"
"""The application property ``theme.apply`` names the current theme in."""
_RANK, _TIER, _NAME, _POINTS = (int(c) for c in Column)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_ALIGN = {int(column): alignment for column, alignment in ALIGNMENT.items()}
_SELECTED = QStyle.StateFlag.State_Selected
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_MUTED = QPalette.ColorRole.PlaceholderText
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_ELIDE = Qt.TextElideMode.ElideRight


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


def _canvas(width: int, height: int, ratio: float) -> QPixmap:
    """A transparent pixmap of ``width`` x ``height`` logical pixels for a screen of ``ratio``."""
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


class _Look:
    """The current theme's colours and fonts as Qt objects, made once per theme and base font, with the pixmaps
    painted from them (chips, skeleton bars), which therefore go when the theme or the font changes."""

    def __init__(self, colours: theme.Theme, base: QFont) -> None:
        self.accent = QColor(colours.accent)
        self.accent_soft = QColor(colours.accent_soft)
        self.accent_text = QColor(colours.accent_text)
        self.skeleton = QColor(colours.surface_alt)
        self.caption = theme.font("caption", bold=True)
        self.caption_metrics = QFontMetrics(self.caption)
        self.plain = QFont(base)
        self.bold = QFont(base)
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.number = tabular(base)
        self.number_bold = tabular(base, bold=True)
        self.plain_metrics = QFontMetrics(self.plain)
        self.bold_metrics = QFontMetrics(self.bold)
        self.widest = {False: self.plain_metrics.maxWidth(), True: self.bold_metrics.maxWidth()}
        """The widest character of each name font: a name no longer than room // widest fits unmeasured."""
        self.tints: dict[Tier, tuple[QColor, QColor]] = {}
        for tier, colour in theme.TIER_COLOURS.items():
            tint, edge = QColor(colour), QColor(colour)
            tint.setAlpha(40)
            edge.setAlpha(110)
            self.tints[tier] = (tint, edge)
        self.tier_names = {tier: words.tier_name(tier) for tier in Tier}
        self.chip_widths = {
            tier: SPACING + MARK + self.caption_metrics.horizontalAdvance(name) + SPACING + 4
            for tier, name in self.tier_names.items()
        }
        self.you = QWidget.tr("You")
        self.you_width = self.caption_metrics.horizontalAdvance(self.you) + 2 * SPACING
        self.chips: dict[tuple[Tier, float, int], QPixmap] = {}
        self.bars: dict[tuple[int, float], QPixmap] = {}


class BoardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: dict[tuple[Tier, int], QPixmap] = {}
        self._looks: dict[tuple[str, str], _Look] = {}
        self._current: tuple[str, QFont, _Look] | None = None

    def mark(self, tier: Tier, ratio: float) -> QPixmap:
        """The tier's mark at ``MARK`` px for a screen of ``ratio``, rendered from its SVG once."""
        key = (tier, round(ratio * 100))
        pixmap = self._marks.get(key)
        if pixmap is None:
            pixmap = tier_icon(tier).pixmap(QSize(MARK, MARK), ratio)
            self._marks[key] = pixmap
        return pixmap

    def _look(self, font: QFont) -> _Look:
        """The look for ``font`` in the current theme: the last one unless the theme or the font changed."""
        app = QApplication.instance()
        name = str(app.property(THEME_PROPERTY) or "") if app is not None else ""
        current = self._current
        if current is not None and current[0] == name and current[1] == font:
            return current[2]
        key = (name, font.key())
        look = self._looks.get(key)
        if look is None:
            look = self._looks[key] = _Look(theme.current(app), font)  # type: ignore[arg-type]
        self._current = (name, QFont(font), look)
        return look

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # Not ``initStyleOption``: everything painted comes from the row itself, which saves eight model calls a cell.
        model: BoardRows = index.model()  # type: ignore[assignment]
        row = model.shown(index.row())
        column = index.column()
        look = self._look(option.font)
        rect = option.rect
        selected = bool(option.state & _SELECTED)
        me = model.is_me(row)
        painter.save()
        try:
            if me and not selected:
                painter.fillRect(rect, look.accent_soft)
            if selected:
                widget = option.widget
                style = widget.style() if widget is not None else QApplication.style()
                style.drawPrimitive(_PANEL, option, painter, widget)
            if row is None:
                self._skeleton(painter, rect, column, look)
                return
            text_colour = option.palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT)
            if column == _TIER:
                self._chip(painter, rect, row.tier, text_colour, look)
            elif column == _NAME:
                self._name(painter, rect, shown_name(row), text_colour, me=me, look=look)
            else:
                self._number(painter, option, column, row, text_colour, me=me, look=look)
        finally:
            painter.restore()

    def _number(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        column: int,
        row: BoardRow,
        colour: QColor,
        *,
        me: bool,
        look: _Look,
    ) -> None:
        rect = option.rect
        if me and column == _RANK:
            painter.setRenderHint(_ANTIALIASING)
            painter.setPen(_NO_PEN)
            painter.setBrush(look.accent)
            painter.drawRoundedRect(QRectF(rect.left() + 4, rect.top() + SPACING, 4, rect.height() - 16), 2, 2)
        podium = column == _RANK and row.rank <= 3
        muted = column == _RANK and not podium and not me
        bold = column == _POINTS or podium or me
        painter.setFont(look.number_bold if bold else look.number)
        painter.setPen(option.palette.color(_MUTED) if muted else colour)
        value = row.rank if column == _RANK else row.points
        painter.drawText(rect.adjusted(PAD, 0, -PAD, 0), _ALIGN[column], formats.number(value))

    def _name(self, painter: QPainter, rect: QRect, name: str, colour: QColor, *, me: bool, look: _Look) -> None:
        painter.setFont(look.bold if me else look.plain)
        metrics = look.bold_metrics if me else look.plain_metrics
        area = rect.adjusted(PAD, 0, -PAD, 0)
        room = area.width() - (look.you_width + SPACING if me else 0)
        fits = len(name) * look.widest[me] <= room or metrics.horizontalAdvance(name) <= room
        text = name if fits else metrics.elidedText(name, _ELIDE, max(0, room))
        painter.setPen(colour)
        painter.drawText(area, _LEFT, text)
        if not me:
            return
        painter.setRenderHint(_ANTIALIASING)
        left = area.left() + metrics.horizontalAdvance(text) + SPACING
        pill = QRectF(left, area.center().y() - 10, look.you_width, 20)
        painter.setPen(_NO_PEN)
        painter.setBrush(look.accent)
        painter.drawRoundedRect(pill, 10, 10)
        painter.setFont(look.caption)
        painter.setPen(look.accent_text)
        painter.drawText(pill, _CENTRE, look.you)

    def _chip(self, painter: QPainter, rect: QRect, tier: Tier, text_colour: QColor, look: _Look) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (tier, ratio, text_colour.rgba())
        chip = look.chips.get(key)
        if chip is None:
            chip = look.chips[key] = self._render_chip(tier, ratio, text_colour, look)
        top = rect.center().y() - CHIP_HEIGHT // 2 + 1
        painter.drawPixmap(rect.left() + PAD - SPACING // 2, top, chip)

    def _render_chip(self, tier: Tier, ratio: float, text_colour: QColor, look: _Look) -> QPixmap:
        """The tier's chip (tinted pill, mark, name) as one pixmap, drawn once per tier, text colour and screen."""
        width = look.chip_widths[tier]
        pixmap = _canvas(width, CHIP_HEIGHT, ratio)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(_ANTIALIASING)
            chip = QRectF(0, 0, width, CHIP_HEIGHT)
            tint, edge = look.tints[tier]
            painter.setPen(edge)
            painter.setBrush(tint)
            painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
            mark_top = int(chip.center().y() - MARK / 2)
            painter.drawPixmap(QRect(SPACING // 2, mark_top, MARK, MARK), self.mark(tier, ratio))
            painter.setFont(look.caption)
            painter.setPen(text_colour)
            painter.drawText(chip.adjusted(SPACING + MARK, 0, 0, 0), _LEFT, look.tier_names[tier])
        finally:
            painter.end()
        return pixmap

    def _skeleton(self, painter: QPainter, rect: QRect, column: int, look: _Look) -> None:
        """A soft bar where text will be, so a loading page reads as "coming" rather than as empty."""
        width = int(rect.width() * NAME_SKELETON) if column == _NAME else SKELETON_WIDTHS[column]
        if column == _RANK:
            left = rect.center().x() - width // 2
        elif column == _POINTS:
            left = rect.right() - PAD - width
        else:
            left = rect.left() + PAD
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        bar = look.bars.get((width, ratio))
        if bar is None:
            bar = look.bars[(width, ratio)] = self._render_bar(width, ratio, look.skeleton)
        painter.drawPixmap(left, rect.center().y() - SKELETON_HEIGHT // 2, bar)

    @staticmethod
    def _render_bar(width: int, ratio: float, colour: QColor) -> QPixmap:
        pixmap = _canvas(width, SKELETON_HEIGHT, ratio)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(_ANTIALIASING)
            painter.setPen(_NO_PEN)
            painter.setBrush(colour)
            radius = SKELETON_HEIGHT / 2
            painter.drawRoundedRect(QRectF(0, 0, width, SKELETON_HEIGHT), radius, radius)
        finally:
            painter.end()
        return pixmap
