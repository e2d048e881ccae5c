"""A short guided tour of the main screens for staff showing the demo: a callout that points at one thing at a time.

Each step may open a screen, then rings the thing it talks about (a sidebar entry, the "view as" switcher) and
places the callout beside it. Back, Next and Skip work with the mouse and the keyboard: the arrow keys step,
Enter goes on, Escape skips. The tour never blocks the window: it is a child widget, not a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from advocate_hub.ui.widgets import SPACING, button, label

CALLOUT_WIDTH = 45 * SPACING
GAP = 2 * SPACING


@dataclass(frozen=True, slots=True)
class TourStep:
    key: str
    title: str
    text: str
    anchor: Callable[[], tuple[QWidget, QRect]]
    """The widget the step is about and the part of it to ring, in that widget's coordinates."""
    enter: Callable[[], None] = lambda: None
    """What to do first, such as opening the screen the step talks about."""


class Tour(QFrame):
    """The callout; ``finished`` says whether the tour was completed (True) or skipped (False)."""

    finished = Signal(bool)

    def __init__(self, steps: list[TourStep], host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("TourCallout")
        self.setAccessibleName(self.tr("Guided tour"))
        self.steps = steps
        self.index = 0
        self.host = host
        self.ring = QFrame(host)
        self.ring.setObjectName("TourHighlight")
        self.ring.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.ring.hide()
        self.setFixedWidth(CALLOUT_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        self.counter = label("", "section", name="TourCounter")
        layout.addWidget(self.counter)
        self.title = label("", "title", wrap=True, name="TourTitle")
        layout.addWidget(self.title)
        self.text = label("", wrap=True, name="TourText")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.setContentsMargins(0, SPACING, 0, 0)
        row.setSpacing(SPACING)
        self.skip_button = button(self.tr("Skip tour"), "TourSkip", kind="quiet")
        self.skip_button.clicked.connect(self.skip)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        self.back_button = button(self.tr("Back"), "TourBack")
        self.back_button.clicked.connect(self.back)
        row.addWidget(self.back_button)
        self.next_button = button(self.tr("Next"), "TourNext", kind="primary")
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.setTabOrder(self.next_button, self.back_button)
        self.setTabOrder(self.back_button, self.skip_button)
        for keys, slot in (
            ((Qt.Key.Key_Escape,), self.skip),
            ((Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter), self.next),
            ((Qt.Key.Key_Left,), self.back),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        host.installEventFilter(self)
        self.hide()

    def start(self) -> None:
        self.index = 0
        self._show_step()

    @property
    def running(self) -> bool:
        return self.isVisible()

    @property
    def step(self) -> TourStep:
        return self.steps[self.index]

    def next(self) -> None:
        if not self.running:
            return
        if self.index == len(self.steps) - 1:
            self._end(completed=True)
            return
        self.index += 1
        self._show_step()

    def back(self) -> None:
        if self.running and self.index > 0:
            self.index -= 1
            self._show_step()

    def skip(self) -> None:
        if self.running:
            self._end(completed=False)

    def _end(self, *, completed: bool) -> None:
        self.hide()
        self.ring.hide()
        self.finished.emit(completed)

    def _show_step(self) -> None:
        step = self.step
        step.enter()
        last = self.index == len(self.steps) - 1
        self.counter.setText(
            self.tr("TOUR · STEP %1 OF %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.steps)))
        )
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.setAccessibleDescription(f"{step.title}. {step.text}")
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Finish the tour") if last else self.tr("Next step"))
        self.show()
        self.raise_()
        self._place()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self) -> None:
        """Ring the step's anchor and put the callout to its right (or below it when there is no room)."""
        widget, rect = self.step.anchor()
        top_left = widget.mapTo(self.host, rect.topLeft())
        target = QRect(top_left, rect.size()).adjusted(-4, -4, 4, 4)
        self.ring.setGeometry(target)
        self.ring.show()
        self.ring.raise_()
        self.adjustSize()
        area = self.host.rect()
        x = target.right() + GAP
        y = target.top()
        if x + self.width() > area.right() - GAP:
            x = max(GAP, min(target.left(), area.right() - GAP - self.width()))
            y = target.bottom() + GAP
        y = max(GAP, min(y, area.bottom() - GAP - self.height()))
        self.move(QPoint(x, y))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize and self.running:
            self._place()
        return False
