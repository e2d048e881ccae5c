"""One advocate at a glance for moderators: profile, consent, and their history (submissions, points, badges,
referrals, status changes), with the actions that act on them; plus the dialogs those actions ask through.

The panel only shows and asks: it emits ``*_requested`` signals and the Advocates page runs the use cases.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind
from advocate_hub.core.domain.ledger import MAX_ENTRY_POINTS
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.roster import AdvocateHistory, LedgerItem
from advocate_hub.ui import icons
from advocate_hub.ui.flow_layout import FlowLayout
from advocate_hub.ui.models.roster_model import status_label
from advocate_hub.ui.widgets import SPACING, Card, EmptyState, TierChip, button, label

MIN_WIDTH = 43 * SPACING
"""The panel's narrowest beside the roster (wider when its details need it)."""
SIDE_MARGIN = 2 * SPACING
"""The panel shares the window with the roster, so its side margins are 16 px, as the roster's are."""
STATUS_ACTIONS = (
    (AdvocateStatus.NOMINATED, "ph.star", "Nominate", "Move back to nominated"),
    (AdvocateStatus.INVITED, "ph.envelope-simple", "Invite", "Invite to the program"),
    (AdvocateStatus.ACTIVE, "ph.check-circle", "Activate", "Make an active member"),
    (AdvocateStatus.ALUMNI, "ph.graduation-cap", "Alumni", "Rotate to alumni"),
    (AdvocateStatus.DEACTIVATED, "ph.prohibit", "Deactivate", "Deactivate the membership"),
)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d %b %Y") if moment is not None else ""


def _table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], *, numbers: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for number, row in enumerate(rows):
        for column, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column in numbers:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(number, column, item)


