"""Every screen can be used with a keyboard and a screen reader.

One test walks the widget tree of every screen and fails on an interactive widget without an object name or an
accessible name; another goes through every screen with key presses only, checking that Tab reaches each
interactive widget there in reading order; a third focuses each control in both themes and requires the focus to
be visible (the control is drawn differently).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from advocate_hub.ui import theme
from advocate_hub.ui.widgets import Card

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

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


def _tab_sequence(hub: AppUnderTest, page: QWidget) -> list[QWidget]:
    """The page's controls in the order Tab visits them, starting from the sidebar, each once."""
    wanted = {id(w): w for w in _interactive(page) if w.focusPolicy() & Qt.FocusPolicy.TabFocus}
    hub.window.findChild(QWidget, "Navigation").setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(len(wanted) * 2 + 40):
        hub.qtbot.keyClick(QApplication.focusWidget() or hub.window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None and id(focused) in wanted:
            if focused in visited:
                break
            visited.append(focused)
    return visited


def _out_of_reading_order(root: QWidget, sequence: list[QWidget]) -> list[str]:
    """Steps of ``sequence`` that go back against reading order.

    Reading order is top to bottom, left to right; a step may go down anywhere (the next line), right on the same
    line, or up into a column that starts right of the control it leaves (the next column of a multi-column
    layout). Going up within the same column, or left on the same line, is out of order.
    """
    boxes = [QRect(w.mapTo(root, QPoint(0, 0)), w.size()) for w in sequence]
    wrong = []
    for (before, here), (a, b) in zip(pairwise(sequence), pairwise(boxes), strict=True):
        same_line = b.top() < a.bottom() and a.top() < b.bottom()
        up = b.bottom() <= a.top()
        rightward = b.left() >= a.center().x()
        if (same_line and not rightward) or (up and b.left() < a.right()):
            wrong.append(f"{before.objectName()} {a.getRect()} -> {here.objectName()} {b.getRect()}")
    return wrong


@pytest.mark.parametrize(("number", "screen"), list(enumerate(SCREENS, start=1)))
def test_every_screen_is_reached_and_walked_by_keyboard_in_reading_order(
    hub: AppUnderTest, number: int, screen: str
) -> None:
    hub.sign_in(hub.email_of_tier("gold"))
    hub.window.activateWindow()
    hub.qtbot.keyClick(hub.window, Qt.Key.Key_1 + number - 1, Qt.KeyboardModifier.ControlModifier)
    hub.settle()
    assert hub.window.current_key() == screen
    page = hub.window.screens[screen].page
    sequence = _tab_sequence(hub, page)
    missing = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in _interactive(page)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w not in sequence
    ]
    assert missing == []
    assert _out_of_reading_order(hub.window, sequence) == []


def test_the_reading_order_check_allows_columns_and_catches_backward_steps(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    grid = QGridLayout(root)
    cells = {}
    for row in range(2):
        for column in range(2):
            cells[row, column] = QPushButton(f"{row}{column}", objectName=f"b{row}{column}")
            grid.addWidget(cells[row, column], row, column)
    root.show()
    qtbot.waitExposed(root)
    by_rows = [cells[0, 0], cells[0, 1], cells[1, 0], cells[1, 1]]
    by_columns = [cells[0, 0], cells[1, 0], cells[0, 1], cells[1, 1]]
    assert _out_of_reading_order(root, by_rows) == []
    assert _out_of_reading_order(root, by_columns) == []
    assert len(_out_of_reading_order(root, [cells[0, 1], cells[0, 0], cells[1, 1], cells[1, 0]])) == 2
    assert len(_out_of_reading_order(root, [cells[1, 0], cells[0, 0]])) == 1


@pytest.mark.parametrize("screen", SCREENS)
def test_cards_progress_bars_and_icon_buttons_say_what_they_are(hub: AppUnderTest, screen: str) -> None:
    """A card is named (its title or what it shows), a progress bar says what it measures and towards what, and a
    button without text has a name and a description or tooltip (a line edit's own buttons are the line edit's)."""
    hub.sign_in(hub.email_of_tier("silver"))
    hub.window.show_screen(screen)
    hub.settle()
    page = hub.window.screens[screen].page
    shown = [w for w in page.findChildren(QWidget) if w.isVisibleTo(page)]
    silent = [f"card {w.objectName()}" for w in shown if isinstance(w, Card) and not w.accessibleName()]
    silent += [
        f"progress {w.objectName()}"
        for w in shown
        if isinstance(w, QProgressBar) and not (w.accessibleName() and w.accessibleDescription())
    ]
    silent += [
        f"button {w.objectName()}"
        for w in shown
        if isinstance(w, QAbstractButton)
        and not isinstance(w.parentWidget(), QLineEdit)
        and not w.text()
        and not (w.accessibleName() and (w.accessibleDescription() or w.toolTip()))
    ]
    assert silent == []


def _cell_texts(view: QAbstractItemView) -> list[str]:
    """What a screen reader reads for the items of ``view``: the names of its accessible children."""
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    children = (interface.child(number) for number in range(interface.childCount()))
    return [child.text(QAccessible.Text.Name) for child in children if child is not None]


def test_a_screen_reader_reads_the_leaderboard_rows_and_the_challenge_cards(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("gold"))
    hub.window.show_screen("leaderboard")
    hub.settle()
    board = hub.window.findChild(QAbstractItemView, "LeaderboardTable")
    model = board.model()
    hub.qtbot.waitUntil(lambda: model.data(model.index(0, 0)) != "…")
    first = [str(model.data(model.index(0, column))) for column in range(model.columnCount())]
    texts = _cell_texts(board)
    assert all(value in texts for value in first if value), (first, texts[:12])
    pinned = hub.window.findChild(QAbstractItemView, "LeaderboardPinnedRow")
    assert any(text.endswith(", you") for text in _cell_texts(pinned)), "the advocate's own row says it is theirs"

    hub.window.show_screen("challenges")
    hub.settle()
    challenges = hub.window.findChild(QAbstractItemView, "ChallengeList")
    texts = _cell_texts(challenges)
    titles = [challenges.model().index(row, 0).data() for row in range(challenges.model().rowCount())]
    assert titles
    for title, text in zip(titles, texts, strict=False):
        assert text.startswith(title)
        assert "points" in text
