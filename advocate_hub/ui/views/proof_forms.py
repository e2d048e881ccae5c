"""One small form per proof type: it gathers the proof and shows the core's verdict next to the right field.

The forms check nothing themselves: the core's proof rules are the single source of truth, and a
``ValidationError`` names the field (``link``, ``text``, ``answers``, ``code``, ``name``, ``email``, ``consent``)
whose error label a form shows, leaving everything the user typed in place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.enums import ProofType
from advocate_hub.core.domain.proof import MAX_TEXT_LENGTH, MIN_TEXT_LENGTH
from advocate_hub.core.queries.challenges import ChallengeItem
from advocate_hub.ui import formats
from advocate_hub.ui.widgets import SPACING, label

NPS_SCORES = range(11)


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _BuddyLabel(QLabel):
    """A wrapping label that toggles its check box when clicked, as a check box's own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)


class WrappedCheck(QWidget):
    """A check box whose text wraps (a plain ``QCheckBox`` never wraps, so long promises get clipped)."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Row")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        self.box = QCheckBox()
        self.box.setObjectName(name)
        self.box.setAccessibleName(text)
        self.text = _BuddyLabel(text, self.box)
        self.text.setObjectName(f"{name}Text")
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def indent(self, other: QWidget) -> None:
        """Line ``other`` (an error label below) up with this check box's text."""
        other.setContentsMargins(self.box.sizeHint().width() + SPACING, 0, 0, 0)

    def set_invalid(self, invalid: bool) -> None:
        for widget in (self, self.box, self.text):
            widget.setProperty("invalid", invalid)
            repolish(widget)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)


