"""Rewards desk (moderators and staff): the fulfilment queue and the catalog editor, one tab each.

The queue lists requested redemptions oldest first; the selected one is fulfilled with an optional note or
cancelled with a required reason, which refunds the points through a reversal in the ledger (the core does that).
The catalog lists every reward, retired ones too, with how many requests wait and how many were fulfilled; the
form beside it adds and edits rewards, and retires them or offers them again.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget

from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.queries.fulfilment import CatalogRow, Desk, QueueItem, desk
from advocate_hub.core.services.rewards import RewardDraft
from advocate_hub.core.sync import moderation_actions
from advocate_hub.ui import formats, icons
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.models.fulfilment_model import (
    ITEM_ROLE,
    CatalogColumn,
    CatalogModel,
    QueueColumn,
    QueueModel,
    waited,
)
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.desk_tables import desk_table, set_flag
from advocate_hub.ui.views.reward_form import RewardForm
from advocate_hub.ui.widgets import SPACING, Card, EmptyState, button, label

PANEL_WIDTH = 46 * SPACING
TABLE_MIN_HEIGHT = 52 * SPACING
FORM_WIDTH = 40 * SPACING


def selected(table: QTableView) -> object | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].data(ITEM_ROLE) if rows else None


class RequestPanel(Card):
    """The selected request: who asked for what and when, a note box, and the two decisions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("RequestPanel", title=self.tr("Selected request"), parent=parent)
        self.who = label("", "title", wrap=True, name="RequestAdvocate")
        self.email = label("", "caption", name="RequestEmail")
        self.reward = label("", wrap=True, name="RequestReward")
        self.when = label("", "caption", wrap=True, name="RequestWhen")
        for widget in (self.who, self.email, self.reward, self.when):
            self.body.addWidget(widget)
        self.body.addSpacing(SPACING)
        self.body.addWidget(label(self.tr("Note to the advocate"), "field"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("RequestNote")
        self.note.setAccessibleName(self.tr("Note to the advocate, or why the request is cancelled"))
        self.note.setPlaceholderText(self.tr("Optional when fulfilling; required when cancelling."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(12 * SPACING)
        self.body.addWidget(self.note)
        self.error = label("", "error", wrap=True, name="RequestError")
        self.error.hide()
        self.body.addWidget(self.error)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        self.fulfil = button(self.tr("Fulfil"), "RequestFulfil", kind="primary")
        self.fulfil.setIcon(icons.icon("ph.check", tone="accent_text"))
        self.fulfil.setToolTip(self.tr("Mark as fulfilled (Ctrl+Enter)"))
        self.cancel = button(self.tr("Cancel with refund"), "RequestCancel", kind="danger")
        self.cancel.setToolTip(self.tr("Cancel the request and give the points back"))
        row.addWidget(self.fulfil)
        row.addStretch(1)
        row.addWidget(self.cancel)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.show_item(None, None)
        self.setFixedWidth(max(PANEL_WIDTH, self.minimumSizeHint().width()))

    def show_item(self, item: QueueItem | None, now: datetime | None) -> None:
        self.error.hide()
        self.note.clear()
        for widget in (self.email, self.reward, self.when, self.note, self.fulfil, self.cancel):
            widget.setEnabled(item is not None)
        if item is None:
            self.who.setText(self.tr("Nothing selected"))
            self.email.clear()
            self.reward.setText(self.tr("Pick a request in the queue to fulfil or cancel it."))
            self.when.clear()
            return
        self.who.setText(item.advocate_name)
        self.email.setText(item.advocate_email)
        self.reward.setText(
            self.tr("%1 for %2 points").replace("%1", item.reward_name).replace("%2", formats.number(item.cost))
        )
        when = formats.date(item.requested_at)
        if now is not None:
            when = self.tr("Requested %1, waiting %2").replace("%1", when).replace("%2", waited(item.requested_at, now))
        self.when.setText(when)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        set_flag(self.note, "invalid", True)
        self.note.setFocus()

    def clear_error(self) -> None:
        self.error.hide()
        set_flag(self.note, "invalid", False)


class FulfilmentPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("FulfilmentPage", self.tr("Rewards desk"), controller, parent)
        self.waiting = label("", name="DeskWaiting")
        self.waiting.setProperty("chip", "state")
        self.header.addWidget(self.waiting)
        self.content.addWidget(
            label(
                self.tr("Fulfil what advocates asked for, oldest first, and keep the catalog worth opening."),
                "muted",
                wrap=True,
                name="DeskIntro",
            )
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("DeskTabs")
        self.tabs.setAccessibleName(self.tr("Rewards desk sections"))
        self.tabs.tabBar().setObjectName("DeskTabBar")
        self.tabs.tabBar().setAccessibleName(self.tr("Rewards desk sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setDrawBase(False)
        self.content.addWidget(self.tabs, 1)

        queue_tab = QWidget()
        queue_tab.setObjectName("QueueTab")
        queue_row = QHBoxLayout(queue_tab)
        queue_row.setContentsMargins(0, 2 * SPACING, 0, 0)
        queue_row.setSpacing(2 * SPACING)
        queue_card = Card("QueueCard", title=self.tr("Waiting to be fulfilled"))
        self.queue_message = label("", "caption", wrap=True, name="QueueMessage")
        self.queue_message.hide()
        queue_card.body.addWidget(self.queue_message)
        self.queue_model = QueueModel(self)
        self.queue_view = desk_table(
            "QueueTable", self.tr("Requests waiting to be fulfilled"), self.queue_model, stretch=(QueueColumn.REWARD,)
        )
        self.queue_view.setMinimumHeight(TABLE_MIN_HEIGHT)
        self.queue_view.selectionModel().selectionChanged.connect(self._queue_selected)
        self.queue_empty = EmptyState(
            "QueueEmpty",
            icons.icon("ph.smiley"),
            self.tr("All caught up"),
            self.tr("No requests are waiting. New redemptions appear here, oldest first."),
        )
        self.queue_stack = QStackedWidget()
        self.queue_stack.addWidget(self.queue_view)
        self.queue_stack.addWidget(self.queue_empty)
        queue_card.body.addWidget(self.queue_stack, 1)
        queue_row.addWidget(queue_card, 1)
        self.panel = RequestPanel()
        self.panel.fulfil.clicked.connect(self.fulfil_selected)
        self.panel.cancel.clicked.connect(self.cancel_selected)
        queue_row.addWidget(self.panel)
        self.tabs.addTab(queue_tab, icons.icon("ph.tray"), self.tr("Fulfilment queue"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), queue_tab)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.fulfil_selected)

        catalog_tab = QWidget()
        catalog_tab.setObjectName("CatalogTab")
        catalog_row = QHBoxLayout(catalog_tab)
        catalog_row.setContentsMargins(0, 2 * SPACING, 0, 0)
        catalog_row.setSpacing(2 * SPACING)
        catalog_card = Card("CatalogCard")
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Catalog").upper(), "section"))
        top.addStretch(1)
        self.new_reward = button(self.tr("New reward"), "CatalogNew", kind="quiet")
        self.new_reward.setIcon(icons.icon("ph.plus"))
        self.new_reward.clicked.connect(self._new_reward)
        top.addWidget(self.new_reward)
        catalog_card.body.addLayout(top)
        self.catalog_model = CatalogModel(self)
        self.catalog_view = desk_table(
            "CatalogTable", self.tr("Reward catalog"), self.catalog_model, stretch=(CatalogColumn.NAME,)
        )
        self.catalog_view.setMinimumHeight(TABLE_MIN_HEIGHT)
        self.catalog_view.selectionModel().selectionChanged.connect(self._catalog_selected)
        catalog_card.body.addWidget(self.catalog_view, 1)
        catalog_row.addWidget(catalog_card, 1)
        form_column = QVBoxLayout()
        self.form = RewardForm()
        self.form.setFixedWidth(FORM_WIDTH)
        self.form.save_requested.connect(self.save_reward)
        self.form.active_requested.connect(self.set_active)
        form_column.addWidget(self.form)
        form_column.addStretch(1)
        catalog_row.addLayout(form_column)
        self.tabs.addTab(catalog_tab, icons.icon("ph.gift"), self.tr("Catalog"))

        self.data: Desk | None = None
        self.now: datetime | None = None
        self._select_reward: int | None = None
        self._saved_message = ""

    # Loading

    def reload(self) -> None:
        self.controller.load(desk, self.show_desk)

    def show_desk(self, data: Desk) -> None:
        self.data = data
        self.now = self.controller.now()
        self._show_queue(data.queue)
        self._show_catalog(data.catalog)
        count = len(data.queue)
        self.waiting.setText(self.tr("%n waiting", "", count))
        self.tabs.setTabText(0, self.tr("Fulfilment queue (%1)").replace("%1", f"{count:,}"))

    def _show_queue(self, items: list[QueueItem]) -> None:
        previous = selected(self.queue_view)
        keep = previous.redemption_id if isinstance(previous, QueueItem) else None
        self.queue_model.now = self.now
        self.queue_model.set_rows(items)
        self.queue_stack.setCurrentWidget(self.queue_view if items else self.queue_empty)
        ids = [item.redemption_id for item in items]
        if items:
            self.queue_view.selectRow(ids.index(keep) if keep in ids else 0)
        else:
            self.panel.show_item(None, None)

    def _show_catalog(self, rows: list[CatalogRow]) -> None:
        previous = selected(self.catalog_view)
        keep = self._select_reward or (previous.id if isinstance(previous, CatalogRow) else None)
        self._select_reward = None
        self.catalog_model.set_rows(rows)
        ids = [row.id for row in rows]
        if keep in ids:
            self.catalog_view.selectRow(ids.index(keep))
        else:
            self.form.edit(None)
        if self._saved_message:
            self.form.show_message(self._saved_message, error=False)
            self._saved_message = ""

    # The queue

    def _queue_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        item = selected(self.queue_view)
        self.panel.show_item(item if isinstance(item, QueueItem) else None, self.now)

    def _current_request(self) -> QueueItem | None:
        item = selected(self.queue_view)
        return item if isinstance(item, QueueItem) else None

    def fulfil_selected(self) -> None:
        item = self._current_request()
        if item is None or self.controller.advocate_id is None:
            return
        self.panel.clear_error()
        self.controller.act(
            moderation_actions.fulfil,
            actor_id=self.controller.advocate_id,
            redemption_id=item.redemption_id,
            note=self.panel.note.toPlainText(),
            on_done=lambda _row: self._decided(self.tr("Fulfilled: %1 for %2."), item),
            on_error=self._refused,
        )

    def cancel_selected(self) -> None:
        item = self._current_request()
        if item is None or self.controller.advocate_id is None:
            return
        reason = self.panel.note.toPlainText().strip()
        if not reason:
            self.panel.show_error(self.tr("Say why the request is cancelled; the advocate sees it with the refund."))
            return
        self.panel.clear_error()
        self.controller.act(
            moderation_actions.cancel,
            actor_id=self.controller.advocate_id,
            redemption_id=item.redemption_id,
            reason=reason,
            on_done=lambda _row: self._decided(self.tr("Cancelled: %1 for %2; the points went back."), item),
            on_error=self._refused,
        )

    def _decided(self, template: str, item: QueueItem) -> None:
        self.queue_message.setText(template.replace("%1", item.reward_name).replace("%2", item.advocate_name))
        set_flag(self.queue_message, "tone", "success")
        self.queue_message.show()

    def _refused(self, error: AdvocateHubError) -> None:
        self.panel.show_error(str(error))

    # The catalog

    def _catalog_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = selected(self.catalog_view)
        if isinstance(row, CatalogRow):
            self.form.edit(row)

    def _new_reward(self) -> None:
        self.catalog_view.clearSelection()
        self.form.edit(None)
        self.form.name.setFocus()

    def save_reward(self, reward_id: int | None, draft: RewardDraft) -> None:
        if self.controller.advocate_id is None:
            return
        kwargs = {"actor_id": self.controller.advocate_id, "draft": draft}
        if reward_id is None:
            use_case = moderation_actions.create_reward
        else:
            use_case = moderation_actions.update_reward
            kwargs["reward_id"] = reward_id
        self.controller.act(
            use_case,
            on_done=lambda reward: self._saved(reward.id, draft.name.strip()),
            on_error=self.form.show_error,
            **kwargs,
        )

    def _saved(self, reward_id: int, name: str) -> None:
        self._select_reward = reward_id
        self._saved_message = self.tr("Saved %1.").replace("%1", name)

    def set_active(self, reward_id: int, active: bool) -> None:
        if self.controller.advocate_id is None:
            return
        self._select_reward = reward_id
        self.controller.act(
            moderation_actions.set_reward_active,
            actor_id=self.controller.advocate_id,
            reward_id=reward_id,
            active=active,
            on_error=self.form.show_error,
        )
