"""The content calendar: challenges as bars across the days they run, by week, month or quarter.

Dragging a bar to another day (or selecting it and pressing Alt+Left / Alt+Right) asks the controller to
reschedule the challenge; the core keeps its duration and may refuse (an expiry that would already be past):
the refusal is shown above the calendar and the bar goes back where it was.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from advocate_hub.core.domain.challenges import ChallengeStatus
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.reach import CalendarItem, calendar
from advocate_hub.core.sync import moderation_actions
from advocate_hub.ui import icons, theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.flow_layout import FlowLayout
from advocate_hub.ui.models.calendar_model import (
    DAYS_PER_WEEK,
    KIND_TONES,
    Segment,
    Span,
    grid,
    layout,
    midnight,
    period,
    step,
)
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.widgets import SPACING, Card, button, label

HEADER_HEIGHT = 4 * SPACING
DAY_LABEL_HEIGHT = 3 * SPACING
LANE_HEIGHT = 3 * SPACING + 2
BAR_HEIGHT = 3 * SPACING - 2
MIN_LANES = {Span.WEEK: 8, Span.MONTH: 1, Span.QUARTER: 1}


def tone_colour(palette: theme.Theme, token: str) -> QColor:
    """A theme token's colour; ``tier_*`` tokens are the tier colours every theme shares."""
    if token.startswith("tier_"):
        return QColor(theme.TIER_COLOURS[Tier(token.removeprefix("tier_"))])
    return QColor(getattr(palette, token))


