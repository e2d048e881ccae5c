"""Metrics (moderators and staff): the program's health for a date range, as KPI cards, charts and tables.

Every figure comes from ``core.queries.metrics.program_metrics`` (the same function the server uses), computed on
the database worker while a busy bar runs; this page only lays the figures out. Each table exports to CSV and the
whole range to a one-page PDF summary; ``export_table`` and ``export_pdf`` are plain methods tests call directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDir,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QWidget,
)
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Period
from advocate_hub.core.domain.errors import NotFound
from advocate_hub.core.exports.csv_files import write_csv
from advocate_hub.core.queries.metrics import program_metrics
from advocate_hub.core.queries.metrics_model import ProgramMetrics
from advocate_hub.core.services.settings import load_rules
from advocate_hub.ui import icons, theme
from advocate_hub.ui.controller import AppController, readable
from advocate_hub.ui.pdf_summary import range_text, write_summary
from advocate_hub.ui.resources import resource
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.metric_charts import (
    KindChart,
    KpiCard,
    PeriodChart,
    TierChart,
    TierLegend,
    content_name,
    kpis,
    money,
    percent,
)
from advocate_hub.ui.views.metric_tables import ChartCard, FiguresModel, TableCard
from advocate_hub.ui.widgets import SPACING, Card, FittedCombo, button, label

ICON_SEARCH_PATH = "ahicons"
"""The style sheet's name for ``resources/icons`` (the combo and date arrows), as on the other screens."""
KPI_COLUMNS_NARROW = 3
WIDE_WIDTH = 170 * SPACING
"""From this page width on, the six KPI cards sit in one row (below it, two rows of three)."""
PRINT_CHART_SIZE = QSize(90 * SPACING, 28 * SPACING)
"""The asks-per-period chart as drawn for the PDF summary: wide and low, whatever the window's size."""
RELOAD_DELAY_MS = 300
"""Date edits wait this long after the last change before recomputing, so typing a date runs one query."""


class Preset(StrEnum):
    LAST_30_DAYS = "last_30_days"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def preset_range(preset: Preset, now: datetime) -> tuple[datetime, datetime]:
    """The range a preset means today, ending at the end of today (UTC) so today's activity is in it.

    "This quarter" and "this year" are to date: a range reaching into the future would only add empty weeks.
    """
    today = now.astimezone(UTC).date()
    end = _midnight(today + timedelta(days=1))
    if preset is Preset.THIS_QUARTER:
        return _midnight(date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)), end
    if preset is Preset.THIS_YEAR:
        return _midnight(date(today.year, 1, 1)), end
    return end - timedelta(days=30), end


@dataclass(frozen=True, slots=True)
class Dashboard:
    program: str
    metrics: ProgramMetrics


def dashboard(session: Session, *, start: datetime, end: datetime, now: datetime) -> Dashboard:
    """The program's name and its metrics for the range, read in one transaction."""
    return Dashboard(load_rules(session).name, program_metrics(session, start=start, end=end, now=now))


class MetricsPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("MetricsPage", self.tr("Metrics"), controller, parent)
        QDir.setSearchPaths(ICON_SEARCH_PATH, [str(resource("icons"))])
        self.data: Dashboard | None = None
        self._request = 0
        self._build_header()
        self.range_caption = label("", "muted", wrap=True, name="MetricsRange")
        caption = QHBoxLayout()
        caption.setSpacing(SPACING)
        caption.addWidget(self.range_caption, 1)
        caption.addWidget(self.saved)
        caption.addWidget(self.pdf, 0, Qt.AlignmentFlag.AlignTop)
        self.content.addLayout(caption)
        self._build_kpis()
        self._build_figures()
        self._build_charts()
        self._build_tables()
        self.content.addStretch(1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(RELOAD_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)

    # Layout

    def _build_header(self) -> None:
        self.busy = QProgressBar()
        self.busy.setObjectName("MetricsBusy")
        self.busy.setAccessibleName(self.tr("Computing the metrics"))
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(12 * SPACING, SPACING)
        self.busy.hide()
        self.header.addWidget(self.busy)
        self.preset = FittedCombo(widest=True)
        self.preset.setObjectName("MetricsPreset")
        self.preset.setAccessibleName(self.tr("Date range"))
        for text, preset in (
            (self.tr("Last 30 days"), Preset.LAST_30_DAYS),
            (self.tr("This quarter"), Preset.THIS_QUARTER),
            (self.tr("This year"), Preset.THIS_YEAR),
            (self.tr("Custom range"), Preset.CUSTOM),
        ):
            self.preset.addItem(icons.icon("ph.calendar-blank"), text, preset.value)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.header.addWidget(self.preset)
        self.first_day = self._date_edit("MetricsFrom", self.tr("First day of the range"))
        self.last_day = self._date_edit("MetricsTo", self.tr("Last day of the range"))
        self.header.addWidget(self.first_day)
        self.header.addWidget(label("\u2013", "muted"))
        self.header.addWidget(self.last_day)
        self.pdf = button(self.tr("Export PDF summary"), "MetricsExportPdf", kind="primary")
        self.pdf.setIcon(icons.icon("ph.file-pdf", tone="accent_text"))
        self.pdf.clicked.connect(self.ask_export_pdf)
        self.pdf.setEnabled(False)
        self.saved = label("", "caption", name="MetricsSaved")

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setEnabled(False)
        edit.dateChanged.connect(self._custom_changed)
        return edit

    def _build_kpis(self) -> None:
        self.kpi_grid = QGridLayout()
        self.kpi_grid.setSpacing(2 * SPACING)
        self.kpi_cards: dict[str, KpiCard] = {}
        self.content.addLayout(self.kpi_grid)

    def _build_figures(self) -> None:
        self.figures = Card("MetricsFigures")
        row = QHBoxLayout()
        row.setSpacing(3 * SPACING)
        self.figure_values: dict[str, Any] = {}
        for key, caption in (
            ("asks", self.tr("Asks completed")),
            ("content", self.tr("Content delivered")),
            ("referrals", self.tr("Referrals (won)")),
            ("deal", self.tr("Average won deal")),
            ("redeemed", self.tr("Redeemed a reward")),
            ("opt_out", self.tr("Opt-out rate")),
            ("at_risk", self.tr("At risk of over-asking")),
        ):
            column = QWidget()
            inner = QGridLayout(column)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setVerticalSpacing(0)
            inner.addWidget(label(caption, "caption", wrap=True), 0, 0, Qt.AlignmentFlag.AlignBottom)
            value = label("-", "title", name=f"MetricsFigure{key.title().replace('_', '')}")
            inner.addWidget(value, 1, 0)
            self.figure_values[key] = value
            row.addWidget(column, 1)
        self.figures.body.addLayout(row)
        self.content.addWidget(self.figures)

    def _build_charts(self) -> None:
        grid = QGridLayout()
        grid.setSpacing(2 * SPACING)
        self.period_chart = PeriodChart()
        self.period_card = ChartCard(
            "periods",
            self.tr("Asks completed per week"),
            self.period_chart,
            (self.tr("Nothing completed yet"), self.tr("No approved submissions in this range; try a longer one.")),
            self.ask_export_table,
        )
        self.tier_chart = TierChart()
        self.tier_legend = TierLegend()
        donut = QWidget()
        beside = QHBoxLayout(donut)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.setSpacing(2 * SPACING)
        beside.addWidget(self.tier_chart, 1)
        beside.addWidget(self.tier_legend)
        self.tier_card = ChartCard(
            "tiers",
            self.tr("Tier distribution"),
            donut,
            (self.tr("No active advocates"), self.tr("Invite advocates to see how they spread over the tiers.")),
            self.ask_export_table,
        )
        self.kind_chart = KindChart()
        self.kind_card = ChartCard(
            "kinds",
            self.tr("Participation per kind"),
            self.kind_chart,
            (self.tr("No challenges ran"), self.tr("No challenge was open in this range.")),
            self.ask_export_table,
        )
        content = FiguresModel([self.tr("Content"), self.tr("Delivered"), self.tr("Advocates"), self.tr("Used")], 1)
        self.content_card = TableCard(
            "content",
            self.tr("Content delivered"),
            content,
            (self.tr("No content yet"), self.tr("Approved reviews, testimonials and case studies appear here.")),
            self.ask_export_table,
            narrow=True,
        )
        grid.addWidget(self.period_card, 0, 0)
        grid.addWidget(self.tier_card, 0, 1)
        grid.addWidget(self.kind_card, 1, 0)
        grid.addWidget(self.content_card, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.content.addLayout(grid)

    def _build_tables(self) -> None:
        challenges = FiguresModel(
            [
                self.tr("Challenge"),
                self.tr("Kind"),
                self.tr("Participants"),
                self.tr("Submissions"),
                self.tr("Approved"),
                self.tr("Declines"),
                self.tr("Participation"),
            ],
            2,
        )
        self.challenges_card = TableCard(
            "challenges",
            self.tr("Participation per challenge"),
            challenges,
            (self.tr("No challenges ran"), self.tr("No challenge was open in this range.")),
            self.ask_export_table,
        )
        self.content.addWidget(self.challenges_card)
        at_risk = FiguresModel(
            [self.tr("Advocate"), self.tr("Email"), self.tr("Tier"), self.tr("Asks, 30 days"), self.tr("Last ask")], 3
        )
        self.at_risk_card = TableCard(
            "over_asking",
            self.tr("At risk of over-asking"),
            at_risk,
            (self.tr("Nobody is over-asked"), self.tr("No active advocate is close to the limit of asks per 30 days.")),
            self.ask_export_table,
        )
        self.at_risk_note = label("", "caption", wrap=True, name="MetricsAtRiskNote")
        self.at_risk_card.body.insertWidget(1, self.at_risk_note)
        self.content.addWidget(self.at_risk_card)

    # Loading

    def current_preset(self) -> Preset:
        return Preset(self.preset.currentData())

    def current_range(self) -> tuple[datetime, datetime]:
        """The range shown: a preset's, or the custom days (both included)."""
        preset = self.current_preset()
        if preset is not Preset.CUSTOM:
            return preset_range(preset, self.controller.now())
        first, last = self.first_day.date().toPython(), self.last_day.date().toPython()
        assert isinstance(first, date)
        assert isinstance(last, date)
        return _midnight(first), _midnight(max(first, last) + timedelta(days=1))

    def _preset_changed(self) -> None:
        custom = self.current_preset() is Preset.CUSTOM
        self.first_day.setEnabled(custom)
        self.last_day.setEnabled(custom)
        if not custom:
            self._show_days(*preset_range(self.current_preset(), self.controller.now()))
        self.refresh()

    def _custom_changed(self) -> None:
        if self.current_preset() is Preset.CUSTOM:
            self._debounce.start()

    def _show_days(self, start: datetime, end: datetime) -> None:
        for edit, day in ((self.first_day, start.date()), (self.last_day, (end - timedelta(days=1)).date())):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def reload(self) -> None:
        start, end = self.current_range()
        if self.current_preset() is not Preset.CUSTOM:
            self._show_days(start, end)
        self._request += 1
        request = self._request
        self.busy.show()

        def loaded(result: Dashboard) -> None:
            if request == self._request:
                self.busy.hide()
                self.show_dashboard(result)

        self.controller.load(dashboard, loaded, start=start, end=end, now=self.controller.now())

    # Showing

    def show_dashboard(self, data: Dashboard) -> None:
        self.data = data
        metrics = data.metrics
        self.range_caption.setText(
            self.tr("%1 \u00b7 %2 active advocates \u00b7 engagement measured over the 30 days to %3")
            .replace("%1", range_text(metrics))
            .replace("%2", f"{metrics.active:,}")
            .replace("%3", f"{metrics.as_of - timedelta(microseconds=1):%d %b}".lstrip("0"))
        )
        self._show_kpis(metrics)
        self._show_figures(metrics)
        weekly = metrics.bucket is Period.WEEK
        self.period_card.title.setText(
            (self.tr("Asks completed per week") if weekly else self.tr("Asks completed per month")).upper()
        )
        self.period_chart.show_periods(metrics.periods, metrics.bucket)
        self.period_card.show_chart(any(p.asks + p.other for p in metrics.periods))
        self.tier_chart.show_tiers(metrics.tiers)
        self.tier_legend.show_tiers(metrics.tiers)
        self.tier_card.show_chart(metrics.active > 0)
        self.kind_chart.show_kinds(metrics.kinds)
        self.kind_card.show_chart(bool(metrics.kinds))
        self.content_card.set_rows(
            [[content_name(c.kind), f"{c.delivered:,}", f"{c.advocates:,}", f"{c.used:,}"] for c in metrics.content]
            if any(c.delivered for c in metrics.content)
            else []
        )
        self.challenges_card.set_rows(
            [
                [
                    c.title,
                    c.kind.value.replace("_", " ").capitalize(),
                    f"{c.participants:,}",
                    f"{c.submissions:,}",
                    f"{c.approved:,}",
                    f"{c.declines:,}",
                    percent(c.rate),
                ]
                for c in metrics.challenges
            ]
        )
        self.at_risk_card.set_rows(
            [
                [a.name, a.email, a.tier.label, f"{a.asks} / {metrics.fatigue_limit}", f"{a.last_ask:%d %b %Y}"]
                for a in metrics.at_risk
            ]
        )
        self.at_risk_note.setText(
            self.tr(
                "Active advocates with at least %1 asks in the last 30 days (the limit is %2); "
                "at the limit, new asks are held back. %3 in all."
            )
            .replace("%1", str(metrics.at_risk_threshold))
            .replace("%2", str(metrics.fatigue_limit))
            .replace("%3", f"{metrics.at_risk_total:,}")
        )
        self.pdf.setEnabled(True)

    def _show_kpis(self, metrics: ProgramMetrics) -> None:
        figures = kpis(metrics)
        if not self.kpi_cards:
            for kpi in figures:
                card = KpiCard(f"MetricsKpi{kpi.key}", kpi.icon, kpi.caption, kpi.explanation)
                self.kpi_cards[kpi.key] = card
            self._flow_kpis()
        for kpi in figures:
            self.kpi_cards[kpi.key].show_figure(kpi.value, kpi.detail)

    def _flow_kpis(self) -> None:
        columns = len(self.kpi_cards) if self.width() >= WIDE_WIDTH else KPI_COLUMNS_NARROW
        for position, card in enumerate(self.kpi_cards.values()):
            self.kpi_grid.addWidget(card, position // columns, position % columns)
        for column in range(len(self.kpi_cards)):
            self.kpi_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.kpi_cards:
            self._flow_kpis()

    def _show_figures(self, metrics: ProgramMetrics) -> None:
        referrals = metrics.referrals
        values = {
            "asks": f"{sum(p.asks for p in metrics.periods):,}",
            "content": f"{sum(c.delivered for c in metrics.content):,}",
            "referrals": f"{referrals.total:,} ({referrals.won:,})",
            "deal": money(referrals.average_won_cents),
            "redeemed": percent(metrics.redeemed_share),
            "opt_out": percent(metrics.opt_out_rate),
            "at_risk": f"{metrics.at_risk_total:,}",
        }
        for key, text in values.items():
            self.figure_values[key].setText(text)

    # Exports

    def _loaded(self) -> Dashboard:
        if self.data is None:
            raise NotFound("There are no metrics to export yet; try again once they are shown.")
        return self.data

    def export_table(self, name: str, path: Path) -> int:
        """Write one table (see ``ProgramMetrics.tables``) to a CSV file; how many rows were written."""
        table = self._loaded().metrics.tables()[name]
        return write_csv(path, table.header, table.rows)

    def export_pdf(self, path: Path) -> Path:
        """Write the one-page program summary of the range shown to a PDF file."""
        data = self._loaded()
        chart = None
        if any(p.asks + p.other for p in data.metrics.periods):
            printed = PeriodChart(colours=theme.LIGHT)
            printed.resize(PRINT_CHART_SIZE)
            printed.setBackgroundBrush(QColor(theme.LIGHT.surface))
            printed.show_periods(data.metrics.periods, data.metrics.bucket)
            chart = printed.grab().toImage()
            printed.deleteLater()
        return write_summary(path, data.program, data.metrics, generated=self.controller.now(), chart=chart)

    def _suggested(self, stem: str, suffix: str) -> str:
        start, end = self.current_range()
        return f"{stem}-{start:%Y-%m-%d}-to-{end - timedelta(days=1):%Y-%m-%d}.{suffix}"

    def ask_export_table(self, name: str, title: str) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export %1").replace("%1", title),
            self._suggested(name.replace("_", "-"), "csv"),
            "CSV (*.csv)",
        )
        if target:
            self._run_export(lambda: self.export_table(name, Path(target)), target)

    def ask_export_pdf(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF summary"), self._suggested("program-summary", "pdf"), "PDF (*.pdf)"
        )
        if target:
            self._run_export(lambda: self.export_pdf(Path(target)), target)

    def _run_export(self, work: Any, target: str) -> None:
        try:
            work()
        except (OSError, NotFound) as error:
            message = (
                self.tr("Could not write %1: %2").replace("%1", target).replace("%2", error.strerror or str(error))
                if isinstance(error, OSError)
                else readable(error)
            )
            self.controller.error.emit(message)
            return
        self.saved.setText(self.tr("Saved %1").replace("%1", Path(target).name))
