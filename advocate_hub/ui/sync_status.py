"""Sync in the app: a ``SyncController`` that runs the core sync engine in the background, and the status-bar widget.

The controller never syncs on the GUI thread: each sync runs on the task runner's network pool; the engine's
progress comes back through a signal. It syncs on "Sync now", every two minutes while signed in, and shortly
after each local action (debounced: a burst of actions makes one sync). A program that lives only on this
computer (no server configured, as the demo) never syncs.

The engine is anything with ``sync(progress, cancelled) -> SyncReport`` (``advocate_hub.core.sync.engine``);
errors are recognised by their class names (``ServerUnreachable``, ``SignedOut``, ...) so the UI does not need
``core.api`` to import.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.queries.pulse import Notice, NoticeKind
from advocate_hub.core.sync.outbox import waiting
from advocate_hub.ui import icons
from advocate_hub.ui.controller import AppController, readable
from advocate_hub.ui.widgets import SPACING, button, label

log = logging.getLogger(__name__)
AUTO_MS = 120_000
"""Automatic sync while signed in."""
DEBOUNCE_MS = 3_000
"""Wait after a local action, so a burst of actions makes one sync."""
TICK_MS = 30_000
"""How often "Synced 2 min ago" is brought up to date."""
SKEW_NOTICE_S = 300.0
"""A clock further off than this is mentioned in the status."""


class SyncEngineLike(Protocol):
    def sync(
        self,
        progress: Callable[[str, int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> Any: ...


class SyncState(StrEnum):
    LOCAL = "local"
    """No server configured: the program lives only on this computer."""
    OFFLINE = "offline"
    """A server is configured but nobody signed in (the user chose to work offline)."""
    SIGNED_OUT = "signed_out"
    """The server no longer accepts the session."""
    READY = "ready"
    SYNCING = "syncing"
    FAILED = "failed"


def _error_names(error: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(error).__mro__}


def duration(seconds: float) -> str:
    """A rough, readable length of time: "3 min", "2 h", "1 day"."""
    seconds = abs(seconds)
    if seconds < 90:
        return QCoreApplication.translate("SyncStatus", "%1 s").replace("%1", str(round(seconds)))
    if seconds < 90 * 60:
        return QCoreApplication.translate("SyncStatus", "%1 min").replace("%1", str(round(seconds / 60)))
    if seconds < 20 * 3600:
        return QCoreApplication.translate("SyncStatus", "%1 h").replace("%1", str(round(seconds / 3600)))
    days = round(seconds / 86_400)
    if days == 1:
        return QCoreApplication.translate("SyncStatus", "1 day")
    return QCoreApplication.translate("SyncStatus", "%1 days").replace("%1", str(days))


def ago(then: datetime, now: datetime) -> str:
    seconds = (now - then).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("SyncStatus", "just now")
    return QCoreApplication.translate("SyncStatus", "%1 ago").replace("%1", duration(seconds))


def skew_text(seconds: float) -> str:
    return QCoreApplication.translate("SyncStatus", "Your clock is off by %1: server times are used").replace(
        "%1", duration(seconds)
    )


def failure_text(error: BaseException) -> tuple[SyncState, str]:
    """The state a sync error leaves the app in, and what the status bar says about it."""
    names = _error_names(error)
    if "SignedOut" in names:
        return SyncState.SIGNED_OUT, QCoreApplication.translate("SyncStatus", "Signed out — sign in again")
    if "ServerUnreachable" in names:
        return SyncState.FAILED, QCoreApplication.translate("SyncStatus", "Server unreachable — will retry")
    if "ServerNewer" in names:
        return SyncState.FAILED, QCoreApplication.translate(
            "SyncStatus", "The server is newer than this app — update Advocate Hub"
        )
    if "ClockSkew" in names:
        found = [getattr(error, a, None) for a in ("seconds", "skew", "clock_skew")]
        seconds = next((value for value in found if isinstance(value, float | int)), None)
        return SyncState.FAILED, skew_text(float(seconds)) if seconds is not None else str(error)
    if "ServerError" in names:
        return SyncState.FAILED, QCoreApplication.translate("SyncStatus", "The server had a problem — will retry")
    if "TooManyAttempts" in names or "RequestRefused" in names:
        return SyncState.FAILED, QCoreApplication.translate("SyncStatus", "Sync refused: %1").replace("%1", str(error))
    return SyncState.FAILED, readable(error)


class ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits, the connected slot runs on the GUI thread."""

    reported = Signal(str, int, int)