class AdvocateHistoryPanel(Card):
    """The selected advocate: who they are, what they did, and the moderator's actions on them."""

    status_requested = Signal(int, object)
    adjust_requested = Signal(int)
    reverse_requested = Signal(int, int)
    """The advocate and the ledger entry to reverse."""
    export_requested = Signal(int)
    erase_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("AdvocateHistory", parent=parent)
        self.body.setContentsMargins(SIDE_MARGIN, 2 * SPACING, SIDE_MARGIN, 2 * SPACING)
        self.history: AdvocateHistory | None = None
        self.empty = EmptyState(
            "AdvocateHistoryEmpty",
            icons.icon("ph.user-focus"),
            self.tr("Choose an advocate"),
            self.tr("Select someone in the table to see their history and act on their membership or points."),
        )
        self.body.addWidget(self.empty, 1)
        self.details = QWidget()
        self.details.setObjectName("AdvocateHistoryDetails")
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        top = QHBoxLayout()
        who = QVBoxLayout()
        who.setSpacing(SPACING // 2)
        self.name = label("", "title", name="AdvocateHistoryName")
        self.email = label("", "muted", name="AdvocateHistoryEmail")
        who.addWidget(self.name)
        who.addWidget(self.email)
        top.addLayout(who, 1)
        self.tier = TierChip(Tier.COMMUNITY)
        top.addWidget(self.tier, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        facts = QGridLayout()
        facts.setHorizontalSpacing(2 * SPACING)
        facts.setVerticalSpacing(SPACING // 2)
        self.status = label("", "strong", name="AdvocateHistoryStatus")
        self.balance = label("", "strong", name="AdvocateHistoryBalance")
        self.consent = label("", wrap=True, name="AdvocateHistoryConsent")
        self.groups = label("", wrap=True, name="AdvocateHistoryGroups")
        for row, (caption, value) in enumerate(
            (
                (self.tr("Status"), self.status),
                (self.tr("Points"), self.balance),
                (self.tr("Consent"), self.consent),
                (self.tr("Groups"), self.groups),
            )
        ):
            facts.addWidget(label(caption, "caption"), row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(value, row, 1)
        facts.setColumnStretch(1, 1)
        layout.addLayout(facts)

        status_row = FlowLayout(spacing=0, justify=False)
        self.status_buttons: dict[AdvocateStatus, QPushButton] = {}
        for status, icon_name, text, longer in STATUS_ACTIONS:
            widget = button(self.tr(text), f"AdvocateStatus_{status.value}", kind="quiet", accessible=self.tr(longer))
            widget.setToolTip(self.tr(longer))
            widget.setIcon(icons.icon(icon_name))
            widget.clicked.connect(lambda _=False, s=status: self._emit_status(s))
            status_row.add(widget)
            self.status_buttons[status] = widget
        layout.addLayout(status_row)
        actions = QGridLayout()
        actions.setSpacing(SPACING)
        self.adjust = button(self.tr("Adjust points…"), "AdvocateAdjustPoints", kind="primary")
        self.adjust.setIcon(icons.icon("ph.plus-minus", tone="accent_text"))
        self.reverse = button(self.tr("Reverse entry…"), "AdvocateReverseEntry")
        self.reverse.setIcon(icons.icon("ph.arrow-counter-clockwise"))
        self.reverse.setToolTip(self.tr("Reverse the points entry selected under Points"))
        self.export = button(self.tr("Export data…"), "AdvocateExportData")
        self.export.setIcon(icons.icon("ph.download-simple"))
        self.erase = button(self.tr("Erase…"), "AdvocateErase", kind="danger")
        self.erase.setIcon(icons.icon("ph.trash", tone="danger"))
        actions.addWidget(self.adjust, 0, 0)
        actions.addWidget(self.reverse, 1, 0)
        actions.addWidget(self.export, 0, 1)
        actions.addWidget(self.erase, 1, 1)
        layout.addLayout(actions)
        self.message = label("", "caption", wrap=True, name="AdvocateHistoryMessage")
        self.message.hide()
        layout.addWidget(self.message)

        lists = QHBoxLayout()
        lists.setSpacing(SPACING)
        shown = label(self.tr("History"), "section")
        self.show_list = QComboBox()
        self.show_list.setObjectName("AdvocateHistoryList")
        self.show_list.setAccessibleName(self.tr("Which history to show"))
        shown.setBuddy(self.show_list)
        lists.addWidget(shown)
        lists.addWidget(self.show_list, 1)
        layout.addLayout(lists)
        self.ledger = _table(
            "AdvocateLedger", self.tr("Points entries"), [self.tr("Reason"), self.tr("Kind"), self.tr("Points"), ""]
        )
        self.submissions = _table(
            "AdvocateSubmissions", self.tr("Submissions"), [self.tr("Challenge"), self.tr("Status"), self.tr("Sent")]
        )
        self.badges = _table("AdvocateBadges", self.tr("Badges"), [self.tr("Badge"), self.tr("Earned")])
        self.referrals = _table(
            "AdvocateReferrals", self.tr("Referrals"), [self.tr("Referred"), self.tr("Stage"), self.tr("Sent")]
        )
        self.changes = _table(
            "AdvocateStatusChanges", self.tr("Status changes"), [self.tr("Change"), self.tr("By"), self.tr("When")]
        )
        self.lists = QStackedWidget()
        self.lists.setObjectName("AdvocateHistoryLists")
        self._titles = (
            self.tr("Points entries"),
            self.tr("Submissions"),
            self.tr("Badges"),
            self.tr("Referrals"),
            self.tr("Status changes"),
        )
        for table, title in zip(
            (self.ledger, self.submissions, self.badges, self.referrals, self.changes), self._titles, strict=True
        ):
            self.lists.addWidget(table)
            self.show_list.addItem(title)
        self.show_list.currentIndexChanged.connect(self.lists.setCurrentIndex)
        layout.addWidget(self.lists, 1)
        self.body.addWidget(self.details, 1)
        self.details.hide()

        self.adjust.clicked.connect(lambda: self._emit(self.adjust_requested))
        self.export.clicked.connect(lambda: self._emit(self.export_requested))
        self.erase.clicked.connect(lambda: self._emit(self.erase_requested))
        self.reverse.clicked.connect(self._emit_reverse)
        self.ledger.itemSelectionChanged.connect(self._update_reverse)

    def minimumSizeHint(self) -> QSize:
        """At least 43 grid units (an active member's three status buttons on one row), and as wide as its details
        need even while they are hidden (their buttons in a longer language or a larger font), so choosing an
        advocate never squeezes them."""
        margins = self.body.contentsMargins()
        frame = self.contentsMargins()
        details = self.details.minimumSizeHint().width() + margins.left() + margins.right()
        details += frame.left() + frame.right()
        hint = super().minimumSizeHint()
        return QSize(max(MIN_WIDTH, details, hint.width()), hint.height())

    def _emit(self, signal: SignalInstance) -> None:
        if self.history is not None:
            signal.emit(self.history.id)

    def _emit_status(self, status: AdvocateStatus) -> None:
        if self.history is not None:
            self.status_requested.emit(self.history.id, status)

    def selected_entry(self) -> LedgerItem | None:
        if self.history is None:
            return None
        rows = self.ledger.selectionModel().selectedRows()
        return self.history.ledger[rows[0].row()] if rows else None

    def _update_reverse(self) -> None:
        entry = self.selected_entry()
        self.reverse.setEnabled(entry is not None and entry.reversible and self.history is not None)

    def _emit_reverse(self) -> None:
        entry = self.selected_entry()
        if self.history is not None and entry is not None and entry.reversible:
            self.reverse_requested.emit(self.history.id, entry.id)

    def clear(self) -> None:
        self.history = None
        self.details.hide()
        self.empty.show()

    def show_history(self, history: AdvocateHistory) -> None:
        same = self.history is not None and self.history.id == history.id
        self.history = history
        if not same:
            self.show_message("")
        self.empty.hide()
        self.details.show()
        self.name.setText(history.name)
        self.email.setText(history.email)
        self.tier.set_tier(history.tier)
        erased = history.erased_at is not None
        self.status.setText(
            self.tr("Erased on %1").replace("%1", _when(history.erased_at)) if erased else status_label(history.status)
        )
        self.balance.setText(
            self.tr("%1 to spend · %2 earned in all")
            .replace("%1", f"{history.balance:,}")
            .replace("%2", f"{history.lifetime:,}")
        )
        self.consent.setText(self.consent_text(history.consent_publish_name, history.consent_contact))
        self.groups.setText(", ".join(history.groups) or self.tr("None"))
        for status, widget in self.status_buttons.items():
            widget.setVisible(not erased and status in history.next_statuses)
        self.erase.setEnabled(not erased)
        self.adjust.setEnabled(not erased)
        ledger = [
            [self._reason(e), e.kind.value.capitalize(), f"{e.points:+,}", _when(e.created_at)] for e in history.ledger
        ]
        _fill(self.ledger, ledger, numbers=(2,))
        submissions = [
            [s.challenge, s.status.value.replace("_", " ").capitalize(), _when(s.submitted_at)]
            for s in history.submissions
        ]
        _fill(self.submissions, submissions)
        _fill(self.badges, [[b.name, _when(b.earned_at)] for b in history.badges])
        referrals = [
            [f"{r.name} ({r.company})" if r.company else r.name, r.stage.value.capitalize(), _when(r.created_at)]
            for r in history.referrals
        ]
        _fill(self.referrals, referrals)
        changes = [[self._change(c.action, c.before, c.after), c.actor, _when(c.when)] for c in history.status_changes]
        _fill(self.changes, changes)
        counts = (
            len(history.ledger),
            len(history.submissions),
            len(history.badges),
            len(history.referrals),
            len(changes),
        )
        for number, (title, count) in enumerate(zip(self._titles, counts, strict=True)):
            self.show_list.setItemText(number, f"{title} ({count})")
        self._update_reverse()

    def consent_text(self, publish_name: bool, contact: bool) -> str:
        """One whole sentence for each pair of choices (joined fragments cannot be translated)."""
        if publish_name:
            return (
                self.tr("May publish their name and may be contacted")
                if contact
                else self.tr("May publish their name; not to be contacted")
            )
        return (
            self.tr("Name not to be published; may be contacted")
            if contact
            else self.tr("Name not to be published and not to be contacted")
        )

    def _reason(self, entry: LedgerItem) -> str:
        text = entry.reason or entry.kind.value.capitalize()
        if entry.reversed_by is not None:
            return self.tr("%1 (reversed)").replace("%1", text)
        if entry.kind is LedgerKind.REVERSAL:
            return self.tr("Reversal: %1").replace("%1", text)
        return text

    def _change(self, action: str, before: str, after: str) -> str:
        if action == "advocate.create":
            return self.tr("Joined as %1").replace("%1", after.replace("_", " "))
        if action == "advocate.erase":
            return self.tr("Personal data erased")
        return f"{before.replace('_', ' ')} → {after.replace('_', ' ')}"

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "error" if error else "caption")
        self.message.setProperty("tone", "" if error else "success")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))


class _Dialog(QDialog):
    def __init__(self, name: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(56 * SPACING)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        self.layout_.setSpacing(2 * SPACING)
        self.layout_.addWidget(label(title, "title", wrap=True))
        self.form = QFormLayout()
        self.form.setSpacing(SPACING)
        self.layout_.addLayout(self.form)

    def _buttons(self, confirm_text: str, *, kind: str = "primary") -> None:
        buttons = QDialogButtonBox()
        self.confirm = button(confirm_text, f"{self.objectName()}Confirm", kind=kind)
        self.cancel = button(self.tr("Cancel"), f"{self.objectName()}Cancel")
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def _reason_field(self, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(f"{self.objectName()}Reason")
        field.setAccessibleName(self.tr("Reason (required)"))
        field.setPlaceholderText(placeholder)
        field.setMaxLength(500)
        return field


class NominateDialog(_Dialog):
    """Name, email and company of someone a moderator puts forward for the program."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("NominateDialog", self.tr("Nominate someone"), parent)
        self.fields: list[QLineEdit] = []
        for key, text, placeholder in (
            ("Name", self.tr("Name"), self.tr("Their full name")),
            ("Email", self.tr("Email"), "name@company.com"),
            ("Company", self.tr("Company"), self.tr("Optional")),
        ):
            field = QLineEdit()
            field.setObjectName(f"Nominate{key}")
            field.setAccessibleName(text)
            field.setPlaceholderText(placeholder)
            field.setMaxLength(320)
            field.textChanged.connect(self._check)
            self.form.addRow(text, field)
            self.fields.append(field)
        self.layout_.addWidget(
            label(self.tr("They join as nominated; invite them when you are ready."), "muted", wrap=True)
        )
        self._buttons(self.tr("Nominate"))
        self._check()

    def _check(self) -> None:
        self.confirm.setEnabled(all(field.text().strip() for field in self.fields[:2]))

    def values(self) -> tuple[str, str, str]:
        name, email, company = (field.text().strip() for field in self.fields)
        return name, email, company

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[str, str, str] | None:
        """Name, email and company, or None if the moderator cancelled; tests replace this."""
        dialog = cls(parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AdjustPointsDialog(_Dialog):
    """Points to add (or take, when negative) and the reason, which the ledger and the audit log keep."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__("AdjustPointsDialog", self.tr("Adjust points for %1").replace("%1", name), parent)
        self.points = QSpinBox()
        self.points.setObjectName("AdjustPointsAmount")
        self.points.setAccessibleName(self.tr("Points to add; negative to take away"))
        self.points.setRange(-MAX_ENTRY_POINTS, MAX_ENTRY_POINTS)
        self.points.setSingleStep(10)
        self.reason = self._reason_field(self.tr("For example: hosted the Berlin meetup"))
        self.form.addRow(self.tr("Points"), self.points)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.layout_.addWidget(label(self.tr("The advocate sees the reason with the entry."), "muted", wrap=True))
        self._buttons(self.tr("Adjust"))
        self.points.valueChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.confirm.setEnabled(self.points.value() != 0 and bool(self.reason.text().strip()))

    def values(self) -> tuple[int, str]:
        return self.points.value(), self.reason.text().strip()

    @classmethod
    def ask(cls, name: str, parent: QWidget | None = None) -> tuple[int, str] | None:
        """The points and reason the moderator entered, or None if they cancelled; tests replace this."""
        dialog = cls(name, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReverseEntryDialog(_Dialog):
    def __init__(self, entry: LedgerItem, parent: QWidget | None = None) -> None:
        super().__init__(
            "ReverseEntryDialog", self.tr("Reverse %1 points?").replace("%1", f"{entry.points:+,}"), parent
        )
        self.layout_.insertWidget(1, label(entry.reason or entry.kind.value, "muted", wrap=True))
        self.reason = self._reason_field(self.tr("For example: granted twice by mistake"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self._buttons(self.tr("Reverse"), kind="danger")
        self.reason.textChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.confirm.setEnabled(False)

    @classmethod
    def ask(cls, entry: LedgerItem, parent: QWidget | None = None) -> str | None:
        dialog = cls(entry, parent)
        return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


class EraseDialog(_Dialog):
    """Erasing cannot be undone: the moderator types the advocate's email to confirm, and says why."""

    def __init__(self, name: str, email: str, parent: QWidget | None = None) -> None:
        super().__init__("EraseDialog", self.tr("Erase %1's personal data?").replace("%1", name), parent)
        self.email = email
        self.layout_.insertWidget(
            1,
            label(
                self.tr(
                    "Their name, email, company, proof and referral contacts are removed on every device. "
                    "Their points stay, so leaderboards and metrics do not change. This cannot be undone."
                ),
                wrap=True,
            ),
        )
        self.typed = QLineEdit()
        self.typed.setObjectName("EraseDialogEmail")
        self.typed.setAccessibleName(self.tr("Type the advocate's email to confirm"))
        self.typed.setPlaceholderText(email)
        self.reason = self._reason_field(self.tr("For example: their request by email on 3 March"))
        self.form.addRow(self.tr("Type their email"), self.typed)
        self.form.addRow(self.tr("Reason"), self.reason)
        self._buttons(self.tr("Erase for good"), kind="danger")
        self.typed.textChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        matches = self.typed.text().strip().casefold() == self.email.casefold()
        self.confirm.setEnabled(matches and bool(self.reason.text().strip()))

    @classmethod
    def ask(cls, name: str, email: str, parent: QWidget | None = None) -> str | None:
        """The reason, once the email was typed and the moderator confirmed; None if they did not."""
        dialog = cls(name, email, parent)
        return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
