"""The About dialog: opened by keyboard from the main window, it tells the version, data folder and log file."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from advocate_hub.ui.about import AboutDialog

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


@pytest.fixture
def log_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where platformdirs puts the log on Linux (``$XDG_STATE_HOME/advocate-hub/log``), under tmp_path."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state"


def test_f1_opens_about_with_version_data_folder_log_qt_and_licence(hub: AppUnderTest, log_home: Path) -> None:
    hub.window.activateWindow()
    hub.qtbot.keyClick(hub.window, Qt.Key.Key_F1)
    hub.qtbot.waitUntil(lambda: hub.window.findChild(AboutDialog) is not None)
    dialog = hub.window.findChild(AboutDialog)
    assert dialog is not None
    hub.qtbot.waitExposed(dialog)

    shown = {key: widget.text() for key, widget in dialog.details.items()}
    assert shown["Version"] == version("advocate-hub")
    assert Path(shown["DataDir"]) == hub.program.database.path.parent
    assert Path(shown["LogFile"]).is_relative_to(log_home)
    assert Path(shown["LogFile"]).name == "advocate-hub.log"
    assert shown["Qt"] == f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
    assert shown["Licence"] == "MIT"

    hub.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    hub.qtbot.waitUntil(lambda: hub.window.findChild(AboutDialog) is None)


def test_about_button_in_the_sidebar_opens_the_dialog(hub: AppUnderTest) -> None:
    about = hub.window.findChild(QPushButton, "AboutButton")
    assert about is not None
    assert about.isVisible()
    about.setFocus()
    hub.qtbot.keyClick(about, Qt.Key.Key_Space)
    hub.qtbot.waitUntil(lambda: hub.window.findChild(AboutDialog) is not None)


def test_copy_details_puts_every_line_on_the_clipboard(qtbot: QtBot, tmp_path: Path, log_home: Path) -> None:
    dialog = AboutDialog(tmp_path / "program")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "advocate-hub"
    assert f"Version: {version('advocate-hub')}" in copied
    assert f"Data folder: {tmp_path / 'program'}" in copied
    assert any(line.startswith("Log file: ") and str(log_home) in line for line in copied)
