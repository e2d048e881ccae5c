"""Leaderboard: all time, this month and this week, for everyone or one group, with the advocate's own place.

The table shows a ``LeaderboardModel`` (a sparse page cache, so a board of any size opens at once and scrolls
without loading what is not shown). The advocate's own row is highlighted; while it is out of sight (or still
loading) the same row is pinned under the table, and "Jump to me" scrolls to it. An advocate with no points in
the period is told they are not on the board yet; an opted-out advocate is never on a board, and the screen says
nothing about them at all.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QDir, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.enums import Period
from advocate_hub.core.queries.leaderboard import GroupChoice, groups
from advocate_hub.core.store.leaderboard import BoardKey
from advocate_hub.core.store.models import OVERALL_SCOPE
from advocate_hub.ui import formats, icons
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.models.leaderboard_model import Column, LeaderboardModel, PinnedRowModel, same_board
from advocate_hub.ui.resources import resource
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.board_delegate import BoardDelegate
from advocate_hub.ui.widgets import SPACING, Card, EmptyState, button, label

PERIODS = (Period.ALL, Period.MONTH, Period.WEEK)
ICON_SEARCH_PATH = "ahicons"
"""The style sheet's name for ``resources/icons`` (the scope selector's arrow), as on the challenges screen."""
ROW_HEIGHT = 6 * SPACING
COLUMN_WIDTHS = {Column.RANK: 11 * SPACING, Column.TIER: 20 * SPACING, Column.POINTS: 17 * SPACING}


def _board_table(name: str, accessible: str, delegate: BoardDelegate) -> QTableView:
    """A table in the board's shape: fixed (uniform) row heights, whole-row selection, no grid, no editing."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setItemDelegate(delegate)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setCornerButtonEnabled(False)
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    columns = table.horizontalHeader()
    columns.setObjectName(f"{name}Columns")
    columns.setAccessibleName(QWidget.tr("%1 columns").replace("%1", accessible))
    columns.setHighlightSections(False)
    columns.setSectionsClickable(False)
    columns.setMinimumSectionSize(4 * SPACING)
    return table


