"""The metrics dashboard's tables and chart cards: small read-only tables with an "Export CSV" button each.

The tables hold display strings only (the figures are formatted by the page); exports write the core's own
``ProgramMetrics.tables()``, so a CSV keeps full precision whatever the screen shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QStackedWidget, QTableView, QWidget

from advocate_hub.ui import icons
from advocate_hub.ui.views.desk_tables import TitleFloor
from advocate_hub.ui.widgets import SPACING, Card, EmptyState, button, label

_Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 4 * SPACING
VISIBLE_ROWS = 10


class FiguresModel(QAbstractTableModel):
    """A small read-only table of display strings (at most a few hundred rows); numbers align right."""

    def __init__(self, header: list[str], numeric_from: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header = header
        self._numeric_from = numeric_from
        self._rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if index.column() >= self._numeric_from else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section >= self._numeric_from else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return None


class TableCard(Card):
    """A titled card holding one table and its "Export CSV" button, or a designed empty state."""

    def __init__(
        self,
        key: str,
        title: str,
        model: FiguresModel,
        empty: tuple[str, str],
        on_export: Callable[[str, str], None],
        *,
        narrow: bool = False,
    ) -> None:
        """``narrow`` tables (on a half-width card) give the first column what it needs and share out the rest."""
        super().__init__(f"Metrics{key.title().replace('_', '')}Card")
        self.model = model
        top = QHBoxLayout()
        top.addWidget(label(title.upper(), "section", wrap=True), 1)
        self.export = button(self.tr("Export CSV"), f"MetricsExport{key.title().replace('_', '')}", kind="quiet")
        self.export.setIcon(icons.icon("ph.download-simple"))
        self.export.setAccessibleName(self.tr("Export %1 as CSV").replace("%1", title))
        self.export.clicked.connect(lambda: on_export(key, title))
        top.addWidget(self.export)
        self.body.addLayout(top)
        self.table = QTableView()
        self.table.setObjectName(f"MetricsTable{key.title().replace('_', '')}")
        self.table.setAccessibleName(title)
        self.table.setModel(model)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        if narrow:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setMinimumSectionSize(max(header.sectionSizeHint(column) for column in range(model.columnCount())))
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            TitleFloor(self.table, (0,))
        self.empty = EmptyState(f"{self.objectName()}Empty", icons.icon("ph.chart-bar"), *empty)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.body.addWidget(self.stack)

    def set_rows(self, rows: list[list[str]]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.export.setEnabled(bool(rows))
        shown = max(1, min(len(rows), VISIBLE_ROWS))
        height = self.table.horizontalHeader().sizeHint().height() + shown * ROW_HEIGHT + SPACING // 2
        self.stack.setFixedHeight(height if rows else 20 * SPACING)


class ChartCard(Card):
    """A titled card holding a chart (its figures export to CSV), or an empty state when there is nothing to draw."""

    def __init__(
        self,
        key: str,
        title: str,
        chart: QWidget,
        empty: tuple[str, str],
        on_export: Callable[[str, str], None],
    ) -> None:
        name = f"Metrics{key.title().replace('_', '')}Card"
        super().__init__(name)
        top = QHBoxLayout()
        self.title = label(title.upper(), "section", wrap=True)
        top.addWidget(self.title, 1)
        self.export = button(self.tr("Export CSV"), f"MetricsExport{key.title().replace('_', '')}", kind="quiet")
        self.export.setIcon(icons.icon("ph.download-simple"))
        self.export.setAccessibleName(self.tr("Export %1 as CSV").replace("%1", title))
        self.export.clicked.connect(lambda: on_export(key, title))
        top.addWidget(self.export)
        self.body.addLayout(top)
        self.chart = chart
        self.empty = EmptyState(f"{name}Empty", icons.icon("ph.chart-bar"), *empty)
        self.stack = QStackedWidget()
        self.stack.addWidget(chart)
        self.stack.addWidget(self.empty)
        self.body.addWidget(self.stack, 1)

    def show_chart(self, has_data: bool) -> None:
        self.stack.setCurrentWidget(self.chart if has_data else self.empty)
        self.export.setEnabled(has_data)
