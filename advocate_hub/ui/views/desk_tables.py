"""What the moderator desk's tables share: whole-row selection, no grid, fixed row height, and state flags."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from advocate_hub.ui.widgets import SPACING

ROW_HEIGHT = 5 * SPACING


def desk_table(name: str, accessible: str, model: QAbstractItemModel, *, stretch: tuple[int, ...]) -> QTableView:
    """A read-only table of ``model`` whose ``stretch`` columns share the spare width."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setObjectName(f"{name}Header")
    header.setAccessibleName(accessible)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    TitleFloor(table, stretch)
    return table


class TitleFloor(QObject):
    """Keeps a table's stretched columns at least as wide as their titles.

    A stretched column takes what the columns sized to their contents leave, which at a larger font can be less than
    its own title (issue #7). When the table is too narrow for every column's title, the stretched columns hold their
    titles' widths and the table scrolls sideways; once it is wide enough they stretch again.
    """

    def __init__(self, table: QTableView, stretch: tuple[int, ...]) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._section_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self._stretch:
            self.fit()

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        shown = [column for column in range(header.count()) if not header.isSectionHidden(column)]
        stretched = [column for column in shown if column in self._stretch]
        others = sum(header.sectionSize(column) for column in shown if column not in self._stretch)
        titles = sum(header.sectionSizeHint(column) for column in stretched)
        squeezed = others + titles > self._table.viewport().width()
        mode = QHeaderView.ResizeMode.Interactive if squeezed else QHeaderView.ResizeMode.Stretch
        for column in stretched:
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
            if squeezed and header.sectionSize(column) != header.sectionSizeHint(column):
                header.resizeSection(column, header.sectionSizeHint(column))


def set_flag(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet reads and make the style notice it."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