class SyncController(QObject):
    """Runs syncs in the background and keeps what the status bar shows."""

    changed = Signal()
    sign_in_requested = Signal()
    synced = Signal(object)
    """A sync finished; carries its report."""

    def __init__(
        self,
        controller: AppController,
        *,
        server_url: str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.runner = controller.runner
        self.server_url = server_url
        self.email = ""
        self.clock = clock
        self.state = SyncState.LOCAL if server_url is None else SyncState.OFFLINE
        self.demo = False
        """The seeded demo program: it never syncs, and the status bar says so."""
        self.message = ""
        self.percent = 0
        self.waiting = 0
        self.last_synced: datetime | None = None
        self.clock_skew: float | None = None
        self._engine: SyncEngineLike | None = None
        self._running = False
        self._again = False
        self._cancel = threading.Event()
        self._progress = ProgressRelay(self)
        self._progress.reported.connect(self._on_progress)
        self._auto = QTimer(self)
        self._auto.setInterval(AUTO_MS)
        self._auto.timeout.connect(self.sync_now)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.sync_now)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.changed)
        controller.changed.connect(self.update_waiting)

    # What the user can do

    def can_sync(self) -> bool:
        return self.state is not SyncState.LOCAL

    def start(self, engine: SyncEngineLike, *, server_url: str, email: str = "") -> None:
        """Signed in: remember the engine, sync now and then every two minutes."""
        self.server_url = server_url
        self.email = email
        self._engine = engine
        self._cancel.clear()
        self.state = SyncState.READY
        self.message = ""
        self._auto.start()
        self._tick.start()
        self.changed.emit()
        self.sync_now()

    def work_offline(self) -> None:
        self._engine = None
        self.message = ""
        self._auto.stop()
        self.state = SyncState.LOCAL if self.server_url is None else SyncState.OFFLINE
        self.changed.emit()

    def signed_in(self) -> bool:
        return self._engine is not None

    def sign_out(self) -> None:
        """Stop syncing as this account and forget its sign-in (the keyring's refresh token) on this computer.

        Nothing local is lost: changes made since stay in the outbox and go at the next sign-in.
        """
        if self._engine is None or self.server_url is None:
            return
        server_url, email = self.server_url, self.email
        self._cancel.set()
        self.work_offline()
        self.message = "Signed out"
        self.changed.emit()

        def forget() -> None:
            from advocate_hub.core.auth import credentials

            credentials.forget(server_url, email)

        self.runner.run_net(forget)

    def sync_now(self) -> None:
        if self.state is SyncState.LOCAL:
            return
        if self._engine is None:
            self.sign_in_requested.emit()
            return
        if self._running:
            self._again = True
            return
        self._debounce.stop()
        self._running = True
        self._again = False
        self.state = SyncState.SYNCING
        self.percent = 0
        self.changed.emit()
        engine, progress, cancel = self._engine, self._progress, self._cancel
        self.runner.run_net(
            lambda: engine.sync(progress.reported.emit, cancel.is_set),
            self._finished,
            self._failed,
        )

    def schedule(self) -> None:
        """A local change was made: sync soon, once the burst of changes is over."""
        if self._engine is not None:
            self._debounce.start()

    def stop(self) -> None:
        """Ask a running sync to stop and stop every timer (the app is closing)."""
        self._cancel.set()
        for timer in (self._auto, self._debounce, self._tick):
            timer.stop()

    def update_waiting(self) -> None:
        def counted(count: int) -> None:
            grew = count > self.waiting
            self.waiting = count
            if grew and not self._running:
                self.schedule()
            self.changed.emit()

        self.controller.load(waiting, counted)

    # What the status bar shows

    def text(self) -> str:
        if self.state is SyncState.LOCAL:
            return self.tr("Demo program, never synced") if self.demo else self.tr("Offline, local program")
        if self.state is SyncState.OFFLINE:
            return self.message or self.tr("Offline")
        if self.state is SyncState.SIGNED_OUT:
            return self.message or self.tr("Signed out")
        if self.state is SyncState.SYNCING:
            return self.tr("Syncing… %1%").replace("%1", str(self.percent))
        if self.state is SyncState.FAILED:
            return self.message
        parts = []
        if self.waiting:
            parts.append(
                self.tr("1 change waiting")
                if self.waiting == 1
                else self.tr("%1 changes waiting").replace("%1", str(self.waiting))
            )
        elif self.last_synced is not None:
            parts.append(self.tr("Synced %1").replace("%1", ago(self.last_synced, self.clock())))
        else:
            parts.append(self.tr("Signed in"))
        if self.clock_skew is not None and abs(self.clock_skew) >= SKEW_NOTICE_S:
            parts.append(skew_text(self.clock_skew))
        return "  ·  ".join(parts)

    def detail(self) -> str:
        """The tooltip: where the program syncs and when it last did."""
        if self.state is SyncState.LOCAL:
            if self.demo:
                return self.tr("The demo program is sample data: it never syncs with a server.")
            return self.tr("This program lives only on this computer: there is no server to sync with.")
        where = (
            self.tr("Server: %1 as %2").replace("%1", str(self.server_url)).replace("%2", self.email)
            if self.email
            else self.tr("Server: %1").replace("%1", str(self.server_url))
        )
        when = (
            self.tr("Last synced %1").replace("%1", ago(self.last_synced, self.clock()))
            if self.last_synced
            else self.tr("Not synced yet")
        )
        waits = (
            self.tr("Nothing waiting to be sent")
            if not self.waiting
            else self.tr("1 local change waiting to be sent")
            if self.waiting == 1
            else self.tr("%1 local changes waiting to be sent").replace("%1", str(self.waiting))
        )
        return "\n".join([where, when, waits])

    def tone(self) -> str:
        if self.state in (SyncState.FAILED, SyncState.SIGNED_OUT):
            return "danger"
        if self.state is SyncState.READY and self.waiting:
            return "warning"
        if self.state is SyncState.READY and self.clock_skew is not None and abs(self.clock_skew) >= SKEW_NOTICE_S:
            return "warning"
        return ""

    # Results from the worker

    def _on_progress(self, _stage: str, done: int, total: int) -> None:
        if self.state is not SyncState.SYNCING:
            return
        self.percent = max(0, min(100, done * 100 // total)) if total > 0 else 0
        self.changed.emit()

    def _finished(self, report: Any) -> None:
        self._running = False
        if self._engine is not None:
            self.state = SyncState.READY
            self.message = ""
        if getattr(report, "cancelled", False):
            self.changed.emit()
            return
        self.last_synced = getattr(report, "finished_at", None) or self.clock()
        self.waiting = int(getattr(report, "waiting", 0))
        self.clock_skew = getattr(report, "clock_skew", None)
        for rejection in getattr(report, "rejected", []):
            self.controller.notice.emit(rejection_notice(rejection))
        self.changed.emit()
        self.synced.emit(report)
        if getattr(report, "pulled", 0) or getattr(report, "rejected", []):
            self.controller.refresh(force=True)
        if self._again:
            self.sync_now()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._again = False
        if self._engine is None:  # signed out while it ran: what it hit no longer matters
            return
        state, message = failure_text(error)
        if not isinstance(error, AdvocateHubError):
            log.warning("Sync failed", exc_info=error)
        self.state, self.message = state, message
        if state is SyncState.SIGNED_OUT or "ServerNewer" in _error_names(error):
            self._engine = None if state is SyncState.SIGNED_OUT else self._engine
            self._auto.stop()
        self.changed.emit()


MUTATION_WORDS = {
    "submission": "submission",
    "decline": "decline",
    "redemption": "reward request",
    "profile": "profile change",
    "membership": "membership change",
    "points": "points adjustment",
}


def rejection_notice(rejection: Any) -> Notice:
    """ "Your submission was rejected: expired", from a ``Rejection(kind, message)`` of the sync report.

    ``kind`` may be the mutation's kind (``submission.create``) or the server's reason (``expired``); both read.
    """
    kind = str(getattr(rejection, "kind", "") or "")
    message = str(getattr(rejection, "message", "") or "")
    mutation = str(getattr(rejection, "mutation_kind", "") or (kind if "." in kind else ""))
    reason = str(getattr(rejection, "reason", "") or ("" if "." in kind else kind)).replace("_", " ")
    thing = MUTATION_WORDS.get(mutation.partition(".")[0], "submission" if reason == "expired" else "change")
    title = f"Your {thing} was rejected" + (f": {reason}" if reason else "")
    return Notice(NoticeKind.REJECTED, title, message if message != reason else "")


class SyncStatus(QWidget):
    """The status bar's sync corner: an icon, what sync is doing, a small progress bar and "Sync now"."""

    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncStatus")
        self.sync = sync
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING, 0, SPACING, 0)
        layout.setSpacing(SPACING)
        layout.addStretch(1)
        self.icon = QLabel()
        self.icon.setObjectName("SyncStatusIcon")
        layout.addWidget(self.icon)
        self.text = label("", name="SyncStatusText")
        self.text.setAccessibleName(self.tr("Sync status"))
        layout.addWidget(self.text)
        self.progress = QProgressBar()
        self.progress.setObjectName("SyncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(96, 8)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.button = button(self.tr("Sync now"), "SyncNow", kind="quiet")
        self.button.setIconSize(QSize(16, 16))
        layout.addWidget(self.button)
        self.button.clicked.connect(sync.sync_now)
        self.sign_out_button = button(self.tr("Sign out"), "SignOut", kind="quiet")
        self.sign_out_button.setAccessibleName(self.tr("Sign out of the server"))
        self.sign_out_button.setToolTip(self.tr("Stop syncing and forget this sign-in on this computer"))
        self.sign_out_button.clicked.connect(sync.sign_out)
        layout.addWidget(self.sign_out_button)
        sync.changed.connect(self.update_view)
        self.update_view()

    def update_view(self) -> None:
        sync = self.sync
        text = sync.text()
        self.text.setText(text)
        self.text.setAccessibleDescription(text)
        self.setToolTip(sync.detail())
        self.text.setProperty("tone", sync.tone())
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)
        syncing = sync.state is SyncState.SYNCING
        self.progress.setVisible(syncing)
        self.progress.setValue(sync.percent)
        icon_name, tone = {
            SyncState.LOCAL: ("ph.laptop", "text_muted"),
            SyncState.OFFLINE: ("ph.cloud-slash", "text_muted"),
            SyncState.SIGNED_OUT: ("ph.sign-in", "danger"),
            SyncState.SYNCING: ("ph.arrows-clockwise", "accent"),
            SyncState.FAILED: ("ph.warning-circle", "danger"),
        }.get(sync.state, ("ph.cloud-check", "success") if not sync.waiting else ("ph.cloud-arrow-up", "warning"))
        self.icon.setPixmap(icons.icon(icon_name, tone=tone).pixmap(QSize(16, 16)))
        self.button.setIcon(icons.icon("ph.arrows-clockwise"))
        self.button.setEnabled(sync.can_sync() and not syncing)
        if sync.state is SyncState.LOCAL:
            self.button.setToolTip(sync.detail())
        elif sync.state in (SyncState.OFFLINE, SyncState.SIGNED_OUT):
            self.button.setText(self.tr("Sign in"))
            self.button.setAccessibleName(self.tr("Sign in to sync"))
            self.button.setToolTip(self.tr("Sign in to the server to sync (F5)"))
        else:
            self.button.setText(self.tr("Sync now"))
            self.button.setAccessibleName(self.tr("Sync now"))
            self.button.setToolTip(self.tr("Send local changes and fetch the server's (F5)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sign_out_button.setVisible(sync.signed_in())
