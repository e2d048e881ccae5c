"""Managing challenges: find one, edit it in the form, end or archive it; preview and dry-run before saving.

"Preview as" shows the challenge's card as an advocate of a tier would find it, judged by the real eligibility
rules; "Dry run" counts, in the database, how many advocates it would reach and how many of them have already
been asked as often as the program allows. Saving a new challenge publishes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from advocate_hub.core.domain.challenges import ChallengeDraft, ChallengeStatus, problems
from advocate_hub.core.domain.eligibility import IneligibleReason
from advocate_hub.core.domain.errors import AdvocateHubError, ValidationError
from advocate_hub.core.domain.kinds import KIND_PROFILES
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.leaderboard import GroupChoice, groups
from advocate_hub.core.queries.reach import ManagedChallenge, Reach, dry_run, managed, preview
from advocate_hub.core.sync import moderation_actions
from advocate_hub.ui import icons, words
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.challenge_form import ChallengeForm
from advocate_hub.ui.widgets import SPACING, Card, button, label

LIST_WIDTH = 36 * SPACING
STATUS_TONES = {
    ChallengeStatus.SCHEDULED: "info",
    ChallengeStatus.LIVE: "accent",
    ChallengeStatus.EXPIRED: "muted",
    ChallengeStatus.ARCHIVED: "muted",
}


@dataclass(frozen=True, slots=True)
class EditorData:
    challenges: list[ManagedChallenge]
    groups: list[GroupChoice]


def editor_data(session: Session, *, now: datetime) -> EditorData:
    return EditorData(managed(session, now=now), groups(session))


def create_challenge(session: Session, *, now: datetime, **kwargs: Any) -> int:
    """Create and hand back only the id: the row itself must not leave its session."""
    return moderation_actions.create_challenge(session, now=now, **kwargs).id


def update_challenge(session: Session, *, now: datetime, **kwargs: Any) -> int:
    return moderation_actions.update_challenge(session, now=now, **kwargs).id


def status_text(status: ChallengeStatus) -> str:
    return {
        ChallengeStatus.SCHEDULED: QWidget.tr("Scheduled"),
        ChallengeStatus.LIVE: QWidget.tr("Live"),
        ChallengeStatus.EXPIRED: QWidget.tr("Expired"),
        ChallengeStatus.ARCHIVED: QWidget.tr("Archived"),
    }[status]


def _polish(widget: QWidget, **properties: object) -> None:
    for name, value in properties.items():
        widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class PreviewCard(QFrame):
    """The challenge's card as an advocate sees it: open, or locked with the reason they would read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreviewCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        top = QHBoxLayout()
        top.setSpacing(SPACING + SPACING // 2)
        self.icon = QLabel()
        self.icon.setObjectName("PreviewKindIcon")
        self.icon.setFixedSize(40, 40)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        self.title = label("", "strong", wrap=True, name="PreviewTitle")
        self.kind = label("", "caption", name="PreviewKind")
        heading.addWidget(self.title)
        heading.addWidget(self.kind)
        top.addLayout(heading, 1)
        self.points = label("", "strong", name="PreviewPoints")
        top.addWidget(self.points, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.description = label("", "muted", wrap=True, name="PreviewDescription")
        layout.addWidget(self.description)
        bottom = QHBoxLayout()
        self.state = label("", name="PreviewState")
        self.state.setProperty("chip", "state")
        bottom.addWidget(self.state)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.reason = label("", "caption", wrap=True, name="PreviewReason")
        layout.addWidget(self.reason)

    def show_draft(self, draft: ChallengeDraft, *, tier: Tier, now: datetime) -> None:
        verdict = preview(draft, tier=tier, now=now)
        self.icon.setPixmap(icons.kind_icon(draft.kind).pixmap(QSize(22, 22)))
        self.title.setText(draft.title.strip())
        self.kind.setText(KIND_PROFILES[draft.kind].label)
        self.points.setText(f"+{draft.points:,}")
        self.description.setText(draft.description.strip())
        self.description.setVisible(bool(draft.description.strip()))
        if verdict.eligible:
            text, tone = self.tr("Open"), "accent"
        elif verdict.reason is IneligibleReason.EXPIRED:
            text, tone = self.tr("Expired"), "muted"
        else:
            text, tone = self.tr("Locked"), "muted"
        self.state.setText(text)
        _polish(self.state, tone=tone)
        reasons = [] if verdict.eligible else [verdict.message]
        if draft.starts_at > now:
            reasons.insert(0, self.tr("Coming soon: opens %1 UTC.").replace("%1", f"{draft.starts_at:%d %b %Y, %H:%M}"))
        self.reason.setText(" ".join(reasons))
        self.reason.setVisible(bool(reasons))
        self.setAccessibleName(f"{text}: {draft.title}. {' '.join(reasons)}")


class ChallengeEditorPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("ChallengeEditorPage", self.tr("Manage challenges"), controller, parent)
        self.data: EditorData | None = None
        self.selected: ManagedChallenge | None = None
        self._select_after_load: int | None = None
        self.new_button = button(self.tr("New challenge"), "EditorNew", kind="primary")
        self.new_button.setIcon(icons.icon("ph.plus", tone="accent_text"))
        self.new_button.clicked.connect(self.new_challenge)
        self.header.addWidget(self.new_button)

        columns = QHBoxLayout()
        columns.setSpacing(2 * SPACING)
        columns.addWidget(self._list_card(), 0)
        right = QVBoxLayout()
        right.setSpacing(2 * SPACING)
        right.addWidget(self._form_card())
        checks = QHBoxLayout()
        checks.setSpacing(2 * SPACING)
        checks.addWidget(self._preview_card(), 1)
        checks.addWidget(self._dry_run_card(), 1)
        right.addLayout(checks)
        right.addStretch(1)
        columns.addLayout(right, 1)
        self.content.addLayout(columns, 1)
        self.form.problems_changed.connect(self._problems)
        self.form.changed.connect(self._form_changed)
        self.new_challenge()

    # --- building -------------------------------------------------------------------------------------------

    def _list_card(self) -> QWidget:
        card = Card("EditorListCard")
        card.setFixedWidth(LIST_WIDTH)
        self.search = QLineEdit()
        self.search.setObjectName("EditorSearch")
        self.search.setAccessibleName(self.tr("Search challenges"))
        self.search.setPlaceholderText(self.tr("Search challenges"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("ph.magnifying-glass"), QLineEdit.ActionPosition.LeadingPosition)
        for part in self.search.findChildren(QToolButton):
            action = part.defaultAction()
            clear = action is not None and action.objectName() == "_q_qlineeditclearaction"
            part.setObjectName("EditorSearchClear" if clear else "EditorSearchIcon")
            part.setAccessibleName(self.tr("Clear the search") if clear else self.tr("Search"))
        self.search.textChanged.connect(self._fill_list)
        card.body.addWidget(self.search)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("EditorStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Show challenges that are"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in ChallengeStatus:
            self.status_filter.addItem(status_text(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._fill_list)
        card.body.addWidget(self.status_filter)
        self.list = QListWidget()
        self.list.setObjectName("EditorList")
        self.list.setAccessibleName(self.tr("Challenges"))
        self.list.setIconSize(QSize(20, 20))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setMinimumHeight(60 * SPACING)
        # Selection, not the current item: tabbing into the list must not swap the form under the moderator.
        self.list.itemSelectionChanged.connect(self._selection_changed)
        card.body.addWidget(self.list, 1)
        self.list_empty = label(self.tr("No challenge matches."), "muted", wrap=True, name="EditorListEmpty")
        self.list_empty.hide()
        card.body.addWidget(self.list_empty)
        card.body.setAlignment(Qt.AlignmentFlag(0))
        return card

    def _form_card(self) -> QWidget:
        card = Card("EditorFormCard")
        top = QHBoxLayout()
        self.form_heading = label("", "title", name="EditorHeading")
        top.addWidget(self.form_heading)
        self.status_chip = label("", name="EditorStatus")
        self.status_chip.setProperty("chip", "state")
        top.addWidget(self.status_chip)
        top.addStretch(1)
        card.body.addLayout(top)
        self.form = ChallengeForm()
        card.body.addWidget(self.form)
        actions = QHBoxLayout()
        actions.setSpacing(SPACING)
        self.save_button = button(self.tr("Save"), "EditorSave", kind="primary")
        self.save_button.clicked.connect(self.save)
        self.expire_button = button(self.tr("Expire now"), "EditorExpire")
        self.expire_button.setIcon(icons.icon("ph.timer"))
        self.expire_button.clicked.connect(self.expire)
        self.archive_button = button(self.tr("Archive"), "EditorArchive", kind="danger")
        self.archive_button.setIcon(icons.icon("ph.archive", tone="danger"))
        self.archive_button.clicked.connect(self.archive)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.expire_button)
        actions.addWidget(self.archive_button)
        card.body.addLayout(actions)
        self.message = label("", "caption", wrap=True, name="EditorMessage")
        self.message.hide()
        card.body.addWidget(self.message)
        card.body.addStretch(1)
        return card

    def _preview_card(self) -> QWidget:
        card = Card("EditorPreviewCard", title=self.tr("Preview"))
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        caption = label(self.tr("Preview as an advocate of tier"), "muted")
        row.addWidget(caption)
        self.preview_tier = QComboBox()
        caption.setBuddy(self.preview_tier)
        self.preview_tier.setObjectName("EditorPreviewTier")
        self.preview_tier.setAccessibleName(self.tr("Preview as an advocate of tier"))
        for tier in Tier:
            self.preview_tier.addItem(words.tier_name(tier), tier.value)
        self.preview_tier.currentIndexChanged.connect(self.update_preview)
        row.addWidget(self.preview_tier, 1)
        card.body.addLayout(row)
        self.preview = PreviewCard()
        card.body.addWidget(self.preview)
        self.preview_blocked = label(
            self.tr("Fix the fields marked in red to see the preview."), "muted", wrap=True, name="EditorPreviewBlocked"
        )
        card.body.addWidget(self.preview_blocked)
        return card

    def _dry_run_card(self) -> QWidget:
        card = Card("EditorDryRunCard", title=self.tr("Dry run"))
        card.body.addWidget(
            label(
                self.tr("Before you publish: who would this reach, and who has been asked enough already?"),
                "muted",
                wrap=True,
            )
        )
        self.dry_run_button = button(self.tr("Dry run"), "EditorDryRun")
        self.dry_run_button.setIcon(icons.icon("ph.users-three"))
        self.dry_run_button.clicked.connect(self.run_dry_run)
        card.body.addWidget(self.dry_run_button)
        self.reach_result = label("", wrap=True, name="DryRunResult")
        self.reach_result.hide()
        card.body.addWidget(self.reach_result)
        self.reach_detail = label("", "caption", wrap=True, name="DryRunDetail")
        self.reach_detail.hide()
        card.body.addWidget(self.reach_detail)
        return card

    # --- loading --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.form.now = self.controller.now()
        self.controller.load(editor_data, self.show_data, now=self.form.now)

    def show_data(self, data: EditorData) -> None:
        self.data = data
        self.form.set_groups(data.groups)
        wanted = self._select_after_load or (self.selected.id if self.selected else None)
        self._select_after_load = None
        self._fill_list(keep=wanted)

    def _fill_list(self, *_args: object, keep: int | None = None) -> None:
        if self.data is None:
            return
        current = keep if keep is not None else (self.selected.id if self.selected else None)
        needle = self.search.text().strip().casefold()
        status = self.status_filter.currentData()
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QListWidgetItem | None = None
        for entry in self.data.challenges:
            draft = entry.draft
            if needle and needle not in f"{draft.title} {draft.description}".casefold():
                continue
            if status and entry.status.value != status:
                continue
            dates = f"{draft.starts_at:%d %b}"
            dates += f" to {draft.expires_at:%d %b}" if draft.expires_at else self.tr(", no end")
            item = QListWidgetItem(
                icons.kind_icon(draft.kind),
                f"{draft.title}\n{status_text(entry.status)} · {draft.points:,} pts · {dates}",
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setSizeHint(QSize(LIST_WIDTH - 6 * SPACING, 7 * SPACING))
            self.list.addItem(item)
            if entry.id == current:
                chosen = item
        self.list.blockSignals(False)
        self.list_empty.setVisible(self.list.count() == 0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
            self._picked(chosen)

    def _entry(self, challenge_id: int | None) -> ManagedChallenge | None:
        if self.data is None:
            return None
        return next((entry for entry in self.data.challenges if entry.id == challenge_id), None)

    # --- choosing -------------------------------------------------------------------------------------------

    def new_challenge(self) -> None:
        self.selected = None
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.form.clear()
        self._show_header()
        self.form.title.setFocus()

    def _selection_changed(self) -> None:
        chosen = self.list.selectedItems()
        if chosen:
            self._picked(chosen[0])

    def _picked(self, item: QListWidgetItem | None) -> None:
        entry = self._entry(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)
        if entry is None:
            return
        same = self.selected is not None and self.selected.id == entry.id and self.selected == entry
        self.selected = entry
        if not same:
            self.form.fill(entry.draft, editing=True)
        self._show_header()

    def _show_header(self) -> None:
        entry = self.selected
        self.form_heading.setText(self.tr("Edit challenge") if entry else self.tr("New challenge"))
        self.status_chip.setVisible(entry is not None)
        if entry is not None:
            self.status_chip.setText(status_text(entry.status))
            _polish(self.status_chip, tone=STATUS_TONES[entry.status])
        self.expire_button.setVisible(entry is not None)
        self.archive_button.setVisible(entry is not None)
        self.expire_button.setEnabled(entry is not None and entry.status is ChallengeStatus.LIVE)
        self.archive_button.setEnabled(entry is not None and entry.status is not ChallengeStatus.ARCHIVED)
        self.save_button.setText(self.tr("Save changes") if entry else self.tr("Save and publish"))
        self.save_button.setAccessibleName(self.save_button.text())
        self._problems(self.form.check())

    # --- checking -------------------------------------------------------------------------------------------

    def _problems(self, found: dict[str, str]) -> None:
        valid = not found
        archived = self.selected is not None and self.selected.status is ChallengeStatus.ARCHIVED
        self.save_button.setEnabled(valid and not archived)
        self.dry_run_button.setEnabled(valid)
        self.update_preview()

    def _form_changed(self) -> None:
        self.message.hide()
        self.reach_result.hide()
        self.reach_detail.hide()

    def update_preview(self) -> None:
        draft = self.form.draft()
        valid = not problems(draft)
        self.preview.setVisible(valid)
        self.preview_blocked.setVisible(not valid)
        if valid:
            tier = Tier(self.preview_tier.currentData())
            self.preview.show_draft(draft, tier=tier, now=self.form.now)

    # --- acting ---------------------------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        _polish(self.message, role="error" if error else "caption", tone="" if error else "success")
        self.message.show()

    def _refused(self, error: BaseException) -> None:
        text = str(error) if isinstance(error, AdvocateHubError) else self.tr("Something went wrong.")
        if isinstance(error, ValidationError):
            self.form.show_error(error.field, text)
        self._say(text, error=True)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self.form.check() or self.controller.advocate_id is None:
            return
        self.save_button.setEnabled(False)
        draft = self.form.draft()
        fields: dict[str, Any] = {"actor_id": self.controller.advocate_id, "draft": draft}
        if self.selected is None:
            action, done_text = create_challenge, self.tr("Published. Advocates see it from its start.")
        else:
            action, done_text = update_challenge, self.tr("Saved.")
            fields["challenge_id"] = self.selected.id
        self.controller.act(
            action, on_done=lambda challenge_id: self._saved(challenge_id, done_text), on_error=self._refused, **fields
        )

    def _saved(self, challenge_id: int, text: str) -> None:
        self._select_after_load = challenge_id
        self.selected = None
        self._say(text)

    def _lifecycle(self, action: Any, text: str) -> None:
        if self.selected is None or self.controller.advocate_id is None:
            return
        challenge_id = self.selected.id
        self.controller.act(
            lambda session, now, **kwargs: action(session, now=now, **kwargs).id,
            actor_id=self.controller.advocate_id,
            challenge_id=challenge_id,
            on_done=lambda _id: self._changed(challenge_id, text),
            on_error=self._refused,
        )

    def _changed(self, challenge_id: int, text: str) -> None:
        self._select_after_load = challenge_id
        self.selected = None
        self._say(text)

    def expire(self) -> None:
        self._lifecycle(moderation_actions.expire_challenge, self.tr("Ended. Advocates see it as closed from now."))

    def archive(self) -> None:
        self._lifecycle(
            moderation_actions.archive_challenge, self.tr("Archived. It no longer shows anywhere for advocates.")
        )

    def run_dry_run(self) -> None:
        draft = self.form.draft()
        if problems(draft):
            return
        self.dry_run_button.setEnabled(False)
        self.controller.load(
            dry_run,
            self.show_reach,
            draft=draft,
            now=self.form.now,
            challenge_id=self.selected.id if self.selected else None,
        )

    def show_reach(self, reach: Reach) -> None:
        self.dry_run_button.setEnabled(True)
        self.reach_result.setText(
            self.tr("Would reach %1 advocates; %2 of them are at the fatigue limit.")
            .replace("%1", f"{reach.audience:,}")
            .replace("%2", f"{reach.at_fatigue_limit:,}")
        )
        tiers = " · ".join(f"{tier.label} {count:,}" for tier, count in reach.by_tier.items() if count)
        detail = [tiers] if tiers else []
        if reach.is_ask and reach.at_fatigue_limit:
            detail.append(self.tr("Those at the limit will not be offered it until they have been asked less lately."))
        elif not reach.is_ask:
            detail.append(self.tr("This kind is not an ask, so the limit does not hold it back."))
        self.reach_detail.setText("\n".join(detail))
        self.reach_result.show()
        self.reach_detail.setVisible(bool(detail))
