"""The metrics dashboard's pieces: KPI cards and three QtCharts charts, coloured from the current theme.

Charts are painted by QtCharts rather than styled by the style sheet, so their colours are read here from the
theme's tokens (``ui.theme``), never written as literals.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from advocate_hub.core.domain.enums import Period
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.metrics_model import KindParticipation, PeriodCount, ProgramMetrics, TierCount
from advocate_hub.ui import icons, theme
from advocate_hub.ui.widgets import SPACING, Card, TierMark, label

SOFT_ALPHA = 0.35
"""How strongly the secondary bars show the accent colour."""


MISSING = "\u2013"
"""Shown instead of a rate whose denominator is zero (an en dash)."""


def content_name(kind: ChallengeKind) -> str:
    """What the content table calls a kind: the thing delivered, in the plural."""
    names = {
        ChallengeKind.REVIEW: QCoreApplication.translate("MetricsPage", "Reviews"),
        ChallengeKind.TESTIMONIAL: QCoreApplication.translate("MetricsPage", "Written testimonials"),
        ChallengeKind.VIDEO_TESTIMONIAL: QCoreApplication.translate("MetricsPage", "Video testimonials"),
        ChallengeKind.CASE_STUDY: QCoreApplication.translate("MetricsPage", "Case studies"),
        ChallengeKind.SOCIAL_SHARE: QCoreApplication.translate("MetricsPage", "Social shares"),
    }
    return names.get(kind, KIND_PROFILES[kind].label)


def percent(value: float | None) -> str:
    return MISSING if value is None else f"{value:.0%}"


def duration(seconds: float | None) -> str:
    """A wait in the largest unit that keeps it readable: minutes, hours or days."""
    if seconds is None:
        return MISSING
    if seconds < 3600:
        return QCoreApplication.translate("MetricsPage", "%1 min").replace("%1", f"{seconds / 60:.0f}")
    if seconds < 72 * 3600:
        return QCoreApplication.translate("MetricsPage", "%1 h").replace(
            "%1", f"{seconds / 3600:.1f}".removesuffix(".0")
        )
    return QCoreApplication.translate("MetricsPage", "%1 d").replace("%1", f"{seconds / 86400:.1f}".removesuffix(".0"))


def signed(value: float | None) -> str:
    return MISSING if value is None else f"{value:+.0f}"


def money(cents: float | None) -> str:
    return MISSING if cents is None else f"{cents / 100:,.0f}"


@dataclass(frozen=True, slots=True)
class Kpi:
    key: str
    icon: str
    caption: str
    value: str
    detail: str
    explanation: str


def kpis(metrics: ProgramMetrics) -> list[Kpi]:
    """The six headline figures, worded once for the cards and the PDF summary."""
    moderation, referrals, nps = metrics.moderation, metrics.referrals, metrics.nps
    decided = moderation.approved + moderation.rejected + moderation.changes_requested
    return [
        Kpi(
            "Active",
            "ph.users-three",
            QCoreApplication.translate("MetricsPage", "Active advocates"),
            f"{metrics.active:,}",
            QCoreApplication.translate("MetricsPage", "%1 opted out in this range").replace(
                "%1", f"{metrics.opted_out:,}"
            ),
            QCoreApplication.translate(
                "MetricsPage", "Advocates whose membership is active now (moderators and staff not counted)."
            ),
        ),
        Kpi(
            "Engaged",
            "ph.lightning",
            QCoreApplication.translate("MetricsPage", "Engaged, 30 days"),
            percent(metrics.engaged_share),
            QCoreApplication.translate("MetricsPage", "%1 of %2 took part")
            .replace("%1", f"{metrics.engaged:,}")
            .replace("%2", f"{metrics.active:,}"),
            QCoreApplication.translate(
                "MetricsPage",
                "Active advocates with a submission in the 30 days before the end of the range (or today).",
            ),
        ),
        Kpi(
            "Approval",
            "ph.check-circle",
            QCoreApplication.translate("MetricsPage", "Approval rate"),
            percent(moderation.approval_rate),
            QCoreApplication.translate("MetricsPage", "%1 approved, %2 rejected")
            .replace("%1", f"{moderation.approved:,}")
            .replace("%2", f"{moderation.rejected:,}"),
            QCoreApplication.translate(
                "MetricsPage",
                "Approved / (approved + rejected), over moderators' decisions in the range; auto-approvals left out.",
            ),
        ),
        Kpi(
            "Moderation",
            "ph.hourglass-medium",
            QCoreApplication.translate("MetricsPage", "Median wait"),
            duration(moderation.median_seconds),
            QCoreApplication.translate("MetricsPage", "over %1 decisions").replace("%1", f"{decided:,}"),
            QCoreApplication.translate(
                "MetricsPage", "Median time from submission to a moderator's decision, for decisions made in the range."
            ),
        ),
        Kpi(
            "Conversion",
            "ph.handshake",
            QCoreApplication.translate("MetricsPage", "Referral conversion"),
            percent(referrals.conversion),
            QCoreApplication.translate("MetricsPage", "%1 won of %2 decided")
            .replace("%1", f"{referrals.won:,}")
            .replace("%2", f"{referrals.won + referrals.lost:,}"),
            QCoreApplication.translate(
                "MetricsPage", "Won / (won + lost), over referrals created in the range; open referrals do not count."
            ),
        ),
        Kpi(
            "Nps",
            "ph.heart",
            QCoreApplication.translate("MetricsPage", "Advocate NPS"),
            signed(nps.score),
            QCoreApplication.translate("MetricsPage", "%1 responses").replace("%1", f"{nps.responses:,}"),
            QCoreApplication.translate(
                "MetricsPage",
                "% promoters (9-10) minus % detractors (0-6), each advocate's latest answer in the range.",
            ),
        ),
    ]


def _theme() -> theme.Theme:
    app = QApplication.instance()
    return theme.current(app) if isinstance(app, QApplication) else theme.LIGHT


class KpiCard(Card):
    """One headline figure: an icon and a caption, the value in the display size, and what it is made of."""

    def __init__(self, name: str, icon: str, caption: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent=parent)
        self.body.setSpacing(SPACING // 2)
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        picture = QLabel()
        picture.setPixmap(icons.icon(icon, tone="accent").pixmap(20, 20))
        top.addWidget(picture)
        top.addWidget(label(caption.upper(), "section"), 1)
        self.body.addLayout(top)
        self.value = label("-", "display", name=f"{name}Value")
        self.body.addWidget(self.value)
        self.detail = label("", "caption", wrap=True, name=f"{name}Detail")
        self.body.addWidget(self.detail)
        self.body.addStretch(1)
        self.setToolTip(explanation)
        self.setAccessibleName(caption)
        self.setAccessibleDescription(explanation)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_figure(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class _Chart(QChartView):
    """A chart on a card: transparent background, the theme's text and grid colours, the caption font."""

    def __init__(
        self, name: str, accessible: str, parent: QWidget | None = None, *, colours: theme.Theme | None = None
    ) -> None:
        super().__init__(parent)
        self._fixed = colours
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setLabelColor(QColor(self.colours().text))
        chart.legend().setFont(theme.font("caption"))
        self.setChart(chart)

    def sizeHint(self) -> QSize:
        """As tall as the chart's minimum: a graphics view would otherwise ask for most of the screen."""
        return QSize(self.minimumWidth(), self.minimumHeight())

    def colours(self) -> theme.Theme:
        """The palette the chart is drawn in: the current theme's, or a fixed one (paper is always light)."""
        return self._fixed or _theme()

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def _style_axis(self, axis: QBarCategoryAxis | QValueAxis, *, grid: bool) -> None:
        colours = self.colours()
        axis.setLabelsColor(QColor(colours.text_muted))
        axis.setLabelsFont(theme.font("caption"))
        axis.setLinePen(QPen(QColor(colours.border)))
        axis.setGridLineVisible(grid)
        axis.setGridLinePen(QPen(QColor(colours.border), 1, Qt.PenStyle.DotLine))


