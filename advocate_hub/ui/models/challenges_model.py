"""The advocate's challenges as a list model, and the words for their states and deadlines.

A program has tens of challenges, not thousands, so the model holds the whole (filtered, sorted) list the core
query returns; the page asks for a new list whenever the filters or the data change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from advocate_hub.core.domain.enums import Barrier
from advocate_hub.core.queries.challenges import ChallengeItem, ChallengeState, SortOrder
from advocate_hub.ui import formats, icons, words

_Index = QModelIndex | QPersistentModelIndex
HOUR = 3600
DAY = 24 * HOUR


class Role(IntEnum):
    ITEM = Qt.ItemDataRole.UserRole + 1
    """The core ``ChallengeItem`` of a row."""
    ID = Qt.ItemDataRole.UserRole + 2
    TITLE = Qt.ItemDataRole.UserRole + 3
    KIND = Qt.ItemDataRole.UserRole + 4
    POINTS = Qt.ItemDataRole.UserRole + 5
    STATE = Qt.ItemDataRole.UserRole + 6
    STATE_TEXT = Qt.ItemDataRole.UserRole + 7
    DEADLINE_TEXT = Qt.ItemDataRole.UserRole + 8
    """"ends in 3 days", "opens in 2 days", "ended 24 Sep" or empty."""
    REASON = Qt.ItemDataRole.UserRole + 9
    SUBTITLE = Qt.ItemDataRole.UserRole + 10
    """The kind and the deadline, as the row's second line shows them."""


def state_text(state: ChallengeState) -> str:
    return {
        ChallengeState.OPEN: QCoreApplication.translate("Challenges", "Open"),
        ChallengeState.LOCKED: QCoreApplication.translate("Challenges", "Locked"),
        ChallengeState.UPCOMING: QCoreApplication.translate("Challenges", "Coming soon"),
        ChallengeState.PENDING: QCoreApplication.translate("Challenges", "Pending"),
        ChallengeState.CHANGES_REQUESTED: QCoreApplication.translate("Challenges", "Changes requested"),
        ChallengeState.COMPLETED: QCoreApplication.translate("Challenges", "Completed"),
        ChallengeState.DECLINED: QCoreApplication.translate("Challenges", "Declined"),
        ChallengeState.EXPIRED: QCoreApplication.translate("Challenges", "Expired"),
    }[state]


STATE_TONES: dict[ChallengeState, str] = {
    ChallengeState.OPEN: "accent",
    ChallengeState.LOCKED: "muted",
    ChallengeState.UPCOMING: "info",
    ChallengeState.PENDING: "warning",
    ChallengeState.CHANGES_REQUESTED: "warning",
    ChallengeState.COMPLETED: "success",
    ChallengeState.DECLINED: "muted",
    ChallengeState.EXPIRED: "muted",
}
"""The tone of a state's chip; the theme decides what colour a tone is."""


def barrier_text(barrier: Barrier) -> str:
    return {
        Barrier.LOW: QCoreApplication.translate("Challenges", "Low effort"),
        Barrier.MEDIUM: QCoreApplication.translate("Challenges", "Medium effort"),
        Barrier.HIGH: QCoreApplication.translate("Challenges", "High effort"),
    }[barrier]


