"""Leaving the kiosk: the PIN dialog (with the lockout's time left) and the first start's set-up dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from advocate_hub.core.kiosk import config
from advocate_hub.core.kiosk.config import PinCheck
from advocate_hub.ui import formats
from advocate_hub.ui.kiosk.parts import big_button, big_edit, big_label
from advocate_hub.ui.widgets import SPACING

RunPin = Callable[[str, Callable[[PinCheck], None]], None]
"""Checks a PIN off the GUI thread and hands the answer back."""


def _pin_edit(placeholder: str, name: str) -> QLineEdit:
    edit = big_edit(placeholder, name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    edit.setMaxLength(config.MAX_PIN)
    return edit


class PinDialog(QDialog):
    """Asks for the exit PIN; while locked it shows the time left, counting down, and takes no PIN."""

    unlocked = Signal()

    def __init__(self, check: RunPin, locked_seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskPinDialog")
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self._check = check
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4 * SPACING, 4 * SPACING, 4 * SPACING, 4 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(big_label(self.tr("Staff only: enter the kiosk PIN"), "title"))
        self.edit = _pin_edit(self.tr("PIN"), "KioskPin")
        self.edit.returnPressed.connect(self.submit)
        layout.addWidget(self.edit)
        self.status = big_label("", "error", "KioskPinStatus")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        cancel = big_button(self.tr("Cancel"), "KioskPinCancel", kind="quiet")
        cancel.clicked.connect(self.reject)
        self.unlock = big_button(self.tr("Unlock"), "KioskPinUnlock", kind="primary")
        self.unlock.clicked.connect(self.submit)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock)
        layout.addLayout(buttons)
        self.locked_seconds = 0
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self._lock(locked_seconds)

    def submit(self) -> None:
        if self.locked_seconds or not self.edit.text():
            return
        self.unlock.setEnabled(False)
        self._check(self.edit.text(), self._answered)

    def _answered(self, answer: PinCheck) -> None:
        self.edit.clear()
        self.unlock.setEnabled(True)
        if answer.ok:
            self.unlocked.emit()
            self.accept()
        elif answer.locked:
            self._lock(answer.locked_seconds)
        else:
            self.status.setText(
                self.tr("Wrong PIN. 1 try left before a lock.")
                if answer.tries_left == 1
                else self.tr("Wrong PIN. %1 tries left before a lock.").replace("%1", formats.number(answer.tries_left))
            )

    def _lock(self, seconds: int) -> None:
        self.locked_seconds = seconds
        locked = seconds > 0
        self.edit.setEnabled(not locked)
        self.unlock.setEnabled(not locked)
        if locked:
            self._show_left()
            self.countdown.start()
        else:
            self.countdown.stop()
            self.status.clear()
            self.edit.setFocus()

    def _show_left(self) -> None:
        minutes, seconds = divmod(self.locked_seconds, 60)
        self.status.setText(self.tr("Too many wrong tries. Locked for %1.").replace("%1", f"{minutes}:{seconds:02d}"))

    def _tick(self) -> None:
        self._lock(max(0, self.locked_seconds - 1))


class SetupDialog(QDialog):
    """The first start of a kiosk: which event it serves and the PIN that leaves kiosk mode."""

    def __init__(self, event_name: str = "", event_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskSetupDialog")
        self.setWindowTitle(self.tr("Set up this kiosk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4 * SPACING, 4 * SPACING, 4 * SPACING, 4 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(big_label(self.tr("Set up this kiosk"), "title"))
        self.name = big_edit(self.tr("Event name, as visitors know it"), "KioskSetupName")
        self.name.setText(event_name)
        self.code = big_edit(self.tr("Event code (of its check-in challenge)"), "KioskSetupCode")
        self.code.setText(event_code)
        self.pin = _pin_edit(self.tr("Exit PIN (4 to 12 digits)"), "KioskSetupPin")
        self.again = _pin_edit(self.tr("The PIN again"), "KioskSetupPinAgain")
        for widget in (self.name, self.code, self.pin, self.again):
            layout.addWidget(widget)
        self.error = big_label("", "error", "KioskSetupError")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        cancel = big_button(self.tr("Cancel"), "KioskSetupCancel", kind="quiet")
        cancel.clicked.connect(self.reject)
        save = big_button(self.tr("Start the kiosk"), "KioskSetupSave", kind="primary")
        save.clicked.connect(self._save)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        self.values: dict[str, Any] = {}

    def _save(self) -> None:
        if self.pin.text() != self.again.text():
            self.error.setText(self.tr("The two PINs differ."))
            return
        self.values = {"event_name": self.name.text(), "event_code": self.code.text(), "pin": self.pin.text()}
        self.accept()