def _value_axis(maximum: float, label_format: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(maximum, 1))
    axis.applyNiceNumbers()
    axis.setLabelFormat(label_format)
    return axis


class PeriodChart(_Chart):
    """Asks completed per week or month, stacked on the other activities (quizzes, content, check-ins)."""

    def __init__(self, parent: QWidget | None = None, *, colours: theme.Theme | None = None) -> None:
        super().__init__("MetricsPeriodChart", self.tr("Asks completed per period"), parent, colours=colours)
        self.setMinimumHeight(34 * SPACING)
        self.asks = QBarSet(self.tr("Asks completed"))
        self.other = QBarSet(self.tr("Other activities"))

    def show_periods(self, periods: list[PeriodCount], bucket: Period) -> None:
        chart = self._reset()
        colours = self.colours()
        self.asks = QBarSet(self.tr("Asks completed"))
        self.other = QBarSet(self.tr("Other activities"))
        soft = QColor(colours.accent)
        soft.setAlphaF(SOFT_ALPHA)
        for bar_set, colour in ((self.asks, QColor(colours.accent)), (self.other, soft)):
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
        self.asks.append([float(p.asks) for p in periods])
        self.other.append([float(p.other) for p in periods])
        series = QStackedBarSeries()
        series.setBarWidth(0.6)
        series.append(self.asks)
        series.append(self.other)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        fmt = "%d %b" if bucket is Period.WEEK else "%b %Y"
        categories.append([p.start.strftime(fmt).lstrip("0") for p in periods])
        self._style_axis(categories, grid=False)
        values = _value_axis(max((p.asks + p.other for p in periods), default=0), "%d")
        self._style_axis(values, grid=True)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)


