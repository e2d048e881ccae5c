"""The kiosk window on the demo program: forgetting a visitor who walks away, joining with consent, the exit PIN."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from advocate_hub.core.clock import utc_now
from advocate_hub.core.kiosk import config, visits
from advocate_hub.core.services.program import Program
from advocate_hub.ui import theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.kiosk.window import KioskWindow
from advocate_hub.ui.tasks import TaskRunner

PIN = "13579"
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
        self.window = KioskWindow(self.controller, settings, countdown_seconds=2, tick_ms=200)
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
