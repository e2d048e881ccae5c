"""The advocate's redemptions as a table: which reward, its cost, when it was asked for, and where it stands."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from advocate_hub.core.domain.enums import RedemptionStatus
from advocate_hub.core.queries.rewards import RedemptionItem
from advocate_hub.ui import formats, icons

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REWARD = 0
    COST = 1
    REQUESTED = 2
    STATUS = 3
    NOTE = 4


ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The core ``RedemptionItem`` of a row."""

STATUS_ICONS: dict[RedemptionStatus, tuple[str, str]] = {
    RedemptionStatus.REQUESTED: ("ph.hourglass", "warning"),
    RedemptionStatus.FULFILLED: ("ph.check-circle", "success"),
    RedemptionStatus.CANCELLED: ("ph.x-circle", "danger"),
}


class RedemptionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RedemptionItem] = []

    def set_redemptions(self, rows: list[RedemptionItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def redemptions(self) -> list[RedemptionItem]:
        return list(self._rows)

    def status_text(self, status: RedemptionStatus) -> str:
        return {
            RedemptionStatus.REQUESTED: self.tr("Requested"),
            RedemptionStatus.FULFILLED: self.tr("Fulfilled"),
            RedemptionStatus.CANCELLED: self.tr("Cancelled"),
        }[status]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Reward"), self.tr("Points"), self.tr("Requested"), self.tr("Status"), self.tr("Note"))[
                section
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(Column):
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NOTE and item.note:
            return item.note
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS:
            name, tone = STATUS_ICONS[item.status]
            return icons.icon(name, tone=tone)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: RedemptionItem, column: Column) -> str:
        if column is Column.REWARD:
            return item.reward
        if column is Column.COST:
            return formats.signed(-item.cost) if item.cost else "0"
        if column is Column.REQUESTED:
            return formats.date(item.requested_at)
        if column is Column.STATUS:
            return self.status_text(item.status)
        return item.note