class TierChart(_Chart):
    """The tier distribution of active advocates as a donut in the tiers' own colours (legend: ``TierLegend``)."""

    HOLE = 0.58

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("MetricsTierChart", self.tr("Tier distribution"), parent)
        self.setMinimumSize(24 * SPACING, 30 * SPACING)
        self.chart().legend().hide()
        self.series = QPieSeries()

    def show_tiers(self, tiers: list[TierCount]) -> None:
        chart = self._reset()
        self.series = QPieSeries()
        self.series.setHoleSize(self.HOLE)
        self.series.setPieSize(0.9)
        surface = QColor(self.colours().surface)
        total = sum(t.advocates for t in tiers)
        for count in tiers:
            share = f"{count.advocates / total:.0%}" if total else "0%"
            piece = self.series.append(f"{count.tier.label} {count.advocates} ({share})", float(count.advocates))
            piece.setBrush(QBrush(QColor(theme.TIER_COLOURS[count.tier])))
            piece.setPen(QPen(surface, 2))
        chart.addSeries(self.series)


class TierLegend(QWidget):
    """The donut's legend: each tier's SVG mark, name, number of advocates and share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MetricsTierLegend")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(SPACING)
        self.counts: dict[Tier, QLabel] = {}
        self.shares: dict[Tier, QLabel] = {}
        grid.setRowStretch(0, 1)
        for row, tier in enumerate(Tier, start=1):
            grid.addWidget(TierMark(tier, 3 * SPACING), row, 0)
            grid.addWidget(label(tier.label), row, 1)
            self.counts[tier] = label("0", "strong", name=f"MetricsTierCount{tier.label}")
            self.counts[tier].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.counts[tier], row, 2)
            self.shares[tier] = label("", "caption")
            self.shares[tier].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.shares[tier], row, 3)
        grid.setRowStretch(len(Tier) + 1, 1)

    def show_tiers(self, tiers: list[TierCount]) -> None:
        total = sum(t.advocates for t in tiers)
        for count in tiers:
            self.counts[count.tier].setText(f"{count.advocates:,}")
            self.shares[count.tier].setText(percent(count.advocates / total if total else None))


class KindChart(_Chart):
    """Participation rate per challenge kind as horizontal bars, the most taken-up kind on top."""

    ROW = 3 * SPACING

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("MetricsKindChart", self.tr("Participation per kind"), parent)
        self.chart().legend().hide()
        self.rates = QBarSet(self.tr("Participation"))
        self.setMinimumHeight(24 * SPACING)

    def show_kinds(self, kinds: list[KindParticipation]) -> None:
        chart = self._reset()
        colours = self.colours()
        ordered = list(reversed(kinds))
        self.rates = QBarSet(self.tr("Participation"))
        self.rates.setColor(QColor(colours.accent))
        self.rates.setBorderColor(QColor(colours.accent))
        self.rates.setLabelColor(QColor(colours.text))
        self.rates.setLabelFont(theme.font("caption"))
        self.rates.append([round(100 * (k.rate or 0.0), 1) for k in ordered])
        series = QHorizontalBarSeries()
        series.setBarWidth(0.7)
        series.append(self.rates)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([k.label for k in ordered])
        self._style_axis(categories, grid=False)
        values = _value_axis(min(100.0, 1.15 * max((100 * (k.rate or 0.0) for k in kinds), default=0.0)), "%d%%")
        self._style_axis(values, grid=True)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.setMinimumHeight(max(24 * SPACING, self.ROW * len(kinds) + 6 * SPACING))
