"""Challenges: a searchable, filterable list of card rows beside the chosen challenge's detail and proof form.

The list comes from the core's ``list_for`` query through the controller, never from SQL here; actions go
through ``controller.act`` with the core's sync actions, whose errors come back to the detail pane.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QDir, QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import (
    QFocusEvent,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.enums import Barrier
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.queries.challenges import ChallengeFilter, ChallengeItem, ChallengeState, SortOrder, list_for
from advocate_hub.core.sync import actions
from advocate_hub.ui import icons, words
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.models.challenges_model import (
    ChallengesModel,
    barrier_text,
    sort_text,
    state_text,
)
from advocate_hub.ui.resources import resource
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.challenge_delegate import ChallengeDelegate
from advocate_hub.ui.views.challenge_detail import ChallengeDetail, DeclineDialog, SubmitRequest
from advocate_hub.ui.widgets import SPACING, EmptyState, button, label

SEARCH_DELAY_MS = 200
ICON_SEARCH_PATH = "ahicons"
"""Lets the style sheet name icon files: ``url(ahicons:chevron-down-light.svg)``."""
TICK_MS = 60_000
STATUS_CHOICES = (
    ChallengeState.OPEN,
    ChallengeState.PENDING,
    ChallengeState.CHANGES_REQUESTED,
    ChallengeState.COMPLETED,
    ChallengeState.DECLINED,
    ChallengeState.EXPIRED,
    ChallengeState.LOCKED,
    ChallengeState.UPCOMING,
)


class ChallengesPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("ChallengesPage", self.tr("Challenges"), controller, parent)
        QDir.setSearchPaths(ICON_SEARCH_PATH, [str(resource("icons"))])
        self.setAccessibleName(self.tr("Challenges"))
        self.count = label("", "muted", name="ChallengeCount")
        self.header.addWidget(self.count)

        tools = QHBoxLayout()
        tools.setSpacing(SPACING)
        self.search = QLineEdit()
        self.search.setObjectName("ChallengeSearch")
        self.search.setAccessibleName(self.tr("Search challenges"))
        self.search.setPlaceholderText(self.tr("Search challenges  (Ctrl+F)"))
        self.search.addAction(icons.icon("ph.magnifying-glass"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        for number, inner in enumerate(self.search.findChildren(QToolButton)):
            inner.setObjectName(f"ChallengeSearchButton{number}")
            inner.setAccessibleName(self.tr("Clear search") if number else self.tr("Search"))
        self.search.setMinimumWidth(20 * SPACING)
        tools.addWidget(self.search, 1)
        self.kind_filter = self._combo("KindFilter", self.tr("Filter by kind"), self.tr("All kinds"))
        for kind in sorted(ChallengeKind, key=words.kind_name):
            self.kind_filter.addItem(icons.kind_icon(kind), words.kind_name(kind), kind)
        self.barrier_filter = self._combo("BarrierFilter", self.tr("Filter by effort"), self.tr("Any effort"))
        for barrier in Barrier:
            self.barrier_filter.addItem(barrier_text(barrier), barrier)
        self.state_filter = self._combo("StatusFilter", self.tr("Filter by status"), self.tr("All statuses"))
        for state in STATUS_CHOICES:
            self.state_filter.addItem(state_text(state), state)
        self.sort = self._combo("SortOrder", self.tr("Sort by"), None)
        for order in SortOrder:
            self.sort.addItem(sort_text(order), order)
        self.sort.setMinimumContentsLength(max(len(sort_text(order)) for order in SortOrder))
        for combo in (self.kind_filter, self.barrier_filter, self.state_filter):
            tools.addWidget(combo)
        self.header.addSpacing(2 * SPACING)
        self.header.addWidget(self.sort)
        self.content.addLayout(tools)

        self.model = ChallengesModel(controller.now, self)
        self.list = QListView()
        self.list.setObjectName("ChallengeList")
        self.list.setAccessibleName(self.tr("Challenges"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(ChallengeDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)

        self.empty = EmptyState(
            "NoChallenges",
            icons.icon("ph.magnifying-glass", tone="accent"),
            self.tr("No challenges match your filters"),
            self.tr("Try other words, or show every challenge again."),
        )
        self.clear_filters_button = button(self.tr("Show all challenges"), "ClearFilters")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.empty.layout().insertWidget(4, self.clear_filters_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.setObjectName("ChallengeListStack")
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)

        self.detail = ChallengeDetail()
        self.detail.tab_anchor = self.list
        self.detail.submit_requested.connect(self._submit)
        self.detail.decline_requested.connect(self._decline)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("ChallengeSplit")
        split.setChildrenCollapsible(False)
        split.setHandleWidth(2 * SPACING)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list_stack)
        left.setMinimumWidth(36 * SPACING)
        self.detail.setMinimumWidth(48 * SPACING)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        self.content.addWidget(split, 1)

        chain = [self.sort, self.search, self.kind_filter, self.barrier_filter, self.state_filter, self.list]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        for combo in (self.kind_filter, self.barrier_filter, self.state_filter, self.sort):
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)

        self.current_id: int | None = None
        self._wanted_id: int | None = None
        self._want_first_open = False
        self._generation = 0
        self.loaded = False
        controller.advocate_changed.connect(self._advocate_changed)

    @staticmethod
    def _combo(name: str, accessible: str, everything: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        if everything is not None:
            combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(len(everything or "") + 1)
        return combo

    # Loading

    def filters(self) -> ChallengeFilter:
        def chosen(combo: QComboBox, kind: type[Any]) -> Any:
            value = combo.currentData()
            return None if value is None else kind(value)

        return ChallengeFilter(
            search=self.search.text(),
            kind=chosen(self.kind_filter, ChallengeKind),
            barrier=chosen(self.barrier_filter, Barrier),
            state=chosen(self.state_filter, ChallengeState),
            sort=chosen(self.sort, SortOrder) or SortOrder.EXPIRY,
        )

    def filtered(self) -> bool:
        chosen = self.filters()
        return bool(chosen.search.strip()) or any(v is not None for v in (chosen.kind, chosen.barrier, chosen.state))

    def reload(self) -> None:
        advocate_id = self.controller.advocate_id
        if advocate_id is None:
            return
        self._debounce.stop()
        self._generation += 1
        generation = self._generation

        def arrived(items: list[ChallengeItem]) -> None:
            if generation == self._generation and advocate_id == self.controller.advocate_id:
                self.show_items(items)

        self.controller.load(
            list_for, arrived, advocate_id=advocate_id, now=self.controller.now(), filters=self.filters()
        )

    def show_items(self, items: list[ChallengeItem]) -> None:
        self.loaded = True
        self.model.set_items(items)
        shown = len(items)
        self.count.setText(self.tr("1 challenge") if shown == 1 else self.tr("%1 challenges").replace("%1", str(shown)))
        if items:
            self.list_stack.setCurrentWidget(self.list)
        elif self.filtered():
            self.empty.set_message(
                self.tr("No challenges match your filters"), self.tr("Try other words, or show every challenge again.")
            )
            self.clear_filters_button.show()
            self.list_stack.setCurrentWidget(self.empty)
        else:
            self.empty.set_message(
                self.tr("No challenges yet"),
                self.tr("When the team opens a challenge, it appears here. Check back soon!"),
            )
            self.clear_filters_button.hide()
            self.list_stack.setCurrentWidget(self.empty)
        if self._want_first_open:
            self._want_first_open = False
            self.open_first()
            return
        if self._wanted_id is not None:
            wanted, self._wanted_id = self._wanted_id, None
            if self.model.row_of(wanted) >= 0:
                self._select(wanted)
                return
        if self.current_id is not None and self.model.row_of(self.current_id) >= 0:
            self._select(self.current_id)

    def _advocate_changed(self) -> None:
        self.current_id = None
        self.loaded = False
        self.model.set_items([])
        self.detail.set_item(None, self.controller.now())

    # Selecting

    def _select(self, challenge_id: int) -> None:
        row = self.model.row_of(challenge_id)
        index = self.model.index(row)
        if self.list.currentIndex() == index:
            self._current_changed(index)
        else:
            self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def _current_changed(self, index: QModelIndex, _previous: Any = None) -> None:
        if not index.isValid():
            return
        item = self.model.item(index.row())
        self.current_id = item.id
        self.detail.set_item(item, self.controller.now())

    def _activated(self, index: QModelIndex) -> None:
        self._current_changed(index)
        self.detail.focus_first()

    def open_challenge(self, challenge_id: int) -> None:
        """Show one challenge (from Home, say), clearing the filters when they hide it."""
        self.current_id = challenge_id
        if self.loaded and self.model.row_of(challenge_id) >= 0:
            self._select(challenge_id)
            return
        self._wanted_id = challenge_id
        if self.filtered():
            self.clear_filters()
        else:
            self.reload()

    def open_first(self) -> None:
        """Select the first open challenge and show its detail."""
        if not self.loaded:
            self._want_first_open = True
            self.refresh()
            return
        first = next((item for item in self.model.items() if item.state is ChallengeState.OPEN), None)
        if first is None and self.model.rowCount():
            first = self.model.item(0)
        if first is not None:
            self._select(first.id)

    def clear_filters(self) -> None:
        for combo in (self.kind_filter, self.barrier_filter, self.state_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tick()
        self._ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._ticker.stop()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Opening the screen puts the keyboard in the search field (not a proxy, which would skip the sort box)."""
        super().focusInEvent(event)
        self.search.setFocus(event.reason())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _tick(self) -> None:
        self.model.refresh_deadlines()
        self.detail.tick(self.controller.now())

    # Acting

    def _submit(self, request: SubmitRequest) -> None:
        advocate_id = self.controller.advocate_id
        if advocate_id is None:
            return
        common = {
            "advocate_id": advocate_id,
            "proof": request.proof,
            "disclosure_acknowledged": request.disclosure_acknowledged,
            "on_done": lambda result: self._submitted(request, result),
            "on_error": lambda error: self._failed(request.challenge_id, error),
        }
        if request.resubmit_id is not None:
            self.controller.act(actions.resubmit, submission_id=request.resubmit_id, **common)
        else:
            self.controller.act(actions.complete, challenge_id=request.challenge_id, **common)

    def _submitted(self, request: SubmitRequest, result: Any) -> None:
        submission = getattr(result, "submission", result)
        posted = getattr(result, "posted", None)
        points = posted.entry.points if posted is not None else 0
        self.detail.show_outcome(request.challenge_id, submission.status, submission.decision_note, points)
        self.reload()

    def _failed(self, challenge_id: int, error: BaseException) -> None:
        if isinstance(error, AdvocateHubError):
            self.detail.show_error(challenge_id, error)

    def _decline(self, challenge_id: int) -> None:
        advocate_id = self.controller.advocate_id
        item = self.detail.item
        if advocate_id is None or item is None:
            return
        reason = DeclineDialog.ask(self, item.title)
        if reason is None:
            return

        def done(_row: object) -> None:
            self.detail.show_declined(challenge_id)
            self.reload()

        self.controller.act(
            actions.decline,
            advocate_id=advocate_id,
            challenge_id=challenge_id,
            reason=reason,
            on_done=done,
            on_error=lambda error: self._failed(challenge_id, error),
        )

    def visible_rect_of(self, challenge_id: int) -> QRect:
        """Where a challenge's row is on screen (for tests that click it)."""
        return self.list.visualRect(self.model.index(self.model.row_of(challenge_id)))