def sort_text(order: SortOrder) -> str:
    return {
        SortOrder.EXPIRY: QCoreApplication.translate("Challenges", "Ending soonest"),
        SortOrder.POINTS: QCoreApplication.translate("Challenges", "Most points"),
        SortOrder.NEWEST: QCoreApplication.translate("Challenges", "Newest first"),
    }[order]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _span(seconds: int, *, fine: bool) -> str:
    """A duration in the largest two units: "2 days 4 h", "3 h 20 min", "12 min" (or only the largest)."""
    days, rest = divmod(seconds, DAY)
    hours, rest = divmod(rest, HOUR)
    minutes = max(1, rest // 60) if days == 0 and hours == 0 else rest // 60
    if days:
        text = (
            QCoreApplication.translate("Challenges", "1 day")
            if days == 1
            else QCoreApplication.translate("Challenges", "%n days", None, days)
        )
        return text + " " + QCoreApplication.translate("Challenges", "%n h", None, hours) if fine and hours else text
    if hours:
        return (
            QCoreApplication.translate("Challenges", "%n h", None, hours)
            + " "
            + QCoreApplication.translate("Challenges", "%n min", None, minutes)
            if fine and minutes
            else QCoreApplication.translate("Challenges", "%n h", None, hours)
        )
    return QCoreApplication.translate("Challenges", "%n min", None, minutes)


def deadline_text(item: ChallengeItem, now: datetime) -> str:
    """The short deadline of a list row: "ends in 3 days", "opens in 2 days", "ended 24 Sep"; empty if none."""
    starts = _aware(item.starts_at)
    if item.state is ChallengeState.UPCOMING and starts > now:
        return QCoreApplication.translate("Challenges", "opens in %1").replace(
            "%1", _span(int((starts - now).total_seconds()), fine=False)
        )
    if item.expires_at is None:
        return ""
    expires = _aware(item.expires_at)
    if expires <= now:
        return QCoreApplication.translate("Challenges", "ended %1").replace("%1", formats.day_month(expires))
    return QCoreApplication.translate("Challenges", "ends in %1").replace(
        "%1", _span(int((expires - now).total_seconds()), fine=False)
    )


def countdown_text(item: ChallengeItem, now: datetime) -> str:
    """The detail pane's live countdown: "Closes in 2 days 4 h", "Opens in 3 h 20 min", "No end date"."""
    starts = _aware(item.starts_at)
    if starts > now:
        return QCoreApplication.translate("Challenges", "Opens in %1").replace(
            "%1", _span(int((starts - now).total_seconds()), fine=True)
        )
    if item.expires_at is None:
        return QCoreApplication.translate("Challenges", "No end date")
    expires = _aware(item.expires_at)
    if expires <= now:
        return QCoreApplication.translate("Challenges", "Closed on %1").replace("%1", formats.date(expires))
    return QCoreApplication.translate("Challenges", "Closes in %1").replace(
        "%1", _span(int((expires - now).total_seconds()), fine=True)
    )


class ChallengesModel(QAbstractListModel):
    """One row per challenge, in the order the core sorted them; ``now`` dates the deadline texts."""

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._items: list[ChallengeItem] = []
        self._icons: dict[str, QIcon] = {}

    def set_items(self, items: list[ChallengeItem]) -> None:
        """Show a new list; when the same challenges come back in the same order, rows update in place."""
        items = list(items)
        if [i.id for i in items] == [i.id for i in self._items]:
            self._items = items
            if items:
                self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def items(self) -> list[ChallengeItem]:
        return list(self._items)

    def item(self, row: int) -> ChallengeItem:
        return self._items[row]

    def row_of(self, challenge_id: int) -> int:
        """The row showing ``challenge_id``, or -1 when the current filters hide it."""
        return next((row for row, item in enumerate(self._items) if item.id == challenge_id), -1)

    def refresh_deadlines(self) -> None:
        """Time moved on: repaint the "ends in" texts."""
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [Role.DEADLINE_TEXT])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for role in Role:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def _kind_icon(self, item: ChallengeItem) -> QIcon:
        muted = item.state in {ChallengeState.LOCKED, ChallengeState.EXPIRED, ChallengeState.UPCOMING}
        key = f"{item.kind.value}:{muted}"
        if key not in self._icons:
            name = icons.KIND_ICONS[item.kind]
            self._icons[key] = icons.icon(name) if muted else icons.kind_icon(item.kind)
        return self._icons[key]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items) or index.column() != 0:
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Role.TITLE):
            return item.title
        if role == Qt.ItemDataRole.DecorationRole:
            return self._kind_icon(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return words.challenge_reason(item) or item.description
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [
                item.title,
                QCoreApplication.translate("Challenges", "1 point")
                if item.points == 1
                else QCoreApplication.translate("Challenges", "%1 points").replace("%1", formats.number(item.points)),
                state_text(item.state),
            ]
            deadline = deadline_text(item, self._now())
            return ", ".join([*parts, deadline] if deadline else parts)
        return self._custom(item, role)

    def _custom(self, item: ChallengeItem, role: int) -> Any:
        if role == Role.ITEM:
            return item
        if role == Role.ID:
            return item.id
        if role == Role.KIND:
            return words.kind_name(item.kind)
        if role == Role.POINTS:
            return item.points
        if role == Role.STATE:
            return item.state.value
        if role == Role.STATE_TEXT:
            return state_text(item.state)
        if role == Role.DEADLINE_TEXT:
            return deadline_text(item, self._now())
        if role == Role.REASON:
            return words.challenge_reason(item)
        if role == Role.SUBTITLE:
            deadline = deadline_text(item, self._now())
            kind = words.kind_name(item.kind)
            return f"{kind}  ·  {deadline}" if deadline else kind
        return None
