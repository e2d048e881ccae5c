"""The kiosk's screens. Each emits what the visitor asked for; the window runs it and moves between screens.

Every screen that can show a visitor's data has ``clear()``, which the window calls when the visitor leaves (or
walks away), so nothing of one person is left for the next.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.kiosk.visits import EventBoard, Featured, JoinForm, Visitor
from advocate_hub.core.queries.challenges import ChallengeItem
from advocate_hub.ui import formats, icons
from advocate_hub.ui.kiosk.parts import big_button, big_check, big_edit, big_label, clear_layout_widgets
from advocate_hub.ui.models.leaderboard_model import shown_name
from advocate_hub.ui.widgets import SPACING, TierMark

CYCLE_MS = 8_000
LETTERS = "ABCDEFGHIJ"


def _panel(name: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("kiosk", "panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(5 * SPACING, 4 * SPACING, 5 * SPACING, 4 * SPACING)
    layout.setSpacing(2 * SPACING)
    return frame, layout


def _screen(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(8 * SPACING, 4 * SPACING, 8 * SPACING, 4 * SPACING)
    layout.setSpacing(3 * SPACING)
    return layout


class AttractScreen(QWidget):
    """When nobody is at the kiosk: this event's leaderboard and its quick challenges, cycling."""

    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskAttract")
        layout = _screen(self)
        self.headline = big_label(self.tr("Take a challenge, earn points, climb the board"), "hero", "KioskHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.headline)
        row = QHBoxLayout()
        row.setSpacing(4 * SPACING)
        board, board_layout = _panel("KioskBoard")
        self.board_title = big_label(self.tr("Top advocates"), "section", "KioskBoardTitle")
        board_layout.addWidget(self.board_title)
        self.board_rows = QWidget()
        self.board_rows.setObjectName("KioskBoardRows")
        rows = QGridLayout(self.board_rows)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setHorizontalSpacing(3 * SPACING)
        rows.setVerticalSpacing(SPACING)
        board_layout.addWidget(self.board_rows)
        board_layout.addStretch(1)
        row.addWidget(board, 3)
        featured, featured_layout = _panel("KioskFeatured")
        featured.setProperty("accent", True)
        featured_layout.addWidget(big_label(self.tr("Quick challenges"), "section"))
        self.featured_icon = QLabel()
        self.featured_icon.setObjectName("KioskFeaturedIcon")
        featured_layout.addWidget(self.featured_icon)
        self.featured_title = big_label("", "title", "KioskFeaturedTitle")
        featured_layout.addWidget(self.featured_title)
        self.featured_points = big_label("", "points", "KioskFeaturedPoints")
        featured_layout.addWidget(self.featured_points)
        self.featured_dots = big_label("", "caption", "KioskFeaturedDots")
        featured_layout.addWidget(self.featured_dots)
        featured_layout.addStretch(1)
        self.start = big_button(
            self.tr("Tap to start"),
            "KioskStart",
            kind="primary",
            icon=icons.icon("ph.hand-pointing", tone="accent_text"),
        )
        self.start.setMinimumHeight(88)
        self.start.clicked.connect(self.start_requested)
        featured_layout.addWidget(self.start)
        featured_layout.addWidget(big_label(self.tr("or scan your member code"), "caption", "KioskScanHint"))
        row.addWidget(featured, 2)
        layout.addLayout(row, 1)
        self._featured: list[Featured] = []
        self._index = 0
        self.cycle = QTimer(self)
        self.cycle.setInterval(CYCLE_MS)
        self.cycle.timeout.connect(self.next_featured)

    def show_board(self, board: EventBoard, event_name: str) -> None:
        clear_layout_widgets(self.board_rows)
        grid: Any = self.board_rows.layout()
        self.board_title.setText(
            self.tr("Top advocates at %1").replace("%1", event_name) if board.at_event else self.tr("Top advocates")
        )
        if not board.rows:
            grid.addWidget(big_label(self.tr("Be the first on the board today!"), "body"), 0, 0, 1, 4)
        for line, row in enumerate(board.rows):
            rank = big_label(formats.number(row.rank), "rank")
            rank.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(rank, line, 0)
            grid.addWidget(TierMark(row.tier, 32), line, 1)
            grid.addWidget(big_label(shown_name(row), "name", "KioskBoardName"), line, 2)
            points = big_label(formats.number(row.points), "score")
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(points, line, 3)
        grid.setColumnStretch(2, 1)

    def show_featured(self, featured: list[Featured]) -> None:
        self._featured = featured
        self._index = -1
        self.next_featured()
        self.cycle.start()

    def next_featured(self) -> None:
        if not self._featured:
            self.featured_title.setText(self.tr("New challenges are coming soon."))
            self.featured_points.setText("")
            self.featured_dots.setText("")
            return
        self._index = (self._index + 1) % len(self._featured)
        item = self._featured[self._index]
        self.featured_icon.setPixmap(icons.kind_icon(item.kind).pixmap(72, 72))
        self.featured_title.setText(item.title)
        self.featured_points.setText(self.tr("+%1 points").replace("%1", formats.number(item.points)))
        self.featured_dots.setText("  ".join("●" if n == self._index else "○" for n in range(len(self._featured))))


class SignInScreen(QWidget):
    """One line for an email or a member code; a USB scanner types the code and Enter."""

    submitted = Signal(str)
    join_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskSignIn")
        layout = _screen(self)
        layout.addStretch(1)
        layout.addWidget(big_label(self.tr("Welcome! Who are you?"), "hero"))
        layout.addWidget(big_label(self.tr("Type your email or member code, or scan your code."), "body"))
        self.edit = big_edit(self.tr("Email or member code"), "KioskIdentity")
        self.edit.returnPressed.connect(self._submit)
        layout.addWidget(self.edit)
        self.error = big_label("", "error", "KioskSignInError")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        back = big_button(self.tr("Back"), "KioskSignInBack", kind="quiet")
        back.clicked.connect(self.back_requested)
        join = big_button(self.tr("New here? Join"), "KioskJoinButton")
        join.clicked.connect(self.join_requested)
        go = big_button(self.tr("Continue"), "KioskContinue", kind="primary")
        go.clicked.connect(self._submit)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(join)
        buttons.addWidget(go)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def _submit(self) -> None:
        if self.edit.text().strip():
            self.submitted.emit(self.edit.text().strip())

    def clear(self) -> None:
        self.edit.clear()
        self.error.clear()


class JoinScreen(QWidget):
    """A new visitor joins: name, email, company and consent boxes that start unticked."""

    join_requested = Signal(object)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskJoin")
        layout = _screen(self)
        layout.addWidget(big_label(self.tr("Join the advocate program"), "hero"))
        self.note = big_label("", "body", "KioskJoinNote")
        layout.addWidget(self.note)
        fields = QGridLayout()
        fields.setSpacing(2 * SPACING)
        self.name = big_edit(self.tr("Your name"), "KioskJoinName")
        self.email = big_edit(self.tr("Your email"), "KioskJoinEmail")
        self.company = big_edit(self.tr("Company (optional)"), "KioskJoinCompany")
        fields.addWidget(self.name, 0, 0)
        fields.addWidget(self.email, 0, 1)
        fields.addWidget(self.company, 1, 0, 1, 2)
        layout.addLayout(fields)
        self.agree = big_check(
            self.tr("I agree to join the program and for my details to be stored (required)"), "KioskConsentJoin"
        )
        self.contact = big_check(self.tr("You may contact me about the program"), "KioskConsentContact")
        self.publish = big_check(self.tr("You may show my name on leaderboards and quotes"), "KioskConsentPublish")
        for box in (self.agree, self.contact, self.publish):
            layout.addWidget(box)
        self.error = big_label("", "error", "KioskJoinError")
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        back = big_button(self.tr("Back"), "KioskJoinBack", kind="quiet")
        back.clicked.connect(self.back_requested)
        self.submit = big_button(self.tr("Join and continue"), "KioskJoinSubmit", kind="primary")
        self.submit.clicked.connect(self._submit)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout.addLayout(buttons)

    def start(self, email: str = "", note: str = "") -> None:
        self.clear()
        self.email.setText(email)
        self.note.setText(note)
        self.name.setFocus()

    def form(self) -> JoinForm:
        return JoinForm(
            name=self.name.text(),
            email=self.email.text(),
            company=self.company.text(),
            agree_to_join=self.agree.isChecked(),
            consent_contact=self.contact.isChecked(),
            consent_publish_name=self.publish.isChecked(),
        )

    def _submit(self) -> None:
        self.error.clear()
        self.join_requested.emit(self.form())

    def clear(self) -> None:
        for edit in (self.name, self.email, self.company):
            edit.clear()
        for box in (self.agree, self.contact, self.publish):
            box.setChecked(False)
        self.note.clear()
        self.error.clear()


class HomeScreen(QWidget):
    """The visitor's quick challenges as big buttons."""

    challenge_requested = Signal(object)
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskHome")
        layout = _screen(self)
        top = QHBoxLayout()
        self.greeting = big_label("", "hero", "KioskGreeting")
        top.addWidget(self.greeting, 1)
        code = QVBoxLayout()
        self.qr = QLabel()
        self.qr.setObjectName("KioskQr")
        self.qr.setAccessibleName(self.tr("QR code to continue on your phone"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code.addWidget(self.qr)
        self.qr_caption = big_label("", "caption", "KioskQrCaption")
        self.qr_caption.setWordWrap(False)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code.addWidget(self.qr_caption)
        top.addLayout(code)
        layout.addLayout(top)
        self.status = big_label("", "body", "KioskHomeStatus")
        layout.addWidget(self.status)
        self.grid = QWidget()
        self.grid.setObjectName("KioskChallengeGrid")
        grid = QGridLayout(self.grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2 * SPACING)
        layout.addWidget(self.grid)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        done = big_button(
            self.tr("I'm done: sign me out"), "KioskSignOut", kind="quiet", icon=icons.icon("ph.sign-out")
        )
        done.clicked.connect(self.sign_out_requested)
        buttons.addWidget(done)
        layout.addLayout(buttons)

    def show_visitor(self, visitor: Visitor, items: list[ChallengeItem], checked_in: bool, qr: Any) -> None:
        first = (visitor.name.split(maxsplit=1) or [visitor.name])[0]
        self.greeting.setText(self.tr("Hi %1!").replace("%1", first) if first else self.tr("Hi there!"))
        if qr is not None:
            self.qr.setPixmap(qr)
            self.qr_caption.setText(self.tr("Continue on your phone"))
        self.status.setText(self._status(visitor, bool(items), checked_in))
        clear_layout_widgets(self.grid)
        grid: Any = self.grid.layout()
        for number, item in enumerate(items):
            text = f"{item.title}\n" + self.tr("+%1 points").replace("%1", formats.number(item.points))
            tile = big_button(text, "KioskChallengeTile", kind="tile", icon=icons.kind_icon(item.kind))
            tile.setMinimumHeight(112)
            tile.clicked.connect(lambda _=False, chosen=item: self.challenge_requested.emit(chosen))
            grid.addWidget(tile, number // 2, number % 2)

    def _status(self, visitor: Visitor, open_items: bool, checked_in: bool) -> str:
        """Whole sentences, one per line: where a stand-in's points go, then the check-in and what is left."""
        if checked_in:
            state = (
                self.tr("You're checked in. Pick a quick challenge:")
                if open_items
                else self.tr("You're checked in, and you've done every quick challenge. Thank you!")
            )
        else:
            state = (
                self.tr("Pick a quick challenge:")
                if open_items
                else self.tr("You've done every quick challenge. Thank you!")
            )
        if visitor.name:
            return state
        member = self.tr("Your points go to member %1 once this kiosk syncs.").replace("%1", visitor.referral_code)
        return f"{member}\n{state}"

    def clear(self) -> None:
        self.greeting.clear()
        self.status.clear()
        self.qr.clear()
        self.qr_caption.clear()
        clear_layout_widgets(self.grid)


class ChallengeScreen(QWidget):
    """One quick challenge: one tap to check in, big answer buttons, a short text, or a colleague's details."""

    submit_requested = Signal(object, dict, bool)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskChallenge")
        layout = _screen(self)
        head = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setObjectName("KioskChallengeIcon")
        head.addWidget(self.icon)
        self.title = big_label("", "hero", "KioskChallengeTitle")
        head.addWidget(self.title, 1)
        self.points = big_label("", "points", "KioskChallengePoints")
        head.addWidget(self.points)
        layout.addLayout(head)
        self.description = big_label("", "body", "KioskChallengeDescription")
        layout.addWidget(self.description)
        self.prompt = big_label("", "title", "KioskPrompt")
        layout.addWidget(self.prompt)
        self.body = QWidget()
        self.body.setObjectName("KioskChallengeBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2 * SPACING)
        layout.addWidget(self.body)
        self.error = big_label("", "error", "KioskChallengeError")
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        back = big_button(self.tr("Back"), "KioskChallengeBack", kind="quiet")
        back.clicked.connect(self.back_requested)
        buttons.addWidget(back)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.item: ChallengeItem | None = None
        self._answers: list[Any] = []

    def open(self, item: ChallengeItem) -> None:
        self.clear()
        self.item = item
        self.icon.setPixmap(icons.kind_icon(item.kind).pixmap(56, 56))
        self.title.setText(item.title)
        self.points.setText(self.tr("+%1 points").replace("%1", formats.number(item.points)))
        self.description.setText(item.description)
        if item.kind is ChallengeKind.EVENT_CHECKIN:
            self._add(
                big_button(
                    self.tr("Check me in"),
                    "KioskCheckIn",
                    kind="answer",
                    icon=icons.icon("ph.map-pin", tone="accent_text"),
                )
            )
            self._last().clicked.connect(lambda: self._send({}))
        elif item.kind in {ChallengeKind.QUIZ, ChallengeKind.SURVEY}:
            self._question()
        elif item.kind is ChallengeKind.TESTIMONIAL:
            self._testimonial(item)
        else:
            self._referral()

    def _add(self, widget: QWidget) -> None:
        layout: Any = self.body.layout()
        layout.addWidget(widget)

    def _last(self) -> Any:
        layout: Any = self.body.layout()
        return layout.itemAt(layout.count() - 1).widget()

    def _question(self) -> None:
        assert self.item is not None
        questions = self.item.config.get("questions", [])
        number = len(self._answers)
        if number >= len(questions):
            self._send({"answers": list(self._answers)})
            return
        clear_layout_widgets(self.body)
        question = questions[number]
        self.prompt.setText(
            self.tr("Question %1 of %2: %3")
            .replace("%1", formats.number(number + 1))
            .replace("%2", formats.number(len(questions)))
            .replace("%3", str(question.get("prompt", "")))
        )
        kind = question.get("type", "choice" if "choices" in question else "text")
        if kind == "nps":
            row = QWidget()
            scores = QHBoxLayout(row)
            scores.setContentsMargins(0, 0, 0, 0)
            for score in range(11):
                choice = big_button(str(score), "KioskScore", kind="answer")
                choice.setAccessibleName(self.tr("Score %1").replace("%1", str(score)))
                choice.clicked.connect(lambda _=False, value=score: self._answer(value))
                scores.addWidget(choice)
            self._add(row)
        elif kind == "choice":
            for index, text in enumerate(question.get("choices", [])):
                choice = big_button(f"{LETTERS[index % len(LETTERS)]}    {text}", "KioskAnswer", kind="answer")
                choice.setAccessibleName(str(text))
                value: Any = index if self.item.kind is ChallengeKind.QUIZ else text
                choice.clicked.connect(lambda _=False, v=value: self._answer(v))
                self._add(choice)
        else:
            edit = big_edit(self.tr("Your answer"), "KioskTextAnswer")
            self._add(edit)
            next_button = big_button(self.tr("Next"), "KioskNext", kind="primary")
            next_button.clicked.connect(lambda: self._answer(edit.text()))
            edit.returnPressed.connect(next_button.click)
            self._add(next_button)

    def _answer(self, value: Any) -> None:
        self._answers.append(value)
        self._question()

    def _testimonial(self, item: ChallengeItem) -> None:
        self.prompt.setText(self.tr("In two or three sentences: what difference has it made for you?"))
        text = QPlainTextEdit()
        text.setObjectName("KioskTestimonial")
        text.setProperty("kiosk", "edit")
        text.setAccessibleName(self.tr("Your testimonial"))
        text.setFixedHeight(160)
        self._add(text)
        disclose = big_check(
            self.tr("I will say that I received points for this if I share it publicly"), "KioskDisclosure"
        )
        disclose.setVisible(item.disclosure_required)
        self._add(disclose)
        send = big_button(self.tr("Send"), "KioskSend", kind="primary")
        send.clicked.connect(lambda: self._send({"text": text.toPlainText()}, disclose.isChecked()))
        self._add(send)

    def _referral(self) -> None:
        self.prompt.setText(self.tr("Who would benefit? We contact them only with their consent."))
        name = big_edit(self.tr("Their name"), "KioskReferralName")
        email = big_edit(self.tr("Their email"), "KioskReferralEmail")
        company = big_edit(self.tr("Their company (optional)"), "KioskReferralCompany")
        consent = big_check(self.tr("They agreed that we may contact them"), "KioskReferralConsent")
        for widget in (name, email, company, consent):
            self._add(widget)
        send = big_button(self.tr("Send referral"), "KioskSend", kind="primary")
        send.clicked.connect(
            lambda: self._send(
                {"name": name.text(), "email": email.text(), "company": company.text(), "consent": consent.isChecked()}
            )
        )
        self._add(send)

    def _send(self, proof: dict[str, Any], disclosure: bool = False) -> None:
        self.error.clear()
        if self.item is not None:
            self.submit_requested.emit(self.item, proof, disclosure)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        if self.item is not None and self.item.kind in {ChallengeKind.QUIZ, ChallengeKind.SURVEY}:
            self._answers = []
            self._question()

    def clear(self) -> None:
        self.item = None
        self._answers = []
        for widget in (self.title, self.points, self.description, self.prompt, self.error):
            widget.clear()
        self.icon.clear()
        clear_layout_widgets(self.body)


class ThanksScreen(QWidget):
    """Thank you, with what it earned, then back to the challenges or out."""

    more_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskThanks")
        layout = _screen(self)
        layout.addStretch(1)
        mark = QLabel()
        mark.setPixmap(icons.icon("ph.check-circle", tone="success").pixmap(120, 120))
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(mark)
        self.title = big_label("", "hero", "KioskThanksTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.message = big_label("", "body", "KioskThanksMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        more = big_button(self.tr("More challenges"), "KioskMore", kind="primary")
        more.clicked.connect(self.more_requested)
        out = big_button(self.tr("Sign me out"), "KioskThanksSignOut", kind="quiet")
        out.clicked.connect(self.sign_out_requested)
        buttons.addWidget(more)
        buttons.addWidget(out)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_thanks(self, name: str, message: str) -> None:
        first = (name.split(maxsplit=1) or [name])[0]
        self.title.setText(self.tr("Thank you, %1!").replace("%1", first) if first else self.tr("Thank you!"))
        self.message.setText(message)

    def clear(self) -> None:
        self.title.clear()
        self.message.clear()
