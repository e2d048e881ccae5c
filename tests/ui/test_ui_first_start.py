"""The desktop app's first start with ``--server`` and an empty data folder, against a real server on loopback.

Nothing is on this computer yet, so the app asks the person to sign in, fetches the program with progress, and
opens as them; a wrong password, a server that does not answer and a session the server no longer accepts each
get a clear message and another go, never a traceback or a silent exit.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from server.conftest import postgres_url, server
from server.support import ServerProcess, quiz_challenge
from sqlalchemy import select
from sync.support import PASSWORD

from advocate_hub.core.auth import credentials
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Challenge
from advocate_hub.ui import app as ui_app
from advocate_hub.ui import first_paint
from advocate_hub.ui.first_sync import FirstSyncDialog
from advocate_hub.ui.main_window import MainWindow
from advocate_hub.ui.signin import SignedIn, SignInDialog
from advocate_hub.ui.tasks import TaskRunner
from tests.ui.test_ui_sync import MemoryKeyring

__all__ = ["postgres_url", "server"]
WAIT_MS = 60_000


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, qapp: QApplication, qtbot: QtBot) -> list[dict[str, Any]]:
    """What the main window showed once open and its background work (the first regular sync) had settled.

    The app's event loop is replaced by that wait, so ``run`` returns as when the person closes the window.
    """
    seen: list[dict[str, Any]] = []
    windows: list[MainWindow] = []

    def event_loop() -> int:
        window = windows[-1]
        qtbot.waitUntil(lambda: not window.controller.runner.busy(), timeout=WAIT_MS)
        seen.append({"who": window.who.text(), "manager": window.manager_mode, "sync": window.status.text.text()})
        return 0

    monkeypatch.setattr(first_paint, "watch", windows.append)
    monkeypatch.setattr(qapp, "exec", event_loop)
    return seen


def type_into(dialog: SignInDialog, qtbot: QtBot, email: str, password: str) -> None:
    dialog.email.setText(email)
    dialog.password.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


Script = Callable[[SignInDialog], None]


def person_at_the_sign_in(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, scripts: list[Script]) -> list[SignInDialog]:
    """Replace ``SignInDialog.ask``: each time it is shown, a script plays the person at the real dialog."""
    shown: list[SignInDialog] = []

    def ask(cls: type[SignInDialog], runner: TaskRunner, **kwargs: Any) -> SignedIn | None:
        kwargs.pop("parent", None)
        dialog = cls(runner, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        scripts.pop(0)(dialog)
        return dialog.result_session if dialog.result() == dialog.DialogCode.Accepted else None

    monkeypatch.setattr(SignInDialog, "ask", classmethod(ask))
    return shown


def fetch_watched(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, act: Callable[[FirstSyncDialog], None]) -> list[Any]:
    """Replace ``FirstSyncDialog.fetch``: the real dialog, shown without a nested loop; ``act`` plays the person."""
    shown: list[Any] = []

    def fetch(cls: type[FirstSyncDialog], *args: Any, **kwargs: Any) -> FirstSyncDialog:
        dialog = cls(*args, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        values: list[int] = []
        dialog.progress.valueChanged.connect(values.append)
        shown.append((dialog, values))
        act(dialog)
        return dialog

    monkeypatch.setattr(FirstSyncDialog, "fetch", classmethod(fetch))
    return shown


def finish(qtbot: QtBot) -> Callable[[FirstSyncDialog], None]:
    def act(dialog: FirstSyncDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.isVisible() or bool(dialog.message_text()), timeout=WAIT_MS)

    return act


def test_first_start_signs_in_fetches_the_program_and_opens_as_that_person(
    server: ServerProcess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    opened: list[dict[str, Any]],
) -> None:
    moderator = server.client(server.user(Role.MODERATOR))
    challenge = quiz_challenge(moderator, points=10)
    person = server.user(name="Ann First")
    messages: list[str] = []

    def wrong_then_right(dialog: SignInDialog) -> None:
        assert dialog.first_start
        assert dialog.offline_button.text() == "Quit"
        assert dialog.server.text() == server.base_url
        type_into(dialog, qtbot, person.email, "not the password")
        messages.append(dialog.message_text())
        type_into(dialog, qtbot, person.email, PASSWORD)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    person_at_the_sign_in(monkeypatch, qtbot, [wrong_then_right])
    fetched = fetch_watched(monkeypatch, qtbot, finish(qtbot))

    code = ui_app.run(ui_app.Options(data_dir=tmp_path / "data", server=server.base_url))

    assert code == 0
    assert messages == ["Wrong email or password."]
    [(dialog, values)] = fetched
    assert dialog.result() == dialog.DialogCode.Accepted
    assert any(value > 0 for value in values), "the pull reported its progress"
    [window] = opened
    assert person.email in window["who"]
    assert not window["manager"]
    assert window["sync"] == "Synced just now"
    with Program.open(tmp_path / "data") as program:
        me = program.read(find_by_email, email=person.email)
        assert me is not None
        assert me.name == "Ann First"
        with program.database.read() as session:
            assert session.scalar(select(Challenge.title).where(Challenge.uid == challenge["uid"])) is not None
    assert credentials.recall(server.base_url, person.email)


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_a_server_that_does_not_answer_is_explained_with_a_retry_and_quitting_is_quiet(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    opened: list[dict[str, Any]],
) -> None:
    url = closed_port_url()
    monkeypatch.setattr(ui_app, "last_email", lambda server_url: "ann@example.com")
    credentials.remember(url, "ann@example.com", "a-refresh-token")
    messages: list[str] = []

    def retry_then_quit(dialog: FirstSyncDialog) -> None:
        finish(qtbot)(dialog)
        messages.append(dialog.message_text())
        assert dialog.retry_button.isVisible()
        dialog.retry_button.click()
        assert not dialog.message_text()
        finish(qtbot)(dialog)
        messages.append(dialog.message_text())
        dialog.quit_button.click()

    fetch_watched(monkeypatch, qtbot, retry_then_quit)
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, *a, **k: pytest.fail("asked to sign in")))

    assert ui_app.run(ui_app.Options(data_dir=tmp_path / "data", server=url)) == 0

    expected = f"Can't reach {url}: check the address and your connection, then try again."
    assert messages == [expected, expected]
    assert opened == []


def test_a_remembered_session_the_server_refuses_asks_for_the_password_again(
    server: ServerProcess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    opened: list[dict[str, Any]],
) -> None:
    person = server.user()
    monkeypatch.setattr(ui_app, "last_email", lambda server_url: person.email)
    credentials.remember(server.base_url, person.email, "a-revoked-refresh-token")

    def sign_in(dialog: SignInDialog) -> None:
        assert dialog.email.text() == person.email
        type_into(dialog, qtbot, person.email, PASSWORD)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    asked = person_at_the_sign_in(monkeypatch, qtbot, [sign_in])
    fetched = fetch_watched(monkeypatch, qtbot, finish(qtbot))

    assert ui_app.run(ui_app.Options(data_dir=tmp_path / "data", server=server.base_url)) == 0

    assert len(asked) == 1
    assert [dialog.signed_out for dialog, _values in fetched] == [True, False]
    assert person.email in opened[0]["who"]


def test_quitting_at_the_first_sign_in_quits_without_fetching(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, opened: list[dict[str, Any]]
) -> None:
    person_at_the_sign_in(monkeypatch, qtbot, [lambda dialog: dialog.offline_button.click()])
    fetched = fetch_watched(monkeypatch, qtbot, finish(qtbot))

    assert ui_app.run(ui_app.Options(data_dir=tmp_path / "data", server=closed_port_url())) == 0

    assert fetched == []
    assert opened == []
