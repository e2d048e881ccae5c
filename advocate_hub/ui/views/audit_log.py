"""Audit log (moderators and staff): who did what when, filtered, with each entry's state before and after.

The filter bar narrows by person, action, target and period, plus free text (typing waits a moment before it
asks). The table loads a page at a time as it scrolls (``AuditModel``). "Export CSV" writes every row the filter
matches, not just the loaded ones, through the core's formula-safe CSV writer, off the GUI thread.
"""

from __future__ import annotations

import html
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from advocate_hub.core.queries import audit_log
from advocate_hub.core.queries.audit_log import AuditFilter, AuditRow, Facets
from advocate_hub.ui import icons
from advocate_hub.ui.controller import AppController, readable
from advocate_hub.ui.models.audit_model import ROW_ROLE, AuditColumn, AuditModel, target, when
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.desk_tables import desk_table, set_flag
from advocate_hub.ui.widgets import SPACING, Card, EmptyState, FittedCombo, button, label

SEARCH_DELAY_MS = 250
DETAILS_WIDTH = 34 * SPACING
TABLE_MIN_HEIGHT = 56 * SPACING
MIN_CONTENTS = 10
"""Characters a filter shows at least; it widens for its "every ..." entry and for the choice made
(``FittedCombo``)."""
COLUMN_WIDTHS = {
    AuditColumn.TIME: 19 * SPACING,
    AuditColumn.ACTOR: 15 * SPACING,
    AuditColumn.ACTION: 21 * SPACING,
}
"""Fixed starting widths (the user can drag them): sizing to contents would measure every loaded row."""
PERIODS: list[tuple[str, int | None]] = [
    ("Any time", None),
    ("Last 24 hours", 1),
    ("Last 7 days", 7),
    ("Last 30 days", 30),
    ("Last 90 days", 90),
]


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def details_html(row: AuditRow, actor: str) -> str:
    """The entry as a small document: who, when, what, and a before/after table of every field."""
    before, after = row.before or {}, row.after or {}
    keys = list(dict.fromkeys([*before, *after]))
    lines = [
        f"<h3>{html.escape(row.action)}</h3>",
        f"<p>{html.escape(actor)} · {html.escape(when(row))}<br>",
        f"{html.escape(target(row))}</p>",
    ]
    if keys:
        lines.append("<table cellspacing='0' cellpadding='4' width='100%'>")
        lines.append("<tr><th align='left'>Field</th><th align='left'>Before</th><th align='left'>After</th></tr>")
        for key in keys:
            old = html.escape(_value(before.get(key))) if key in before else "—"
            new = html.escape(_value(after.get(key))) if key in after else "—"
            name = html.escape(key.replace("_", " "))
            lines.append(f"<tr><td><b>{name}</b></td><td>{old}</td><td>{new}</td></tr>")
        lines.append("</table>")
    return "".join(lines)


class AuditLogPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("AuditLogPage", self.tr("Audit log"), controller, parent)
        self.count = label("", "muted", name="AuditCount")
        self.header.addWidget(self.count)
        self.export_button = button(self.tr("Export CSV"), "AuditExport")
        self.export_button.setIcon(icons.icon("ph.download-simple"))
        self.export_button.setToolTip(self.tr("Save every entry the filter matches as a CSV file"))
        self.export_button.clicked.connect(self._ask_export)
        self.header.addWidget(self.export_button)

        bar = QHBoxLayout()
        bar.setSpacing(SPACING)
        self.search = QLineEdit()
        self.search.setObjectName("AuditSearch")
        self.search.setAccessibleName(self.tr("Search the audit log"))
        self.search.setPlaceholderText(self.tr("Search names, actions, reasons…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("ph.magnifying-glass"), QLineEdit.ActionPosition.LeadingPosition)
        for part in self.search.findChildren(QToolButton):
            clear = part.defaultAction() is not None and part.defaultAction().objectName() == "_q_qlineeditclearaction"
            part.setObjectName("AuditSearchClear" if clear else "AuditSearchIcon")
            part.setAccessibleName(self.tr("Clear the search") if clear else self.tr("Search"))
        bar.addWidget(self.search, 2)
        self.actor = self._combo("AuditActor", self.tr("Who"))
        self.action = self._combo("AuditAction", self.tr("Action"))
        self.target = self._combo("AuditTarget", self.tr("Target"))
        self.period = self._combo("AuditPeriod", self.tr("Period"))
        for text, days in PERIODS:
            self.period.addItem(self.tr(text), days)
        for combo in (self.actor, self.action, self.target, self.period):
            bar.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.content.addLayout(bar)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.message = label("", "caption", wrap=True, name="AuditMessage")
        self.message.hide()
        self.content.addWidget(self.message)

        row = QHBoxLayout()
        row.setSpacing(2 * SPACING)
        table_card = Card("AuditCard")
        self.model = AuditModel(controller, self)
        self.model.loaded.connect(self._loaded)
        self.model.rowsInserted.connect(lambda *_args: self._show_count())
        self.table = desk_table("AuditTable", self.tr("Audit log entries"), self.model, stretch=(AuditColumn.DETAILS,))
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        table_card.body.addWidget(self.table, 1)
        self.empty = EmptyState(
            "AuditEmpty",
            icons.icon("ph.clock-counter-clockwise"),
            self.tr("Nothing matches"),
            self.tr("No entry matches these filters. Clear the search or choose a longer period."),
        )
        self.empty.hide()
        table_card.body.addWidget(self.empty, 1)
        row.addWidget(table_card, 1)
        details_card = Card("AuditDetailsCard", title=self.tr("Before and after"))
        details_card.setFixedWidth(DETAILS_WIDTH)
        self.details = QTextBrowser()
        self.details.setObjectName("AuditDetails")
        self.details.setAccessibleName(self.tr("Selected entry, before and after"))
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(self.tr("Select an entry to see what it changed."))
        details_card.body.addWidget(self.details, 1)
        row.addWidget(details_card)
        self.content.addLayout(row, 1)
        self._facets: Facets | None = None

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = FittedCombo()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(MIN_CONTENTS)
        return combo

    # Loading

    def reload(self) -> None:
        self.controller.load(audit_log.facets, self._show_facets)
        self.apply_filter()

    def _show_facets(self, found: Facets) -> None:
        self._facets = found
        prefixes = sorted({action.split(".")[0] + "." for action in found.actions})
        choices = {
            self.actor: [(self.tr("Everyone"), None), *[(name, actor_id) for actor_id, name in found.actors]],
            self.action: [
                (self.tr("Every action"), ""),
                *[(self.tr("%1 (all)").replace("%1", prefix[:-1]), prefix) for prefix in prefixes],
                *[(action, action) for action in found.actions],
            ],
            self.target: [(self.tr("Every target"), ""), *[(target, target) for target in found.target_types]],
        }
        for combo, items in choices.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            combo.updateGeometry()

    def current_filter(self) -> AuditFilter:
        days = self.period.currentData()
        return AuditFilter(
            actor_id=self.actor.currentData(),
            action_prefix=self.action.currentData() or "",
            target_type=self.target.currentData() or "",
            since=self.controller.now() - timedelta(days=days) if days else None,
            text=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        self._typing.stop()
        self.model.load(self.current_filter())

    def _loaded(self, total: int) -> None:
        self._show_count()
        self.table.setVisible(total > 0)
        self.empty.setVisible(total == 0)
        if total:
            self.table.selectRow(0)
        else:
            self.details.clear()

    def _show_count(self) -> None:
        total = self.model.total
        self.count.setText(self.tr("1 entry") if total == 1 else self.tr("%1 entries").replace("%1", f"{total:,}"))

    def _row_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        entry: AuditRow = rows[0].data(ROW_ROLE)
        self.details.setHtml(details_html(entry, entry.actor_name or self.tr("The system")))

    # Export

    def _ask_export(self) -> None:
        name, _kind = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_csv(Path(name))

    def export_csv(self, path: Path) -> None:
        """Write every entry the current filter matches to ``path`` in the background."""
        program = self.controller.program
        wanted = self.current_filter()
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"), error=False)
        self.controller.runner.run_db(
            lambda: program.read(audit_log.export_csv, filter=wanted, path=path),
            lambda written: self._exported(path, written),
            self._export_failed,
        )

    def _exported(self, path: Path, written: int) -> None:
        self.export_button.setEnabled(True)
        self._say(
            self.tr("Saved %1 entries to %2.").replace("%1", f"{written:,}").replace("%2", str(path)), error=False
        )

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._say(readable(error), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_flag(self.message, "role", "error" if error else "caption")
        set_flag(self.message, "tone", "" if error else "success")
        self.message.show()
