"""A layout that lays its widgets out in rows and starts a new row when the width runs out.

A bar of filters in a grid or a box needs the width of all its filters side by side, in the longest language: that
width squeezes whatever shares the window (the Advocates roster's names) or makes the page scroll sideways. In a
flow the bar needs only its widest filter and grows a row instead. Rows are balanced (as even as the fewest rows
allow, so no filter is left alone on a last row) and, when ``justify`` is set, share their spare width among their
items by stretch so every row ends flush with the bar's edges.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8, justify: bool = True) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}
        self._justify = justify
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def add(self, widget: QWidget, stretch: int = 1) -> None:
        """Add ``widget``; a justified row gives it ``stretch`` shares of its spare width."""
        self.addWidget(widget)
        self._stretch[id(self._items[-1])] = stretch

    # QLayout

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Every item on one row."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """The widest item: every other one can move to a row of its own."""
        shown = self._shown()
        width = max((item.sizeHint().width() for item in shown), default=0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    # Arranging

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return QSize(size.width() + margins.left() + margins.right(), size.height() + margins.top() + margins.bottom())

    def _rows(self, widths: list[int], limit: int) -> list[list[int]]:
        """Indexes of ``widths`` packed greedily into rows no wider than ``limit`` (an item wider than it alone)."""
        rows: list[list[int]] = []
        used = 0
        for index, width in enumerate(widths):
            if rows and used + self.spacing() + width <= limit:
                rows[-1].append(index)
                used += self.spacing() + width
            else:
                rows.append([index])
                used = width
        return rows

    def _balanced(self, widths: list[int], available: int) -> list[list[int]]:
        """The fewest rows that fit, with the narrowest limit that still needs no more of them: rows as even as
        they can be, in order."""
        fewest = len(self._rows(widths, available))
        low = max(widths)
        high = max(available, low)
        while low < high:
            middle = (low + high) // 2
            if len(self._rows(widths, middle)) <= fewest:
                high = middle
            else:
                low = middle + 1
        return self._rows(widths, low)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in ``rect`` (or only measure), returning the height they take."""
        shown = self._shown()
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        if not shown:
            return margins.top() + margins.bottom()
        hints = [item.sizeHint() for item in shown]
        y = area.y()
        for number, row in enumerate(self._balanced([hint.width() for hint in hints], area.width())):
            if number:
                y += self.spacing()
            height = max(hints[index].height() for index in row)
            if place:
                self._place([(shown[index], hints[index]) for index in row], QRect(area.x(), y, area.width(), height))
            y += height
        return y - area.y() + margins.top() + margins.bottom()

    def _place(self, row: list[tuple[QLayoutItem, QSize]], line: QRect) -> None:
        """Set the geometry of one row's items in ``line``, sharing its spare width when justified."""
        spare = line.width() - sum(hint.width() for _item, hint in row) - self.spacing() * (len(row) - 1)
        shares = [self._stretch.get(id(item), 1) if self._justify else 0 for item, _hint in row]
        total = sum(shares)
        x, given = line.x(), 0
        for position, (item, hint) in enumerate(row):
            extra = 0
            if total and spare > 0:
                extra = (spare * sum(shares[: position + 1])) // total - given
                given += extra
            width = min(hint.width() + extra, item.maximumSize().width())
            height = min(line.height(), item.maximumSize().height())
            item.setGeometry(QRect(x, line.y() + (line.height() - height) // 2, width, height))
            x += width + self.spacing()
