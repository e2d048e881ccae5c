"""The kiosk window: full screen, no frame or menus, one visitor at a time, forgotten when they leave.

Screens sit in a stack. Any input anywhere (an event filter on the application) restarts the idle timer; after a
minute without input a ten-second countdown covers the screen, then the visitor is signed out and every screen is
cleared. Results of background work that arrive after a sign-out are dropped, so a slow query can never paint the
previous visitor back. Leaving kiosk mode takes the PIN (Ctrl+Shift+Q, or holding the top-right corner).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDir, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from advocate_hub.core.domain.enums import SubmissionStatus
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.kiosk import config, visits
from advocate_hub.core.kiosk.config import KioskConfig, PinCheck
from advocate_hub.core.kiosk.visits import JoinForm, Visitor, VisitorHome
from advocate_hub.core.queries.challenges import ChallengeItem
from advocate_hub.core.services.submissions import Outcome
from advocate_hub.ui import formats, icons
from advocate_hub.ui.controller import AppController, readable
from advocate_hub.ui.kiosk.parts import big_button, big_label
from advocate_hub.ui.kiosk.pin import PinDialog
from advocate_hub.ui.kiosk.screens import (
    AttractScreen,
    ChallengeScreen,
    HomeScreen,
    JoinScreen,
    SignInScreen,
    ThanksScreen,
)
from advocate_hub.ui.qr import qr_pixmap
from advocate_hub.ui.resources import resource
from advocate_hub.ui.widgets import SPACING

ICON_SEARCH_PATH = "ahicons"
"""Lets the style sheet name icon files (the kiosk's check boxes: ``url(ahicons:kiosk-check-light.svg)``)."""
IDLE_MS = 60_000
COUNTDOWN_SECONDS = 10
HOLD_MS = 1_500
"""How long staff hold the corner button to ask for the PIN (a visitor's tap does nothing)."""
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class KioskWindow(QWidget):
    left = Signal()
    """The PIN was right: kiosk mode ends."""
    acted = Signal()
    """A visitor's change was queued in the outbox: a good moment to sync."""

    def __init__(
        self,
        controller: AppController,
        kiosk: KioskConfig,
        *,
        idle_ms: int = IDLE_MS,
        countdown_seconds: int = COUNTDOWN_SECONDS,
        tick_ms: int = 1_000,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("KioskWindow")
        self.setWindowTitle(self.tr("%1 kiosk").replace("%1", kiosk.event_name))
        self.controller = controller
        self.kiosk = kiosk
        self.demo = demo
        """A kiosk on the seeded demo program: marked as such on every screen."""
        self.visitor: Visitor | None = None
        self.pin_dialog: PinDialog | None = None
        self._leaving = False
        """Set by the right PIN: the only way this window closes (a window manager's close is ignored)."""
        self._visit = 0
        """Bumped at each sign-out: background answers for an earlier visit are dropped."""
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self._start_countdown)
        self.countdown_seconds = countdown_seconds
        self.remaining = 0
        self.tick = QTimer(self)
        self.tick.setInterval(tick_ms)
        self.tick.timeout.connect(self._tick)
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.setInterval(HOLD_MS)
        self.hold.timeout.connect(self.ask_pin)
        QDir.setSearchPaths(ICON_SEARCH_PATH, [str(resource("icons"))])
        self._build()
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.ask_pin)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.show_attract()

    # ---- building ------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = QFrame()
        bar.setObjectName("KioskBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(4 * SPACING, SPACING, SPACING, SPACING)
        self.event_label = big_label(self.kiosk.event_name, "event", "KioskEventName")
        row.addWidget(self.event_label, 1)
        if self.demo:
            badge = QLabel(self.tr("DEMO · sample data"))
            badge.setObjectName("DemoBadge")
            badge.setAccessibleName(self.tr("Demo program: sample data that never syncs"))
            row.addWidget(badge)
        self.corner = big_button("", "KioskCorner", kind="corner", icon=icons.icon("ph.lock-simple"))
        self.corner.setAccessibleName(self.tr("Staff: hold to leave kiosk mode"))
        self.corner.setToolTip(self.tr("Staff: hold to leave kiosk mode"))
        self.corner.setFixedSize(56, 56)
        self.corner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.corner.pressed.connect(self.hold.start)
        self.corner.released.connect(self.hold.stop)
        row.addWidget(self.corner)
        outer.addWidget(bar)
        self.stack = QStackedWidget()
        self.stack.setObjectName("KioskStack")
        self.attract = AttractScreen()
        self.sign_in = SignInScreen()
        self.join = JoinScreen()
        self.home = HomeScreen()
        self.challenge = ChallengeScreen()
        self.thanks = ThanksScreen()
        for screen in (self.attract, self.sign_in, self.join, self.home, self.challenge, self.thanks):
            self.stack.addWidget(screen)
        outer.addWidget(self.stack, 1)
        self.attract.start_requested.connect(self.show_sign_in)
        self.sign_in.submitted.connect(self.identify)
        self.sign_in.join_requested.connect(lambda: self._show_join(self.sign_in.edit.text().strip(), ""))
        self.sign_in.back_requested.connect(self.sign_out)
        self.join.join_requested.connect(self.join_visitor)
        self.join.back_requested.connect(self.show_sign_in)
        self.home.challenge_requested.connect(self.open_challenge)
        self.home.sign_out_requested.connect(self.sign_out)
        self.challenge.submit_requested.connect(self.submit)
        self.challenge.back_requested.connect(self._show_home)
        self.thanks.more_requested.connect(self._show_home)
        self.thanks.sign_out_requested.connect(self.sign_out)
        self.overlay = QFrame(self)
        self.overlay.setObjectName("KioskIdleOverlay")
        box = QVBoxLayout(self.overlay)
        box.addStretch(1)
        self.overlay_label = big_label("", "hero", "KioskIdleCountdown")
        self.overlay_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.overlay_label)
        still = big_button(self.tr("I'm still here"), "KioskStillHere", kind="primary")
        still.clicked.connect(self.activity)
        box.addWidget(still, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        self.overlay.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.overlay.setGeometry(self.rect())

    # ---- idle ----------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and (event.type() != QEvent.Type.MouseMove or self.overlay.isVisible()):
            self.activity()
        return False

    def activity(self) -> None:
        """Someone touched the kiosk: cancel a countdown and start the minute again (not on the attract screen)."""
        if self.overlay.isVisible():
            self.overlay.hide()
            self.tick.stop()
        if self.stack.currentWidget() is self.attract:
            self.idle.stop()
        else:
            self.idle.start()

    def _start_countdown(self) -> None:
        if self.stack.currentWidget() is self.attract:
            return
        self.remaining = self.countdown_seconds
        self._show_remaining()
        self.overlay.setGeometry(self.rect())
        self.overlay.show()
        self.overlay.raise_()
        self.tick.start()

    def _show_remaining(self) -> None:
        self.overlay_label.setText(
            self.tr("Still there? Signing out in 1 second")
            if self.remaining == 1
            else self.tr("Still there? Signing out in %1 seconds").replace("%1", formats.number(self.remaining))
        )

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.sign_out()
        else:
            self._show_remaining()

    # ---- screens -------------------------------------------------------------------------------------------------

    def _go(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        self.activity()

    def _for_this_visit(self, then: Callable[[Any], None]) -> Callable[[Any], None]:
        visit = self._visit

        def guarded(result: Any) -> None:
            if visit == self._visit:
                then(result)

        return guarded

    def show_attract(self) -> None:
        self._go(self.attract)
        now = self.controller.now()
        code = self.kiosk.event_code
        self.controller.load(
            visits.event_board,
            lambda board: self.attract.show_board(board, self.kiosk.event_name),
            event_code=code,
            now=now,
        )
        self.controller.load(visits.featured, self.attract.show_featured, event_code=code, now=now)

    def show_sign_in(self, typed: str = "") -> None:
        self.sign_in.clear()
        self.sign_in.edit.setText(typed)
        self._go(self.sign_in)
        self.sign_in.edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key on the attract screen (a scanner typing a code, say) starts the sign-in with it."""
        if self.stack.currentWidget() is self.attract and event.text().strip():
            self.show_sign_in(event.text())
            return
        super().keyPressEvent(event)

    def identify(self, text: str) -> None:
        """An email the kiosk knows, or any well-formed member code, signs in; an unknown email leads to joining."""

        def found(visitor: Visitor | None) -> None:
            if visitor is not None:
                self.enter(visitor)
            elif "@" in text:
                note = self.tr("Welcome! Tell us a little about yourself to take part.")
                self._show_join(text, note)
            else:
                self.sign_in.error.setText(
                    self.tr(
                        "That is not a member code. Type your email address, or the code on your badge "
                        "(8 letters and digits)."
                    )
                )

        self.controller.act(
            visits.sign_in,
            text=text,
            on_done=self._for_this_visit(found),
            on_error=self._for_this_visit(lambda error: self.sign_in.error.setText(readable(error))),
        )

    def _show_join(self, email: str, note: str) -> None:
        self.join.start(email if "@" in email else "", note)
        self._go(self.join)
        (self.join.email if not self.join.email.text() else self.join.name).setFocus()

    def join_visitor(self, form: JoinForm) -> None:
        self.controller.act(
            visits.join,
            form=form,
            on_done=self._for_this_visit(self._joined),
            on_error=self._for_this_visit(lambda error: self.join.error.setText(readable(error))),
        )

    def _joined(self, visitor: Visitor) -> None:
        self.acted.emit()
        self.enter(visitor)

    def enter(self, visitor: Visitor) -> None:
        self.visitor = visitor
        self.join.clear()
        self.sign_in.clear()
        self._show_home()

    def _show_home(self) -> None:
        visitor = self.visitor
        if visitor is None:
            self.sign_out()
            return
        self.challenge.clear()
        self.thanks.clear()

        def loaded(home: VisitorHome) -> None:
            qr = qr_pixmap(home.continue_link, size=160, device_pixel_ratio=self.devicePixelRatioF())
            self.home.show_visitor(visitor, home.challenges, home.checked_in, qr if home.continue_link else None)
            self._go(self.home)

        self.controller.load(
            visits.visitor_home,
            self._for_this_visit(loaded),
            advocate_id=visitor.id,
            event_code=self.kiosk.event_code,
            now=self.controller.now(),
        )

    def open_challenge(self, item: ChallengeItem) -> None:
        self.challenge.open(item)
        self._go(self.challenge)

    def submit(self, item: ChallengeItem, proof: dict[str, Any], disclosure: bool) -> None:
        if self.visitor is None:
            return
        common: dict[str, Any] = {
            "advocate_id": self.visitor.id,
            "challenge_id": item.id,
            "event_code": self.kiosk.event_code,
            "on_done": self._for_this_visit(self._completed),
            "on_error": self._for_this_visit(lambda error: self.challenge.show_error(readable(error))),
        }
        if item.kind is ChallengeKind.EVENT_CHECKIN:
            self.controller.act(visits.check_in, **common)
        else:
            self.controller.act(visits.complete, proof=proof, disclosure_acknowledged=disclosure, **common)

    def _completed(self, outcome: Outcome) -> None:
        self.acted.emit()
        submission = outcome.submission
        if submission.status is SubmissionStatus.REJECTED:
            message = submission.decision_note
        elif outcome.posted is not None:
            message = self.tr("You earned %1 points.").replace("%1", formats.number(outcome.posted.entry.points))
        elif submission.status is SubmissionStatus.APPROVED:
            message = self.tr("All done.")
        else:
            message = self.tr("A moderator will look at it soon; your points follow once it is approved.")
        self.thanks.show_thanks(self.visitor.name if self.visitor else "", message)
        self.challenge.clear()
        self._go(self.thanks)

    def sign_out(self) -> None:
        """Forget the visitor: every screen cleared, late answers dropped, back to the attract screen."""
        self._visit += 1
        self.visitor = None
        self.tick.stop()
        self.overlay.hide()
        self.overlay_label.clear()
        for screen in (self.sign_in, self.join, self.home, self.challenge, self.thanks):
            screen.clear()
        self.show_attract()

    # ---- leaving ------------------------------------------------------------------------------------------------

    def ask_pin(self) -> None:
        def locked(seconds: int) -> None:
            dialog = PinDialog(self._check_pin, seconds, self)
            dialog.unlocked.connect(self._leave)
            self.pin_dialog = dialog
            dialog.open()

        self.controller.load(config.locked_for, locked, now=self.controller.now())

    def _check_pin(self, pin: str, answered: Callable[[PinCheck], None]) -> None:
        program = self.controller.program

        def failed(error: BaseException) -> None:
            if self.pin_dialog is not None:
                self.pin_dialog.status.setText(readable(error) if isinstance(error, AdvocateHubError) else "")

        self.controller.runner.run_db(lambda: program.run(config.check_pin, pin=pin), answered, failed)

    def _leave(self) -> None:
        self._leaving = True
        self.left.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Only the PIN ends kiosk mode: Alt+F4 or a window manager's close would skip it and its audit entry."""
        if self._leaving:
            super().closeEvent(event)
        else:
            event.ignore()
