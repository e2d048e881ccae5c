"""Finds text that does not fit its widget: the measure the scaling tests apply to every screen.

A label, button, line edit or combo box is clipped when it is smaller than its text needs in its own font: the
text's width and height from ``fontMetrics`` plus what the widget draws around it (the size hint minus the text),
and for a word-wrapped label the height ``heightForWidth`` asks for at its width.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import Qt  # QtGui's Qt namespace: it alone holds mightBeRichText in PySide6 6.11
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

SLACK = 1
"""Pixels of rounding allowed between a hint and a widget's geometry."""
FLUSHES = 5
"""Rounds of pending events handled after loading: a layout request posts the next level's only when handled."""


def _plain(text: str) -> str:
    """Text as drawn: mnemonic ampersands dropped (a doubled one stays), widest line of several."""
    lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").splitlines() or [""]
    return max(lines, key=len)


def _label(widget: QLabel) -> str | None:
    if not widget.text() or widget.textFormat() == Qt.TextFormat.RichText or Qt.mightBeRichText(widget.text()):
        return None
    if widget.wordWrap():
        needed = widget.heightForWidth(widget.width())
        if widget.height() + SLACK < needed:
            return f"height {widget.height()} < {needed} for its wrapped text"
        return None
    hint = widget.sizeHint()
    if widget.width() + SLACK < hint.width() or widget.height() + SLACK < hint.height():
        return f"{widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}"
    return None


def _button(widget: QAbstractButton) -> str | None:
    if not widget.text():
        return None
    metrics = widget.fontMetrics()
    hint = widget.sizeHint()
    if widget.width() + SLACK < hint.width():
        return (
            f"width {widget.width()} < {hint.width()} for {metrics.horizontalAdvance(_plain(widget.text()))}px of text"
        )
    if widget.height() + SLACK < metrics.height():
        return f"height {widget.height()} < {metrics.height()}"
    return None


def _line_edit(widget: QLineEdit) -> str | None:
    """A line of text and its frame fit (its padding may give: a leading icon makes the hint taller than text)."""
    needed = widget.fontMetrics().height() + 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    if widget.height() + SLACK < needed:
        return f"height {widget.height()} < {needed}"
    return None


def _combo(widget: QComboBox) -> str | None:
    """The chosen entry fits: its text measured in the combo's font, grown by the style as the combo's hint is."""
    option = QStyleOptionComboBox()
    widget.initStyleOption(option)
    metrics = widget.fontMetrics()
    text = QSize(metrics.horizontalAdvance(widget.currentText()), metrics.height())
    if not widget.itemIcon(widget.currentIndex()).isNull():
        text.setWidth(text.width() + widget.iconSize().width() + 4)
    needed = widget.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, widget).width()
    if widget.width() + SLACK < needed:
        return f"width {widget.width()} < {needed} for {widget.currentText()!r}"
    if widget.height() + SLACK < widget.minimumSizeHint().height():
        return f"height {widget.height()} < {widget.minimumSizeHint().height()}"
    return None


def _squashed(widget: QWidget) -> str | None:
    """A container smaller than its layout's minimum: its children overlap or are cut off at its edges."""
    layout = widget.layout()
    if layout is None or isinstance(widget, QScrollArea) or isinstance(widget.parentWidget(), QScrollArea):
        return None
    needed = layout.totalMinimumSize()
    if layout.hasHeightForWidth():
        needed.setHeight(max(needed.height(), layout.totalMinimumHeightForWidth(widget.width())))
    if widget.width() + SLACK < needed.width() or widget.height() + SLACK < needed.height():
        return f"{widget.width()}x{widget.height()} < its layout's minimum {needed.width()}x{needed.height()}"
    return None


def _header(widget: QHeaderView) -> str | None:
    """Column titles fit their columns (the last, stretched one included)."""
    model = widget.model()
    if model is None:
        return None
    short = [
        f"{model.headerData(section, widget.orientation())!r} {widget.sectionSize(section)} < {hint}"
        for section in range(widget.count())
        if not widget.isSectionHidden(section)
        and widget.sectionSize(section) + SLACK < (hint := widget.sectionSizeHint(section))
        and model.headerData(section, widget.orientation())
    ]
    return "columns " + ", ".join(short) if short else None


def clipped(root: QWidget) -> list[str]:
    """Every widget under ``root`` shown on screen whose text does not fit it."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        squashed = _squashed(widget)
        if squashed is not None:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {squashed}")
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            problem = _header(widget)
        elif isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox):
            problem = _line_edit(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        else:
            continue
        if problem is not None:
            text = getattr(widget, "currentText", getattr(widget, "text", lambda: ""))()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}: {problem}")
    return found


class _Runners:
    """Several windows' task runners seen as one: busy while any of them is."""

    def __init__(self) -> None:
        self.runners: list[Any] = []

    def busy(self) -> bool:
        return any(runner.busy() for runner in self.runners)


def main(argv: list[str]) -> int:
    """``python -m tests.ui.clipping DATA_DIR EMAIL LANGUAGE VIEW...``: each screen opened as ``--screenshot`` opens it
    (signed in, sized, shown, then switched to), its findings printed a line each; run it in a subprocess to measure
    under an environment such as ``QT_SCALE_FACTOR=2``, which a running QApplication cannot change.

    Each view has a window (and program) of its own, all open at once, so they load and settle together: settling
    waits at least two ticks of the screenshot's quiet timer, which once per view made most of the run's time."""
    from pathlib import Path

    from advocate_hub.core.queries.people import find_by_email
    from advocate_hub.ui import app as ui_app
    from advocate_hub.ui import theme
    from advocate_hub.ui.controller import AppController
    from advocate_hub.ui.screenshot import _settle as settle
    from advocate_hub.ui.tasks import TaskRunner

    data_dir, email, language, *views = argv
    qapp = ui_app.application(language=language)
    theme.apply(qapp, theme.ThemeName.LIGHT)
    runners = _Runners()
    opened: list[tuple[str, Any, AppController, QWidget]] = []
    try:
        for view in views:
            program = ui_app.open_program(Path(data_dir), demo=True)
            runner = TaskRunner()
            runners.runners.append(runner)
            controller = AppController(program, runner)
            window = ui_app.build_window(program, controller, demo=True)
            opened.append((view, program, controller, window))
            person = program.read(find_by_email, email=email)
            assert person is not None, email
            ui_app.sign_in(window, controller, person)
            window.resize(1280, 800)
            window.show()
            window.show_screen(view)
        settle(runners)
        for _ in range(FLUSHES):
            qapp.processEvents()
        found = [f"{view}: {problem}" for view, _program, _controller, window in opened for problem in clipped(window)]
    finally:
        for _view, _program, controller, window in opened:
            window.close()
            controller.stop()
        for runner in runners.runners:
            runner.wait()
        for _view, program, _controller, _window in opened:
            program.close()
    for problem in found:
        print(problem)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