class ProofForm(QWidget):
    """The base of every form: fields by error name, their error labels, and what gets submitted."""

    proof_type: ProofType = ProofType.NONE
    edited = Signal()

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"ProofForm-{self.proof_type.value}")
        self.item = item
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2 * SPACING)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._focus_chain: list[QWidget] = []

    def submit_text(self) -> str:
        return self.tr("Submit")

    def proof(self) -> dict[str, Any]:
        return {}

    def clear(self) -> None:
        """Empty every field (after a successful submit)."""
        self.clear_errors()

    def focus_chain(self) -> list[QWidget]:
        """The form's focusable widgets in the order the user reads them."""
        return list(self._focus_chain)

    def add_field(self, name: str, caption: str, widget: QWidget, *, hint: str = "") -> QVBoxLayout:
        """Lay out ``caption`` above ``widget`` with an error label below; ``name`` is the core's field name."""
        group = QVBoxLayout()
        group.setSpacing(SPACING // 2)
        if caption:
            title = label(caption, name=f"{name.capitalize()}Caption")
            title.setProperty("role", "field")
            title.setBuddy(widget)
            group.addWidget(title)
        group.addWidget(widget)
        if hint:
            group.addWidget(label(hint, "caption", wrap=True, name=f"{name.capitalize()}Hint"))
        error = label("", "error", wrap=True, name=f"{name.capitalize()}Error")
        error.hide()
        if isinstance(widget, WrappedCheck):
            widget.indent(error)
        group.addWidget(error)
        self.layout_.addLayout(group)
        self.fields[name] = widget
        self.errors[name] = error
        return group

    def show_error(self, field: str | None, message: str) -> bool:
        """Show ``message`` next to ``field``; False when this form has no such field."""
        if field is None or field not in self.errors:
            return False
        error = self.errors[field]
        error.setText(message)
        error.show()
        widget = self.fields.get(field)
        if isinstance(widget, WrappedCheck):
            widget.set_invalid(True)
            widget.box.setFocus(Qt.FocusReason.OtherFocusReason)
        elif widget is not None:
            widget.setProperty("invalid", True)
            repolish(widget)
            first = next((w for w in self._focus_chain if widget.isAncestorOf(w)), widget)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear_error(self, field: str) -> None:
        if field in self.errors and self.errors[field].isVisible():
            self.errors[field].hide()
            self.errors[field].clear()
        widget = self.fields.get(field)
        if isinstance(widget, WrappedCheck):
            widget.set_invalid(False)
        elif widget is not None and widget.property("invalid"):
            widget.setProperty("invalid", False)
            repolish(widget)

    def clear_errors(self) -> None:
        for field in list(self.errors):
            self.clear_error(field)

    def error_text(self, field: str) -> str:
        error = self.errors.get(field)
        return error.text() if error is not None and not error.isHidden() else ""

    def _line(self, name: str, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        self._focus_chain.append(edit)
        return edit

    def _watch(self, field: str, signal: Any) -> None:
        """Editing a field takes its error away: the user is fixing it."""
        signal.connect(lambda *_: self.clear_error(field))
        signal.connect(lambda *_: self.edited.emit())


class NoProofForm(ProofForm):
    proof_type = ProofType.NONE

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.layout_.addWidget(label(self.tr("Nothing to send: mark it as done when you have."), "muted", wrap=True))

    def submit_text(self) -> str:
        return self.tr("Mark as done")


class LinkForm(ProofForm):
    proof_type = ProofType.LINK

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.link = self._line("ProofLink", self.tr("Link to what you did"), "https://")
        self.link.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.add_field("link", self._caption(), self.link)
        self._watch("link", self.link.textEdited)

    def _caption(self) -> str:
        return self.tr("Link to your post, review or answer")

    def proof(self) -> dict[str, Any]:
        return {"link": self.link.text()}

    def clear(self) -> None:
        super().clear()
        self.link.clear()


class MediaForm(LinkForm):
    proof_type = ProofType.MEDIA

    def _caption(self) -> str:
        return self.tr("Link to your video (a shared drive or an unlisted upload is fine)")


class TextForm(ProofForm):
    proof_type = ProofType.TEXT

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.text = QPlainTextEdit()
        self.text.setObjectName("ProofText")
        self.text.setAccessibleName(self.tr("Your words"))
        self.text.setPlaceholderText(self.tr("In your own words…"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(16 * SPACING)
        self._focus_chain.append(self.text)
        group = self.add_field("text", self.tr("Your words"), self.text)
        self.count = label("", "caption", name="ProofTextCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        group.insertWidget(group.indexOf(self.text) + 1, self.count)
        self._watch("text", self.text.textChanged)
        self.text.textChanged.connect(self._count)
        self._count()

    def _count(self) -> None:
        length = len(self.text.toPlainText().strip())
        text = (
            self.tr("%1 characters · at least %2")
            .replace("%1", formats.number(length))
            .replace("%2", str(MIN_TEXT_LENGTH))
        )
        if length > MAX_TEXT_LENGTH * 0.9:
            text = (
                self.tr("%1 of %2 characters")
                .replace("%1", formats.number(length))
                .replace("%2", formats.number(MAX_TEXT_LENGTH))
            )
        self.count.setText(text)

    def proof(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText()}

    def clear(self) -> None:
        super().clear()
        self.text.clear()


class CodeForm(ProofForm):
    proof_type = ProofType.CODE

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.code = self._line("ProofCode", self.tr("Event code"), self.tr("The code on the booth screen"))
        event = str(item.config.get("event") or "")
        hint = self.tr("Shown at %1.").replace("%1", event) if event else ""
        self.add_field("code", self.tr("Event code"), self.code, hint=hint)
        self._watch("code", self.code.textEdited)

    def proof(self) -> dict[str, Any]:
        return {"code": self.code.text()}

    def clear(self) -> None:
        super().clear()
        self.code.clear()


class ReferralForm(ProofForm):
    proof_type = ProofType.REFERRAL

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.name = self._line("ReferralName", self.tr("Their name"))
        self.add_field("name", self.tr("Their name"), self.name)
        self.email = self._line("ReferralEmail", self.tr("Their email"), "name@example.com")
        self.add_field("email", self.tr("Their email"), self.email)
        self.company = self._line("ReferralCompany", self.tr("Their company (optional)"))
        self.add_field("company", self.tr("Their company (optional)"), self.company)
        self.consent = WrappedCheck(self.tr("They agreed to be contacted"), "ReferralConsent")
        self._focus_chain.append(self.consent.box)
        self.add_field("consent", "", self.consent)
        for field, signal in (
            ("name", self.name.textEdited),
            ("email", self.email.textEdited),
            ("company", self.company.textEdited),
            ("consent", self.consent.box.toggled),
        ):
            self._watch(field, signal)

    def submit_text(self) -> str:
        return self.tr("Send referral")

    def proof(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "email": self.email.text(),
            "company": self.company.text(),
            "consent": self.consent.isChecked(),
        }

    def clear(self) -> None:
        super().clear()
        for edit in (self.name, self.email, self.company):
            edit.clear()
        self.consent.setChecked(False)


class ModeratorConfirmsForm(ProofForm):
    proof_type = ProofType.MODERATOR_CONFIRMS

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.note = QPlainTextEdit()
        self.note.setObjectName("ProofNote")
        self.note.setAccessibleName(self.tr("When suits you? (optional)"))
        self.note.setPlaceholderText(self.tr("Days and times that work for you, or anything we should know"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(10 * SPACING)
        self._focus_chain.append(self.note)
        hint = self.tr("The team gets in touch to set it up, and confirms once it has happened.")
        self.add_field("note", self.tr("When suits you? (optional)"), self.note, hint=hint)
        self._watch("note", self.note.textChanged)

    def submit_text(self) -> str:
        return self.tr("Count me in")

    def proof(self) -> dict[str, Any]:
        return {"note": self.note.toPlainText()}

    def clear(self) -> None:
        super().clear()
        self.note.clear()


class _QuestionsForm(ProofForm):
    """Numbered questions in one framed group; the core reports any wrong answer on the ``answers`` field."""

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.questions: list[dict[str, Any]] = list(item.config.get("questions", []))
        self.group = QFrame()
        self.group.setObjectName("ProofQuestions")
        self.group.setAccessibleName(self.tr("Questions"))
        self.column = QVBoxLayout(self.group)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2 * SPACING)
        self.add_field("answers", "", self.group)

    def _prompt(self, number: int, prompt: str) -> QLabel:
        text = label(f"{number}. {prompt}", wrap=True, name=f"Question{number}")
        text.setProperty("role", "field")
        return text

    def _choices(self, number: int, choices: list[str]) -> tuple[QButtonGroup, QWidget]:
        box = QWidget()
        box.setObjectName(f"Question{number}Choices")
        column = QVBoxLayout(box)
        column.setContentsMargins(SPACING, 0, 0, 0)
        column.setSpacing(SPACING // 2)
        group = QButtonGroup(box)
        for index, choice in enumerate(choices):
            radio = QRadioButton(choice)
            radio.setObjectName(f"Question{number}Choice{index}")
            radio.setAccessibleName(self.tr("Question %1: %2").replace("%1", str(number)).replace("%2", choice))
            group.addButton(radio, index)
            column.addWidget(radio)
            self._focus_chain.append(radio)
        self._watch("answers", group.idToggled)
        return group, box

    @staticmethod
    def _uncheck(group: QButtonGroup) -> None:
        group.setExclusive(False)
        for button in group.buttons():
            button.setChecked(False)
        group.setExclusive(True)


class QuizForm(_QuestionsForm):
    proof_type = ProofType.QUIZ

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.groups: list[QButtonGroup] = []
        for number, question in enumerate(self.questions, start=1):
            self.column.addWidget(self._prompt(number, str(question.get("prompt", ""))))
            group, box = self._choices(number, [str(c) for c in question.get("choices", [])])
            self.groups.append(group)
            self.column.addWidget(box)

    def submit_text(self) -> str:
        return self.tr("Check my answers")

    def choose(self, question: int, choice: int) -> QAbstractButton:
        """The radio button of ``choice`` (0-based) for ``question`` (0-based)."""
        return self.groups[question].button(choice)

    def proof(self) -> dict[str, Any]:
        return {"answers": [group.checkedId() if group.checkedId() >= 0 else None for group in self.groups]}

    def clear(self) -> None:
        super().clear()
        for group in self.groups:
            self._uncheck(group)


class SurveyForm(_QuestionsForm):
    """NPS as a row of eleven toggles, choices as radio buttons, free text as a line."""

    proof_type = ProofType.ANSWERS

    def __init__(self, item: ChallengeItem, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.answers: list[Any] = []
        for number, question in enumerate(self.questions, start=1):
            self.column.addWidget(self._prompt(number, str(question.get("prompt", ""))))
            kind = question.get("type", "text")
            if kind == "nps":
                group, box = self._scores(number)
                self.answers.append(group)
                self.column.addWidget(box)
            elif kind == "choice":
                group, box = self._choices(number, [str(c) for c in question.get("choices", [])])
                self.answers.append(group)
                self.column.addWidget(box)
            else:
                edit = self._line(f"Question{number}Text", self.tr("Answer to question %1").replace("%1", str(number)))
                self._watch("answers", edit.textEdited)
                self.answers.append(edit)
                self.column.addWidget(edit)

    def _scores(self, number: int) -> tuple[QButtonGroup, QWidget]:
        box = QWidget()
        box.setObjectName(f"Question{number}Scores")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING // 2)
        row = QHBoxLayout()
        row.setSpacing(SPACING // 4)
        group = QButtonGroup(box)
        for score in NPS_SCORES:
            toggle = QPushButton(str(score))
            toggle.setObjectName(f"Question{number}Score{score}")
            toggle.setAccessibleName(
                self.tr("Question %1: score %2 of 10").replace("%1", str(number)).replace("%2", str(score))
            )
            toggle.setCheckable(True)
            toggle.setProperty("kind", "score")
            toggle.setCursor(Qt.CursorShape.PointingHandCursor)
            toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            group.addButton(toggle, score)
            row.addWidget(toggle)
            self._focus_chain.append(toggle)
        column.addLayout(row)
        ends = QHBoxLayout()
        ends.addWidget(label(self.tr("Not at all likely"), "caption"))
        ends.addStretch(1)
        ends.addWidget(label(self.tr("Extremely likely"), "caption"))
        column.addLayout(ends)
        self._watch("answers", group.idToggled)
        return group, box

    def submit_text(self) -> str:
        return self.tr("Send answers")

    def proof(self) -> dict[str, Any]:
        values: list[Any] = []
        for question, answer in zip(self.questions, self.answers, strict=True):
            if isinstance(answer, QLineEdit):
                values.append(answer.text())
            elif answer.checkedId() < 0:
                values.append(None)
            elif question.get("type") == "nps":
                values.append(answer.checkedId())
            else:
                values.append(answer.checkedButton().text())
        return {"answers": values}

    def clear(self) -> None:
        super().clear()
        for answer in self.answers:
            if isinstance(answer, QLineEdit):
                answer.clear()
            else:
                self._uncheck(answer)


FORMS: dict[ProofType, type[ProofForm]] = {
    ProofType.NONE: NoProofForm,
    ProofType.LINK: LinkForm,
    ProofType.MEDIA: MediaForm,
    ProofType.TEXT: TextForm,
    ProofType.ANSWERS: SurveyForm,
    ProofType.QUIZ: QuizForm,
    ProofType.CODE: CodeForm,
    ProofType.REFERRAL: ReferralForm,
    ProofType.MODERATOR_CONFIRMS: ModeratorConfirmsForm,
}


def form_for(item: ChallengeItem, parent: QWidget | None = None) -> ProofForm:
    return FORMS[item.proof_type](item, parent)
