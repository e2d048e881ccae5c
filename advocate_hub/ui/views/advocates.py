"""Advocates (moderators and staff): find people, read one person's history, and act on their membership,
points and personal data.

The roster is searched and filtered in the core a page at a time (``queries.roster.search``), so the table costs
the same for fifty advocates as for 100,000. It shares the window with the history panel, so it spends its width on
names: the filters flow into as many rows as they need, the sort order sits with the page range under the table, a
status other than active is a chip in the name cell rather than a column of "Active", and the table never lets the
name column fall below ``NAME_MIN``. A warning banner names how many advocates already reached the
program's asking limit. Every action runs a core use case through the controller; privacy actions (export,
erase) have plain methods (``export_privacy``, ``erase_advocate``) that tests call without the dialogs.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDir, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.enums import AdvocateStatus
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.leaderboard import GroupChoice, groups
from advocate_hub.core.queries.roster import AdvocateHistory, OverAsked, RosterOrder, RosterPage, history, over_asked
from advocate_hub.core.queries.roster import search as search_roster
from advocate_hub.core.services import privacy
from advocate_hub.core.sync import moderation_actions
from advocate_hub.ui import icons, theme
from advocate_hub.ui.controller import AppController, readable
from advocate_hub.ui.flow_layout import FlowLayout
from advocate_hub.ui.models.roster_model import RosterColumn, RosterModel, RosterRole, status_changed, status_label
from advocate_hub.ui.resources import resource
from advocate_hub.ui.views.advocate_history import (
    AdjustPointsDialog,
    AdvocateHistoryPanel,
    EraseDialog,
    NominateDialog,
    ReverseEntryDialog,
)
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.import_dialog import ImportAdvocatesDialog
from advocate_hub.ui.widgets import SPACING, Card, EmptyState, FittedCombo, button, label, tier_icon

PAGE_SIZE = 50
SEARCH_DELAY_MS = 250
ROW_HEIGHT = 6 * SPACING + 4
CHIP_HEIGHT = 24
MARK = 16
ICON_SEARCH_PATH = "ahicons"
NAME_MIN = 23 * SPACING
"""The name column's narrowest: a full name and most of an email (the middle of a longer one is elided)."""
COLUMN_WIDTHS = {
    RosterColumn.POINTS: 8 * SPACING,
    RosterColumn.LAST_ACTIVE: 12 * SPACING,
    RosterColumn.ASKS: 10 * SPACING,
}
"""Starting widths; a column is never narrower than its title, and the tier column is as wide as its widest chip."""
CARD_MARGIN = 2 * SPACING
"""The roster's and the panel's side margins: the two cards share the window's width, so they keep 16 px, not 24."""
STATUS_TONES = {
    AdvocateStatus.NOMINATED: "focus",
    AdvocateStatus.INVITED: "accent",
    AdvocateStatus.OPTED_OUT: "text_muted",
    AdvocateStatus.ALUMNI: "text_muted",
    AdvocateStatus.DEACTIVATED: "danger",
}
"""The theme colour of each status chip; active, the usual case, has none, so the other states stand out."""
IDLE_DAYS = (7, 14, 30, 60, 90)
MOST_ASKS = 10
_Index = QModelIndex | QPersistentModelIndex


def tier_chip_width(tier: Tier) -> int:
    return MARK + QFontMetrics(theme.font("caption", bold=True)).horizontalAdvance(tier.label) + 2 * SPACING + 4


def tier_column_width() -> int:
    """The tier column holds the widest chip with its margins (wider with a larger font)."""
    return SPACING + max(tier_chip_width(tier) for tier in Tier) + SPACING // 2


