"""Starting the app: a database that cannot be opened gets a clear dialog, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.ui import app as ui_app

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest

MODERATOR_EMAIL = "maya.chen@example.com"


def test_a_damaged_database_is_explained_with_its_path_and_the_doctor_command(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / DATABASE_FILENAME).write_bytes(b"this is not a database" * 100)
    shown: list[tuple[str, Path]] = []
    monkeypatch.setattr(ui_app, "show_store_error", lambda message, folder: shown.append((message, folder)))
    assert ui_app.run(ui_app.Options(data_dir=tmp_path)) == 1
    [(message, folder)] = shown
    assert str(tmp_path / DATABASE_FILENAME) in message
    assert folder == tmp_path
    dialog = ui_app.store_error_dialog(message, folder)
    qtbot.addWidget(dialog)
    assert f"advocate-hub doctor --data-dir {tmp_path}" in dialog.informativeText()
    assert (tmp_path / DATABASE_FILENAME).read_bytes() == b"this is not a database" * 100


def test_an_unknown_person_is_refused_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ui_app, "show_store_error", lambda message, folder: shown.append(message))
    assert ui_app.run(ui_app.Options(data_dir=data_dir, as_email="nobody@example.com")) == 1
    assert shown == ["Nobody with the email nobody@example.com is in this program."]


def test_cancelling_the_profile_picker_quits_quietly(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    monkeypatch.setattr(ui_app.ProfilePicker, "ask", classmethod(lambda cls, people, parent=None: None))
    assert ui_app.run(ui_app.Options(data_dir=data_dir)) == 0


def test_switch_person_signs_in_whoever_is_picked(hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch) -> None:
    hub.sign_in(MODERATOR_EMAIL)
    other = hub.program.read(find_by_email, email=hub.email_of_tier("gold"))
    assert other is not None
    monkeypatch.setattr(ui_app.ProfilePicker, "ask", classmethod(lambda cls, people, parent=None: other.id))
    hub.window.switch_button.click()
    hub.settle()
    assert hub.controller.advocate_id == other.id
    assert other.email in hub.window.who.text()
    assert not hub.window.manager_mode
