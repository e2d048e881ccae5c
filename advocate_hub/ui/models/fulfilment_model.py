"""The rewards desk's tables: requests waiting to be fulfilled, and the whole catalog with how it is used."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from advocate_hub.core.domain.enums import Incentive
from advocate_hub.core.queries.fulfilment import CatalogRow, QueueItem
from advocate_hub.ui import formats, icons, words

_Index = QModelIndex | QPersistentModelIndex
Item = TypeVar("Item")

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The core row (``QueueItem`` or ``CatalogRow``) behind a table row."""
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def waited(since: datetime, now: datetime) -> str:
    """How long a request has waited, in the largest unit that is at least one."""
    seconds = max(0, int((now - since).total_seconds()))
    days, hours = seconds // 86_400, seconds // 3_600
    if days:
        return QObject.tr("1 day") if days == 1 else QObject.tr("%1 days").replace("%1", formats.number(days))
    if hours:
        return QObject.tr("1 hour") if hours == 1 else QObject.tr("%1 hours").replace("%1", formats.number(hours))
    return QObject.tr("just now")


def incentive_label(incentive: Incentive) -> str:
    return {
        Incentive.STATUS: QObject.tr("Status", "reward category"),
        Incentive.ACCESS: QObject.tr("Access"),
        Incentive.POWER: QObject.tr("Power"),
        Incentive.STUFF: QObject.tr("Stuff"),
    }[incentive]


class _RowsModel(QAbstractTableModel, Generic[Item]):
    """A read-only table over a list of core rows, replaced wholesale when fresh rows arrive."""

    COLUMNS = 0
    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Item] = []

    def set_rows(self, rows: list[Item]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Item]:
        return list(self._rows)

    def row_of(self, item: Item) -> int:
        return self._rows.index(item)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self.NUMERIC else LEFT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < self.COLUMNS:
            return None
        item = self._rows[index.row()]
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(item, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() in self.NUMERIC else LEFT
        return self.extra(item, index.column(), role)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def text(self, item: Item, column: int) -> str:
        raise NotImplementedError

    def extra(self, item: Item, column: int, role: int) -> Any:
        """Roles beyond text and alignment (icons, tooltips); none by default."""
        return None


class QueueColumn(IntEnum):
    REQUESTED = 0
    ADVOCATE = 1
    REWARD = 2
    COST = 3
    WAITING = 4


class QueueModel(_RowsModel[QueueItem]):
    COLUMNS = len(QueueColumn)
    NUMERIC = frozenset({QueueColumn.COST})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Requested"), self.tr("Advocate"), self.tr("Reward"), self.tr("Points"), self.tr("Waiting"))

    def text(self, item: QueueItem, column: int) -> str:
        if column == QueueColumn.REQUESTED:
            return formats.date(item.requested_at)
        if column == QueueColumn.ADVOCATE:
            return item.advocate_name
        if column == QueueColumn.REWARD:
            return item.reward_name
        if column == QueueColumn.COST:
            return formats.number(item.cost)
        return waited(item.requested_at, self.now) if self.now is not None else ""

    def extra(self, item: QueueItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == QueueColumn.ADVOCATE:
            return item.advocate_email
        if role == Qt.ItemDataRole.DecorationRole and column == QueueColumn.REWARD:
            return icons.icon("ph.gift")
        return None


class CatalogColumn(IntEnum):
    NAME = 0
    COST = 1
    STOCK = 2
    TIER = 3
    REQUESTED = 4
    FULFILLED = 5
    STATE = 6


class CatalogModel(_RowsModel[CatalogRow]):
    COLUMNS = len(CatalogColumn)
    NUMERIC = frozenset({CatalogColumn.COST, CatalogColumn.STOCK, CatalogColumn.REQUESTED, CatalogColumn.FULFILLED})

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Reward"),
            self.tr("Points"),
            self.tr("Stock"),
            self.tr("Tier"),
            self.tr("Open"),
            self.tr("Done"),
            self.tr("State"),
        )

    def text(self, item: CatalogRow, column: int) -> str:
        values = {
            CatalogColumn.NAME: item.name,
            CatalogColumn.COST: formats.number(item.cost),
            CatalogColumn.STOCK: self.tr("Unlimited") if item.stock is None else formats.number(item.stock),
            CatalogColumn.TIER: words.tier_name(item.min_tier),
            CatalogColumn.REQUESTED: formats.number(item.requested),
            CatalogColumn.FULFILLED: formats.number(item.fulfilled),
            CatalogColumn.STATE: self.tr("Offered") if item.active else self.tr("Retired"),
        }
        return values[CatalogColumn(column)]

    def extra(self, item: CatalogRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == CatalogColumn.STATE:
            return icons.icon("ph.check-circle", tone="success") if item.active else icons.icon("ph.archive")
        if role == Qt.ItemDataRole.DecorationRole and column == CatalogColumn.STOCK and item.stock == 0:
            return icons.icon("ph.warning", tone="warning")
        if role == Qt.ItemDataRole.ToolTipRole and column == CatalogColumn.NAME:
            return f"{incentive_label(item.incentive)}: {item.description}" if item.description else item.name
        if role == Qt.ItemDataRole.ToolTipRole and column in (CatalogColumn.REQUESTED, CatalogColumn.FULFILLED):
            return self.tr("Requests waiting, and requests fulfilled")
        return None
