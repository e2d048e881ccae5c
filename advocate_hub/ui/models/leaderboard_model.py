"""The leaderboard's item models: one board as a sparse page cache, and the advocate's own pinned row.

Design: a **sparse page cache**, not an append-only ``canFetchMore``/``fetchMore`` list. Qt calls ``fetchMore``
only when a view reaches the bottom of what it has, so an appending model must load every row above the end
before it can show the end: scrolling (or dragging the scroll bar) to the bottom of a 1,000,000-row board would
load a million rows. Instead:

- ``rowCount`` is the board's size, which the core counts from its histogram. Nothing about a board is read on
  the GUI thread: when a board is chosen, one background job reads its size, the advocate's standing *and* the
  pages the view will show first (the top of a new board, the rows on screen of a refreshed one), and they
  arrive together in one signal, so the table goes from the old board to the new one's rows in one step, with
  no round of placeholders and no second trip to the worker.
- ``data`` for a row whose page (``PAGE_SIZE`` rows) is not cached answers a placeholder ("…") and marks the page
  *wanted*. Wanted pages are fetched together in one background job on the task runner's database worker once
  scrolling pauses (``SETTLE_MS``, or at the latest ``MAX_WAIT_MS`` into a long scroll), and only those still in
  the view's visible range (``visible_rows``) and among the ``WANTED_PAGES`` most recently wanted: pages that
  scrolled past during a drag are never read. One job is in flight at a time, so a page is never fetched twice
  at once. Arriving rows replace the placeholders with ``dataChanged``.
- The next page in the direction of the last scroll is read ahead, so scrolling on by wheel or keys finds its
  rows already there: in the same job as the pages on screen (adjacent pages are one read), or alone once the
  screen is filled. One job per jump, not two: every job started hands Python's interpreter lock to the worker,
  and the GUI thread, which needs that lock for every cell it paints, may wait for it until the worker lets go.
  Pages are small (a screenful or two), so a job holds the worker, and with it the lock, for a short time only.
- At most ``MAX_PAGES`` pages stay cached (least recently used go first), so memory is constant whatever the
  board's size, and the rows fetched are proportional to the rows shown.
- Every result carries the token of the board it was asked for; a result for a board that has since been
  replaced or refreshed is dropped. A refresh of the same board keeps the rows on screen (marked stale) until
  their fresh pages arrive, so a change made elsewhere never blanks the table.

``fetchMore`` is therefore not used: every row exists from the start, and fetching follows what is painted.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QElapsedTimer,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from sqlalchemy.orm import Session

from advocate_hub.core.domain.periods import period_start
from advocate_hub.core.queries.leaderboard import Standing, standing
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.leaderboard import BoardKey, BoardRow, page
from advocate_hub.ui import formats, words
from advocate_hub.ui.controller import AppController, readable

_Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 50
"""About one screenful: a tall window (30 rows) spans two pages, so a jump reads at most 100 rows."""
WANTED_PAGES = 4
"""Pages fetched per job at most: a screen spans two pages, so four always covers what is painted."""
SETTLE_MS = 30
"""How long scrolling must pause before the pages it shows are fetched."""
MAX_WAIT_MS = 150
"""During a long, slow scroll, fetch at least this often."""
MAX_PAGES = 64
"""Pages kept in memory: 3,200 rows whatever the board's size."""
PLACEHOLDER = "…"


class Column(IntEnum):
    RANK = 0
    TIER = 1
    NAME = 2
    POINTS = 3


