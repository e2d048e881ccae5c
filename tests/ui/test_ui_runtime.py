"""The Qt binding itself behaves: a PySide6 release that loses references aborts the app after a while.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a method returning nothing, and
the interpreter aborts ("none_dealloc") once the count reaches zero; ``pyproject.toml`` excludes that release.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calling_qt_does_not_leak_references_to_none(qtbot: QtBot) -> None:
    widget = QLabel()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(1_000):
        widget.setText("x")
    assert sys.getrefcount(None) - before > -100