class CalendarView(QWidget):
    """A painted grid of week rows with a bar per challenge; one widget, however many challenges it shows."""

    reschedule_requested = Signal(int, int)
    """A challenge id and how many days to move it (negative: earlier)."""
    selection_changed = Signal(object)
    """The selected ``CalendarItem``, or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarView")
        self.setAccessibleName(self.tr("Calendar of challenges"))
        self.setAccessibleDescription(
            self.tr("Left and Right select a challenge; Alt+Left and Alt+Right move it a day.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.span = Span.MONTH
        self.anchor = datetime.now(UTC).date()
        self.today = self.anchor
        self.items: list[CalendarItem] = []
        self.selected: int | None = None
        self._shift: dict[int, int] = {}
        self._press: tuple[int, date, QPoint] | None = None
        self._dragging = False
        self._layout = layout([], *grid(self.span, self.anchor))

    # --- data -----------------------------------------------------------------------------------------------

    def set_period(self, span: Span, anchor: date, today: date) -> None:
        self.span, self.anchor, self.today = span, anchor, today
        self._relayout()

    def set_items(self, items: list[CalendarItem]) -> None:
        """New data from the database: any move shown while it was being saved is now real (or undone)."""
        self.items = items
        self._shift = {}
        if self.selected is not None and all(item.id != self.selected for item in items):
            self.selected = None
            self.selection_changed.emit(None)
        self._relayout()

    def cancel_moves(self) -> None:
        self._shift = {}
        self._relayout()

    def item(self, challenge_id: int | None) -> CalendarItem | None:
        return next((item for item in self.items if item.id == challenge_id), None)

    def _relayout(self) -> None:
        self._layout = layout(self.items, *grid(self.span, self.anchor), shift=self._shift)
        self.updateGeometry()
        self.update()

    # --- geometry -------------------------------------------------------------------------------------------

    def _row_heights(self) -> list[int]:
        wanted = [
            DAY_LABEL_HEIGHT + max(lanes, MIN_LANES[self.span]) * LANE_HEIGHT + SPACING for lanes in self._layout.lanes
        ]
        spare = self.height() - HEADER_HEIGHT - sum(wanted)
        if spare > 0 and self.span is not Span.QUARTER:
            extra = spare // max(1, len(wanted))
            wanted = [height + extra for height in wanted]
        return wanted

    def minimumSizeHint(self) -> QSize:
        lanes = self._layout.lanes
        height = HEADER_HEIGHT + sum(
            DAY_LABEL_HEIGHT + max(n, MIN_LANES[self.span]) * LANE_HEIGHT + SPACING for n in lanes
        )
        return QSize(DAYS_PER_WEEK * 10 * SPACING, height)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def _column_width(self) -> float:
        return self.width() / DAYS_PER_WEEK

    def _row_tops(self) -> list[int]:
        tops, y = [], HEADER_HEIGHT
        for height in self._row_heights():
            tops.append(y)
            y += height
        return tops

    def bar_rect(self, segment: Segment) -> QRectF:
        width = self._column_width()
        top = self._row_tops()[segment.row] + DAY_LABEL_HEIGHT + segment.lane * LANE_HEIGHT
        left = segment.first * width + (SPACING // 2 if segment.starts_here else 0)
        right = (segment.last + 1) * width - (SPACING // 2 if segment.ends_here else 0)
        return QRectF(left, top, right - left, BAR_HEIGHT)

    def segments_of(self, challenge_id: int) -> list[Segment]:
        return [segment for segment in self._layout.segments if segment.item.id == challenge_id]

    def day_at(self, point: QPoint) -> date:
        column = min(DAYS_PER_WEEK - 1, max(0, int(point.x() // self._column_width())))
        row = 0
        for index, top in enumerate(self._row_tops()):
            if point.y() >= top:
                row = index
        return self._layout.day(row, column)

    def _hit(self, point: QPoint) -> CalendarItem | None:
        for segment in reversed(self._layout.segments):
            if self.bar_rect(segment).contains(point.toPointF()):
                return segment.item
        return None

    # --- painting -------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        app = QApplication.instance()
        palette = theme.current(app) if isinstance(app, QApplication) else theme.LIGHT
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_grid(painter, palette)
        for segment in self._layout.segments:
            self._paint_bar(painter, palette, segment)
        if self.hasFocus():
            painter.setPen(QPen(QColor(palette.focus), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()

    def _paint_grid(self, painter: QPainter, palette: theme.Theme) -> None:
        width = self._column_width()
        caption = theme.font("caption", bold=True)
        painter.setFont(caption)
        first, after = period(self.span, self.anchor)
        for column in range(DAYS_PER_WEEK):
            name = self._layout.day(0, column).strftime("%a").upper()
            painter.setPen(QColor(palette.text_muted))
            painter.drawText(
                QRectF(column * width, 0, width, HEADER_HEIGHT), Qt.AlignmentFlag.AlignCenter, self.tr(name)
            )
        body = theme.font("caption")
        strong = theme.font("caption", bold=True)
        for row, (top, height) in enumerate(zip(self._row_tops(), self._row_heights(), strict=True)):
            for column in range(DAYS_PER_WEEK):
                day = self._layout.day(row, column)
                cell = QRectF(column * width, top, width, height)
                inside = first <= day < after
                fill = palette.surface if inside else palette.surface_alt
                if day.weekday() >= 5 and inside:
                    fill = palette.window
                painter.fillRect(cell, QColor(fill))
                painter.setPen(QPen(QColor(palette.border), 1))
                painter.drawRect(cell)
                number = day.strftime("%d").lstrip("0")
                if day.day == 1 or (row == 0 and column == 0):
                    number = day.strftime("%d %b").lstrip("0")
                text_rect = QRectF(cell.left() + SPACING, top + 2, width - 2 * SPACING, DAY_LABEL_HEIGHT - 2)
                if day == self.today:
                    painter.setFont(strong)
                    metrics = QFontMetrics(strong)
                    disc = QRectF(
                        text_rect.left() - 4, top + 3, metrics.horizontalAdvance(number) + 8, DAY_LABEL_HEIGHT - 6
                    )
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(palette.accent))
                    painter.drawRoundedRect(disc, disc.height() / 2, disc.height() / 2)
                    painter.setPen(QColor(palette.accent_text))
                else:
                    painter.setFont(body)
                    painter.setPen(QColor(palette.text if inside else palette.text_muted))
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
                painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_bar(self, painter: QPainter, palette: theme.Theme, segment: Segment) -> None:
        rect = self.bar_rect(segment)
        item = segment.item
        tone = tone_colour(palette, KIND_TONES[item.kind])
        ended = item.status is ChallengeStatus.EXPIRED
        fill = QColor(tone)
        fill.setAlphaF(0.10 if ended else 0.20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        if segment.starts_here:
            stripe = QColor(tone)
            stripe.setAlphaF(0.5 if ended else 1.0)
            painter.setBrush(stripe)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        if item.id == self.selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(palette.focus if self._shift else palette.text), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        left = rect.left() + (SPACING + 2 if segment.starts_here else SPACING // 2)
        icon_rect = QRectF(left, rect.center().y() - 7, 14, 14)
        icons.kind_icon(item.kind).paint(painter, icon_rect.toRect())
        text_left = icon_rect.right() + SPACING // 2
        font = QFont(theme.font("caption", bold=segment.starts_here))
        painter.setFont(font)
        painter.setPen(QColor(palette.text_muted if ended else palette.text))
        title = item.title if segment.starts_here else f"… {item.title}"
        available = max(0.0, rect.right() - SPACING // 2 - text_left)
        shown = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, int(available))
        painter.drawText(
            QRectF(text_left, rect.top(), available, rect.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            shown,
        )

    # --- interaction ----------------------------------------------------------------------------------------

    def select(self, challenge_id: int | None) -> None:
        self.selected = challenge_id
        self.selection_changed.emit(self.item(challenge_id))
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position().toPoint()
        hit = self._hit(point)
        self.select(hit.id if hit else None)
        self._press = (hit.id, self.day_at(point), point) if hit else None
        self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._press is None:
            self.setCursor(Qt.CursorShape.OpenHandCursor if self._hit(point) else Qt.CursorShape.ArrowCursor)
            return
        challenge_id, pressed_day, origin = self._press
        if not self._dragging and (point - origin).manhattanLength() < QApplication.startDragDistance():
            return
        self._dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        delta = (self.day_at(point) - pressed_day).days
        if self._shift.get(challenge_id, 0) != delta:
            self._shift = {challenge_id: delta} if delta else {}
            self._relayout()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        if press is None or not self._dragging:
            return
        self._dragging = False
        delta = self._shift.get(press[0], 0)
        if delta:
            self.reschedule_requested.emit(press[0], delta)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key not in {Qt.Key.Key_Left, Qt.Key.Key_Right}:
            super().keyPressEvent(event)
            return
        direction = -1 if key == Qt.Key.Key_Left else 1
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            if self.selected is not None:
                self._shift = {self.selected: self._shift.get(self.selected, 0) + direction}
                self._relayout()
                self.reschedule_requested.emit(self.selected, direction)
            return
        order = [item.id for item in self.items if self.segments_of(item.id)]
        if not order:
            return
        position = order.index(self.selected) + direction if self.selected in order else 0
        self.select(order[position % len(order)])


class CalendarPage(AppPage):
    """Week, month and quarter views of the challenges, with drag (or Alt+arrow) rescheduling."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("CalendarPage", self.tr("Content calendar"), controller, parent)
        self.span = Span.MONTH
        self.anchor = datetime.now(UTC).date()
        switch = QHBoxLayout()
        switch.setSpacing(0)
        self.span_buttons: dict[Span, QPushButton] = {}
        names = {Span.WEEK: self.tr("Week"), Span.MONTH: self.tr("Month"), Span.QUARTER: self.tr("Quarter")}
        for position, (span, text) in enumerate(names.items()):
            toggle = button(text, f"CalendarSpan{span.value.capitalize()}", kind="segment")
            toggle.setCheckable(True)
            toggle.setChecked(span is self.span)
            toggle.setProperty("segment", ("first", "middle", "last")[position])
            toggle.setAccessibleName(self.tr("%1 view").replace("%1", text))
            toggle.clicked.connect(lambda _checked=False, chosen=span: self.show_span(chosen))
            switch.addWidget(toggle)
            self.span_buttons[span] = toggle
        self.header.addLayout(switch)
        self.header.addSpacing(2 * SPACING)
        self.previous = button("", "CalendarPrevious", kind="quiet", accessible=self.tr("Previous period"))
        self.previous.setIcon(icons.icon("ph.caret-left"))
        self.previous.setToolTip(self.tr("Previous period"))
        self.previous.clicked.connect(lambda: self.move_period(-1))
        self.today_button = button(self.tr("Today"), "CalendarToday")
        self.today_button.clicked.connect(self.go_today)
        self.next = button("", "CalendarNext", kind="quiet", accessible=self.tr("Next period"))
        self.next.setIcon(icons.icon("ph.caret-right"))
        self.next.setToolTip(self.tr("Next period"))
        self.next.clicked.connect(lambda: self.move_period(1))
        for widget in (self.previous, self.today_button, self.next):
            self.header.addWidget(widget)

        top = QHBoxLayout()
        top.setSpacing(2 * SPACING)
        self.period_label = label("", "title", name="CalendarPeriod")
        top.addWidget(self.period_label)
        self.ongoing = button("", "CalendarOngoing", kind="segment")
        self.ongoing.setCheckable(True)
        self.ongoing.setProperty("segment", "single")
        self.ongoing.setToolTip(self.tr("Challenges that started earlier and have no end date"))
        self.ongoing.toggled.connect(lambda _on: self._show_items())
        top.addWidget(self.ongoing)
        top.addStretch(1)
        self.hidden_note = label("", "caption", name="CalendarHiddenNote")
        top.addWidget(self.hidden_note)
        self.content.addLayout(top)

        self.banner = QFrame()
        self.banner.setObjectName("CalendarMessage")
        self.banner.setProperty("banner", True)
        self.banner.setProperty("tone", "danger")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(2 * SPACING, SPACING, 2 * SPACING, SPACING)
        self.message = label("", wrap=True, name="CalendarMessageText")
        row.addWidget(self.message, 1)
        self.banner.hide()
        self.content.addWidget(self.banner)

        card = Card("CalendarCard")
        card.body.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.view = CalendarView()
        self.view.reschedule_requested.connect(self.reschedule)
        self.view.selection_changed.connect(self.show_selected)
        card.body.addWidget(self.view, 1)
        self.content.addWidget(card, 1)

        self.details = label(self.idle_text(), "muted", wrap=True, name="CalendarDetails")
        self.content.addWidget(self.details)
        footer = FlowLayout(spacing=2 * SPACING, justify=False)
        for token, text in self._legend():
            chip = QLabel(text)
            chip.setObjectName(f"CalendarLegend-{token}")
            chip.setProperty("legend", token)
            footer.add(chip)
        self.content.addLayout(footer)
        self.items: list[CalendarItem] = []
        self._show_period()

    def idle_text(self) -> str:
        return self.tr(
            "Select a challenge to see its dates. Drag it to another day to move it, "
            "or select it and press Alt+Left or Alt+Right."
        )

    def _legend(self) -> list[tuple[str, str]]:
        return [
            ("accent", self.tr("Reviews and posts")),
            ("focus", self.tr("Polls, quizzes, content")),
            ("success", self.tr("Events")),
            ("warning", self.tr("Calls and referrals")),
            ("tier_platinum", self.tr("Feedback and video")),
            ("tier_gold", self.tr("Big commitments")),
        ]

    # --- period ---------------------------------------------------------------------------------------------

    def today(self) -> date:
        now: datetime = self.controller.now()
        return now.astimezone(UTC).date()

    def show_span(self, span: Span) -> None:
        self.span = span
        for each, toggle in self.span_buttons.items():
            toggle.setChecked(each is span)
        self._show_period()
        self.refresh()

    def move_period(self, direction: int) -> None:
        self.anchor = step(self.span, self.anchor, direction)
        self._show_period()
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.today()
        self._show_period()
        self.refresh()

    def _show_period(self) -> None:
        first, after = period(self.span, self.anchor)
        last = after - timedelta(days=1)
        if self.span is Span.WEEK:
            text = self.tr("Week of %1").replace("%1", f"{first:%d %b %Y}".lstrip("0"))
        elif self.span is Span.MONTH:
            text = f"{first:%B %Y}"
        else:
            text = self.tr("Q%1 %2").replace("%1", str((first.month - 1) // 3 + 1)).replace("%2", str(first.year))
            text += f"  ·  {first:%b} to {last:%b}"
        self.period_label.setText(text)
        self.view.set_period(self.span, self.anchor, self.today())

    def reload(self) -> None:
        start, weeks = grid(self.span, self.anchor)
        self.controller.load(
            calendar,
            self.show_items,
            start=midnight(start),
            end=midnight(start + timedelta(days=weeks * DAYS_PER_WEEK)),
            now=self.controller.now(),
        )

    def show_items(self, items: list[CalendarItem]) -> None:
        self.items = items
        self._show_items()

    def _show_items(self) -> None:
        """Draw the challenges; those that run on and on are only drawn on request, or they crowd out the plan."""
        start = midnight(grid(self.span, self.anchor)[0])
        ongoing = {item.id for item in self.items if item.expires_at is None and item.starts_at < start}
        shown = self.ongoing.isChecked()
        self.ongoing.setText(self.tr("Ongoing (%1)").replace("%1", str(len(ongoing))))
        self.ongoing.setAccessibleName(self.tr("Show ongoing challenges"))
        self.ongoing.setVisible(bool(ongoing))
        self.view.set_items([item for item in self.items if shown or item.id not in ongoing])
        hidden = 0 if shown else len(ongoing)
        self.hidden_note.setText(
            self.tr("%n ongoing challenge(s) with no end date hidden.", "", hidden) if hidden else ""
        )
        self.hidden_note.setVisible(bool(hidden))

    # --- moving ---------------------------------------------------------------------------------------------

    def show_selected(self, item: CalendarItem | None) -> None:
        if item is None:
            self.details.setText(self.idle_text())
            return
        ends = f"{item.expires_at:%d %b %Y, %H:%M}" if item.expires_at else self.tr("no end date")
        self.details.setText(
            self.tr("%1 · %2 · %3 to %4 UTC. Alt+Left or Alt+Right moves it a day.")
            .replace("%1", item.title)
            .replace("%2", item.kind_label)
            .replace("%3", f"{item.starts_at:%d %b %Y, %H:%M}")
            .replace("%4", ends)
        )

    def reschedule(self, challenge_id: int, days: int) -> None:
        item = self.view.item(challenge_id)
        if item is None or self.controller.advocate_id is None:
            return
        self.banner.hide()
        self.controller.act(
            moderation_actions.reschedule_challenge,
            actor_id=self.controller.advocate_id,
            challenge_id=challenge_id,
            starts_at=item.starts_at + timedelta(days=days),
            on_error=self.refused,
        )

    def refused(self, error: BaseException) -> None:
        self.view.cancel_moves()
        text = str(error) if isinstance(error, AdvocateHubError) else self.tr("Something went wrong.")
        self.message.setText(self.tr("That move was not made: %1").replace("%1", text))
        self.banner.show()