class BoardRole(IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1
    """The core ``BoardRow``, or None while its page is loading."""
    LOADED = Qt.ItemDataRole.UserRole + 2
    IS_ME = Qt.ItemDataRole.UserRole + 3
    """True on the signed-in advocate's own row: the delegate highlights it."""
    TIER = Qt.ItemDataRole.UserRole + 4
    """The tier's value (a ``str``: Qt hands a ``StrEnum`` back as a plain string)."""
    RANK = Qt.ItemDataRole.UserRole + 5
    POINTS = Qt.ItemDataRole.UserRole + 6
    ADVOCATE_ID = Qt.ItemDataRole.UserRole + 7


ALIGNMENT = {
    Column.RANK: Qt.AlignmentFlag.AlignCenter,
    Column.TIER: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Column.NAME: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Column.POINTS: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}


def _headers() -> dict[Column, str]:
    return {
        Column.RANK: QObject.tr("Rank"),
        Column.TIER: QObject.tr("Tier"),
        Column.NAME: QObject.tr("Advocate"),
        Column.POINTS: QObject.tr("Points"),
    }


def cell(row: BoardRow | None, column: int, role: int, *, me: bool) -> Any:
    """What both models answer for one cell of ``row`` (None: not loaded yet)."""
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return ALIGNMENT[Column(column)]
    if role == BoardRole.LOADED:
        return row is not None
    if role == BoardRole.IS_ME:
        return row is not None and me
    if row is None:
        return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
    if role == Qt.ItemDataRole.DisplayRole:
        return display(row, Column(column))
    if role == Qt.ItemDataRole.AccessibleTextRole:
        text = display(row, Column(column))
        return QObject.tr("%1, you").replace("%1", text) if me and column == Column.NAME else text
    if role == Qt.ItemDataRole.ToolTipRole and column == Column.TIER:
        return QObject.tr("%1 tier").replace("%1", words.tier_name(row.tier))
    values = {
        BoardRole.ROW: row,
        BoardRole.TIER: row.tier.value,
        BoardRole.RANK: row.rank,
        BoardRole.POINTS: row.points,
        BoardRole.ADVOCATE_ID: row.advocate_id,
    }
    return values.get(role)


def display(row: BoardRow, column: Column) -> str:
    if column is Column.RANK:
        return formats.number(row.rank)
    if column is Column.TIER:
        return words.tier_name(row.tier)
    if column is Column.NAME:
        return shown_name(row)
    return formats.number(row.points)


def shown_name(row: BoardRow) -> str:
    """The advocate's name, or the alias of someone who has not agreed to have their name shown on boards."""
    return row.name or QObject.tr("Advocate #%1").replace("%1", row.alias)


def same_board(first: BoardKey, second: BoardKey) -> bool:
    """Whether two keys name the same rows (the same scope, period and week or month, whatever ``now``)."""
    return (first.scope, first.period, period_start(first.period, first.now)) == (
        second.scope,
        second.period,
        period_start(second.period, second.now),
    )


Pages = dict[int, list[BoardRow]]


def runs(numbers: Iterable[int]) -> list[range]:
    """Page numbers grouped into runs of adjacent pages: ``[3, 4, 9]`` gives ``[range(3, 5), range(9, 10)]``."""
    found: list[range] = []
    for number in sorted(set(numbers)):
        if found and found[-1].stop == number:
            found[-1] = range(found[-1].start, number + 1)
        else:
            found.append(range(number, number + 1))
    return found


def _pages_in(session: Session, key: BoardKey, numbers: Iterable[int]) -> Pages:
    """The rows of each page, one read per run of adjacent pages (a screen spans two pages: one read, not two),
    all in one session: the worker holds the interpreter lock, which the GUI thread paints with, for the
    statements' Python work, so fewer statements mean shorter waits for the GUI thread."""
    pages: Pages = {}
    for run in runs(numbers):
        rows = page(session, key, offset=run.start * PAGE_SIZE, limit=len(run) * PAGE_SIZE)
        for number in run:
            start = (number - run.start) * PAGE_SIZE
            pages[number] = rows[start : start + PAGE_SIZE]
    return pages


def read_pages(program: Program, key: BoardKey, numbers: Iterable[int]) -> Pages:
    """Runs on the database worker: the rows of each wanted page."""
    return program.read(_pages_in, key=key, numbers=numbers)


def _board_in(
    session: Session, key: BoardKey, advocate_id: int | None, numbers: Iterable[int]
) -> tuple[Standing, Pages]:
    found = standing(session, key=key, advocate_id=advocate_id)
    return found, _pages_in(session, key, [number for number in numbers if number * PAGE_SIZE < found.size])


def read_board(
    program: Program, key: BoardKey, advocate_id: int | None, numbers: Iterable[int]
) -> tuple[Standing, Pages]:
    """Runs on the database worker: a board's size and the advocate's standing, with the pages shown first, read
    in one session."""
    return program.read(_board_in, key=key, advocate_id=advocate_id, numbers=numbers)


def pages_of(first: int, last: int) -> range:
    """The numbers of the pages that hold rows ``first`` to ``last``."""
    return range(first // PAGE_SIZE, last // PAGE_SIZE + 1)


class _TableModel(QAbstractTableModel):
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGNMENT[Column(section)]
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({role.value: role.name.lower().encode() for role in BoardRole})
        return names


class LeaderboardModel(_TableModel):
    """One board, its rows fetched page by page in the background (see the module docstring)."""

    standing_changed = Signal()
    """A board's size and the advocate's place on it arrived after ``load``."""
    rows_arrived = Signal()

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.key: BoardKey | None = None
        self.standing: Standing | None = None
        self._size = 0
        self._pages: OrderedDict[int, tuple[BoardRow, ...]] = OrderedDict()
        self._stale: set[int] = set()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: frozenset[int] = frozenset()
        self._in_flight_board = -1
        self._last_first_row = 0
        self._scrolled_down = True
        """The direction of the last scroll, which the page read ahead follows."""
        self._latest = [0]
        """The last board asked for, shared with the worker so it skips reading boards chosen and left since."""
        self._board = 0
        self.rows_fetched = 0
        """Rows read from the database since this model was made (the measure of what laziness saves)."""
        self.pages_fetched = 0
        self.fetch_jobs = 0
        self.visible_rows: Callable[[], tuple[int, int]] | None = None
        """Set by the view: the first and last row on screen, so pages scrolled past are not fetched."""
        self._dispatcher = QTimer(self)
        self._dispatcher.setSingleShot(True)
        self._dispatcher.setInterval(SETTLE_MS)
        self._dispatcher.timeout.connect(self._dispatch)
        self._waiting = QElapsedTimer()

    # Loading boards

    def load(self, key: BoardKey) -> None:
        """Show ``key``'s board, or refresh it if it is the one shown; rows on screen stay until it arrives.

        The pages read with it are those the view will show: the rows on screen when the same board is
        refreshed, and as many rows from the top as the screen holds for a new board (the view scrolls to the top).
        """
        self._latest[0] += 1
        request, latest = self._latest[0], self._latest
        advocate_id = self._controller.advocate_id
        program = self._controller.program
        first, last = self.visible_rows() if self.visible_rows is not None else (-1, -1)
        if first < 0 or last < first:
            first, last = 0, PAGE_SIZE - 1
        elif self.key is None or not same_board(self.key, key):
            first, last = 0, last - first
        numbers = list(pages_of(first, last))
        self._controller.runner.run_db(
            lambda: read_board(program, key, advocate_id, numbers) if latest[0] == request else None,
            self._unless_gone(lambda result: self._board_arrived(request, key, result)),
            self._unless_gone(self._failed),
        )

    def _unless_gone(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """A result may come back after this model was deleted (its window closed during a read): drop it then."""

        def guarded(result: Any) -> None:
            if shiboken6.isValid(self):
                callback(result)

        return guarded

    def busy(self) -> bool:
        """Whether a board or a page is still on its way."""
        return bool(self._in_flight or self._wanted or self._dispatcher.isActive())

    def _board_arrived(self, request: int, key: BoardKey, read: tuple[Standing, Pages] | None) -> None:
        """``read`` is None when the worker skipped a board chosen and left before its turn came."""
        if read is None:
            return
        result, pages = read
        self._count(pages)
        if request != self._latest[0]:
            return
        self._board += 1
        self._wanted.clear()
        if self.key is not None and same_board(self.key, key):
            self._resize(result.size)
            self.key, self.standing = key, result
            self._stale = set(self._pages)
            self._keep(pages)
            if self._size:
                self.dataChanged.emit(self.index(0, 0), self.index(self._size - 1, len(Column) - 1))
        else:
            self.beginResetModel()
            self.key, self.standing, self._size = key, result, result.size
            self._pages.clear()
            self._stale.clear()
            self._keep(pages)
            self.endResetModel()
        self.standing_changed.emit()
        self.rows_arrived.emit()

    def _resize(self, size: int) -> None:
        if size > self._size:
            self.beginInsertRows(QModelIndex(), self._size, size - 1)
            self._size = size
            self.endInsertRows()
        elif size < self._size:
            self.beginRemoveRows(QModelIndex(), size, self._size - 1)
            self._size = size
            for number in [n for n in self._pages if n * PAGE_SIZE >= size]:
                del self._pages[number]
            self.endRemoveRows()

    # Fetching pages

    def _want(self, number: int) -> None:
        if number in self._in_flight and self._in_flight_board == self._board:
            return
        self._wanted[number] = None
        self._wanted.move_to_end(number)
        if not self._dispatcher.isActive():
            self._waiting.start()
            self._dispatcher.start()
        elif self._waiting.elapsed() < MAX_WAIT_MS:
            self._dispatcher.start()

    def _on_screen(self, numbers: list[int]) -> list[int]:
        first, last = self.visible_rows() if self.visible_rows is not None else (-1, -1)
        if first < 0 or last < first:
            return numbers
        return [n for n in numbers if first // PAGE_SIZE <= n <= last // PAGE_SIZE]

    def _ahead(self) -> list[int]:
        """The page after what is on screen in the direction of the last scroll, if it is not cached yet."""
        first, last = self.visible_rows() if self.visible_rows is not None else (-1, -1)
        if first < 0 or last < first or self.key is None:
            return []
        if first != self._last_first_row:
            self._scrolled_down = first > self._last_first_row
            self._last_first_row = first
        number = last // PAGE_SIZE + 1 if self._scrolled_down else first // PAGE_SIZE - 1
        fresh = number in self._pages and number not in self._stale
        return [] if fresh or not 0 <= number * PAGE_SIZE < self._size else [number]

    def _dispatch(self) -> None:
        if self._in_flight or self.key is None:
            return
        numbers = self._on_screen(list(self._wanted)[-WANTED_PAGES:])
        self._wanted.clear()
        numbers += [number for number in self._ahead() if number not in numbers]
        if not numbers:
            return
        self._in_flight = frozenset(numbers)
        self._in_flight_board = board = self._board
        self.fetch_jobs += 1
        program, key = self._controller.program, self.key
        self._controller.runner.run_db(
            lambda: read_pages(program, key, numbers),
            self._unless_gone(lambda pages: self._pages_arrived(board, pages)),
            self._unless_gone(self._pages_failed),
        )

    def _pages_arrived(self, board: int, pages: Pages) -> None:
        self._in_flight = frozenset()
        self._count(pages)
        if board == self._board:
            self._keep(pages)
            shown = [n for n in sorted(pages) if n * PAGE_SIZE < self._size]
            if shown:
                first = shown[0] * PAGE_SIZE
                last = min((shown[-1] + 1) * PAGE_SIZE, self._size) - 1
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
        if self._wanted or self._ahead():
            self._waiting.start()
            self._dispatcher.start()
        self.rows_arrived.emit()

    def _count(self, pages: Pages) -> None:
        self.rows_fetched += sum(len(rows) for rows in pages.values())
        self.pages_fetched += len(pages)

    def _keep(self, pages: Pages) -> None:
        """Cache arrived pages as the most recently used, dropping the least recently used beyond ``MAX_PAGES``."""
        for number, rows in sorted(pages.items()):
            self._pages[number] = tuple(rows)
            self._pages.move_to_end(number)
            self._stale.discard(number)
        while len(self._pages) > MAX_PAGES:
            evicted, _ = self._pages.popitem(last=False)
            self._stale.discard(evicted)

    def _pages_failed(self, error: BaseException) -> None:
        self._in_flight = frozenset()
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self._controller):
            self._controller.error.emit(readable(error))

    # What views ask

    def row(self, number: int) -> BoardRow | None:
        """The cached row at ``number`` (None when its page is not cached); never fetches."""
        rows = self._pages.get(number // PAGE_SIZE)
        offset = number % PAGE_SIZE
        return rows[offset] if rows is not None and offset < len(rows) else None

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def is_me(self, row: BoardRow | None) -> bool:
        me = self.standing.me if self.standing is not None else None
        return row is not None and me is not None and row.advocate_id == me.advocate_id

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._size

    def shown(self, number: int) -> BoardRow | None:
        """The row to show at ``number``: cached, or None while its page is fetched (this asks for it)."""
        page_number, offset = divmod(number, PAGE_SIZE)
        rows = self._pages.get(page_number)
        if rows is None or page_number in self._stale:
            self._want(page_number)
        if rows is None:
            return None
        self._pages.move_to_end(page_number)
        return rows[offset] if offset < len(rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._size:
            return None
        found = self.shown(index.row())
        return cell(found, index.column(), role, me=self.is_me(found))


class PinnedRowModel(_TableModel):
    """The advocate's own row alone, for the footer pinned under the board when their row is out of sight."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._row: BoardRow | None = None

    def set_row(self, row: BoardRow | None) -> None:
        if row == self._row:
            return
        self.beginResetModel()
        self._row = row
        self.endResetModel()

    def pinned(self) -> BoardRow | None:
        return self._row

    def shown(self, number: int) -> BoardRow | None:
        return self._row if number == 0 else None

    def is_me(self, row: BoardRow | None) -> bool:
        return row is not None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._row is None else 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._row is None or index.row() != 0:
            return None
        return cell(self._row, index.column(), role, me=True)
