"""A start-up probe for the benchmarks: ``ADVOCATE_HUB_FIRST_PAINT=1`` makes the app quit at its first paint.

The main window's first paint event prints one line, ``first-paint`` and the CPU seconds the process has used
so far, to standard output and ends the event loop. The benchmark (bench/app_start.py) times a fresh process from
its launch to that line, so the figure covers everything a person waits for: the interpreter, imports, opening
the program and building the window.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENVIRONMENT = "ADVOCATE_HUB_FIRST_PAINT"
MARKER = "first-paint"


class FirstPaintProbe(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            sys.stdout.write(f"{MARKER} {time.process_time():.3f}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.quit)
        return False


def watch(window: QWidget) -> None:
    """Install the probe on ``window`` when the environment asks for it; otherwise do nothing."""
    if os.environ.get(ENVIRONMENT) == "1":
        probe = FirstPaintProbe(window)
        window.installEventFilter(probe)