class RosterDelegate(QStyledItemDelegate):
    """Names over emails with a chip for a status other than active, tier chips with their SVG mark, and the asks
    count in the warning colour at the limit."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        column = index.column()
        if column not in {RosterColumn.NAME, RosterColumn.TIER, RosterColumn.ASKS}:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        painter.save()
        try:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
            if column == RosterColumn.NAME:
                status = AdvocateStatus(index.data(RosterRole.STATUS))
                self._person(painter, option, str(index.data()), str(index.data(RosterRole.EMAIL)), status)
            elif column == RosterColumn.TIER:
                self._chip(painter, option, Tier(index.data(RosterRole.TIER)))
            else:
                self._asks(painter, option, str(index.data()), at_limit=bool(index.data(RosterRole.AT_LIMIT)))
        finally:
            painter.restore()

    def _person(
        self, painter: QPainter, option: QStyleOptionViewItem, name: str, email: str, status: AdvocateStatus
    ) -> None:
        """The name over the email: one column holds both, so the table fits beside the history panel."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = option.rect.adjusted(SPACING + 4, 6, -SPACING, -6)
        top, bottom = area.adjusted(0, 0, 0, -area.height() // 2), area.adjusted(0, area.height() // 2, 0, 0)
        if status in STATUS_TONES:
            chip = self._status_chip(painter, top, status)
            top.setRight(int(chip.left()) - SPACING)
        strong = QFont(option.font)
        strong.setWeight(QFont.Weight.DemiBold)
        painter.setFont(strong)
        painter.setPen(option.palette.color(role))
        elided = QFontMetrics(strong).elidedText(name, Qt.TextElideMode.ElideRight, top.width())
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), elided)
        small = theme.font("caption")
        painter.setFont(small)
        muted = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(muted))
        elided = QFontMetrics(small).elidedText(email, Qt.TextElideMode.ElideMiddle, bottom.width())
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), elided)

    def _status_chip(self, painter: QPainter, line: QRect, status: AdvocateStatus) -> QRectF:
        """A small outlined chip at the end of the name's line, in the status's tone; returns where it is."""
        font = theme.font("caption", bold=True)
        metrics = QFontMetrics(font)
        text = status_label(status)
        height = metrics.height() + 2
        width = metrics.horizontalAdvance(text) + SPACING + 4
        chip = QRectF(line.right() - width, line.bottom() - height + 1, width, height)
        app = QApplication.instance()
        tone = QColor(getattr(theme.current(app), STATUS_TONES[status]))  # type: ignore[arg-type]
        tint, edge = QColor(tone), QColor(tone)
        tint.setAlpha(28)
        edge.setAlpha(120)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(edge)
        painter.setBrush(tint)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(tone)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
        return chip

    def _chip(self, painter: QPainter, option: QStyleOptionViewItem, tier: Tier) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = theme.font("caption", bold=True)
        width = tier_chip_width(tier)
        rect = option.rect
        chip = QRectF(rect.left() + SPACING, rect.center().y() - CHIP_HEIGHT / 2 + 1, width, CHIP_HEIGHT)
        tint, edge = QColor(theme.TIER_COLOURS[tier]), QColor(theme.TIER_COLOURS[tier])
        tint.setAlpha(40)
        edge.setAlpha(110)
        painter.setPen(edge)
        painter.setBrush(tint)
        painter.drawRoundedRect(chip, CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
        mark = tier_icon(tier).pixmap(QSize(MARK, MARK))
        painter.drawPixmap(int(chip.left() + SPACING // 2), int(chip.center().y() - MARK / 2), mark)
        painter.setFont(font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(chip.adjusted(MARK + SPACING, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter), tier.label)

    def _asks(self, painter: QPainter, option: QStyleOptionViewItem, text: str, *, at_limit: bool) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if at_limit and not selected:
            app = QApplication.instance()
            colour = QColor(theme.current(app).warning)  # type: ignore[arg-type]
        font = option.font
        font.setBold(at_limit)
        painter.setFont(font)
        painter.setPen(colour)
        area = option.rect.adjusted(SPACING, 0, -SPACING - 4, 0)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), ROW_HEIGHT)


class RosterTable(QTableView):
    """The roster's table, never so narrow that the name column falls below ``NAME_MIN``: the history panel beside
    it gives way first."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != RosterColumn.NAME and not header.isSectionHidden(column)
        )
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), others + NAME_MIN + scroll_bar + 2 * self.frameWidth()), hint.height())


def _combo(name: str, accessible: str, items: list[tuple[str, Any]], *, widest: bool = False) -> QComboBox:
    combo = FittedCombo(widest=widest)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for text, data in items:
        combo.addItem(text, data)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    return combo


class AdvocatesPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("AdvocatesPage", self.tr("Advocates"), controller, parent)
        QDir.setSearchPaths(ICON_SEARCH_PATH, [str(resource("icons"))])
        self.summary = label("", "caption", name="AdvocatesSummary")
        self.header.insertWidget(1, self.summary, 0, Qt.AlignmentFlag.AlignBottom)
        self.header.insertSpacing(1, SPACING)
        self.import_button = button(self.tr("Import CSV…"), "AdvocatesImport", kind="quiet")
        self.import_button.setIcon(icons.icon("ph.upload-simple"))
        self.import_button.setAccessibleName(self.tr("Import advocates from a CSV file"))
        self.import_button.clicked.connect(self.import_csv)
        self.header.addWidget(self.import_button)
        self.nominate_button = button(self.tr("Nominate…"), "AdvocatesNominate", kind="quiet")
        self.nominate_button.setIcon(icons.icon("ph.user-plus"))
        self.nominate_button.setAccessibleName(self.tr("Nominate someone for the program"))
        self.nominate_button.clicked.connect(self.nominate_someone)
        self.header.addWidget(self.nominate_button)
        self._offset = 0
        self._selected: int | None = None
        self._now: datetime | None = None
        self._limit_view = False

        self.banner = self._build_banner()
        self.content.addWidget(self.banner)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("AdvocatesSplit")
        split.setChildrenCollapsible(False)
        split.setHandleWidth(SPACING + 4)
        split.addWidget(self._build_roster())
        self.panel = AdvocateHistoryPanel()
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([80 * SPACING, 40 * SPACING])
        self.content.addWidget(split, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.tier, self.group, self.status, self.inactive, self.asks, self.order):
            combo.currentIndexChanged.connect(lambda _index: self._filters_changed())
        self.previous.clicked.connect(lambda: self._turn(-1))
        self.next.clicked.connect(lambda: self._turn(1))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._row_chosen(current))
        self.panel.status_requested.connect(self.change_status)
        self.panel.adjust_requested.connect(self.adjust_selected)
        self.panel.reverse_requested.connect(self.reverse_selected)
        self.panel.export_requested.connect(self.export_selected)
        self.panel.erase_requested.connect(self.erase_selected)

    def nominate_someone(self) -> None:
        values = NominateDialog.ask(self)
        if values is not None:
            self.nominate(*values)

    def nominate(self, name: str, email: str, company: str = "") -> None:
        """Add a nominated member; the roster shows them once the program has them."""
        self._act(
            moderation_actions.nominate,
            self.tr("%1 is nominated; invite them when you are ready.").replace("%1", name),
            name=name,
            email=email,
            company=company,
        )

    def import_csv(self) -> None:
        """Open the import dialog; the roster reloads when it imported anyone."""
        if ImportAdvocatesDialog.run(self.controller, self):
            self.refresh()

    # Building

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("AdvocatesOverAsked")
        banner.setProperty("banner", True)
        banner.setProperty("tone", "warning")
        row = QHBoxLayout(banner)
        row.setContentsMargins(2 * SPACING, SPACING + 4, 2 * SPACING, SPACING + 4)
        row.setSpacing(2 * SPACING)
        mark = QLabel()
        mark.setPixmap(icons.icon("ph.warning", tone="warning").pixmap(QSize(24, 24)))
        row.addWidget(mark)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.banner_title = label("", "strong", name="AdvocatesOverAskedTitle")
        self.banner_text = label("", "muted", wrap=True, name="AdvocatesOverAskedText")
        words.addWidget(self.banner_title)
        words.addWidget(self.banner_text)
        row.addLayout(words, 1)
        self.show_limit = button(self.tr("Show them"), "AdvocatesShowOverAsked")
        self.show_limit.clicked.connect(self.show_over_asked)
        row.addWidget(self.show_limit)
        banner.hide()
        return banner

    def _build_roster(self) -> Card:
        card = Card("AdvocatesRoster")
        card.body.setAlignment(Qt.AlignmentFlag(0))
        card.body.setContentsMargins(CARD_MARGIN, 2 * SPACING, CARD_MARGIN, 2 * SPACING)
        self.search = QLineEdit()
        self.search.setObjectName("AdvocatesSearch")
        self.search.setAccessibleName(self.tr("Search advocates by name or email"))
        self.search.setPlaceholderText(self.tr("Search by name or email"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("ph.magnifying-glass"), QLineEdit.ActionPosition.LeadingPosition)
        self.order = _combo(
            "AdvocatesOrder",
            self.tr("Sort advocates by"),
            [
                (self.tr("Sort: name"), RosterOrder.NAME),
                (self.tr("Sort: points"), RosterOrder.POINTS),
                (self.tr("Sort: last active"), RosterOrder.LAST_ACTIVE),
                (self.tr("Sort: asks in 30 days"), RosterOrder.ASKS),
            ],
            widest=True,
        )
        self.tier = _combo(
            "AdvocatesTierFilter",
            self.tr("Filter by tier"),
            [(self.tr("All tiers"), None)] + [(tier.label, tier.value) for tier in Tier],
        )
        self.group = _combo("AdvocatesGroupFilter", self.tr("Filter by group"), [(self.tr("All groups"), None)])
        self.status = _combo(
            "AdvocatesStatusFilter",
            self.tr("Filter by status"),
            [(self.tr("All statuses"), None)] + [(status_label(s), s.value) for s in AdvocateStatus],
        )
        self.inactive = _combo(
            "AdvocatesInactiveFilter",
            self.tr("Filter by days without activity"),
            [(self.tr("Any activity"), 0)]
            + [(self.tr("Idle %1+ days").replace("%1", str(days)), days) for days in IDLE_DAYS],
        )
        self.asks = _combo(
            "AdvocatesAsksFilter",
            self.tr("Filter by asks in the last 30 days"),
            [(self.tr("Any asks"), 0)]
            + [(self.tr("%1+ asks").replace("%1", str(count)), count) for count in range(1, MOST_ASKS + 1)],
        )
        self.search.setMinimumWidth(24 * SPACING)
        filters = FlowLayout(spacing=SPACING)
        filters.add(self.search, stretch=2)
        for combo in (self.tier, self.group, self.status, self.inactive, self.asks):
            filters.add(combo)
        card.body.addLayout(filters)

        self.model = RosterModel(self)
        self.table = RosterTable()
        self.table.setObjectName("AdvocatesTable")
        self.table.setAccessibleName(self.tr("Advocates"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(RosterDelegate(self.table))
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setMinimumHeight(30 * SPACING)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setObjectName("AdvocatesTableColumns")
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RosterColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(RosterColumn.EMAIL, True)
        self.table.setColumnHidden(RosterColumn.STATUS, True)
        widths = {RosterColumn.TIER: tier_column_width(), **COLUMN_WIDTHS}
        for column, width in widths.items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.empty = EmptyState(
            "AdvocatesEmpty",
            icons.icon("ph.users-three"),
            self.tr("Nobody matches"),
            self.tr("No advocate matches these filters. Clear the search or choose another tier, group or status."),
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("AdvocatesStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        card.body.addWidget(self.stack, 1)

        pager = QHBoxLayout()
        self.range = label("", "caption", name="AdvocatesRange")
        self.previous = button(self.tr("Previous"), "AdvocatesPrevious", kind="quiet")
        self.previous.setIcon(icons.icon("ph.caret-left"))
        self.next = button(self.tr("Next"), "AdvocatesNext", kind="quiet")
        self.next.setIcon(icons.icon("ph.caret-right"))
        self.next.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        pager.setSpacing(SPACING)
        pager.addWidget(self.range)
        pager.addSpacing(SPACING)
        pager.addWidget(self.order)
        pager.addStretch(1)
        pager.addWidget(self.previous)
        pager.addWidget(self.next)
        card.body.addLayout(pager)
        return card

    # Loading

    def filters(self) -> dict[str, Any]:
        tier = self.tier.currentData()
        status = self.status.currentData()
        return {
            "text": self.search.text(),
            "tiers": [Tier(tier)] if tier else [],
            "group": self.group.currentData() or None,
            "statuses": [AdvocateStatus(status)] if status else [],
            "inactive_days": self.inactive.currentData() or None,
            "min_asks_30d": self.asks.currentData() or None,
            "order": RosterOrder(self.order.currentData()),
        }

    def reload(self) -> None:
        actor = self.controller.advocate_id
        if actor is None:
            return
        now = self.controller.now()
        self.controller.load(
            search_roster,
            self._guard(lambda page: self._show_page(page, now)),
            actor_id=actor,
            now=now,
            limit=PAGE_SIZE,
            offset=self._offset,
            **self.filters(),
        )
        self.controller.load(over_asked, self._guard(self._show_over_asked), now=now)
        self.controller.load(groups, self._guard(self._show_groups))
        self._load_history()

    def _guard(self, callback: Any) -> Any:
        """Drop a result that arrives after this page was deleted (the window closed during a read)."""

        def guarded(result: Any) -> None:
            if shiboken6.isValid(self):
                callback(result)

        return guarded

    def _filters_changed(self) -> None:
        self._offset = 0
        self.reload()

    def _turn(self, step: int) -> None:
        self._offset = max(0, self._offset + step * PAGE_SIZE)
        self.reload()

    def _show_page(self, page: RosterPage, now: datetime) -> None:
        self._now = now
        self.model.set_page(page, now)
        total = page.total
        self.summary.setText(
            self.tr("1 advocate") if total == 1 else self.tr("%1 advocates").replace("%1", f"{total:,}")
        )
        first, last = page.offset + 1, page.offset + len(page.rows)
        self.range.setText(
            self.tr("%1 to %2 of %3").replace("%1", f"{first:,}").replace("%2", f"{last:,}").replace("%3", f"{total:,}")
            if page.rows
            else ""
        )
        self.previous.setEnabled(page.offset > 0)
        self.next.setEnabled(last < total)
        self.stack.setCurrentWidget(self.table if page.rows else self.empty)
        if self._selected is None and page.rows:
            self.table.selectRow(0)
            return
        row = self.model.row_of(self._selected) if self._selected is not None else -1
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def _show_over_asked(self, people: list[OverAsked]) -> None:
        count = len(people)
        self.banner.setVisible(count > 0)
        if not count:
            return
        limit = self.model.fatigue_limit or people[0].asks
        names = ", ".join(person.name for person in people[:3]) + ("…" if count > 3 else "")
        self.banner_title.setText(
            self.tr("1 advocate is at the asking limit")
            if count == 1
            else self.tr("%1 advocates are at the asking limit").replace("%1", str(count))
        )
        self.banner_text.setText(
            self.tr("%1 took on %2 or more asks in the last 30 days. Give them a rest before asking again.")
            .replace("%1", names)
            .replace("%2", str(limit))
        )

    def show_over_asked(self) -> None:
        """Filter the table to the advocates at the asking limit (the banner's button)."""
        self.asks.setCurrentIndex(max(0, self.asks.findData(min(max(1, self.model.fatigue_limit), MOST_ASKS))))
        self.order.setCurrentIndex(self.order.findData(RosterOrder.ASKS))

    def _show_groups(self, choices: list[GroupChoice]) -> None:
        wanted = [(self.tr("All groups"), None)] + [(choice.name, choice.slug) for choice in choices]
        present = [(self.group.itemText(i), self.group.itemData(i)) for i in range(self.group.count())]
        if wanted == present:
            return
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for text, slug in wanted:
            self.group.addItem(text, slug)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)

    # The selected advocate

    def _row_chosen(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.select_advocate(row.id)

    def select_advocate(self, advocate_id: int) -> None:
        self._selected = advocate_id
        self._load_history()

    def _load_history(self) -> None:
        actor, chosen = self.controller.advocate_id, self._selected
        if actor is None or chosen is None:
            self.panel.clear()
            return
        program = self.controller.program
        self.controller.runner.run_db(
            lambda: program.read(history, actor_id=actor, advocate_id=chosen),
            self._guard(self._show_history),
            self._guard(lambda error: self.panel.show_message(readable(error), error=True)),
        )

    def _show_history(self, found: AdvocateHistory) -> None:
        if found.id == self._selected:
            self.panel.show_history(found)

    # Actions

    def _act(self, action: Any, done_text: str, **kwargs: Any) -> None:
        self.controller.act(
            action,
            on_done=self._guard(lambda _result: self.panel.show_message(done_text)),
            on_error=self._guard(lambda error: self.panel.show_message(str(error), error=True)),
            actor_id=self.controller.advocate_id,
            **kwargs,
        )

    def _name(self) -> str:
        return self.panel.history.name if self.panel.history is not None else ""

    def change_status(self, advocate_id: int, status: AdvocateStatus) -> None:
        self._act(
            moderation_actions.change_status,
            status_changed(self._name(), status),
            advocate_id=advocate_id,
            status=status,
        )

    def adjust_selected(self, advocate_id: int) -> None:
        values = AdjustPointsDialog.ask(self._name(), self)
        if values is not None:
            self.adjust_points(advocate_id, *values)

    def adjust_points(self, advocate_id: int, amount: int, reason: str) -> None:
        self._act(
            moderation_actions.adjust,
            self.tr("%1 points recorded with your reason.").replace("%1", f"{amount:+,}"),
            advocate_id=advocate_id,
            points=amount,
            reason=reason,
        )

    def reverse_selected(self, _advocate_id: int, entry_id: int) -> None:
        entry = self.panel.selected_entry()
        if entry is None or entry.id != entry_id:
            return
        reason = ReverseEntryDialog.ask(entry, self)
        if reason is not None:
            self.reverse_entry(entry_id, reason)

    def reverse_entry(self, entry_id: int, reason: str) -> None:
        self._act(moderation_actions.reverse, self.tr("The entry was reversed."), entry_id=entry_id, reason=reason)

    def export_selected(self, advocate_id: int) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the export"))
        if folder:
            self.export_privacy(advocate_id, Path(folder))

    def export_privacy(self, advocate_id: int, folder: Path) -> None:
        """Write everything held about the advocate to ``folder`` (JSON and CSV) on the database worker."""
        actor, program = self.controller.advocate_id, self.controller.program

        def work() -> list[Path]:
            data = program.read(privacy.export, actor_id=actor, advocate_id=advocate_id)
            return privacy.write_export(data, folder)

        self.controller.runner.run_db(
            work,
            self._guard(
                lambda files: self.panel.show_message(
                    self.tr("Exported %1 files to %2.").replace("%1", str(len(files))).replace("%2", str(folder))
                )
            ),
            self._guard(lambda error: self.panel.show_message(readable(error), error=True)),
        )

    def erase_selected(self, advocate_id: int) -> None:
        found = self.panel.history
        if found is None or found.id != advocate_id:
            return
        reason = EraseDialog.ask(found.name, found.email, self)
        if reason is not None:
            self.erase_advocate(advocate_id, reason)

    def erase_advocate(self, advocate_id: int, reason: str) -> None:
        """Erase the advocate's personal data (their points stay); the dialog has already confirmed it."""
        self._act(
            moderation_actions.erase,
            self.tr("Their personal data was erased. Their points stay on the ledger."),
            advocate_id=advocate_id,
            reason=reason,
        )
