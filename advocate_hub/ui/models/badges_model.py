"""The badge gallery's model: one row per badge of the program, earned ones first (newest first).

Locked badges follow, closest to being earned first, so the gallery reads as "what I have, what is next".
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from advocate_hub.core.services.badges import BadgeStatus
from advocate_hub.ui import formats

_Index = QModelIndex | QPersistentModelIndex


class BadgeRole(IntEnum):
    STATUS = Qt.ItemDataRole.UserRole + 1
    """The core ``BadgeStatus`` of the row."""
    SLUG = Qt.ItemDataRole.UserRole + 2
    EARNED = Qt.ItemDataRole.UserRole + 3
    EARNED_TEXT = Qt.ItemDataRole.UserRole + 4
    """"Earned Nov 12, 2026" (the locale's date) for an earned badge, empty otherwise."""
    PROGRESS_TEXT = Qt.ItemDataRole.UserRole + 5
    """"3 of 5" for a locked badge, empty otherwise."""
    FRACTION = Qt.ItemDataRole.UserRole + 6


def gallery_order(statuses: list[BadgeStatus]) -> list[BadgeStatus]:
    earned = sorted((s for s in statuses if s.earned_at is not None), key=lambda s: s.earned_at, reverse=True)
    locked = sorted((s for s in statuses if s.earned_at is None), key=lambda s: -s.progress.fraction)
    return earned + locked


class BadgesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BadgeStatus] = []

    def set_badges(self, statuses: list[BadgeStatus]) -> None:
        self.beginResetModel()
        self._rows = gallery_order(statuses)
        self.endResetModel()

    def badges(self) -> list[BadgeStatus]:
        return list(self._rows)

    def earned_count(self) -> int:
        return sum(1 for row in self._rows if row.earned_at is not None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        badge = self._rows[index.row()]
        earned = badge.earned_at is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return badge.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return badge.description
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(badge)
        if role == BadgeRole.STATUS:
            return badge
        if role == BadgeRole.SLUG:
            return badge.slug
        if role == BadgeRole.EARNED:
            return earned
        if role == BadgeRole.EARNED_TEXT:
            return self.tr("Earned %1").replace("%1", formats.date(badge.earned_at)) if badge.earned_at else ""
        if role == BadgeRole.PROGRESS_TEXT:
            return "" if earned else self._progress_text(badge)
        if role == BadgeRole.FRACTION:
            return 1.0 if earned else badge.progress.fraction
        return None

    def _progress_text(self, badge: BadgeStatus) -> str:
        return (
            self.tr("%1 of %2")
            .replace("%1", formats.number(badge.progress.current))
            .replace("%2", formats.number(badge.progress.target))
        )

    def _spoken(self, badge: BadgeStatus) -> str:
        if badge.earned_at is not None:
            return self.tr("%1, earned %2").replace("%1", badge.name).replace("%2", formats.date(badge.earned_at))
        return (
            self.tr("%1, locked: %2 Progress %3")
            .replace("%1", badge.name)
            .replace("%2", badge.description)
            .replace("%3", self._progress_text(badge))
        )

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({role.value: role.name.lower().encode() for role in BadgeRole})
        return names
