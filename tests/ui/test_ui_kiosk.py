"""The kiosk window on the demo program: full screen and touch-sized, forgetting a visitor who walks away, joining
with consent (and named on the attract board only with it), a scanner's code for a member the kiosk never met, the
exit PIN (the only way out), the demo mark."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMenuBar, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from advocate_hub.core.clock import utc_now
from advocate_hub.core.demo.marker import is_demo
from advocate_hub.core.domain.enums import LedgerKind
from advocate_hub.core.domain.public_names import alias
from advocate_hub.core.kiosk import config, visits
from advocate_hub.core.services import points
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Advocate, AuditEntry
from advocate_hub.core.sync.engine import Rejection
from advocate_hub.ui import theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.kiosk import window as kiosk_window
from advocate_hub.ui.kiosk.app import log_refusals, sync_server
from advocate_hub.ui.kiosk.window import KioskWindow
from advocate_hub.ui.qr import qr_pixmap
from advocate_hub.ui.tasks import TaskRunner

PIN = "13579"
FINGER = 48
"""The smallest comfortable touch target, in pixels (Material and Apple guidance say 44-48)."""
NAME, EMAIL = "Zelda Quinn", "zelda.quinn@example.org"


class Clock:
    def __init__(self) -> None:
        self.now = utc_now()

    def __call__(self) -> datetime:
        return self.now


class Kiosk:
    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.clock = Clock()
        self.program = Program.open(data_dir, clock=self.clock)
        settings = self.program.run(config.configure, event_name="Northwind Summit", event_code="BOOTH26", pin=PIN)
        self.runner = TaskRunner()
        self.controller = AppController(self.program, self.runner)
        self.window = KioskWindow(
            self.controller, settings, countdown_seconds=2, tick_ms=200, demo=self.program.read(is_demo)
        )
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        self.settle()

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.busy(), timeout=10_000)
        self.qtbot.wait(10)
        self.qtbot.waitUntil(lambda: not self.runner.busy(), timeout=10_000)

    def type_identity(self, text: str) -> None:
        self.window.show_sign_in()
        self.qtbot.keyClicks(self.window.sign_in.edit, text)
        self.qtbot.keyClick(self.window.sign_in.edit, Qt.Key.Key_Return)
        self.settle()

    def click(self, button: QAbstractButton) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.settle()

    def scan(self, text: str) -> None:
        """A USB scanner: keys typed into whatever has focus, then Enter."""
        for key in text:
            target = QApplication.focusWidget() or self.window
            self.qtbot.keyClick(target, key)
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, Qt.Key.Key_Return)
        self.settle()

    def close(self) -> None:
        self.window.idle.stop()
        self.controller.stop()
        self.runner.wait()
        self.program.close()


@pytest.fixture
def kiosk(qtbot: QtBot, qapp: object, data_dir: Path) -> Iterator[Kiosk]:
    theme.apply(qapp, theme.ThemeName.LIGHT)  # type: ignore[arg-type]
    under_test = Kiosk(qtbot, data_dir)
    yield under_test
    under_test.close()


def _texts(window: QWidget) -> list[str]:
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        found += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
    return found


def _tile(window: KioskWindow, title: str) -> QAbstractButton:
    return next(b for b in window.home.grid.findChildren(QAbstractButton) if b.text().startswith(title))


def test_consent_boxes_start_unticked_and_joining_needs_the_required_one(kiosk: Kiosk) -> None:
    window = kiosk.window
    kiosk.type_identity(EMAIL)
    assert window.stack.currentWidget() is window.join
    assert window.join.email.text() == EMAIL
    assert not any(box.isChecked() for box in (window.join.agree, window.join.contact, window.join.publish))
    kiosk.qtbot.keyClicks(window.join.name, NAME)
    window.join.contact.setChecked(True)
    kiosk.click(window.join.submit)
    assert "agree to join" in window.join.error.text()
    assert window.stack.currentWidget() is window.join
    assert kiosk.program.read(visits.find_visitor, text=EMAIL) is None
    window.join.agree.setChecked(True)
    kiosk.click(window.join.submit)
    assert window.stack.currentWidget() is window.home
    assert window.home.greeting.text() == "Hi Zelda!"
    assert not window.join.agree.isChecked()


def test_walking_away_clears_every_trace_of_the_visitor(kiosk: Kiosk) -> None:
    window = kiosk.window
    kiosk.program.run(visits.join, form=visits.JoinForm(name=NAME, email=EMAIL, agree_to_join=True))
    visitor = kiosk.program.read(visits.find_visitor, text=EMAIL)
    assert visitor is not None
    kiosk.type_identity(visitor.referral_code.lower())
    assert window.stack.currentWidget() is window.home
    kiosk.click(_tile(window, "Product trivia"))
    for answer in ("Enterprise", "40+", "On our servers"):
        kiosk.click(
            next(b for b in window.challenge.body.findChildren(QAbstractButton) if b.accessibleName() == answer)
        )
    assert window.stack.currentWidget() is window.thanks
    assert "25 points" in window.thanks.message.text()
    kiosk.click(window.thanks.findChild(QAbstractButton, "KioskMore"))
    kiosk.click(_tile(window, "Write a short testimonial"))
    testimonial = window.challenge.body.findChild(QPlainTextEdit)
    kiosk.qtbot.keyClicks(testimonial, f"I am {NAME}, {EMAIL}")
    assert any(NAME in text for text in _texts(window))

    window.idle.setInterval(300)  # the visitor walks away (a minute, in real life)
    window.activity()
    kiosk.qtbot.waitUntil(window.overlay.isVisible, timeout=3_000)
    assert "Signing out" in window.overlay_label.text()
    kiosk.qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3_000)
    kiosk.settle()
    assert window.visitor is None
    assert not window.overlay.isVisible()
    left = [t for t in _texts(window) if any(s in t for s in ("Zelda", EMAIL, visitor.referral_code))]
    assert left == []


def test_the_pin_locks_after_five_wrong_tries_and_counts_down(kiosk: Kiosk) -> None:
    window = kiosk.window
    window.ask_pin()
    kiosk.settle()
    dialog = window.pin_dialog
    assert dialog is not None
    for _ in range(5):
        dialog.edit.setText("0000")
        dialog.submit()
        kiosk.settle()
    assert dialog.locked_seconds == 60
    assert not dialog.edit.isEnabled()
    assert "1:00" in dialog.status.text()
    kiosk.qtbot.waitUntil(lambda: "0:59" in dialog.status.text(), timeout=2_500)
    dialog.reject()
    window.ask_pin()  # the lock outlives the dialog
    kiosk.settle()
    assert window.pin_dialog is not dialog
    assert window.pin_dialog is not None
    assert window.pin_dialog.locked_seconds > 50
    window.pin_dialog.reject()
    kiosk.clock.now += timedelta(seconds=61)
    window.ask_pin()
    kiosk.settle()
    dialog = window.pin_dialog
    assert dialog is not None
    assert dialog.locked_seconds == 0
    dialog.edit.setText(PIN)
    with kiosk.qtbot.waitSignal(window.left, timeout=5_000):
        dialog.submit()
    kiosk.settle()


def test_full_screen_kiosk_has_no_frame_no_menus_and_touch_sized_controls(kiosk: Kiosk) -> None:
    window = kiosk.window
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.findChildren(QMenuBar) == []
    assert (kiosk_window.IDLE_MS, kiosk_window.COUNTDOWN_SECONDS) == (60_000, 10)
    kiosk.type_identity(EMAIL)
    for screen in (window.attract, window.sign_in, window.join):
        window.stack.setCurrentWidget(screen)
        kiosk.qtbot.wait(10)
        small = [
            control.objectName()
            for control in screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit)
            if control.isVisible() and control.height() < FINGER
        ]
        assert small == [], screen.objectName()


def test_the_attract_screen_cycles_through_the_featured_challenges(kiosk: Kiosk) -> None:
    attract = kiosk.window.attract
    assert attract.cycle.isActive()
    seen = {attract.featured_title.text()}
    for _ in range(3):
        attract.cycle.timeout.emit()
        seen.add(attract.featured_title.text())
    assert len(seen) >= 2
    assert attract.board_rows.findChildren(QLabel)


def test_a_scanned_code_the_kiosk_never_met_signs_in_and_is_forgotten_after(kiosk: Kiosk) -> None:
    window = kiosk.window
    window.activateWindow()
    window.attract.start.setFocus()
    kiosk.scan("MQ7R-2KXD")
    assert window.stack.currentWidget() is window.home
    assert window.home.greeting.text() == "Hi there!"
    assert "MQ7R2KXD" in window.home.status.text()
    assert window.visitor is not None
    home = kiosk.program.read(
        visits.visitor_home, advocate_id=window.visitor.id, event_code="BOOTH26", now=kiosk.clock.now
    )
    assert home.continue_link.endswith("/r/MQ7R2KXD?promo=MQ7R2KXD")  # the QR code continues as that member
    expected = qr_pixmap(home.continue_link, size=160, device_pixel_ratio=window.devicePixelRatioF())
    assert window.home.qr.pixmap().toImage() == expected.toImage()
    kiosk.click(window.home.findChild(QAbstractButton, "KioskSignOut"))
    assert window.stack.currentWidget() is window.attract
    assert [t for t in _texts(window) if "MQ7R2KXD" in t] == []
    kiosk.scan("Not a code")
    assert window.stack.currentWidget() is window.sign_in
    assert "not a member code" in window.sign_in.error.text()


def test_joining_with_an_address_the_kiosk_knows_leads_to_that_member(kiosk: Kiosk) -> None:
    known = kiosk.program.run(visits.join, form=visits.JoinForm(name=NAME, email=EMAIL, agree_to_join=True))
    window = kiosk.window
    window.show_sign_in()
    kiosk.click(window.sign_in.findChild(QAbstractButton, "KioskJoinButton"))
    kiosk.qtbot.keyClicks(window.join.name, "Someone Else")
    kiosk.qtbot.keyClicks(window.join.email, EMAIL.upper())
    window.join.agree.setChecked(True)
    kiosk.click(window.join.submit)
    assert window.stack.currentWidget() is window.home
    assert window.visitor == known
    assert window.home.greeting.text() == "Hi Zelda!"


def test_only_the_pin_closes_the_kiosk_and_the_exit_is_audited(kiosk: Kiosk) -> None:
    window = kiosk.window
    assert not window.close()
    assert window.isVisible()
    window.ask_pin()
    kiosk.settle()
    assert window.pin_dialog is not None
    window.pin_dialog.edit.setText(PIN)
    with kiosk.qtbot.waitSignal(window.left, timeout=5_000):
        window.pin_dialog.submit()
    kiosk.settle()
    assert not window.isVisible()
    with kiosk.program.database.read() as session:
        assert list(session.scalars(select(AuditEntry.action).where(AuditEntry.action == "kiosk.exit"))) == [
            "kiosk.exit"
        ]


def test_a_demo_kiosk_is_marked_and_never_syncs_even_with_a_server(kiosk: Kiosk) -> None:
    assert kiosk.program.read(is_demo)
    badge = kiosk.window.findChild(QLabel, "DemoBadge")
    assert badge is not None
    assert badge.isVisible()
    assert "DEMO" in badge.text()
    assert sync_server(kiosk.program, "http://127.0.0.1:9") is None


def test_what_the_server_refused_goes_to_the_log_for_staff(caplog: pytest.LogCaptureFixture) -> None:
    refused = Rejection("kiosk.complete", "No member has the code ZZZZ9999, so this was not recorded.", "not_found")
    report = type("Report", (), {"rejected": [refused]})()
    with caplog.at_level("WARNING", logger="advocate_hub.ui.kiosk.app"):
        log_refusals(report)
    assert "No member has the code ZZZZ9999" in caplog.text


def _board_names(window: KioskWindow) -> list[str]:
    return [label.text() for label in window.attract.board_rows.findChildren(QLabel, "KioskBoardName")]


@pytest.mark.parametrize("publish", [False, True])
def test_the_attract_board_names_a_visitor_only_with_their_consent(kiosk: Kiosk, publish: bool) -> None:
    window = kiosk.window
    kiosk.type_identity(EMAIL)
    kiosk.qtbot.keyClicks(window.join.name, NAME)
    window.join.agree.setChecked(True)
    window.join.publish.setChecked(publish)
    kiosk.click(window.join.submit)
    assert window.visitor is not None
    with kiosk.program.database.read() as session:
        moderator = session.scalar(select(Advocate.id).where(Advocate.email == "maya.chen@example.com"))
        uid = session.scalar(select(Advocate.uid).where(Advocate.id == window.visitor.id))
    assert moderator is not None
    assert uid is not None
    kiosk.program.run(
        points.adjust,
        actor_id=moderator,
        advocate_id=window.visitor.id,
        points=50_000,
        reason="Top",
        kind=LedgerKind.BONUS,
    )
    kiosk.click(_tile(window, "Check in at our booth"))
    kiosk.click(window.challenge.findChild(QAbstractButton, "KioskCheckIn"))
    assert window.stack.currentWidget() is window.thanks
    kiosk.click(window.thanks.findChild(QAbstractButton, "KioskMore"))
    kiosk.click(window.home.findChild(QAbstractButton, "KioskSignOut"))

    assert window.stack.currentWidget() is window.attract
    top = _board_names(window)[0]
    if publish:
        assert top == NAME
    else:
        assert top == f"Advocate #{alias(uid)}"
        assert [text for text in _texts(window) if "Zelda" in text or "Quinn" in text] == []
