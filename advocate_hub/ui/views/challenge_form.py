"""The form a moderator writes a challenge in, with every rule's message shown next to its field as they type.

The rules are the core's (``core.domain.challenges.problems``): the form only turns its fields into a
``ChallengeDraft`` and shows what the domain says about it, so the desktop app, the CLI and the server agree.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.challenges import (
    MAX_CHALLENGE_POINTS,
    MAX_COMPLETIONS_PER_ADVOCATE,
    ChallengeDraft,
    default_min_tier,
    problems,
)
from advocate_hub.core.domain.enums import Barrier, ProofType
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.leaderboard import GroupChoice
from advocate_hub.ui import icons
from advocate_hub.ui.widgets import SPACING, label

DEFAULT_POINTS = {Barrier.LOW: 50, Barrier.MEDIUM: 250, Barrier.HIGH: 1_000}
"""Points a new challenge of a barrier starts with: more commitment, more points."""
GROUP_COLUMNS = 2
DATE_FORMAT = "dd MMM yyyy  HH:mm 'UTC'"


def proof_label(proof: ProofType) -> str:
    return {
        ProofType.NONE: QWidget.tr("Nothing to send"),
        ProofType.LINK: QWidget.tr("A link"),
        ProofType.TEXT: QWidget.tr("Written text"),
        ProofType.ANSWERS: QWidget.tr("Survey answers"),
        ProofType.QUIZ: QWidget.tr("Quiz answers (checked automatically)"),
        ProofType.CODE: QWidget.tr("An event code"),
        ProofType.REFERRAL: QWidget.tr("A referral"),
        ProofType.MEDIA: QWidget.tr("A video or file link"),
        ProofType.MODERATOR_CONFIRMS: QWidget.tr("A moderator confirms"),
    }[proof]


def questions_text(proof: ProofType, config: dict[str, Any]) -> str:
    """A quiz's or survey's questions as the lines the form edits (see ``questions_config``)."""
    lines = []
    for question in config.get("questions") or []:
        prompt = str(question.get("prompt", ""))
        if proof is ProofType.QUIZ:
            choices = [("*" if n == question.get("answer") else "") + str(c) for n, c in enumerate(question["choices"])]
            lines.append(" | ".join([prompt, *choices]))
        elif question.get("type") == "nps":
            lines.append(f"nps: {prompt}")
        elif question.get("type") == "choice":
            lines.append(" | ".join([prompt, *map(str, question.get("choices") or [])]))
        else:
            lines.append(prompt)
    return "\n".join(lines)


def questions_config(proof: ProofType, text: str) -> list[dict[str, Any]]:
    """One question per line: ``Question | choice | *right choice`` for a quiz; for a survey a plain prompt,
    ``nps: prompt`` for a 0-10 score, or ``prompt | choice | choice``."""
    questions: list[dict[str, Any]] = []
    for line in filter(None, (raw.strip() for raw in text.splitlines())):
        parts = [part.strip() for part in line.split("|")]
        prompt, choices = parts[0], parts[1:]
        if proof is ProofType.QUIZ:
            answer = next((n for n, c in enumerate(choices) if c.startswith("*")), None)
            questions.append({"prompt": prompt, "choices": [c.lstrip("*").strip() for c in choices], "answer": answer})
        elif prompt.lower().startswith("nps:"):
            questions.append({"prompt": prompt[4:].strip(), "type": "nps"})
        elif choices:
            questions.append({"prompt": prompt, "type": "choice", "choices": choices})
        else:
            questions.append({"prompt": prompt, "type": "text"})
    return questions


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())


def from_qt(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


class ChallengeForm(QWidget):
    """Every field of a challenge; ``draft()`` reads them, ``problems_changed`` says what the rules object to."""

    changed = Signal()
    problems_changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChallengeForm")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.now = datetime.now(UTC)
        self.original_expiry: datetime | None = None
        """The stored expiry of the challenge being edited: keeping it is fine even once it has passed."""
        self.editing = False
        self.touched = False
        """Messages appear once the moderator has started typing, not on a blank form."""
        self.config: dict[str, Any] = {}
        self._filling = False
        self.errors: dict[str, QLabel] = {}
        self.boxes: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(SPACING)
        self.rows = QFormLayout()
        self.rows.setHorizontalSpacing(2 * SPACING)
        self.rows.setVerticalSpacing(SPACING)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.rows)

        self.title = QLineEdit()
        self._name(self.title, "EditorTitle", self.tr("Title"))
        self.title.setPlaceholderText(self.tr("What you ask, in a few words"))
        self._row(self.tr("Title"), self.title, "title")
        self.description = QPlainTextEdit()
        self._name(self.description, "EditorDescription", self.tr("Description"))
        self.description.setPlaceholderText(self.tr("Why it matters and what to do, in the advocate's words"))
        self.description.setFixedHeight(9 * SPACING)
        self.description.setTabChangesFocus(True)
        self._row(self.tr("Description"), self.description, "description")

        self.kind = QComboBox()
        self._name(self.kind, "EditorKind", self.tr("Kind"))
        for kind, profile in KIND_PROFILES.items():
            self.kind.addItem(icons.kind_icon(kind), profile.label, kind.value)
        self.kind.currentIndexChanged.connect(self._kind_picked)
        self._row(self.tr("Kind"), self.kind, "kind")

        self.points = QSpinBox()
        self._name(self.points, "EditorPoints", self.tr("Points"))
        self.points.setRange(0, MAX_CHALLENGE_POINTS)
        self.points.setSingleStep(10)
        self.barrier = QComboBox()
        self._name(self.barrier, "EditorBarrier", self.tr("Barrier"))
        for barrier, text in (
            (Barrier.LOW, self.tr("Low")),
            (Barrier.MEDIUM, self.tr("Medium")),
            (Barrier.HIGH, self.tr("High")),
        ):
            self.barrier.addItem(text, barrier.value)
        self.barrier.currentIndexChanged.connect(self._barrier_picked)
        self._pair(self.tr("Points"), self.points, "points", self.tr("Barrier"), self.barrier)

        self.starts = self._date_edit("EditorStarts", self.tr("Starts"))
        self._row(self.tr("Starts"), self.starts, "starts_at")
        self.expires = self._date_edit("EditorExpires", self.tr("Expires"))
        self.no_expiry = QCheckBox(self.tr("No end date"))
        self._name(self.no_expiry, "EditorNoExpiry", self.tr("No end date"))
        self.no_expiry.toggled.connect(lambda on: self.expires.setEnabled(not on))
        expiry = QWidget()
        line = QHBoxLayout(expiry)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(2 * SPACING)
        line.addWidget(self.expires, 1)
        line.addWidget(self.no_expiry)
        self._row(self.tr("Expires"), expiry, "expires_at")

        self.max_per_advocate = QSpinBox()
        self._name(self.max_per_advocate, "EditorMaxPerAdvocate", self.tr("Times per advocate"))
        self.max_per_advocate.setRange(0, MAX_COMPLETIONS_PER_ADVOCATE)
        self.min_tier = QComboBox()
        self._name(self.min_tier, "EditorMinTier", self.tr("Minimum tier"))
        for tier in Tier:
            self.min_tier.addItem(tier.label, tier.value)
        self._pair(
            self.tr("Times per advocate"), self.max_per_advocate, "max_per_advocate", self.tr("Min tier"), self.min_tier
        )

        self.tiers: dict[Tier, QCheckBox] = {}
        tiers = QWidget()
        tier_row = QHBoxLayout(tiers)
        tier_row.setContentsMargins(0, 0, 0, 0)
        tier_row.setSpacing(2 * SPACING)
        for tier in Tier:
            box = QCheckBox(tier.label)
            self._name(box, f"EditorAudience{tier.label}", self.tr("Audience: %1").replace("%1", tier.label))
            tier_row.addWidget(box)
            self.tiers[tier] = box
        tier_row.addStretch(1)
        self._row(self.tr("Tiers"), tiers, "audience_tiers", self.tr("None ticked: every tier."))

        self.groups_box = QWidget()
        self.groups_row = QGridLayout(self.groups_box)
        self.groups_row.setContentsMargins(0, 0, 0, 0)
        self.groups_row.setHorizontalSpacing(2 * SPACING)
        self.groups_row.setVerticalSpacing(SPACING // 2)
        self.groups: dict[str, QCheckBox] = {}
        self._row(self.tr("Groups"), self.groups_box, "audience_groups", self.tr("None ticked: every group."))

        self.proof = QComboBox()
        self._name(self.proof, "EditorProof", self.tr("Proof"))
        for proof in ProofType:
            self.proof.addItem(proof_label(proof), proof.value)
        self.proof.currentIndexChanged.connect(self._proof_picked)
        self._row(self.tr("Proof"), self.proof, "proof_type")
        self.code = QLineEdit()
        self._name(self.code, "EditorCode", self.tr("Event code"))
        self.code.setPlaceholderText(self.tr("The code advocates type at the event"))
        self.code_label = self._row(self.tr("Event code"), self.code, "code")
        self.questions = QPlainTextEdit()
        self._name(self.questions, "EditorQuestions", self.tr("Questions"))
        self.questions.setFixedHeight(10 * SPACING)
        self.questions.setTabChangesFocus(True)
        self.questions_label = self._row(self.tr("Questions"), self.questions, "config")

        self.auto_approve = QCheckBox(self.tr("Approve automatically"))
        self._name(self.auto_approve, "EditorAutoApprove", self.tr("Approve automatically"))
        self.disclosure = QCheckBox(self.tr("Ask advocates to disclose the reward"))
        self._name(self.disclosure, "EditorDisclosure", self.tr("Disclosure required"))
        switches = QWidget()
        switch_row = QHBoxLayout(switches)
        switch_row.setContentsMargins(0, 0, 0, 0)
        switch_row.setSpacing(3 * SPACING)
        switch_row.addWidget(self.auto_approve)
        switch_row.addWidget(self.disclosure)
        switch_row.addStretch(1)
        self._row(self.tr("Approval"), switches, "auto_approve")
        self.errors["form"] = label("", "error", wrap=True, name="EditorError-form")
        self.errors["form"].hide()
        outer.addWidget(self.errors["form"])

        for widget in (self.title, self.code):
            widget.textChanged.connect(self._edited)
        for editor in (self.description, self.questions):
            editor.textChanged.connect(self._edited)
        for combo in (self.kind, self.barrier, self.min_tier, self.proof):
            combo.currentIndexChanged.connect(self._edited)
        for spin in (self.points, self.max_per_advocate):
            spin.valueChanged.connect(self._edited)
        for edit in (self.starts, self.expires):
            edit.dateTimeChanged.connect(self._edited)
        for box in (self.no_expiry, self.auto_approve, self.disclosure, *self.tiers.values()):
            box.toggled.connect(self._edited)
        self.clear()

    # --- building -------------------------------------------------------------------------------------------

    @staticmethod
    def _name(widget: QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)

    def _date_edit(self, name: str, accessible: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        self._name(edit, name, accessible)
        edit.setTimeZone(QTimeZone.utc())
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _field(self, widget: QWidget, key: str, hint: str = "") -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            column.addWidget(label(hint, "caption", name=f"EditorHint-{key}"))
        error = label("", "error", wrap=True, name=f"EditorError-{key}")
        error.hide()
        column.addWidget(error)
        self.errors[key] = error
        self.boxes[key] = box
        return box

    def _row(self, text: str, widget: QWidget, key: str, hint: str = "") -> QLabel:
        caption = label(text, "field")
        self.rows.addRow(caption, self._field(widget, key, hint))
        return caption

    def _pair(self, text: str, left: QWidget, key: str, right_text: str, right: QWidget) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2 * SPACING)
        row.addWidget(self._field(left, key), 1)
        row.addWidget(label(right_text, "field"))
        row.addWidget(right, 1)
        self.rows.addRow(label(text, "field"), box)

    def set_groups(self, groups: list[GroupChoice]) -> None:
        wanted = [group.slug for group in groups]
        if wanted == list(self.groups):
            return
        ticked = {slug for slug, box in self.groups.items() if box.isChecked()}
        for box in self.groups.values():
            box.deleteLater()
        self.groups = {}
        while self.groups_row.count():
            self.groups_row.takeAt(0)
        for position, group in enumerate(groups):
            box = QCheckBox(group.name.replace("&", "&&"))
            self._name(box, f"EditorGroup-{group.slug}", self.tr("Group: %1").replace("%1", group.name))
            box.setChecked(group.slug in ticked)
            box.toggled.connect(self._edited)
            self.groups_row.addWidget(box, position // GROUP_COLUMNS, position % GROUP_COLUMNS)
            self.groups[group.slug] = box
        previous: QWidget = self.tiers[Tier.PLATINUM]
        for box in self.groups.values():
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.proof)

    # --- reading and filling --------------------------------------------------------------------------------

    def _choice(self, combo: QComboBox) -> str:
        return str(combo.currentData())

    def _select(self, combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def draft(self) -> ChallengeDraft:
        proof = ProofType(self._choice(self.proof))
        config = dict(self.config)
        if proof is ProofType.CODE:
            config["code"] = self.code.text().strip()
        if proof in {ProofType.QUIZ, ProofType.ANSWERS}:
            config["questions"] = questions_config(proof, self.questions.toPlainText())
        return ChallengeDraft(
            title=self.title.text(),
            kind=ChallengeKind(self._choice(self.kind)),
            points=self.points.value(),
            starts_at=from_qt(self.starts.dateTime()),
            description=self.description.toPlainText(),
            expires_at=None if self.no_expiry.isChecked() else from_qt(self.expires.dateTime()),
            barrier=Barrier(self._choice(self.barrier)),
            proof_type=proof,
            auto_approve=self.auto_approve.isChecked(),
            disclosure_required=self.disclosure.isChecked(),
            max_per_advocate=self.max_per_advocate.value(),
            min_tier=Tier(self._choice(self.min_tier)),
            audience_tiers=frozenset(tier for tier, box in self.tiers.items() if box.isChecked()),
            audience_groups=frozenset(slug for slug, box in self.groups.items() if box.isChecked()),
            config=config,
        )

    def clear(self) -> None:
        """An empty form for a new challenge, starting tomorrow at nine and running two weeks."""
        start = (self.now + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
        self.fill(
            ChallengeDraft(
                title="", kind=ChallengeKind.REVIEW, points=0, starts_at=start, expires_at=start + timedelta(days=14)
            ),
            editing=False,
        )
        self._kind_picked()
        self.touched = False
        self.problems_changed.emit(self.check())

    def fill(self, draft: ChallengeDraft, *, editing: bool) -> None:
        self._filling = True
        try:
            self.editing = editing
            self.original_expiry = draft.expires_at if editing else None
            self.config = dict(draft.config)
            self.title.setText(draft.title)
            self.description.setPlainText(draft.description)
            self._select(self.kind, draft.kind.value)
            self.points.setValue(draft.points)
            profile = KIND_PROFILES[draft.kind]
            barrier = draft.barrier or profile.barrier
            self._select(self.barrier, barrier.value)
            self.starts.setDateTime(to_qt(draft.starts_at))
            self.no_expiry.setChecked(draft.expires_at is None)
            self.expires.setDateTime(to_qt(draft.expires_at or draft.starts_at + timedelta(days=14)))
            self.max_per_advocate.setValue(draft.max_per_advocate)
            self._select(self.min_tier, (draft.min_tier or default_min_tier(barrier)).value)
            for tier, box in self.tiers.items():
                box.setChecked(tier in draft.audience_tiers)
            for slug, box in self.groups.items():
                box.setChecked(slug in draft.audience_groups)
            proof = draft.proof_type or profile.proof
            self._select(self.proof, proof.value)
            self.code.setText(str(draft.config.get("code", "")))
            self.questions.setPlainText(questions_text(proof, draft.config))
            self.auto_approve.setChecked(profile.auto_approve if draft.auto_approve is None else draft.auto_approve)
            self.disclosure.setChecked(
                profile.public if draft.disclosure_required is None else draft.disclosure_required
            )
            self._proof_picked()
        finally:
            self._filling = False
        self.touched = editing
        self.changed.emit()
        self.problems_changed.emit(self.check())

    # --- reacting -------------------------------------------------------------------------------------------

    def _kind_picked(self) -> None:
        """A kind brings its usual barrier, proof, approval and disclosure, and points to match the barrier."""
        if self._filling:
            return
        profile = KIND_PROFILES[ChallengeKind(self._choice(self.kind))]
        self._filling = True
        try:
            self._select(self.barrier, profile.barrier.value)
            self._select(self.min_tier, default_min_tier(profile.barrier).value)
            self._select(self.proof, profile.proof.value)
            self.auto_approve.setChecked(profile.auto_approve)
            self.disclosure.setChecked(profile.public)
            if not self.editing:
                self.points.setValue(DEFAULT_POINTS[profile.barrier])
                self.max_per_advocate.setValue(1)
            self._proof_picked()
        finally:
            self._filling = False
        self._edited()

    def _barrier_picked(self) -> None:
        if not self._filling:
            self._select(self.min_tier, default_min_tier(Barrier(self._choice(self.barrier))).value)

    def _proof_picked(self) -> None:
        proof = ProofType(self._choice(self.proof))
        coded = proof is ProofType.CODE
        asked = proof in {ProofType.QUIZ, ProofType.ANSWERS}
        for widget in (self.code_label, self.boxes["code"]):
            widget.setVisible(coded)
        for widget in (self.questions_label, self.boxes["config"]):
            widget.setVisible(asked)
        if proof is ProofType.QUIZ:
            self.questions.setPlaceholderText(self.tr("One per line: Question? | choice | *right choice | choice"))
        else:
            self.questions.setPlaceholderText(
                self.tr("One per line: a question, 'nps: question' for a 0-10 score, or 'question | choice | choice'")
            )

    def _edited(self) -> None:
        if self._filling:
            return
        self.touched = True
        self.changed.emit()
        self.problems_changed.emit(self.check())

    def check(self) -> dict[str, str]:
        """Show each rule's message next to its field; an unchanged expiry of an edited challenge may be past."""
        draft = self.draft()
        moved = not self.editing or draft.expires_at != self.original_expiry
        found = problems(draft, now=self.now if moved else None)
        if "config" in found and ProofType(self._choice(self.proof)) is ProofType.CODE:
            found["code"] = found.pop("config")
        shown = found if self.touched else {}
        for key, error in self.errors.items():
            error.setText(shown.get(key, ""))
            error.setVisible(key in shown)
        for key, widget in (
            ("title", self.title),
            ("points", self.points),
            ("starts_at", self.starts),
            ("expires_at", self.expires),
            ("max_per_advocate", self.max_per_advocate),
            ("code", self.code),
            ("config", self.questions),
        ):
            if bool(widget.property("invalid")) != (key in shown):
                widget.setProperty("invalid", key in shown)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        return found

    def show_error(self, field: str | None, message: str) -> None:
        """A refusal from the core after saving, shown by the field it is about (or by the title)."""
        key = field if field in self.errors else "title"
        self.errors[key].setText(message)
        self.errors[key].show()
