"""Moderation: the queue of pending submissions beside the chosen one's proof, decided by keyboard.

J and K move through the list; A approves (with the note as the thank-you, or the program's default), R rejects
and C asks for changes, both only with a reason in the note. The letters are shortcuts of the list alone, so typing
in the note never decides anything; Ctrl+Enter in the note sends it. After a decision the next submission is
chosen. Data comes from the core's moderation queries through the controller, decisions through ``act``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta

import shiboken6
from PySide6.QtCore import QDir, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import TemplatePurpose
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.queries.moderation import (
    ChallengeChoice,
    QueueFilter,
    QueueItem,
    QueuePage,
    median_wait,
    pending_challenges,
    queue,
)
from advocate_hub.core.services import templates
from advocate_hub.core.services.templates import TemplateItem
from advocate_hub.core.sync import moderation_actions
from advocate_hub.ui import icons
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.models.moderation_model import ITEM_ROLE, ModerationModel, QueueDelegate
from advocate_hub.ui.resources import resource
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.proof_view import SubmissionDetail
from advocate_hub.ui.views.templates_dialog import TemplatesDialog
from advocate_hub.ui.widgets import SPACING, Card, EmptyState, button, label

PAGE_SIZE = 100
ICON_SEARCH_PATH = "ahicons"
"""The style sheet's name for ``resources/icons`` (the combo boxes' arrows), as on the challenges screen."""
SEARCH_DELAY_MS = 200
MEDIAN_WINDOW = timedelta(days=30)
AGE_CHOICES = (None, 4, 24, 72, 168)
"""Minimum waits offered by the age filter, in hours."""


@dataclass(frozen=True, slots=True)
class Overview:
    """What one load brings back: the filtered page, the whole queue's size, the median wait, the choices."""

    page: QueuePage
    waiting: int
    median: timedelta | None
    challenges: list[ChallengeChoice]
    templates: dict[TemplatePurpose, list[TemplateItem]]


def overview(session: Session, *, actor_id: int, filter: QueueFilter, limit: int, now: datetime) -> Overview:
    """Everything the screen shows, read in one session so the numbers agree with each other."""
    page = queue(session, actor_id=actor_id, filter=filter, limit=limit, offset=0, now=now)
    everything = (
        page
        if not filter.narrowed
        else queue(session, actor_id=actor_id, filter=QueueFilter(), limit=1, offset=0, now=now)
    )
    return Overview(
        page=page,
        waiting=everything.total,
        median=median_wait(session, since=now - MEDIAN_WINDOW),
        challenges=pending_challenges(session, actor_id=actor_id),
        templates=templates.all_templates(session, actor_id=actor_id),
    )


class ModerationPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("ModerationPage", self.tr("Moderation"), controller, parent)
        self.setAccessibleName(self.tr("Moderation"))
        QDir.setSearchPaths(ICON_SEARCH_PATH, [str(resource("icons"))])
        self.summary = label("", "caption", name="ModerationSummary")
        self.header.insertSpacing(1, 2 * SPACING)
        self.header.insertWidget(2, self.summary, 0, Qt.AlignmentFlag.AlignBottom)
        self.feedback = label("", "muted", name="ModerationFeedback")
        self.feedback.setProperty("tone", "success")
        self.header.addWidget(self.feedback, 0, Qt.AlignmentFlag.AlignBottom)
        self.templates_button = button(self.tr("Templates…"), "ModerationTemplates", kind="quiet")
        self.templates_button.setAccessibleName(self.tr("Edit message templates"))
        self.templates_button.clicked.connect(self.edit_templates)
        self.header.addWidget(self.templates_button, 0, Qt.AlignmentFlag.AlignBottom)

        self._build_filters()
        self._build_queue()
        self.detail = SubmissionDetail()
        self.detail.decision_requested.connect(self.decide)
        self.detail.send_requested.connect(self.send_note)
        self.detail.save_template_requested.connect(lambda purpose: self.save_template(TemplatePurpose(purpose)))
        self.detail.leave_requested.connect(lambda: self.list.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.empty = EmptyState(
            "ModerationEmpty",
            icons.icon("ph.check-circle", tone="success"),
            self.tr("All caught up"),
            self.tr("Nothing is waiting for a decision. New submissions appear here as advocates send them."),
        )
        self.show_all_button = button(self.tr("Show every submission"), "ModerationClearFilters")
        self.show_all_button.clicked.connect(self.clear_filters)
        self.empty.layout().insertWidget(4, self.show_all_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_card = Card("ModerationEmptyCard")
        empty_card.body.addWidget(self.empty)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("ModerationSplit")
        split.setChildrenCollapsible(False)
        split.setHandleWidth(2 * SPACING)
        split.addWidget(self.queue_card)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 6)
        split.setSizes([44 * SPACING, 66 * SPACING])
        self.stack = QStackedWidget()
        self.stack.setObjectName("ModerationStack")
        self.stack.addWidget(split)
        self.stack.addWidget(empty_card)
        self.content.addWidget(self.stack, 1)

        chain = [
            self.kind_filter,
            self.challenge_filter,
            self.search,
            self.age_filter,
            self.list,
            self.bulk_button,
            self.detail.proof.link_button,
            self.detail.template_picker,
            self.detail.save_template,
            self.detail.note,
            self.detail.approve_button,
            self.detail.changes_button,
            self.detail.reject_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._shortcuts()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        for combo in (self.kind_filter, self.challenge_filter, self.age_filter):
            combo.currentIndexChanged.connect(lambda _index: self.reload())

        self.busy = False
        self._pending_action = ""
        self._generation = 0
        self._wanted_row = 0
        self._shown_id: int | None = None
        self._show_item(None)

    # Building

    @staticmethod
    def _combo(name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _build_filters(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        self.kind_filter = self._combo("ModerationKindFilter", self.tr("Filter by kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in sorted(ChallengeKind, key=lambda k: KIND_PROFILES[k].label):
            self.kind_filter.addItem(icons.kind_icon(kind), KIND_PROFILES[kind].label, kind.value)
        self.kind_filter.setMinimumContentsLength(16)
        self.challenge_filter = self._combo("ModerationChallengeFilter", self.tr("Filter by challenge"))
        self.challenge_filter.addItem(self.tr("All challenges"), None)
        self.challenge_filter.setMinimumContentsLength(22)
        self.search = QLineEdit()
        self.search.setObjectName("ModerationSearch")
        self.search.setAccessibleName(self.tr("Search advocates by name or email"))
        self.search.setPlaceholderText(self.tr("Advocate name or email"))
        self.search.addAction(icons.icon("ph.magnifying-glass"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        for number, inner in enumerate(self.search.findChildren(QToolButton)):
            inner.setObjectName(f"ModerationSearchButton{number}")
            inner.setAccessibleName(self.tr("Clear search") if number else self.tr("Search"))
        self.age_filter = self._combo("ModerationAgeFilter", self.tr("Filter by waiting time"))
        for hours in AGE_CHOICES:
            self.age_filter.addItem(self._age_text(hours), hours)
        self.age_filter.setMinimumContentsLength(16)
        row.addWidget(self.kind_filter)
        row.addWidget(self.challenge_filter)
        row.addWidget(self.search, 1)
        row.addWidget(self.age_filter)
        self.content.addLayout(row)

    def _age_text(self, hours: int | None) -> str:
        if hours is None:
            return self.tr("Any wait")
        if hours < 24:
            return self.tr("Waiting %1 h or more").replace("%1", str(hours))
        if hours == 24:
            return self.tr("Waiting a day or more")
        if hours == 168:
            return self.tr("Waiting a week or more")
        return self.tr("Waiting %1 days or more").replace("%1", str(hours // 24))

    def _build_queue(self) -> None:
        self.queue_card = Card("ModerationQueueCard")
        self.queue_card.body.setAlignment(Qt.AlignmentFlag(0))
        self.queue_card.setMinimumWidth(38 * SPACING)
        self.model = ModerationModel(self)
        self.model.fetch_more = self._fetch_more
        self.list = QListView()
        self.list.setObjectName("ModerationList")
        self.list.setAccessibleName(self.tr("Pending submissions"))
        self.list.setToolTip(self.tr("J / K: next / previous · A approve · R reject · C ask for changes"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(QueueDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.list.selectionModel().currentChanged.connect(lambda current, _previous: self._current_changed(current))
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.queue_card.body.addWidget(self.list, 1)
        self.bulk_button = button(self.tr("Approve selected (0)"), "ModerationBulkApprove")
        self.bulk_button.setIcon(icons.icon("ph.checks", tone="accent"))
        self.bulk_button.setToolTip(self.tr("Approve every selected submission with the note as thank-you (Shift+A)"))
        self.bulk_button.clicked.connect(self.approve_selected)
        self.queue_card.body.addWidget(self.bulk_button)

    def _shortcuts(self) -> None:
        on_list = (
            ("J", lambda: self.move(1)),
            ("K", lambda: self.move(-1)),
            ("A", lambda: self.decide("approve")),
            ("R", lambda: self.decide("reject")),
            ("C", lambda: self.decide("changes")),
            ("Shift+A", self.approve_selected),
        )
        for keys, slot in on_list:
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # Loading

    def filters(self) -> QueueFilter:
        kind = self.kind_filter.currentData()
        return QueueFilter(
            kind=ChallengeKind(kind) if kind else None,
            challenge_id=self.challenge_filter.currentData(),
            advocate=self.search.text().strip(),
            min_age_hours=self.age_filter.currentData(),
        )

    def clear_filters(self) -> None:
        for combo in (self.kind_filter, self.challenge_filter, self.age_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        actor_id = self.controller.advocate_id
        if actor_id is None:
            return
        self._generation += 1
        generation = self._generation
        self.controller.load(
            overview,
            lambda result: self._show(result, generation),
            actor_id=actor_id,
            filter=self.filters(),
            limit=max(PAGE_SIZE, self.model.rowCount()),
            now=self.controller.now(),
        )

    def _fetch_more(self, offset: int) -> None:
        actor_id = self.controller.advocate_id
        if actor_id is None:
            return
        generation = self._generation
        self.controller.load(
            queue,
            lambda page: self._more(page, offset, generation),
            actor_id=actor_id,
            filter=self.filters(),
            limit=PAGE_SIZE,
            offset=offset,
            now=self.controller.now(),
        )

    def _more(self, page: QueuePage, offset: int, generation: int) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self.model.append(page, offset)
            self._update_counts()

    def _show(self, result: Overview, generation: int) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._show_challenges(result.challenges)
        self.detail.show_templates(result.templates)
        self.summary.setText(self._summary_text(result.waiting, result.median))
        keep = self._shown_id
        self.model.set_page(result.page)
        row = self.model.row_of(keep) if keep is not None else -1
        self._select(row if row >= 0 else min(self._wanted_row, self.model.rowCount() - 1))
        self._update_counts()

    def _summary_text(self, waiting: int, wait: timedelta | None) -> str:
        count = self.tr("1 waiting") if waiting == 1 else self.tr("%1 waiting").replace("%1", f"{waiting:,}")
        if wait is None:
            return count
        return self.tr("%1 · median wait %2").replace("%1", count).replace("%2", self._hours(wait))

    def _hours(self, wait: timedelta) -> str:
        hours = wait.total_seconds() / 3600
        if hours < 1:
            return self.tr("under 1 h")
        return self.tr("%1 h").replace("%1", f"{hours:.1f}" if hours < 10 else f"{hours:.0f}")

    def _show_challenges(self, choices: list[ChallengeChoice]) -> None:
        current = self.challenge_filter.currentData()
        wanted: list[tuple[str, int | None]] = [(self.tr("All challenges"), None)]
        wanted += [(f"{choice.title} ({choice.pending})", choice.id) for choice in choices]
        if current is not None and current not in {cid for _text, cid in wanted}:
            wanted.append((self.tr("Chosen challenge (0)"), current))
        present = [
            (self.challenge_filter.itemText(i), self.challenge_filter.itemData(i))
            for i in range(self.challenge_filter.count())
        ]
        if wanted == present:
            return
        self.challenge_filter.blockSignals(True)
        self.challenge_filter.clear()
        for text, cid in wanted:
            self.challenge_filter.addItem(text, cid)
        self.challenge_filter.setCurrentIndex(max(0, self.challenge_filter.findData(current)))
        self.challenge_filter.blockSignals(False)

    # Showing one submission

    def current_item(self) -> QueueItem | None:
        return self.model.item(self.list.currentIndex().row())

    def selected_items(self) -> list[QueueItem]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [item for item in (self.model.item(row) for row in rows) if item is not None]

    def _select(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._show_item(None)
            return
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        self._show_item(self.model.item(row))

    def move(self, step: int) -> None:
        count = self.model.rowCount()
        if count:
            self._select(max(0, min(count - 1, self.list.currentIndex().row() + step)))

    def _current_changed(self, current: QModelIndex) -> None:
        item = current.data(ITEM_ROLE) if current.isValid() else None
        self._show_item(item if isinstance(item, QueueItem) else None)

    def _selection_changed(self) -> None:
        count = len(self.list.selectionModel().selectedRows())
        self.bulk_button.setText(self.tr("Approve selected (%1)").replace("%1", str(count)))
        self.bulk_button.setEnabled(count > 0 and not self.busy)

    def _update_counts(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentIndex(1 if empty else 0)
        if empty and self.filters().narrowed:
            self.empty.set_message(
                self.tr("Nothing matches these filters"),
                self.tr("Other submissions are still waiting: show every submission to see them."),
            )
        elif empty:
            self.empty.set_message(
                self.tr("All caught up"),
                self.tr("Nothing is waiting for a decision. New submissions appear here as advocates send them."),
            )
        self.show_all_button.setVisible(empty and self.filters().narrowed)
        self._selection_changed()

    def _show_item(self, item: QueueItem | None) -> None:
        shown = item.submission_id if item is not None else None
        if item is not None:
            self._wanted_row = max(0, self.model.row_of(item.submission_id))
        if shown == self._shown_id and item is not None:
            return
        self._shown_id = shown
        self._pending_action = ""
        self.detail.clear_note()
        self.detail.set_deciding(item is not None and not item.own and not self.busy)
        self.detail.show_item(item)

    # Deciding

    def send_note(self) -> None:
        """Ctrl+Enter in the note: the decision that was waiting for words, or an approval."""
        self.decide(self._pending_action or "approve")

    def decide(self, action: str) -> None:
        """Decide the current submission; a rejection or change request without words is refused here."""
        item = self.current_item()
        actor_id = self.controller.advocate_id
        if item is None or actor_id is None or self.busy:
            return
        if item.own:
            self.detail.set_error(self.detail.own_words())
            return
        note = self.detail.note_text()
        if action in {"reject", "changes"} and not note:
            self._pending_action = action
            what = self.tr("why it is rejected") if action == "reject" else self.tr("what should change")
            self.detail.set_error(
                self.tr("Write %1 first: the advocate will read it. Then press Ctrl+Enter.").replace("%1", what)
            )
            self.detail.note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        use_case, words, done = {
            "approve": (moderation_actions.approve, "thank_you", self.tr("Approved %1's submission")),
            "reject": (moderation_actions.reject, "reason", self.tr("Rejected %1's submission")),
            "changes": (moderation_actions.request_changes, "note", self.tr("Asked %1 for changes")),
        }[action]
        ids = {item.submission_id}
        self._start()
        self.controller.act(
            use_case,
            on_done=lambda _result: self._finished(ids, done.replace("%1", item.advocate_name)),
            on_error=self._failed,
            actor_id=actor_id,
            submission_id=item.submission_id,
            **{words: note},
        )

    def edit_templates(self) -> None:
        """Open the template editor; the picker offers the changes once it closes."""
        TemplatesDialog(self.controller, self).exec()
        self.refresh()

    def save_template(self, purpose: TemplatePurpose) -> None:
        """Keep the note as a template of ``purpose``, titled by its first words."""
        actor_id = self.controller.advocate_id
        body = self.detail.note_text()
        if actor_id is None:
            return
        if not body:
            self.detail.set_error(self.tr("Write the message first, then save it as a template."))
            return
        words = body.split()
        title = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
        self.controller.act(
            templates.create,
            on_done=lambda _row: self.feedback.setText(self.tr("Saved as a template")),
            on_error=lambda error: self.detail.set_error(str(error)),
            actor_id=actor_id,
            purpose=purpose,
            title=title,
            body=body,
        )

    def approve_selected(self) -> None:
        chosen = self.selected_items()
        actor_id = self.controller.advocate_id
        if not chosen or actor_id is None or self.busy:
            return
        ids = [item.submission_id for item in chosen]
        done = self.tr("Approved %1 submissions").replace("%1", str(len(ids)))
        self._wanted_row = min(self.model.row_of(i) for i in ids)
        self._start()
        self.controller.act(
            moderation_actions.approve_many,
            on_done=lambda _r: self._finished(set(ids), done),
            on_error=self._failed,
            actor_id=actor_id,
            submission_ids=ids,
            thank_you=self.detail.note_text(),
        )

    def _start(self) -> None:
        self.busy = True
        self.detail.set_error("")
        self.detail.set_deciding(False)
        self.bulk_button.setEnabled(False)

    def _finished(self, ids: set[int], message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        row = min((self.model.row_of(i) for i in ids if self.model.row_of(i) >= 0), default=self._wanted_row)
        self.model.remove(ids)
        self._shown_id = None
        self._wanted_row = row
        self._select(min(row, self.model.rowCount() - 1))
        self.detail.clear_note()
        self.feedback.setText(message)
        self._update_counts()
        if self.model.rowCount():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        item = self.current_item()
        self.detail.set_deciding(item is not None and not item.own)
        self._selection_changed()
        self.detail.set_error(str(error))
        self.reload()
