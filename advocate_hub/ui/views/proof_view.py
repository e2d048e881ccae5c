"""One submission shown in place, so a moderator decides without leaving the queue.

``ProofView`` lays out the proof: a link is clickable (and has a button, for the keyboard) and opens in the
browser; a text is quoted; survey answers sit under their questions; a referral shows who was referred and that
they agreed to be contacted. ``SubmissionDetail`` is the queue's right-hand card around it: who sent what, the
note with its template picker, and the decision buttons, which only emit ``decision_requested``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.enums import ProofType, TemplatePurpose
from advocate_hub.core.domain.kinds import KIND_PROFILES
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.moderation import ProofDetails, QueueItem
from advocate_hub.core.services.templates import TemplateItem
from advocate_hub.ui import icons
from advocate_hub.ui.models.moderation_model import wait_text
from advocate_hub.ui.widgets import SPACING, Card, FittedCombo, TierChip, button, label


def _quote(text: str, name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("banner", True)
    frame.setProperty("tone", "info")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(2 * SPACING, SPACING, 2 * SPACING, SPACING)
    layout.addWidget(label(text, wrap=True, name=f"{name}Text"))
    return frame


class ProofView(QWidget):
    """Lays out a ``ProofDetails`` by proof type; ``show_proof`` replaces what was shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProofView")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self._body: QWidget | None = None
        self.link = ""
        self.link_button = button(self.tr("Open link"), "ProofOpenLink", accessible=self.tr("Open the proof link"))
        self.link_button.setIcon(icons.icon("ph.arrow-square-out", tone="accent"))
        self.link_button.setToolTip(self.tr("Open the link in your browser"))
        self.link_button.clicked.connect(self.open_link)
        self.link_button.setParent(self)
        self.link_button.hide()

    def open_link(self) -> None:
        if self.link:
            QDesktopServices.openUrl(QUrl(self.link))

    def show_proof(self, proof: ProofDetails | None) -> None:
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self.link_button.hide()
            self.link_button.setParent(self)
            self._body.deleteLater()
        self.link = proof.link if proof is not None else ""
        self._body = QWidget()
        self._body.setObjectName("ProofBody")
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        if proof is not None:
            self._fill(layout, proof)
        self._layout.addWidget(self._body)

    def _fill(self, layout: QVBoxLayout, proof: ProofDetails) -> None:
        if proof.proof_type in {ProofType.LINK, ProofType.MEDIA}:
            row = QHBoxLayout()
            row.setSpacing(SPACING)
            shown = html.escape(proof.link)
            link = label(f'<a href="{shown}">{shown}</a>', wrap=True, name="ProofLink")
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            link.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            link.setOpenExternalLinks(False)
            link.linkActivated.connect(lambda _url: self.open_link())
            link.setToolTip(self.tr("Opens in your browser"))
            row.addWidget(link, 1)
            row.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignTop)
            self.link_button.show()
            layout.addLayout(row)
        elif proof.proof_type is ProofType.TEXT:
            layout.addWidget(_quote(proof.text, "ProofText"))
        elif proof.answers:
            grid = QGridLayout()
            grid.setHorizontalSpacing(2 * SPACING)
            grid.setVerticalSpacing(SPACING // 2)
            for number, pair in enumerate(proof.answers):
                grid.addWidget(label(pair.question, "caption", wrap=True), 2 * number, 0)
                grid.addWidget(label(pair.answer, "strong", wrap=True, name=f"ProofAnswer{number}"), 2 * number + 1, 0)
            layout.addLayout(grid)
        elif proof.referral is not None:
            grid = QGridLayout()
            grid.setHorizontalSpacing(2 * SPACING)
            grid.setVerticalSpacing(SPACING // 2)
            rows = (
                (self.tr("Name"), proof.referral.name),
                (self.tr("Email"), proof.referral.email),
                (self.tr("Company"), proof.referral.company or self.tr("Not given")),
            )
            for number, (caption, value) in enumerate(rows):
                grid.addWidget(label(caption, "caption"), number, 0)
                grid.addWidget(label(value, "strong", name=f"ProofReferral{number}"), number, 1)
            grid.setColumnStretch(1, 1)
            layout.addLayout(grid)
            layout.addWidget(label(self.tr("They agreed to be contacted."), "caption"))
        elif proof.proof_type is ProofType.CODE:
            layout.addWidget(label(self.tr("Event code: %1").replace("%1", proof.note), name="ProofCode"))
        elif proof.proof_type is ProofType.MODERATOR_CONFIRMS:
            layout.addWidget(
                label(
                    self.tr("Nothing to check in the app: confirm with the team that it happened."), "muted", wrap=True
                )
            )
            if proof.note:
                layout.addWidget(_quote(proof.note, "ProofNote"))
        else:
            layout.addWidget(label(self.tr("This challenge needs no proof."), "muted"))

    def shown_text(self) -> str:
        """Everything the proof shows, as plain text (what a screen reader or a test reads)."""
        if self._body is None:
            return ""
        return "\n".join(widget.text() for widget in self._body.findChildren(QLabel) if widget.text())


class SubmissionDetail(Card):
    """The chosen submission, its proof, the note to the advocate and the three decisions."""

    decision_requested = Signal(str)
    """"approve", "reject" or "changes"."""
    send_requested = Signal()
    """Ctrl+Enter in the note."""
    leave_requested = Signal()
    """Escape in the note: back to the list."""
    save_template_requested = Signal(str)
    """The note should become a saved template of this ``TemplatePurpose`` value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ModerationDetail", parent=parent)
        body = self.body
        top = QHBoxLayout()
        top.setSpacing(2 * SPACING)
        self.kind_icon = QLabel()
        self.kind_icon.setObjectName("DetailKindIcon")
        self.kind_icon.setFixedSize(6 * SPACING, 6 * SPACING)
        self.kind_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.kind_icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(SPACING // 2)
        self.challenge_title = label("", "title", wrap=True, name="ModerationChallengeTitle")
        self.challenge_meta = label("", "caption", wrap=True, name="ModerationChallengeMeta")
        titles.addWidget(self.challenge_title)
        titles.addWidget(self.challenge_meta)
        top.addLayout(titles, 1)
        self.points = label("", "title", name="ModerationPoints")
        top.addWidget(self.points, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(top)

        who = QHBoxLayout()
        who.setSpacing(SPACING)
        self.advocate_name = label("", "strong", name="ModerationAdvocate")
        self.advocate_email = label("", "muted", name="ModerationAdvocateEmail")
        self.tier_chip = TierChip(Tier.COMMUNITY)
        self.tier_chip.setObjectName("ModerationTier")
        who.addWidget(self.advocate_name)
        who.addWidget(self.tier_chip)
        who.addWidget(self.advocate_email, 1)
        body.addLayout(who)
        self.own_banner = QFrame()
        self.own_banner.setObjectName("ModerationOwnBanner")
        self.own_banner.setProperty("banner", True)
        self.own_banner.setProperty("tone", "warning")
        own = QVBoxLayout(self.own_banner)
        own.setContentsMargins(2 * SPACING, SPACING, 2 * SPACING, SPACING)
        own.addWidget(label(self.own_words(), wrap=True))
        body.addWidget(self.own_banner)

        rule = QFrame()
        rule.setObjectName("DetailRule")
        body.addWidget(rule)
        body.addWidget(label(self.tr("PROOF"), "section"))
        self.proof = ProofView()
        body.addWidget(self.proof)
        self.disclosure = label("", "caption", wrap=True, name="ModerationDisclosure")
        body.addWidget(self.disclosure)
        body.addStretch(1)

        note_head = QHBoxLayout()
        note_head.addWidget(label(self.tr("NOTE TO THE ADVOCATE"), "section"), 1)
        self.template_picker = FittedCombo()
        self.template_picker.setObjectName("ModerationTemplates")
        self.template_picker.setAccessibleName(self.tr("Insert a saved message"))
        self.template_picker.setToolTip(self.tr("Insert a saved message"))
        self.template_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_picker.activated.connect(self._template_chosen)
        note_head.addWidget(self.template_picker)
        self.save_template = QToolButton()
        self.save_template.setObjectName("ModerationSaveTemplate")
        self.save_template.setAccessibleName(self.tr("Save the note as a template"))
        self.save_template.setToolTip(self.tr("Save the note as a template"))
        self.save_template.setIcon(icons.icon("ph.bookmark-simple", tone="accent"))
        self.save_template.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.save_template)
        menu.setObjectName("ModerationSaveTemplateMenu")
        for purpose, text in (
            (TemplatePurpose.THANK_YOU, self.tr("Save as a thank-you note")),
            (TemplatePurpose.REJECTION, self.tr("Save as a reason to reject")),
            (TemplatePurpose.CHANGES, self.tr("Save as a change request")),
        ):
            menu.addAction(text).triggered.connect(
                lambda _checked=False, purpose=purpose: self.save_template_requested.emit(purpose.value)
            )
        self.save_template.setMenu(menu)
        note_head.addWidget(self.save_template)
        body.addLayout(note_head)
        self.note = QPlainTextEdit()
        self.note.setObjectName("ModerationNote")
        self.note.setAccessibleName(self.tr("Note to the advocate"))
        self.note.setPlaceholderText(
            self.tr("A thank-you, or the reason for a rejection or a change request. Ctrl+Enter sends it.")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(12 * SPACING)
        self.note.textChanged.connect(self._note_edited)
        body.addWidget(self.note)
        self.error = label("", "error", wrap=True, name="ModerationError")
        self.error.hide()
        body.addWidget(self.error)

        actions = QHBoxLayout()
        actions.setSpacing(SPACING)
        self.approve_button = button(self.tr("&Approve"), "ModerationApprove", kind="primary")
        self.approve_button.setIcon(icons.icon("ph.check", tone="accent_text"))
        self.approve_button.setToolTip(self.tr("Approve with the note as thank-you (A)"))
        self.changes_button = button(self.tr("Request &changes"), "ModerationChanges")
        self.changes_button.setIcon(icons.icon("ph.arrow-u-up-left"))
        self.changes_button.setToolTip(self.tr("Send it back with the note saying what to change (C)"))
        self.reject_button = button(self.tr("&Reject"), "ModerationReject", kind="danger")
        self.reject_button.setIcon(icons.icon("ph.x", tone="danger"))
        self.reject_button.setToolTip(self.tr("Reject with the note as the reason (R)"))
        for widget, action in (
            (self.approve_button, "approve"),
            (self.changes_button, "changes"),
            (self.reject_button, "reject"),
        ):
            widget.clicked.connect(lambda _checked=False, action=action: self.decision_requested.emit(action))
        actions.addWidget(self.approve_button)
        actions.addWidget(self.changes_button)
        actions.addStretch(1)
        actions.addWidget(self.reject_button)
        body.addLayout(actions)
        self.keys_hint = label(
            self.tr(
                "In the list: J / K move · A approve · R reject · C request changes. Ctrl+Enter in the note sends."
            ),
            "caption",
            wrap=True,
            name="ModerationKeys",
        )
        body.addWidget(self.keys_hint)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            send = QShortcut(QKeySequence(keys), self.note)
            send.setContext(Qt.ShortcutContext.WidgetShortcut)
            send.activated.connect(self.send_requested)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.note)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.leave_requested)
        self._templates: dict[TemplatePurpose, list[TemplateItem]] = {}

    def own_words(self) -> str:
        return self.tr("This is your own submission: another moderator decides it.")

    def show_item(self, item: QueueItem | None) -> None:
        self.own_banner.setVisible(item is not None and item.own)
        self.tier_chip.setVisible(item is not None)
        if item is None:
            for text_label in (
                self.challenge_title,
                self.challenge_meta,
                self.points,
                self.advocate_name,
                self.advocate_email,
                self.disclosure,
            ):
                text_label.setText("")
            self.kind_icon.clear()
            self.proof.show_proof(None)
            return
        self.kind_icon.setPixmap(icons.kind_icon(item.challenge_kind).pixmap(3 * SPACING, 3 * SPACING))
        self.challenge_title.setText(item.challenge_title)
        when = item.submitted_at.astimezone().strftime("%d %b %Y, %H:%M")
        self.challenge_meta.setText(
            self.tr("%1 · sent %2 · waiting %3")
            .replace("%1", KIND_PROFILES[item.challenge_kind].label)
            .replace("%2", when)
            .replace("%3", wait_text(item.age))
        )
        self.points.setText(f"+{item.challenge_points:,}")
        self.advocate_name.setText(item.advocate_name)
        self.advocate_email.setText(item.advocate_email)
        self.advocate_email.setToolTip(item.advocate_email)
        self.tier_chip.set_tier(item.advocate_tier)
        self.disclosure.setText(
            self.tr("The advocate confirmed they disclose the reward.") if item.disclosure_acknowledged else ""
        )
        self.proof.show_proof(item.proof)

    def set_deciding(self, enabled: bool) -> None:
        for widget in (self.approve_button, self.changes_button, self.reject_button, self.note):
            widget.setEnabled(enabled)

    def show_templates(self, saved: dict[TemplatePurpose, list[TemplateItem]]) -> None:
        """Fill the picker: a heading per purpose (not choosable), then that purpose's templates."""
        if saved == self._templates:
            return
        self._templates = saved
        picker = self.template_picker
        picker.clear()
        picker.addItem(self.tr("Insert a saved message…"), None)
        model = picker.model()
        headings = {
            TemplatePurpose.THANK_YOU: self.tr("Thank-you notes"),
            TemplatePurpose.REJECTION: self.tr("Reasons to reject"),
            TemplatePurpose.CHANGES: self.tr("Change requests"),
        }
        for purpose, items in saved.items():
            picker.addItem(headings[purpose], None)
            if isinstance(model, QStandardItemModel):
                model.item(picker.count() - 1).setEnabled(False)
            for item in items:
                picker.addItem(f"    {item.title}", item.body)
                picker.setItemData(picker.count() - 1, item.body, Qt.ItemDataRole.ToolTipRole)

    def _template_chosen(self, index: int) -> None:
        body = self.template_picker.itemData(index)
        self.template_picker.setCurrentIndex(0)
        if body:
            self.note.setPlainText(str(body))
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def clear_note(self) -> None:
        self.note.blockSignals(True)
        self.note.clear()
        self.note.blockSignals(False)
        self.set_error("")

    def _note_edited(self) -> None:
        if self.note_text():
            self._mark_note(invalid=False)

    def _mark_note(self, *, invalid: bool) -> None:
        self.note.setProperty("invalid", invalid)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)

    def set_error(self, text: str) -> None:
        """Show (or clear, with "") a message under the note; an empty note is outlined when there is one."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._mark_note(invalid=bool(text) and not self.note_text())
