"""The app in other languages at run time: what the screens ask the translator, glyphs, and locale formats."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from advocate_hub.core.services.program import Program
from advocate_hub.ui import app as ui_app
from advocate_hub.ui import catalogs, formats, i18n, theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.main_window import MainWindow
from advocate_hub.ui.resources import resource
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.views.profile import ProfilePage
from tests.ui.conftest import AppUnderTest
from tests.ui.test_ui_translations import advocate_facing, read_catalog

ADVOCATE = "daniel.kim@example.com"
ADVOCATE_SCREENS = ("home", "challenges", "leaderboard", "badges", "rewards", "profile")


class RecordingTranslator(QTranslator):
    """Notes every (context, source) the app asks for and translates nothing, so PySide walks each class chain."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.append((context, source))
        return None


def catalog_pairs() -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in read_catalog(catalogs.ts_file(resource("translations"), "ja"))}


def moderator_contexts() -> set[str]:
    """Classes whose every string is on a moderator's screen (the window builds those too; English suffices)."""
    messages = read_catalog(catalogs.ts_file(resource("translations"), "ja"))
    contexts = {m.context for m in messages}
    return contexts - {m.context for m in messages if advocate_facing(m)}


def chains(asked: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """One tr() call asks for its class, then each base class in turn: group the asks back into calls."""
    grouped: list[list[tuple[str, str]]] = []
    for context, source in asked:
        current = grouped[-1] if grouped else None
        if current and current[-1][1] == source and all(context != seen for seen, _ in current):
            current.append((context, source))
        else:
            grouped.append([(context, source)])
    return grouped


def is_qt_own(context: str) -> bool:
    """Qt's own widgets ask for their strings too (QDialogButtonBox, QShortcut ...): those are Qt's catalog's."""
    from PySide6 import QtCore, QtGui, QtWidgets

    return any(hasattr(module, context) for module in (QtCore, QtGui, QtWidgets)) or context.startswith("Q")


@pytest.fixture
def recorder(qapp: QApplication) -> Iterator[RecordingTranslator]:
    translator = RecordingTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def open_window(qtbot: QtBot, data_dir: Path) -> AppUnderTest:
    program = Program.open(data_dir)
    runner = TaskRunner()
    controller = AppController(program, runner)
    window: MainWindow = ui_app.build_window(program, controller, demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return AppUnderTest(program, runner, controller, window, qtbot)


def close(hub: AppUnderTest) -> None:
    hub.controller.stop()
    hub.runner.wait()
    hub.program.close()


def test_every_string_the_advocate_screens_ask_for_is_in_the_catalogs(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, recorder: RecordingTranslator
) -> None:
    """lupdate cannot see a string built at run time or asked for under another context: this can."""
    theme.apply(qapp, theme.ThemeName.LIGHT)
    hub = open_window(qtbot, data_dir)
    try:
        hub.sign_in(ADVOCATE)
        for key in ADVOCATE_SCREENS:
            hub.window.show_screen(key)
            hub.settle()
        hub.window.screens["challenges"].page.open_first()  # type: ignore[attr-defined]
        hub.settle()
    finally:
        close(hub)
    known = catalog_pairs()
    skipped = moderator_contexts()
    calls = chains(recorder.asked)
    assert len(calls) > 200, "the recorder saw the screens being built"
    missing = sorted(
        {
            call[0]
            for call in calls
            if not any(pair in known for pair in call) and not is_qt_own(call[0][0]) and call[0][0] not in skipped
        }
    )
    assert not missing, f"{len(missing)} strings asked for at run time are in no catalog, e.g. {missing[:20]}"


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


def missing_glyphs(widget: QWidget, text: str) -> bool:
    """Whether laying out ``text`` in the widget's font leaves a character with no glyph (glyph index 0)."""
    layout = QTextLayout(text, widget.font())
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_home_and_leaderboard_render_every_glyph(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, language: str
) -> None:
    """CJK text needs a font with those glyphs (fonts-noto-cjk on Linux); a missing one shows as empty boxes."""
    theme.apply(qapp, theme.ThemeName.LIGHT)
    i18n.install(qapp, language)
    try:
        hub = open_window(qtbot, data_dir)
        try:
            hub.sign_in(ADVOCATE)
            for key in ("home", "leaderboard"):
                hub.window.show_screen(key)
                hub.settle()
                hub.window.grab()
                shown = [w for w in hub.window.findChildren(QWidget) if w.isVisible() and text_of(w)]
                assert shown
                broken = [text_of(w) for w in shown if missing_glyphs(w, text_of(w))]
                assert not broken, f"{language} {key}: no glyphs for {broken[:10]}"
        finally:
            close(hub)
    finally:
        i18n.install(qapp, "en")


def installed(qapp: QApplication) -> list[QTranslator]:
    return qapp.findChildren(QTranslator, i18n.TRANSLATOR_NAME)


def test_the_app_speaks_the_chosen_language(qapp: QApplication) -> None:
    try:
        i18n.install(qapp, "ja")
        assert QLocale().name() == "ja_JP"
        assert [t.language() for t in installed(qapp)] == ["ja", "ja"], "the app's catalog and Qt's own"
        i18n.install(qapp, "id")
        assert QLocale().name() == "id_ID"
        assert [t.language() for t in installed(qapp)][:1] == ["id"]
        assert formats.number(1234567) == "1.234.567"
    finally:
        i18n.install(qapp, "en")
    assert installed(qapp) == []
    assert formats.number(1234567) == "1,234,567"


def test_an_unknown_language_is_refused_with_a_readable_message(qapp: QApplication) -> None:
    with pytest.raises(i18n.UnknownLanguage, match="zh_CN"):
        i18n.install(qapp, "xx")


@pytest.mark.parametrize(
    ("locale", "grouped", "day"),
    [("de_DE", r"\d\.\d{3}\b", "29. Nov."), ("id_ID", r"\d\.\d{3}\b", "29 Nov"), ("ja_JP", r"\d,\d{3}\b", "11月29日")],
)
def test_home_writes_points_and_dates_in_the_locale(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, locale: str, grouped: str, day: str
) -> None:
    QLocale.setDefault(QLocale(locale))
    try:
        assert formats.day_month(datetime(2026, 11, 29, 12, tzinfo=UTC)) == day
        hub = open_window(qtbot, data_dir)
        try:
            hub.sign_in(ADVOCATE)
            lifetime = hub.window.findChild(QLabel, "Lifetime")
            assert lifetime is not None
            assert re.search(grouped, lifetime.text()), lifetime.text()
        finally:
            close(hub)
    finally:
        QLocale.setDefault(i18n.ENGLISH)


def test_profile_keeps_the_app_language_for_this_computer(hub: AppUnderTest, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = ProfilePage(hub.controller, settings=settings)
    hub.qtbot.addWidget(page)
    assert page.app_language.currentData() == i18n.SYSTEM
    page.app_language.setCurrentIndex(page.app_language.findData("ms"))
    assert i18n.stored_language(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)) == "ms"
    assert "Bahasa Melayu" in page.app_language_status.text()
    again = ProfilePage(hub.controller, settings=settings)
    hub.qtbot.addWidget(again)
    assert again.app_language.currentData() == "ms"
