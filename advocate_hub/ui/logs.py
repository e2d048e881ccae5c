"""Errors nobody caught on the GUI thread: logged with their traceback, shown to the person as one short message.

PySide6 hands an exception raised in a slot or a virtual method to ``sys.excepthook`` and carries on; Python's
default hook only prints it to stderr, which a desktop app's user never sees. Errors in background tasks reach
the log through ``controller.readable`` (the task runner hands them back to the GUI thread).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.paths import log_dir

log = logging.getLogger(__name__)
Show = Callable[[str], None]


def uncaught_message(error: BaseException) -> str:
    """What the person reads: a domain error's own words, else where the details are."""
    if isinstance(error, AdvocateHubError):
        return str(error)
    return QCoreApplication.translate("Errors", "Something went wrong. The details are in the log in %1.").replace(
        "%1", str(log_dir())
    )


def show_message_box(text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Advocate Hub"), text, parent=None
    )
    box.setObjectName("UncaughtErrorDialog")
    box.exec()


class ExceptHook:
    """``sys.excepthook`` for the desktop app: log, then show ``uncaught_message`` once the event loop is free.

    Only one message is on screen at a time, so an error repeated on every paint does not pile up dialogs.
    """

    def __init__(self, show: Show = show_message_box) -> None:
        self.show = show
        self.showing = False

    def __call__(self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        if isinstance(error, AdvocateHubError):
            log.warning("Uncaught error on the GUI thread: %s", error, exc_info=(kind, error, traceback))
        else:
            log.critical("Uncaught exception on the GUI thread", exc_info=(kind, error, traceback))
        if QApplication.instance() is None or self.showing:
            return
        self.showing = True
        QTimer.singleShot(0, lambda: self._show(uncaught_message(error)))

    def _show(self, text: str) -> None:
        try:
            self.show(text)
        finally:
            self.showing = False


def install(show: Show = show_message_box) -> ExceptHook:
    hook = ExceptHook(show)
    sys.excepthook = hook
    return hook
