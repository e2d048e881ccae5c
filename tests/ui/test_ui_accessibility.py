"""Every screen can be used with a keyboard and a screen reader.

One test walks the widget tree of every screen and fails on an interactive widget without an object name or an
accessible name; another goes through every screen with key presses only, checking that Tab reaches each
interactive widget there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from advocate_hub.ui import theme

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
    QPlainTextEdit,
    QTextEdit,
)
SCREENS = ["home", "challenges", "leaderboard", "badges", "rewards", "profile"]


def _is_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a combo box's line edit, a tab bar's scroll arrows, scroll bars)."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def _interactive(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.isVisibleTo(root)
        and widget.isEnabled()
        and not _is_internal(widget)
    ]


def _screen_reader_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


@pytest.mark.parametrize("screen", SCREENS)
def test_every_interactive_widget_is_named(hub: AppUnderTest, screen: str) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    hub.window.show_screen(screen)
    hub.settle()
    page = hub.window.screens[screen].page
    widgets = _interactive(page)
    assert widgets, f"{screen} has nothing to interact with"
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
        for w in widgets
        if not w.objectName() or not (w.accessibleName() or _screen_reader_name(w))
    ]
    assert unnamed == []


def test_the_main_window_chrome_is_named(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    chrome = [
        w for w in _interactive(hub.window) if not any(w in _interactive(s.page) for s in hub.window.screens.values())
    ]
    assert chrome
    assert [w.objectName() for w in chrome if not w.objectName() or not w.accessibleName()] == []


@pytest.mark.parametrize(("number", "screen"), list(enumerate(SCREENS, start=1)))
def test_every_screen_is_reached_and_walked_by_keyboard(hub: AppUnderTest, number: int, screen: str) -> None:
    hub.sign_in(hub.email_of_tier("gold"))
    hub.window.activateWindow()
    hub.qtbot.keyClick(hub.window, Qt.Key.Key_1 + number - 1, Qt.KeyboardModifier.ControlModifier)
    hub.settle()
    assert hub.window.current_key() == screen
    page = hub.window.screens[screen].page
    wanted = {id(w) for w in _interactive(page) if w.focusPolicy() & Qt.FocusPolicy.TabFocus}
    reached: set[int] = set()
    for _ in range(len(wanted) * 2 + 40):
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.add(id(focused))
        hub.qtbot.keyClick(focused or hub.window, Qt.Key.Key_Tab)
    missing = [f"{type(w).__name__} {w.objectName()!r}" for w in _interactive(page) if id(w) in wanted - reached]
    assert missing == []


def _pixels(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _focus_unmarked(hub: AppUnderTest, page: QWidget) -> list[str]:
    """The focusable controls of ``page`` that are drawn the same with and without the keyboard focus."""
    elsewhere = hub.window.findChild(QWidget, "Navigation")
    unmarked = []
    for widget in _interactive(page):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
        hub.qtbot.waitUntil(lambda: not widget.hasFocus())  # noqa: B023
        before = _pixels(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        hub.qtbot.waitUntil(widget.hasFocus)
        if _pixels(widget) == before:
            unmarked.append(f"{page.objectName()}: {type(widget).__name__} {widget.objectName()!r}")
    return unmarked


@pytest.mark.parametrize("name", [theme.ThemeName.LIGHT, theme.ThemeName.DARK])
def test_every_focusable_control_shows_where_the_focus_is(
    hub: AppUnderTest, qapp: QApplication, name: theme.ThemeName
) -> None:
    """Focusing a control changes how it is drawn (a ring, an outline or a coloured edge), in both themes."""
    theme.apply(qapp, name)
    hub.sign_in(hub.email_of_tier("gold"))
    hub.window.activateWindow()
    unmarked = []
    for screen in SCREENS:
        hub.window.show_screen(screen)
        hub.settle()
        unmarked += _focus_unmarked(hub, hub.window.screens[screen].page)
    assert unmarked == []
