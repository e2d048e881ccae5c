"""Sync in the app: the status bar, Sync now, failures, rejections and the sign-in dialog, with fake engines.

No network: the engine and the API client are small fakes of the core's shape, passed in.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit

from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.queries.pulse import Notice, NoticeKind
from advocate_hub.core.sync.outbox import record, waiting
from advocate_hub.ui import app as ui_app
from advocate_hub.ui.signin import SignedIn, SignInDialog
from advocate_hub.ui.sync_status import SyncState

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.ui.conftest import AppUnderTest

URL = "https://advocates.example.com"

try:
    from advocate_hub.core.api import client as _client

    ServerUnreachable = _client.ServerUnreachable
    SignedOut = _client.SignedOut
    ServerError = _client.ServerError
    RequestRefused = _client.RequestRefused
    TooManyAttempts = _client.TooManyAttempts
    ServerNewer = _client.ServerNewer
    ClockSkew = _client.ClockSkew
except ImportError:  # the client is being written alongside: stand-ins with the same names

    class ServerUnreachable(AdvocateHubError):  # type: ignore[no-redef]
        pass

    class SignedOut(AdvocateHubError):  # type: ignore[no-redef]
        pass

    class ServerError(AdvocateHubError):  # type: ignore[no-redef]
        pass

    class RequestRefused(AdvocateHubError):  # type: ignore[no-redef]
        pass

    class TooManyAttempts(AdvocateHubError):  # type: ignore[no-redef]
        pass

    class ServerNewer(AdvocateHubError):  # type: ignore[no-redef]
        pass

    class ClockSkew(AdvocateHubError):  # type: ignore[no-redef]
        pass


def _error(cls: type[BaseException], message: str = "no", **attributes: Any) -> BaseException:
    try:
        error = cls(message)
    except TypeError:
        error = cls.__new__(cls)
        Exception.__init__(error, message)
    for name, value in attributes.items():
        setattr(error, name, value)
    return error


@dataclass
class Rejection:
    kind: str
    message: str


@dataclass
class Report:
    pushed: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    pulled: int = 0
    waiting: int = 0
    clock_skew: float | None = None
    finished_at: datetime = field(default_factory=lambda: datetime.now(UTC))


class FakeEngine:
    """Reports progress, optionally waits for the test to let it finish, then answers or raises."""

    def __init__(self, report: Report | None = None, error: BaseException | None = None, *, gate: bool = False):
        self.report = report or Report()
        self.error = error
        self.gate = threading.Event()
        if not gate:
            self.gate.set()
        self.threads: list[int] = []
        self.calls = 0

    def sync(self, progress: Any, cancelled: Any) -> Report:
        self.calls += 1
        self.threads.append(threading.get_ident())
        progress("push", 2, 5)
        self.gate.wait(10)
        if self.error is not None:
            raise self.error
        progress("pull", 5, 5)
        return self.report


def _status(hub: AppUnderTest) -> str:
    return hub.window.status.text.text()


def _start(hub: AppUnderTest, engine: FakeEngine) -> None:
    hub.window.sync.start(engine, server_url=URL, email="ann@example.com")


# The status bar


def test_a_local_program_says_so_and_never_syncs(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    status = hub.window.status
    assert hub.window.sync.state is SyncState.LOCAL
    assert _status(hub) == "Offline, local program"
    assert not status.button.isEnabled()
    assert "only on this computer" in status.button.toolTip()
    assert not hub.window.sync_action.isEnabled()
    hub.window.sync.sync_now()
    assert hub.window.sync.state is SyncState.LOCAL


def test_offline_with_a_server_asks_to_sign_in(hub: AppUnderTest, qtbot: QtBot) -> None:
    sync = hub.window.sync
    sync.server_url = URL
    sync.work_offline()
    assert _status(hub) == "Offline"
    assert hub.window.status.button.isEnabled()
    assert hub.window.status.button.text() == "Sign in"
    with qtbot.waitSignal(sync.sign_in_requested, timeout=1000):
        hub.window.status.button.click()


def test_sync_now_runs_off_the_gui_thread_with_progress_then_synced(hub: AppUnderTest, qtbot: QtBot) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    engine = FakeEngine(gate=True)
    _start(hub, engine)
    qtbot.waitUntil(lambda: _status(hub) == "Syncing… 40%", timeout=3000)
    assert hub.window.status.progress.isVisible()
    assert hub.window.status.progress.value() == 40
    assert not hub.window.status.button.isEnabled()
    engine.gate.set()
    qtbot.waitUntil(lambda: _status(hub) == "Synced just now", timeout=3000)
    assert engine.threads
    assert threading.main_thread().ident not in engine.threads
    assert not hub.window.status.progress.isVisible()
    assert hub.window.status.button.isEnabled()
    assert hub.window.status.button.text() == "Sync now"
    hub.settle()


def test_the_shortcut_syncs_now(hub: AppUnderTest, qtbot: QtBot) -> None:
    engine = FakeEngine()
    _start(hub, engine)
    qtbot.waitUntil(lambda: engine.calls == 1 and hub.window.sync.state is SyncState.READY, timeout=3000)
    hub.window.activateWindow()
    qtbot.keyClick(hub.window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: engine.calls == 2 and hub.window.sync.state is SyncState.READY, timeout=3000)
    hub.settle()


def test_synced_minutes_ago_and_changes_waiting(hub: AppUnderTest, qtbot: QtBot) -> None:
    finished = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    engine = FakeEngine(Report(finished_at=finished))
    sync = hub.window.sync
    sync.clock = lambda: finished + timedelta(minutes=2)
    _start(hub, engine)
    qtbot.waitUntil(lambda: _status(hub) == "Synced 2 min ago", timeout=3000)
    engine.report = Report(waiting=3, finished_at=finished)
    sync.sync_now()
    qtbot.waitUntil(lambda: _status(hub) == "3 changes waiting", timeout=3000)
    assert "Last synced 2 min ago" in hub.window.status.toolTip()
    hub.settle()


def test_a_far_off_clock_is_mentioned(hub: AppUnderTest, qtbot: QtBot) -> None:
    _start(hub, FakeEngine(Report(clock_skew=86_400.0)))
    qtbot.waitUntil(lambda: "Your clock is off by 1 day: server times are used" in _status(hub), timeout=3000)
    hub.settle()


@pytest.mark.parametrize(
    ("error", "expected", "state"),
    [
        (_error(ServerUnreachable), "Server unreachable — will retry", SyncState.FAILED),
        (_error(SignedOut), "Signed out — sign in again", SyncState.SIGNED_OUT),
        (_error(ClockSkew, seconds=86_400.0), "Your clock is off by 1 day: server times are used", SyncState.FAILED),
        (_error(ServerNewer), "The server is newer than this app — update Advocate Hub", SyncState.FAILED),
        (_error(ServerError), "The server had a problem — will retry", SyncState.FAILED),
        (_error(RequestRefused, "Bad request."), "Sync refused: Bad request.", SyncState.FAILED),
        (RuntimeError("boom"), "Something went wrong", SyncState.FAILED),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else None,
)
def test_a_failing_sync_says_why_and_the_app_stays_usable(
    hub: AppUnderTest, qtbot: QtBot, error: BaseException, expected: str, state: SyncState
) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    engine = FakeEngine(error=error)
    _start(hub, engine)
    qtbot.waitUntil(lambda: hub.window.sync.state is state, timeout=3000)
    assert _status(hub).startswith(expected)
    assert hub.window.status.text.property("tone") == "danger"
    assert hub.window.status.button.isEnabled()
    hub.window.show_screen("rewards")
    hub.settle()
    assert hub.window.current_key() == "rewards"
    if state is SyncState.SIGNED_OUT:
        assert hub.window.status.button.text() == "Sign in"
        with qtbot.waitSignal(hub.window.sync.sign_in_requested, timeout=1000):
            hub.window.status.button.click()
    else:
        engine.error = None
        hub.window.status.button.click()
        qtbot.waitUntil(lambda: _status(hub) == "Synced just now", timeout=3000)
    hub.settle()


def test_rejected_mutations_are_reported(hub: AppUnderTest, qtbot: QtBot) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    report = Report(rejected=[Rejection("expired", "Closed on 1 Nov 2026.")])
    with qtbot.waitSignal(hub.controller.notice, timeout=3000) as notice:
        _start(hub, FakeEngine(report))
    shown: Notice = notice.args[0]
    assert shown.kind is NoticeKind.REJECTED
    assert shown.title == "Your submission was rejected: expired"
    assert shown.text == "Closed on 1 Nov 2026."
    qtbot.waitUntil(hub.window.toast.isVisible, timeout=3000)
    hub.settle()


def test_a_sync_that_pulled_changes_reloads_the_pages(hub: AppUnderTest, qtbot: QtBot) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    with qtbot.waitSignal(hub.controller.changed, timeout=5000):
        _start(hub, FakeEngine(Report(pulled=12)))
    hub.settle()


def test_a_local_change_syncs_soon_after(hub: AppUnderTest, qtbot: QtBot) -> None:
    engine = FakeEngine()
    sync = hub.window.sync
    sync._debounce.setInterval(20)
    _start(hub, engine)
    qtbot.waitUntil(lambda: engine.calls == 1 and sync.state is SyncState.READY, timeout=3000)
    hub.program.run(record, mutation_id=str(uuid.uuid4()), kind="membership.opt_out", payload={})
    sync.update_waiting()
    qtbot.waitUntil(lambda: engine.calls == 2, timeout=3000)
    hub.settle()


# The sign-in dialog


class FakeApi:
    def __init__(self, url: str, error: BaseException | None = None) -> None:
        self.url = url
        self.error = error
        self.signed_in: tuple[str, str] | None = None

    def sign_in(self, email: str, password: str) -> Any:
        if self.error is not None:
            raise self.error
        self.signed_in = (email, password)
        return type("Tokens", (), {"access_token": "a", "refresh_token": "r", "expires_in": 900})()


@dataclass
class Remembered:
    stored: bool
    reason: str = ""


def _dialog(
    hub: AppUnderTest, qtbot: QtBot, error: BaseException | None = None, *, stored: bool = True
) -> SignInDialog:
    dialog = SignInDialog(
        hub.runner,
        server_url=URL,
        email="ann@example.com",
        api_factory=lambda url: FakeApi(url, error),
        remember=lambda *_: Remembered(stored, "" if stored else "no keyring"),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            _error(ServerUnreachable),
            f"Can't reach {URL}: check the address and your connection; you can work offline.",
        ),
        (_error(SignedOut), "Wrong email or password."),
        (_error(TooManyAttempts, retry_after=120), "Too many sign-in attempts: try again in 2 minutes"),
        (_error(ServerNewer), "The server is newer than this app: update Advocate Hub"),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else None,
)
def test_sign_in_failures_are_explained(hub: AppUnderTest, qtbot: QtBot, error: BaseException, expected: str) -> None:
    dialog = _dialog(hub, qtbot, error)
    dialog.password.setText("secret")
    dialog.sign_in_button.click()
    assert dialog.progress.isVisible()
    assert not dialog.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=3000)
    assert dialog.message_text().startswith(expected)
    assert dialog.isVisible()
    assert dialog.sign_in_button.isEnabled()
    assert not dialog.progress.isVisible()


def test_empty_fields_are_marked(hub: AppUnderTest, qtbot: QtBot) -> None:
    dialog = _dialog(hub, qtbot)
    dialog.sign_in_button.click()
    assert not dialog.busy
    assert dialog.password.property("invalid") is True
    assert "password" in dialog.message_text()


def test_without_a_keyring_the_session_is_for_now_only(hub: AppUnderTest, qtbot: QtBot) -> None:
    dialog = _dialog(hub, qtbot, stored=False)
    dialog.password.setText("secret")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.result_session is not None, timeout=3000)
    assert dialog.message_text() == (
        "You're signed in for this session only: this computer has no password store (keyring), "
        "so you'll be asked again next time."
    )
    assert dialog.isVisible()
    assert dialog.sign_in_button.text() == "Continue"
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.sign_in_button, Qt.Key.Key_Return)
    assert dialog.result_session is not None
    assert dialog.result_session.stored is False


def test_sign_in_by_keyboard_only(hub: AppUnderTest, qtbot: QtBot) -> None:
    dialog = SignInDialog(hub.runner, api_factory=FakeApi, remember=lambda *_: Remembered(stored=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.server, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "advocates.example.com")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.email
    qtbot.keyClicks(QApplication.focusWidget(), "ann@example.com")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.password
    qtbot.keyClicks(QApplication.focusWidget(), "demo-password")
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    session = dialog.result_session
    assert session is not None
    assert session.server_url == URL
    assert session.email == "ann@example.com"
    assert session.api.signed_in == ("ann@example.com", "demo-password")


def test_escape_works_offline(hub: AppUnderTest, qtbot: QtBot) -> None:
    dialog = _dialog(hub, qtbot)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.result_session is None


def test_every_sign_in_widget_is_named(hub: AppUnderTest, qtbot: QtBot) -> None:
    dialog = _dialog(hub, qtbot)
    widgets = [
        w for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)
    ]
    assert len(widgets) == 5
    assert [w for w in widgets if not w.objectName() or not w.accessibleName()] == []


# Wiring


def test_sign_in_from_the_status_bar_starts_syncing(
    hub: AppUnderTest, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = FakeEngine()
    session = SignedIn(URL, "ann@example.com", FakeApi(URL), None, stored=True)
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, *a, **k: session))
    monkeypatch.setattr(ui_app, "make_engine", lambda program, api: engine)
    sync = hub.window.sync
    sync.server_url = URL
    sync.work_offline()
    ui_app.connect_sync(hub.window, hub.program, hub.runner)
    hub.window.status.button.click()
    qtbot.waitUntil(lambda: engine.calls == 1 and sync.state is SyncState.READY, timeout=3000)
    assert "as ann@example.com" in hub.window.status.toolTip()
    hub.settle()


def test_working_offline_from_the_dialog_keeps_the_app_offline(
    hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, *a, **k: None))
    sync = hub.window.sync
    sync.server_url = URL
    sync.work_offline()
    ui_app.connect_sync(hub.window, hub.program, hub.runner)
    hub.window.status.button.click()
    assert sync.state is SyncState.OFFLINE
    assert _status(hub) == "Offline"


def test_the_real_engine_is_made_off_the_gui_thread_with_the_program_s_client_id(hub: AppUnderTest) -> None:
    engine_module = pytest.importorskip("advocate_hub.core.sync.engine")
    made: list[Any] = []
    hub.runner.run_db(lambda: ui_app.make_engine(hub.program, FakeApi(URL)), made.append)
    hub.settle()
    assert isinstance(made[0], engine_module.SyncEngine)
    assert made[0].client_id == engine_module.client_id_of(hub.program)


def test_a_remembered_sign_in_resumes_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    credentials = pytest.importorskip("advocate_hub.core.auth.credentials")
    monkeypatch.setattr(credentials, "recall", lambda url, email: "refresh-token" if email else None)
    session = ui_app.resume(URL, "ann@example.com")
    assert session is not None
    assert session.api.signed_in
    assert ui_app.resume(URL, "") is None


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in (this machine has none): keeps secrets in a dict."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_signing_out_forgets_the_sign_in_and_keeps_local_changes(hub: AppUnderTest, qtbot: QtBot) -> None:
    from advocate_hub.core.auth import credentials

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        assert credentials.remember(URL, "ann@example.com", "refresh-token").stored
        hub.sign_in(hub.email_of_tier("silver"))
        hub.program.run(record, mutation_id=str(uuid.uuid4()), kind="decline.create", payload={})
        engine = FakeEngine()
        _start(hub, engine)
        qtbot.waitUntil(lambda: _status(hub) == "Synced just now", timeout=3000)
        status = hub.window.status
        assert status.sign_out_button.isVisible()

        status.sign_out_button.click()
        hub.settle()

        assert credentials.recall(URL, "ann@example.com") is None
        assert _status(hub) == "Signed out"
        assert not status.sign_out_button.isVisible()
        assert status.button.text() == "Sign in"
        calls = engine.calls
        hub.window.sync.schedule()
        hub.window.sync.update_waiting()
        hub.settle()
        assert engine.calls == calls
        assert hub.program.read(waiting) == 1
    finally:
        keyring.set_keyring(previous)


def test_the_demo_program_says_it_never_syncs(hub: AppUnderTest) -> None:
    window = ui_app.build_window(hub.program, hub.controller, demo=True)
    hub.qtbot.addWidget(window)
    assert window.status.text.text() == "Demo program, never synced"
    assert "never syncs" in window.status.button.toolTip()
    assert _status(hub) == "Offline, local program"