class _ResizeWatcher(QObject):
    def __init__(self, resized: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._resized = resized

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._resized()
        return False


class LeaderboardPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("LeaderboardPage", self.tr("Leaderboard"), controller, parent)
        QDir.setSearchPaths(ICON_SEARCH_PATH, [str(resource("icons"))])
        self.summary = label("", "caption", name="LeaderboardSummary")
        self.header.insertWidget(1, self.summary, 0, Qt.AlignmentFlag.AlignBottom)
        self.header.insertSpacing(1, SPACING)
        self.jump_button = button(self.tr("&Jump to me"), "LeaderboardJumpToMe", accessible=self.tr("Jump to my row"))
        self.jump_button.setIcon(icons.icon("ph.crosshair-simple", tone="accent"))
        self.jump_button.setToolTip(self.tr("Scroll to your place on this board (Alt+J)"))
        self.header.addWidget(self.jump_button)

        card = Card("LeaderboardCard")
        card.setAccessibleName(self.tr("Leaderboard"))
        card.body.setAlignment(Qt.AlignmentFlag(0))
        controls = QHBoxLayout()
        controls.setSpacing(2 * SPACING)
        self.tabs = QTabBar()
        self.tabs.setObjectName("LeaderboardPeriods")
        self.tabs.setAccessibleName(self.tr("Leaderboard period"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        for period, text in zip(
            PERIODS, (self.tr("All time"), self.tr("This month"), self.tr("This week")), strict=True
        ):
            self.tabs.setTabData(self.tabs.addTab(text), period.value)
        controls.addWidget(self.tabs)
        controls.addStretch(1)
        scope_label = label(self.tr("Board"), "caption")
        self.scope = QComboBox()
        self.scope.setObjectName("LeaderboardScope")
        self.scope.setAccessibleName(self.tr("Whose board: everyone or one group"))
        self.scope.setMinimumContentsLength(18)
        self.scope.addItem(self.tr("Everyone"), OVERALL_SCOPE)
        scope_label.setBuddy(self.scope)
        controls.addWidget(scope_label)
        controls.addWidget(self.scope)
        card.body.addLayout(controls)

        self.delegate = BoardDelegate(self)
        self.model = LeaderboardModel(controller, self)
        self.table = _board_table("LeaderboardTable", self.tr("Leaderboard"), self.delegate)
        self.table.setModel(self.model)
        self.model.visible_rows = self.visible_rows
        self.table.setMinimumHeight(30 * SPACING)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.empty = EmptyState("LeaderboardEmpty", icons.icon("ph.trophy"), "", "")
        self.stack = QStackedWidget()
        self.stack.setObjectName("LeaderboardStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        card.body.addWidget(self.stack, 1)

        self.pin_model = PinnedRowModel(self)
        self.pin = _board_table("LeaderboardPinnedRow", self.tr("Your place on this board"), self.delegate)
        self.pin.setModel(self.pin_model)
        self.pin.horizontalHeader().hide()
        self.pin.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.pin.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pin.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pin.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.pin.setCursor(Qt.CursorShape.PointingHandCursor)
        self.pin.setToolTip(self.tr("Your place on this board: click to jump to it"))
        self.pin.hide()
        self.not_on_board = label("", "muted", wrap=True, name="LeaderboardNotOnBoard")
        self.not_on_board.hide()
        footer = QVBoxLayout()
        footer.setSpacing(SPACING)
        footer.addWidget(self.pin)
        footer.addWidget(self.not_on_board)
        card.body.addLayout(footer)
        self.content.addWidget(card, 1)

        QWidget.setTabOrder(self.jump_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.scope)
        QWidget.setTabOrder(self.scope, self.table)
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_period(step))

        self._pin_check = QTimer(self)
        self._pin_check.setSingleShot(True)
        self._pin_check.setInterval(0)
        self._pin_check.timeout.connect(self._update_pin)
        self._shown_key: BoardKey | None = None
        self.tabs.currentChanged.connect(lambda _index: self._board_chosen())
        self.scope.currentIndexChanged.connect(lambda _index: self._board_chosen())
        self.jump_button.clicked.connect(self.jump_to_me)
        self.pin.clicked.connect(lambda _index: self.jump_to_me())
        self.model.standing_changed.connect(self._show_standing)
        self.model.rows_arrived.connect(self._check_pin)
        scroll = self.table.verticalScrollBar()
        scroll.valueChanged.connect(self._check_pin)
        scroll.rangeChanged.connect(self._check_pin)
        header.sectionResized.connect(self._sync_pin_column)
        self._resizes = _ResizeWatcher(self._check_pin, self)
        self.table.viewport().installEventFilter(self._resizes)
        self._show_standing()

    # Choosing a board

    def period(self) -> Period:
        return Period(self.tabs.tabData(self.tabs.currentIndex()))

    def board_key(self) -> BoardKey:
        return BoardKey(self.period(), self.controller.now(), self.scope.currentData() or OVERALL_SCOPE)

    def step_period(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def reload(self) -> None:
        self.controller.load(groups, self._show_groups)
        self.model.load(self.board_key())

    def _board_chosen(self) -> None:
        if self.controller.advocate_id is not None:
            self.model.load(self.board_key())

    def _show_groups(self, choices: list[GroupChoice]) -> None:
        if not shiboken6.isValid(self):
            return
        wanted = [(self.tr("Everyone"), OVERALL_SCOPE)] + [(choice.name, choice.slug) for choice in choices]
        present = [(self.scope.itemText(i), self.scope.itemData(i)) for i in range(self.scope.count())]
        if wanted == present:
            return
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        for text, slug in wanted:
            self.scope.addItem(text, slug)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.scope.blockSignals(False)
        if self.scope.currentData() != current:
            self._board_chosen()

    # Showing it

    def _show_standing(self) -> None:
        standing = self.model.standing
        key = self.model.key
        if key is not None and (self._shown_key is None or not same_board(self._shown_key, key)):
            self.table.scrollToTop()
        self._shown_key = key
        size = standing.size if standing is not None else 0
        self.summary.setText(
            self.tr("1 advocate") if size == 1 else self.tr("%1 advocates").replace("%1", formats.number(size))
        )
        self.summary.setVisible(size > 0)
        self.stack.setCurrentWidget(self.table if size or standing is None else self.empty)
        if standing is not None and not size:
            self.empty.set_message(*self._empty_words())
        listed = standing is not None and standing.listed
        self.jump_button.setVisible(listed)
        self.jump_button.setEnabled(listed and standing is not None and standing.position is not None)
        self.pin_model.set_row(standing.me if standing is not None else None)
        not_on_board = listed and standing is not None and standing.me is None
        self.not_on_board.setText(self._not_on_board_words() if not_on_board else "")
        self.not_on_board.setVisible(not_on_board)
        self._update_pin()

    def _empty_words(self) -> tuple[str, str]:
        period = self.period()
        if period is Period.WEEK:
            return self.tr("No points this week yet"), self.tr(
                "This week's board fills as advocates complete challenges. Complete one to lead it."
            )
        if period is Period.MONTH:
            return self.tr("No points this month yet"), self.tr(
                "This month's board fills as advocates complete challenges. Complete one to lead it."
            )
        return self.tr("Nobody on this board yet"), self.tr(
            "Advocates appear here as they earn points. Complete a challenge to be the first."
        )

    def _not_on_board_words(self) -> str:
        period = self.period()
        return {
            Period.WEEK: self.tr("You're not on this board yet. Earn points this week to join it."),
            Period.MONTH: self.tr("You're not on this board yet. Earn points this month to join it."),
            Period.ALL: self.tr("You're not on this board yet. Earn points here to join it."),
        }[period]

    def visible_rows(self) -> tuple[int, int]:
        """The first and last row on screen, (-1, -1) when the board is not shown."""
        if not self.table.isVisible() or not self.model.rowCount():
            return -1, -1
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        return first, last if last >= 0 else self.model.rowCount() - 1

    def my_row_in_view(self) -> bool:
        """Whether the advocate's own row is on screen, whole and loaded."""
        standing = self.model.standing
        if standing is None or standing.position is None or self.stack.currentWidget() is not self.table:
            return False
        if self.model.row(standing.position) is None:
            return False
        rect = self.table.visualRect(self.model.index(standing.position, 0))
        return rect.isValid() and rect.top() >= 0 and rect.bottom() <= self.table.viewport().height()

    def _check_pin(self, *_: object) -> None:
        """Look again once the current burst of scrolling, resizing or loading is over."""
        self._pin_check.start()

    def _update_pin(self) -> None:
        pinned = self.pin_model.pinned() is not None and not self.my_row_in_view()
        self.pin.setVisible(pinned)

    def _sync_pin_column(self, column: int, _old: int, new: int) -> None:
        self.pin.setColumnWidth(column, new)

    def jump_to_me(self) -> None:
        standing = self.model.standing
        if standing is None or standing.position is None:
            return
        index = self.model.index(standing.position, Column.NAME)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._check_pin()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        self.pin.setFixedHeight(ROW_HEIGHT + 2 * self.pin.frameWidth())
        header = self.table.horizontalHeader()
        for column in Column:
            self.pin.setColumnWidth(column, header.sectionSize(column))
