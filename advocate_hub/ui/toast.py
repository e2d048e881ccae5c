"""Non-blocking notifications: a card that slides in at the bottom right and fades after a few seconds.

A tier reached gets a longer, accented celebration with the tier's mark. Notices queue so none hides another.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QHBoxLayout, QVBoxLayout, QWidget

from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.pulse import Notice, NoticeKind
from advocate_hub.ui import words
from advocate_hub.ui.widgets import SPACING, TierMark, label

SHOW_MS = 4_000
CELEBRATE_MS = 7_000


class Toast(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Toast")
        self.setAccessibleName(self.tr("Notification"))
        self.hide()
        self.reduce_motion = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, 2 * SPACING, 3 * SPACING, 2 * SPACING)
        layout.setSpacing(2 * SPACING)
        self.mark = TierMark(Tier.GOLD, 40)
        layout.addWidget(self.mark)
        texts = QVBoxLayout()
        self.title = label("", "title", name="ToastTitle")
        self.text = label("", wrap=True, name="ToastText")
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        layout.addLayout(texts, 1)
        self.setMaximumWidth(420)
        self._queue: deque[Notice] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)
        self._opacity = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(250)
        self._fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.current: Notice | None = None

    def show_notice(self, notice: Notice) -> None:
        self._queue.append(notice)
        if not self._timer.isActive():
            self._next()

    def clear(self) -> None:
        """Forget every notice (a new person signs in): nothing of the previous one stays on screen."""
        self._queue.clear()
        self._timer.stop()
        self.current = None
        self.hide()

    def _next(self) -> None:
        if not self._queue:
            self.current = None
            self.hide()
            return
        notice = self._queue.popleft()
        self.current = notice
        celebrate = notice.kind is NoticeKind.TIER
        tone = "celebrate" if celebrate else "danger" if notice.kind is NoticeKind.REJECTED else ""
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        self.mark.setVisible(celebrate)
        if celebrate:
            self.mark.set_tier(notice.tier or Tier.GOLD)
        self.title.setText(words.notice_title(notice))
        text = words.notice_text(notice)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        if not self.reduce_motion:
            self._fade.stop()
            self._fade.setStartValue(0.0)
            self._fade.setEndValue(1.0)
            self._fade.start()
        self._timer.start(CELEBRATE_MS if celebrate else SHOW_MS)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        margin = 3 * SPACING
        self.move(parent.width() - self.width() - margin, parent.height() - self.height() - margin - 24)

    def mousePressEvent(self, event: object) -> None:
        """A click dismisses the notice at once."""
        self._timer.stop()
        self._next()

    def keyPressEvent(self, event: object) -> None:
        if getattr(event, "key", lambda: None)() == Qt.Key.Key_Escape:
            self._timer.stop()
            self._next()
