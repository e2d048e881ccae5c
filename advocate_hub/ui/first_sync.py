"""The first sync of an empty data folder: fetch the program from the server, with progress, before the app opens.

With ``--server`` and nobody on this computer yet there is nothing to open: the person signs in, this dialog pulls
the server's snapshot (the engine's progress comes back through a signal), and the app then opens as them. A
failure stays on screen with its reason and a Retry; a session the server no longer accepts closes the dialog
with ``signed_out`` set, so the caller asks for the password again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLayout, QProgressBar, QVBoxLayout, QWidget

from advocate_hub.core.services.program import Program
from advocate_hub.ui.signin import SignedIn, failure_message
from advocate_hub.ui.sync_status import ProgressRelay
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.widgets import SPACING, button, label, message_banner

EngineFactory = Callable[[Program, Any], Any]


class FirstSyncDialog(QDialog):
    def __init__(
        self,
        runner: TaskRunner,
        program: Program,
        session: SignedIn,
        make_engine: EngineFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FirstSyncDialog")
        self.setAccessibleName(self.tr("Fetching your program"))
        self.setWindowTitle(self.tr("Fetching your program"))
        self.runner = runner
        self.program = program
        self.session = session
        self.make_engine = make_engine
        self.signed_out = False
        self.busy = False
        self._cancel = threading.Event()
        self._progress = ProgressRelay(self)
        self._progress.reported.connect(self._reported)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(4 * SPACING, 4 * SPACING, 4 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(label(self.tr("Fetching your program"), "title", name="FirstSyncTitle"))
        self.status = label("", "muted", wrap=True, name="FirstSyncStatus")
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("FirstSyncProgress")
        self.progress.setAccessibleName(self.tr("Fetching progress"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setMinimumWidth(380)
        layout.addWidget(self.progress)
        self.banner, self.message = message_banner("FirstSyncMessage", self.tr("Fetching problem"))
        layout.addWidget(self.banner)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        self.quit_button = button(self.tr("Quit"), "FirstSyncQuit")
        self.quit_button.setAutoDefault(False)
        self.retry_button = button(self.tr("Try again"), "FirstSyncRetry", kind="primary")
        self.retry_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.retry_button)
        layout.addLayout(buttons)
        self.quit_button.clicked.connect(self.reject)
        self.retry_button.clicked.connect(self.start)
        self.start()

    def start(self) -> None:
        """Make the engine on the database worker, then sync on the network pool (as the status bar's sync does)."""
        if self.busy:
            return
        self.busy = True
        self.banner.hide()
        self.retry_button.hide()
        self.progress.setRange(0, 0)
        self.status.setText(
            self.tr("Signed in as %1. Fetching your program from %2…")
            .replace("%1", self.session.email)
            .replace("%2", self.session.server_url)
        )
        program, api, make_engine = self.program, self.session.api, self.make_engine
        self.runner.run_db(lambda: make_engine(program, api), self._sync, self._failed)

    def _sync(self, engine: Any) -> None:
        emit, cancelled = self._progress.reported.emit, self._cancel.is_set
        self.runner.run_net(lambda: engine.sync(emit, cancelled), self._synced, self._failed)

    def _reported(self, phase: str, done: int, total: int) -> None:
        if phase != "pull" or total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.status.setText(
            self.tr("Fetched %1 of about %2 changes…").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
        )

    def _synced(self, report: Any) -> None:
        self.busy = False
        if getattr(report, "cancelled", False) or self._cancel.is_set():
            return
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if self._cancel.is_set():
            return
        if "SignedOut" in {cls.__name__ for cls in type(error).__mro__}:
            self.signed_out = True
            self.reject()
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Your program could not be fetched."))
        self.message.setText(failure_message(error, self.session.server_url, offline=False))
        self.banner.setProperty("tone", "danger")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()
        self.retry_button.show()
        self.retry_button.setFocus()

    def reject(self) -> None:
        """Quit (or Esc): a fetch still running is told to stop; the app waits for it before closing the program."""
        self._cancel.set()
        super().reject()

    def message_text(self) -> str:
        return self.message.text() if self.banner.isVisible() else ""

    @classmethod
    def fetch(
        cls,
        runner: TaskRunner,
        program: Program,
        session: SignedIn,
        make_engine: EngineFactory,
        parent: QWidget | None = None,
    ) -> FirstSyncDialog:
        """Show the dialog until the program is fetched or the person quits; tests replace this method."""
        dialog = cls(runner, program, session, make_engine, parent)
        dialog.exec()
        return dialog
