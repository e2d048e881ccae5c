"""The Advocates screen's table: one page of the roster, as the core's ``RosterPage`` delivers it.

The roster is paged by the core (``queries.roster.search`` with an offset), so the model only ever holds the rows
of the page on screen: a program of 100,000 advocates costs the same as one of fifty.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from advocate_hub.core.domain.enums import AdvocateStatus
from advocate_hub.core.queries.roster import RosterPage, RosterRow
from advocate_hub.ui import formats, words

_Index = QModelIndex | QPersistentModelIndex


class RosterColumn(IntEnum):
    NAME = 0
    EMAIL = 1
    TIER = 2
    STATUS = 3
    POINTS = 4
    LAST_ACTIVE = 5
    ASKS = 6


class RosterRole(IntEnum):
    ADVOCATE_ID = Qt.ItemDataRole.UserRole + 1
    TIER = Qt.ItemDataRole.UserRole + 2
    """The tier's value (a plain ``str``), for the chip delegate."""
    AT_LIMIT = Qt.ItemDataRole.UserRole + 3
    """True when the advocate's asks in 30 days reached the program's limit."""
    EMAIL = Qt.ItemDataRole.UserRole + 4
    STATUS = Qt.ItemDataRole.UserRole + 5
    """The status's value (a plain ``str``): the view shows it in the name cell, not a column of its own."""


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGNMENT = {column: _RIGHT if column in {RosterColumn.POINTS, RosterColumn.ASKS} else _LEFT for column in RosterColumn}


def status_label(status: AdvocateStatus) -> str:
    return {
        AdvocateStatus.NOMINATED: QObject.tr("Nominated"),
        AdvocateStatus.INVITED: QObject.tr("Invited"),
        AdvocateStatus.ACTIVE: QObject.tr("Active"),
        AdvocateStatus.OPTED_OUT: QObject.tr("Opted out"),
        AdvocateStatus.ALUMNI: QObject.tr("Alumni"),
        AdvocateStatus.DEACTIVATED: QObject.tr("Deactivated"),
    }[status]


def status_changed(name: str, status: AdvocateStatus) -> str:
    """What a moderator reads after moving someone to ``status``: one whole sentence per status."""
    return {
        AdvocateStatus.NOMINATED: QObject.tr("%1 is now nominated."),
        AdvocateStatus.INVITED: QObject.tr("%1 is now invited."),
        AdvocateStatus.ACTIVE: QObject.tr("%1 is now active."),
        AdvocateStatus.OPTED_OUT: QObject.tr("%1 has now opted out."),
        AdvocateStatus.ALUMNI: QObject.tr("%1 is now an alumnus."),
        AdvocateStatus.DEACTIVATED: QObject.tr("%1 is now deactivated."),
    }[status].replace("%1", name)


def ago(moment: datetime | None, now: datetime) -> str:
    """How long ago, in the words a moderator scans a column with: "today", "3 days ago", "never"."""
    if moment is None:
        return QObject.tr("Never")
    days = (now - moment).days
    if days <= 0:
        return QObject.tr("Today")
    if days == 1:
        return QObject.tr("Yesterday")
    return QObject.tr("%1 days ago").replace("%1", formats.number(days))


def _headers() -> dict[RosterColumn, str]:
    return {
        RosterColumn.NAME: QObject.tr("Name"),
        RosterColumn.EMAIL: QObject.tr("Email"),
        RosterColumn.TIER: QObject.tr("Tier"),
        RosterColumn.STATUS: QObject.tr("Status", "roster column"),
        RosterColumn.POINTS: QObject.tr("Points"),
        RosterColumn.LAST_ACTIVE: QObject.tr("Last active"),
        RosterColumn.ASKS: QObject.tr("Asks 30d"),
    }


class RosterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self.total = 0
        self.offset = 0
        self.fatigue_limit = 0
        self.now: datetime | None = None

    def set_page(self, page: RosterPage, now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self.total, self.offset, self.fatigue_limit, self.now = page.total, page.offset, page.fatigue_limit, now
        self.endResetModel()

    def row_at(self, number: int) -> RosterRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, advocate_id: int) -> int:
        """The table row of an advocate on this page, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.id == advocate_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RosterColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(RosterColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[RosterColumn(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGNMENT[RosterColumn(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = RosterColumn(index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole and column is RosterColumn.NAME:
            return f"{row.name}, {row.email}, {status_label(row.status)}"
        if role == Qt.ItemDataRole.ToolTipRole and column is RosterColumn.NAME:
            return f"{row.name}\n{row.email}\n{status_label(row.status)}"
        if role in {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole}:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGNMENT[column]
        if role == Qt.ItemDataRole.ToolTipRole and column is RosterColumn.ASKS and self.at_limit(row):
            return QObject.tr("At the asking limit of %1 in 30 days").replace("%1", formats.number(self.fatigue_limit))
        if role == Qt.ItemDataRole.ToolTipRole and column is RosterColumn.LAST_ACTIVE and row.last_active_at:
            return formats.date_time(row.last_active_at)
        return {
            RosterRole.ADVOCATE_ID: row.id,
            RosterRole.TIER: row.tier.value,
            RosterRole.AT_LIMIT: self.at_limit(row),
            RosterRole.EMAIL: row.email,
            RosterRole.STATUS: row.status.value,
        }.get(role)

    def at_limit(self, row: RosterRow) -> bool:
        return self.fatigue_limit > 0 and row.asks_30d >= self.fatigue_limit

    def display(self, row: RosterRow, column: RosterColumn) -> str:
        values = {
            RosterColumn.NAME: row.name,
            RosterColumn.EMAIL: row.email,
            RosterColumn.TIER: words.tier_name(row.tier),
            RosterColumn.STATUS: status_label(row.status),
            RosterColumn.POINTS: formats.number(row.balance),
            RosterColumn.LAST_ACTIVE: ago(row.last_active_at, self.now) if self.now else "",
            RosterColumn.ASKS: formats.number(row.asks_30d),
        }
        return values[column]

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({role.value: role.name.lower().encode() for role in RosterRole})
        return names
