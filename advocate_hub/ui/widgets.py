"""Small building blocks every screen uses: cards, labels of the type scale, tier marks, empty states, numbers.

They set object names and properties that ``resources/themes/app.qss`` styles, so no colour lives here.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QEasingCurve, QEvent, QPropertyAnimation, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.tiers import Tier
from advocate_hub.ui import formats, words
from advocate_hub.ui.resources import resource

SPACING = 8
"""The 8 px grid: every margin and gap is a multiple of this."""


def label(text: str = "", role: str = "body", *, wrap: bool = False, name: str = "") -> QLabel:
    widget = QLabel(text)
    if role != "body":
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        widget.setObjectName(name)
    return widget


def button(text: str, name: str, *, kind: str = "", accessible: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    if kind:
        widget.setProperty("kind", kind)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


class FittedCombo(QComboBox):
    """A combo box never narrower than its text needs in its own font and style, in any language (a minimum contents
    length counts characters, which overshoots in one language and clips in another): its first entry (the "every
    ..." choice) and the one chosen, or with ``widest`` every entry, for a short list such as a sort order whose
    width should not change with the choice."""

    def __init__(self, parent: QWidget | None = None, *, widest: bool = False) -> None:
        super().__init__(parent)
        self._widest = widest
        self.currentIndexChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.count():
            return hint
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        shown = range(self.count()) if self._widest else {0, max(0, self.currentIndex())}
        widest = max(metrics.horizontalAdvance(self.itemText(index)) for index in shown)
        if any(not self.itemIcon(index).isNull() for index in shown):
            widest += self.iconSize().width() + 4
        text = QSize(widest, metrics.height())
        needed = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(max(hint.width(), needed.width()), hint.height())


def message_banner(name: str, accessible: str) -> tuple[QFrame, QLabel]:
    """A hidden banner for a dialog's messages (styled by ``[banner="true"]``) and the label that holds the text."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("banner", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(2 * SPACING, SPACING, 2 * SPACING, SPACING)
    text = label("", wrap=True, name=f"{name}Text")
    text.setAccessibleName(accessible)
    layout.addWidget(text)
    frame.hide()
    return frame, text


class Card(QFrame):
    """A rounded surface on the quiet background; ``accent`` draws it with the accent colour."""

    def __init__(self, name: str, *, title: str = "", accent: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("card", True)
        self.setProperty("accent", accent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, 2 * SPACING)
        self.body.setSpacing(SPACING)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        if title:
            self.setAccessibleName(title)
            self.body.addWidget(label(title.upper(), "section"))


def tier_icon(tier: Tier) -> QIcon:
    return QIcon(str(resource("icons", f"tier-{tier.value}.svg")))


def tier_pixmap(tier: Tier, size: int) -> QPixmap:
    return tier_icon(tier).pixmap(QSize(size, size))


class TierMark(QSvgWidget):
    """The tier's SVG shield, drawn at any size (marks, not just colour, tell tiers apart)."""

    def __init__(self, tier: Tier, size: int = 48, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(size, size)
        self.set_tier(tier)

    def set_tier(self, tier: Tier) -> None:
        self.load(str(resource("icons", f"tier-{tier.value}.svg")))
        name = self.tr("%1 tier").replace("%1", words.tier_name(tier))
        self.setAccessibleName(name)
        self.setToolTip(name)


class TierChip(QLabel):
    def __init__(self, tier: Tier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_tier(tier)

    def set_tier(self, tier: Tier) -> None:
        self.setText(words.tier_name(tier))
        self.setProperty("chip", tier.value)
        self.style().unpolish(self)
        self.style().polish(self)


class AnimatedNumber(QLabel):
    """A number in the display size that counts to its new value briefly, unless motion is reduced."""

    DURATION_MS = 300

    def __init__(self, name: str, suffix: str = "", parent: QWidget | None = None) -> None:
        super().__init__("0", parent)
        self.setObjectName(name)
        self.setProperty("role", "display")
        self._value = 0
        self._suffix = suffix
        self.reduce_motion = False
        self._animation = QPropertyAnimation(self, b"value", self)
        self._animation.setDuration(self.DURATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)

    def _get(self) -> int:
        return self._value

    def _set(self, value: int) -> None:
        self._value = int(value)
        self.setText(f"{formats.number(self._value)}{self._suffix}")

    value = Property(int, _get, _set)

    def show_value(self, target: int) -> None:
        self._animation.stop()
        if self.reduce_motion or target == self._value or not self.isVisible():
            self._set(target)
            return
        self._animation.setStartValue(self._value)
        self._animation.setEndValue(target)
        self._animation.start()

    def target(self) -> int:
        end = self._animation.endValue()
        running = self._animation.state() == QPropertyAnimation.State.Running
        return int(end) if running and end is not None else self._value


class EmptyState(QWidget):
    """What a blank list says instead: an icon, what happened and what to do."""

    def __init__(self, name: str, icon: QIcon, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4 * SPACING, 4 * SPACING, 4 * SPACING, 4 * SPACING)
        layout.setSpacing(SPACING)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(QSize(48, 48)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        self.title = label(title, wrap=True, name="EmptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.text = label(text, wrap=True, name="EmptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def set_message(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)


class Page(QScrollArea):
    """A scrolling page with a title, used by every screen of the main window."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("PageBody")
        self.setWidget(body)
        self.content = QVBoxLayout(body)
        self.content.setContentsMargins(4 * SPACING, 3 * SPACING, 4 * SPACING, 3 * SPACING)
        self.content.setSpacing(2 * SPACING)
        header = QHBoxLayout()
        self.heading = label(title, "title", name=f"{name}Title")
        header.addWidget(self.heading)
        header.addStretch(1)
        self.header = header
        self.content.addLayout(header)
        self.page_name = name

    def viewportEvent(self, event: QEvent) -> bool:
        """Pass the body's layout requests on to the scroll area, which then fits the body to its new size.

        When wrapped text or a re-flowing card grid changes the height the body needs for its width, the request
        goes to the body's parent, the viewport, which a scroll area does not act on: the body kept its old height
        and squashed its cards (counts cut off, rows overlapping, descenders clipped), more so in longer languages
        and at 200%.
        """
        if event.type() == QEvent.Type.LayoutRequest:
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        return super().viewportEvent(event)
