"""The right-hand side of the Challenges screen: one challenge, why it is closed if it is, and its proof form.

The pane emits intent (``submit_requested``, ``decline_requested``); the page runs the core use case and hands
back the outcome (``show_outcome``) or the core's error (``show_error``), which lands next to the field it names.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.eligibility import IneligibleReason
from advocate_hub.core.domain.enums import SubmissionStatus
from advocate_hub.core.domain.errors import AdvocateHubError, ValidationError
from advocate_hub.core.queries.challenges import ChallengeItem, ChallengeState
from advocate_hub.ui import formats, icons, words
from advocate_hub.ui.models.challenges_model import (
    STATE_TONES,
    barrier_text,
    countdown_text,
    state_text,
)
from advocate_hub.ui.views.proof_forms import ProofForm, WrappedCheck, form_for, repolish
from advocate_hub.ui.widgets import SPACING, Card, EmptyState, button, label

FORM_STATES = {ChallengeState.OPEN, ChallengeState.CHANGES_REQUESTED, ChallengeState.DECLINED}
"""States with a proof form (a declined challenge only while it is still open to the advocate)."""


@dataclass(frozen=True, slots=True)
class SubmitRequest:
    challenge_id: int
    proof: dict[str, Any]
    disclosure_acknowledged: bool
    resubmit_id: int | None = None
    """The submission to send again after a moderator asked for changes; None for a first submission."""


TONE_ICONS = {
    "success": "success",
    "warning": "warning",
    "danger": "danger",
    "info": "focus",
    "muted": "text_muted",
}


class StatusBanner(QFrame):
    """A tinted strip with an icon, a bold line and a explanation: why a challenge is closed, or what happened."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("banner", True)
        row = QHBoxLayout(self)
        row.setContentsMargins(2 * SPACING, 3 * SPACING // 2, 2 * SPACING, 3 * SPACING // 2)
        row.setSpacing(2 * SPACING)
        self.icon = QLabel()
        self.icon.setFixedSize(QSize(24, 24))
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(SPACING // 2)
        self.title = label("", wrap=True, name=f"{name}Title")
        self.title.setProperty("role", "strong")
        self.text = label("", wrap=True, name=f"{name}Text")
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        row.addLayout(texts, 1)
        self.hide()

    def show_message(self, icon: str, tone: str, title: str, text: str = "") -> None:
        self.setProperty("tone", tone)
        repolish(self)
        self.icon.setPixmap(icons.icon(icon, tone=TONE_ICONS.get(tone, "text_muted")).pixmap(QSize(24, 24)))
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setAccessibleName(f"{title} {text}".strip())
        self.show()

    def message(self) -> str:
        return f"{self.title.text()} {self.text.text()}".strip() if self.isVisible() else ""


class DeclineDialog(QDialog):
    """Asks for an optional reason before declining; ``ask`` returns it, or None when the user changes their mind."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeclineDialog")
        self.setWindowTitle(self.tr("Decline “%1”").replace("%1", title))
        column = QVBoxLayout(self)
        column.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        column.setSpacing(SPACING)
        column.addWidget(label(self.tr("No problem: declining costs you nothing."), "title", wrap=True))
        column.addWidget(label(self.tr("A reason helps the team ask better next time (optional)."), "muted", wrap=True))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("DeclineReason")
        self.reason.setAccessibleName(self.tr("Reason for declining (optional)"))
        self.reason.setPlaceholderText(self.tr("Too busy this quarter, not my topic…"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(12 * SPACING)
        column.addWidget(self.reason)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Decline"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("DeclineConfirm")
        ok.setAccessibleName(self.tr("Decline"))
        cancel = buttons.addButton(self.tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("DeclineCancel")
        cancel.setAccessibleName(self.tr("Keep it"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.setMinimumWidth(60 * SPACING)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        dialog = cls(title, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason.toPlainText()
        dialog.deleteLater()
        return reason if accepted else None


class ChallengeDetail(QScrollArea):
    submit_requested = Signal(object)
    """A ``SubmitRequest``."""
    decline_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChallengeDetail")
        self.setAccessibleName(self.tr("Challenge details"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("ChallengeDetailBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, SPACING, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        outer.addStretch(1)

        nothing = Card("ChallengeDetailEmptyCard")
        self.nothing = EmptyState(
            "NoChallengeSelected",
            icons.icon("ph.hand-pointing", tone="accent"),
            self.tr("Pick a challenge"),
            self.tr(
                "Choose one from the list to see what it asks, what it gives and how long it stays open. "
                "With the keyboard: arrow keys to browse, Enter to fill it in."
            ),
        )
        nothing.body.addWidget(self.nothing)
        nothing.setAccessibleName(self.tr("Pick a challenge"))
        self.stack.addWidget(nothing)

        self.card = Card("ChallengeDetailCard")
        self.card.body.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        self.card.body.setSpacing(2 * SPACING)
        self.stack.addWidget(self.card)

        header = QHBoxLayout()
        header.setSpacing(2 * SPACING)
        self.kind_icon = QLabel()
        self.kind_icon.setObjectName("DetailKindIcon")
        self.kind_icon.setFixedSize(QSize(6 * SPACING, 6 * SPACING))
        self.kind_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.kind_icon, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(SPACING // 2)
        self.kind = label("", "section", name="DetailKind")
        self.title = label("", "title", wrap=True, name="DetailTitle")
        names.addWidget(self.kind)
        names.addWidget(self.title)
        header.addLayout(names, 1)
        self.state_chip = label("", name="DetailState")
        self.state_chip.setProperty("chip", "state")
        header.addWidget(self.state_chip, 0, Qt.AlignmentFlag.AlignTop)
        self.card.body.addLayout(header)

        facts = QHBoxLayout()
        facts.setSpacing(3 * SPACING)
        points = QVBoxLayout()
        points.setSpacing(0)
        self.points = label("", "display", name="DetailPoints")
        self.points.setAccessibleName(self.tr("Points"))
        points.addWidget(self.points)
        points.addWidget(label(self.tr("points"), "caption", name="DetailPointsCaption"))
        facts.addLayout(points)
        others = QVBoxLayout()
        others.setSpacing(SPACING)
        others.addStretch(1)
        self.barrier = label("", name="DetailBarrier")
        self.barrier.setProperty("chip", "state")
        others.addWidget(self.barrier, 0, Qt.AlignmentFlag.AlignLeft)
        clock = QHBoxLayout()
        clock.setSpacing(SPACING)
        self.clock_icon = QLabel()
        self.clock_icon.setPixmap(icons.icon("ph.clock").pixmap(QSize(16, 16)))
        clock.addWidget(self.clock_icon)
        self.countdown = label("", "muted", name="DetailCountdown")
        clock.addWidget(self.countdown, 1)
        others.addLayout(clock)
        facts.addLayout(others, 1)
        self.card.body.addLayout(facts)

        self.description = label("", wrap=True, name="DetailDescription")
        self.card.body.addWidget(self.description)
        self.status = StatusBanner("DetailStatus")
        self.card.body.addWidget(self.status)
        self.outcome = StatusBanner("DetailOutcome")
        self.card.body.addWidget(self.outcome)

        self.proof_section = QWidget()
        self.proof_section.setObjectName("ProofSection")
        section = QVBoxLayout(self.proof_section)
        section.setContentsMargins(0, SPACING, 0, 0)
        section.setSpacing(2 * SPACING)
        rule = QFrame()
        rule.setObjectName("DetailRule")
        rule.setFrameShape(QFrame.Shape.HLine)
        section.addWidget(rule)
        self.proof_title = label("", "section", name="ProofTitle")
        section.addWidget(self.proof_title)
        self.form_holder = QVBoxLayout()
        self.form_holder.setContentsMargins(0, 0, 0, 0)
        section.addLayout(self.form_holder)
        self.disclosure = WrappedCheck(
            self.tr("I will say that I received points for this, and my words are my own honest opinion."),
            "DisclosureCheck",
        )
        section.addWidget(self.disclosure)
        self.disclosure_error = label("", "error", wrap=True, name="DisclosureError")
        self.disclosure_error.hide()
        self.disclosure.indent(self.disclosure_error)
        section.addWidget(self.disclosure_error)
        self.disclosure.box.toggled.connect(lambda _on: self._clear_disclosure_error())
        self.general_error = label("", "error", wrap=True, name="ProofError")
        self.general_error.hide()
        section.addWidget(self.general_error)
        actions = QHBoxLayout()
        actions.setSpacing(SPACING)
        self.submit = button(self.tr("Submit"), "SubmitProof", kind="primary")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._submit)
        actions.addWidget(self.submit)
        actions.addStretch(1)
        self.decline = button(self.tr("Not for me"), "DeclineChallenge", accessible=self.tr("Decline this challenge"))
        self.decline.setProperty("kind", "quiet")
        self.decline.clicked.connect(self._decline)
        actions.addWidget(self.decline)
        section.addLayout(actions)
        self.card.body.addWidget(self.proof_section)

        self.item: ChallengeItem | None = None
        self.form: ProofForm | None = None
        self.tab_anchor: QWidget | None = None
        """The widget before the pane in the tab order (the list); the pane's fields follow it."""
        self._busy = False

    # What is shown

    def set_item(self, item: ChallengeItem | None, now: datetime) -> None:
        """Show ``item``; the same challenge again updates in place and keeps what the user typed."""
        previous = self.item
        self.item = item
        if item is None:
            self._drop_form()
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        same = previous is not None and previous.id == item.id
        if not same:
            self.outcome.hide()
            self.verticalScrollBar().setValue(0)
        self.kind_icon.setPixmap(icons.kind_icon(item.kind).pixmap(QSize(28, 28)))
        self.kind_icon.setAccessibleName(words.kind_name(item.kind))
        self.card.setAccessibleName(item.title)
        self.card.setAccessibleDescription(words.kind_name(item.kind))
        self.kind.setText(words.kind_name(item.kind).upper())
        self.title.setText(item.title)
        self.state_chip.setText(state_text(item.state))
        self.state_chip.setProperty("tone", STATE_TONES[item.state])
        repolish(self.state_chip)
        self.points.setText(formats.number(item.points))
        self.points.setAccessibleName(self.tr("%1 points").replace("%1", formats.number(item.points)))
        self.barrier.setText(barrier_text(item.barrier))
        self.description.setText(item.description)
        self.tick(now)
        self._show_status(item)
        rebuild = (
            not same
            or previous is None
            or previous.state is not item.state
            or previous.proof_type is not item.proof_type
            or previous.config != item.config
        )
        if rebuild:
            self._build_form(item)

    def tick(self, now: datetime) -> None:
        if self.item is not None:
            self.countdown.setText(countdown_text(self.item, now))

    def _show_status(self, item: ChallengeItem) -> None:
        state = item.state
        if state is ChallengeState.OPEN:
            if item.last_note:
                self.status.show_message("ph.chat-circle-text", "muted", self.tr("Last time"), item.last_note)
            else:
                self.status.hide()
        elif state is ChallengeState.PENDING and self.outcome.isVisibleTo(self):
            self.status.hide()
        elif state is ChallengeState.PENDING:
            self.status.show_message(
                "ph.hourglass-medium",
                "info",
                self.tr("Waiting for review"),
                self.tr("A moderator will look at it soon; you will get a notification when they have."),
            )
        elif state is ChallengeState.CHANGES_REQUESTED:
            self.status.show_message(
                "ph.pencil-simple", "warning", self.tr("The team asked for changes"), item.last_note
            )
        elif state is ChallengeState.COMPLETED:
            self.status.show_message("ph.check-circle", "success", self.tr("Done, thank you!"), item.last_note)
        elif state is ChallengeState.DECLINED:
            text = words.challenge_reason(item) or self.tr("Changed your mind? You can still take it on below.")
            self.status.show_message("ph.hand-palm", "muted", self.tr("You declined this one"), text)
        elif state is ChallengeState.LOCKED:
            self.status.show_message("ph.lock-simple", "warning", words.challenge_reason(item), self._locked_hint(item))
        elif state is ChallengeState.UPCOMING:
            self.status.show_message("ph.calendar-blank", "info", words.challenge_reason(item))
        else:
            self.status.show_message("ph.clock-counter-clockwise", "muted", words.challenge_reason(item))

    def _locked_hint(self, item: ChallengeItem) -> str:
        if item.reason_code is IneligibleReason.TIER_TOO_LOW:
            return self.tr("Keep completing challenges to reach it; bigger asks open up as you go.")
        return ""

    def _build_form(self, item: ChallengeItem) -> None:
        self._drop_form()
        takes_proof = item.state in FORM_STATES and not (item.state is ChallengeState.DECLINED and item.reason)
        self.proof_section.setVisible(takes_proof)
        if not takes_proof:
            return
        self.form = form_for(item)
        self.form_holder.addWidget(self.form)
        self.form.show()
        resubmit = item.state is ChallengeState.CHANGES_REQUESTED
        self.proof_title.setText((self.tr("Send it again") if resubmit else self.tr("Take it on")).upper())
        self.submit.setText(self.tr("Send again") if resubmit else self.form.submit_text())
        self.submit.setAccessibleName(self.submit.text())
        self.disclosure.setVisible(item.disclosure_required)
        self.disclosure.setChecked(False)
        self.decline.setVisible(item.state is ChallengeState.OPEN)
        self._clear_errors()
        self._set_busy(False)
        self._chain_tabs()

    def _drop_form(self) -> None:
        if self.form is not None:
            self.form_holder.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None

    def _chain_tabs(self) -> None:
        chain: list[QWidget] = [self.tab_anchor] if self.tab_anchor is not None else []
        chain += self.form.focus_chain() if self.form is not None else []
        chain += [self.disclosure.box, self.submit, self.decline]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> bool:
        """Move the keyboard into the pane (Enter in the list); False when the challenge has nothing to fill."""
        if self.proof_section.isHidden():
            return False
        chain = self.form.focus_chain() if self.form is not None else []
        target = next((w for w in chain if w.isVisibleTo(self) and w.isEnabled()), self.submit)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        self.ensureWidgetVisible(target)
        return True

    # Submitting

    def _submit(self) -> None:
        item = self.item
        if item is None or self.form is None or self._busy:
            return
        self._clear_errors()
        self.outcome.hide()
        self._set_busy(True)
        resubmit = item.last_submission_id if item.state is ChallengeState.CHANGES_REQUESTED else None
        self.submit_requested.emit(
            SubmitRequest(item.id, self.form.proof(), self.disclosure.isChecked(), resubmit_id=resubmit)
        )

    def _decline(self) -> None:
        if self.item is not None and not self._busy:
            self.decline_requested.emit(self.item.id)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.submit.setEnabled(not busy)
        self.decline.setEnabled(not busy)

    def show_error(self, challenge_id: int, error: AdvocateHubError) -> None:
        """The core said no: show its words next to the field it names, keeping everything typed."""
        if self.item is None or self.item.id != challenge_id:
            return
        self._set_busy(False)
        field = error.field if isinstance(error, ValidationError) else None
        if field == "disclosure":
            self.disclosure_error.setText(str(error))
            self.disclosure_error.show()
            self.disclosure.set_invalid(True)
            self.disclosure.box.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(self.disclosure)
            return
        if self.form is not None and self.form.show_error(field, str(error)):
            widget = self.form.errors[field or ""]
            self.ensureWidgetVisible(widget)
            return
        self.general_error.setText(str(error))
        self.general_error.show()

    def show_outcome(self, challenge_id: int, status: SubmissionStatus, note: str, points: int) -> None:
        """A submission went through: say so, clear the form, and show the new state at once."""
        if self.item is None or self.item.id != challenge_id:
            return
        self._set_busy(False)
        if status is SubmissionStatus.APPROVED:
            text = self.tr("+%1 points are yours.").replace("%1", formats.number(points)) if points else note
            self.outcome.show_message("ph.sparkle", "success", self.tr("Approved! Well done."), text)
        elif status is SubmissionStatus.REJECTED:
            self.outcome.show_message("ph.arrow-counter-clockwise", "danger", note or self.tr("Not quite."))
            return
        else:
            self.outcome.show_message(
                "ph.paper-plane-tilt",
                "success",
                self.tr("Sent, thank you!"),
                self.tr("A moderator will look at it soon; you will get a notification when they have."),
            )
            self.status.hide()
        if self.form is not None:
            self.form.clear()
        self.disclosure.setChecked(False)
        if status is SubmissionStatus.PENDING:
            self.state_chip.setText(state_text(ChallengeState.PENDING))
            self.state_chip.setProperty("tone", STATE_TONES[ChallengeState.PENDING])
            repolish(self.state_chip)
            self.proof_section.hide()
        self.ensureWidgetVisible(self.outcome)

    def show_declined(self, challenge_id: int) -> None:
        if self.item is None or self.item.id != challenge_id:
            return
        self._set_busy(False)
        self.outcome.show_message(
            "ph.check", "muted", self.tr("Declined."), self.tr("Thanks for saying so; it costs you nothing.")
        )

    def _clear_disclosure_error(self) -> None:
        if self.disclosure_error.isVisible():
            self.disclosure_error.hide()
            self.disclosure.set_invalid(False)

    def _clear_errors(self) -> None:
        self._clear_disclosure_error()
        self.general_error.hide()
        if self.form is not None:
            self.form.clear_errors()
