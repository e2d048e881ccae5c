"""The audit log as a table that loads a page at a time in the background as the view scrolls to the end.

``load`` starts over with a new filter: the first page arrives with the total count, and ``fetchMore`` asks for the
next page only when the view reaches the last loaded row. Every answer carries the token of the filter it was
asked for; an answer for a filter that has since changed is dropped, so a slow page never lands in the wrong list.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from advocate_hub.core.queries.audit_log import PAGE_SIZE, AuditFilter, AuditPage, AuditRow, page
from advocate_hub.ui import formats
from advocate_hub.ui.controller import AppController

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The core ``AuditRow`` behind a table row."""


class AuditColumn(IntEnum):
    TIME = 0
    ACTOR = 1
    ACTION = 2
    DETAILS = 3


def when(row: AuditRow) -> str:
    return formats.date_time(row.created_at)


def target(row: AuditRow) -> str:
    return f"{row.target_type} #{row.target_id}" if row.target_id is not None else row.target_type


def summary(row: AuditRow) -> str:
    """One line about what changed: the typed reason if there is one, otherwise the fields before and after."""
    if row.reason:
        return row.reason
    before, after = row.before or {}, row.after or {}
    changes = []
    for key in list(dict.fromkeys([*before, *after])):
        if key in before and key in after:
            changes.append(f"{key}: {before[key]} → {after[key]}")
        elif key in after:
            changes.append(f"{key}: {after[key]}")
    return "; ".join(changes)


class AuditModel(QAbstractTableModel):
    loaded = Signal(int)
    """The first page of a new filter arrived; the total number of matching rows."""

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._rows: list[AuditRow] = []
        self.total = 0
        self.filter = AuditFilter()
        self._token = 0
        self._loading = False
        self.page_size = PAGE_SIZE

    def load(self, audit_filter: AuditFilter) -> None:
        """Show the rows ``audit_filter`` matches, from the newest; rows on screen stay until they arrive."""
        self.filter = audit_filter
        self._token += 1
        self._request(0)

    def _request(self, offset: int) -> None:
        token = self._token
        self._loading = True
        self._controller.load(
            page,
            lambda result: self._arrived(token, result),
            filter=self.filter,
            offset=offset,
            limit=self.page_size,
        )

    def _arrived(self, token: int, result: AuditPage) -> None:
        if token != self._token:
            return
        self._loading = False
        if result.offset == 0:
            self.beginResetModel()
            self._rows = list(result.rows)
            self.total = result.total
            self.endResetModel()
            self.loaded.emit(result.total)
            return
        if result.offset != len(self._rows) or not result.rows:
            return
        self.total = result.total
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(result.rows) - 1)
        self._rows.extend(result.rows)
        self.endInsertRows()

    def loading(self) -> bool:
        return self._loading

    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(len(self._rows))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuditColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(AuditColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Details"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(AuditColumn):
            return None
        row = self._rows[index.row()]
        column = AuditColumn(index.column())
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (AuditColumn.DETAILS, AuditColumn.ACTOR):
            return self._text(row, column) if column is AuditColumn.DETAILS else row.actor_email
        return None

    def _text(self, row: AuditRow, column: AuditColumn) -> str:
        if column is AuditColumn.TIME:
            return when(row)
        if column is AuditColumn.ACTOR:
            return row.actor_name or self.tr("The system")
        if column is AuditColumn.ACTION:
            return row.action
        changes = summary(row)
        return f"{target(row)}: {changes}" if changes else target(row)
