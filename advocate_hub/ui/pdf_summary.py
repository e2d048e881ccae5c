"""A one-page program summary as PDF: the headline figures, a chart of the range and the tables that matter.

The page is an HTML ``QTextDocument`` painted onto a ``QPdfWriter``, scaled down when needed so it always fits
one A4 page. It is printed in the light theme's colours whatever the screen shows (paper is white).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSize, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from advocate_hub.core.queries.metrics_model import ProgramMetrics
from advocate_hub.ui import theme
from advocate_hub.ui.views.metric_charts import content_name, kpis, money, percent

DOCUMENT_WIDTH = 720
"""The width the page is laid out at, in document pixels, before it is scaled to the paper."""
MARGIN_MM = 14
CHART_URL = "chart://periods"
CHART_INSET = 8
TOP_CHALLENGES = 8
TOP_AT_RISK = 6


def _day(moment: datetime) -> str:
    return f"{moment:%d %b %Y}".lstrip("0")


def range_text(metrics: ProgramMetrics) -> str:
    """The range as people say it: both days included."""
    return f"{_day(metrics.start)} \u2013 {_day(metrics.end - timedelta(microseconds=1))}"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], colours: theme.Theme) -> str:
    head = "".join(
        f'<th align="{"left" if n == 0 else "right"}" style="color:{colours.text_muted}">{escape(h)}</th>'
        for n, h in enumerate(header)
    )
    body = "".join(
        "<tr>"
        + "".join(f'<td align="{"left" if n == 0 else "right"}">{escape(c)}</td>' for n, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return f'<table width="100%" cellspacing="0" cellpadding="3">{head and "<tr>" + head + "</tr>"}{body}</table>'


def summary_html(program: str, metrics: ProgramMetrics, *, generated: datetime, chart: QSize | None) -> str:
    """The page as HTML; ``chart`` is the pixel size of the period chart's picture, if there is one."""
    colours = theme.LIGHT
    cards = "".join(
        f'<td width="16%" style="background:{colours.surface_alt}; padding:8px">'
        f'<span style="color:{colours.text_muted}; font-size:8pt">{escape(k.caption.upper())}</span><br>'
        f'<span style="font-size:18pt; font-weight:600; color:{colours.text}">{escape(k.value)}</span><br>'
        f'<span style="color:{colours.text_muted}; font-size:8pt">{escape(k.detail)}</span></td>'
        for k in kpis(metrics)
    )
    referrals = metrics.referrals
    figures = [
        (QCoreApplication.translate("MetricsSummary", "Asks completed"), f"{sum(p.asks for p in metrics.periods):,}"),
        (
            QCoreApplication.translate("MetricsSummary", "Content delivered"),
            f"{sum(c.delivered for c in metrics.content):,}",
        ),
        (QCoreApplication.translate("MetricsSummary", "Referrals (won)"), f"{referrals.total:,} ({referrals.won:,})"),
        (QCoreApplication.translate("MetricsSummary", "Average won deal"), money(referrals.average_won_cents)),
        (QCoreApplication.translate("MetricsSummary", "Redeemed a reward"), percent(metrics.redeemed_share)),
        (QCoreApplication.translate("MetricsSummary", "Opt-out rate"), percent(metrics.opt_out_rate)),
        (QCoreApplication.translate("MetricsSummary", "At risk of over-asking"), f"{metrics.at_risk_total:,}"),
    ]
    more = _table((), [(name, value) for name, value in figures], colours)
    tiers = _table(
        (
            QCoreApplication.translate("MetricsSummary", "Tier"),
            QCoreApplication.translate("MetricsSummary", "Advocates"),
        ),
        [(t.tier.label, f"{t.advocates:,}") for t in metrics.tiers],
        colours,
    )
    content = _table(
        (
            QCoreApplication.translate("MetricsSummary", "Content"),
            QCoreApplication.translate("MetricsSummary", "Delivered"),
            QCoreApplication.translate("MetricsSummary", "Used"),
        ),
        [(content_name(c.kind), f"{c.delivered:,}", f"{c.used:,}") for c in metrics.content],
        colours,
    )
    challenges = _table(
        (
            QCoreApplication.translate("MetricsSummary", "Challenge"),
            QCoreApplication.translate("MetricsSummary", "Participants"),
            QCoreApplication.translate("MetricsSummary", "Rate"),
        ),
        [(c.title, f"{c.participants:,}", percent(c.rate)) for c in metrics.challenges[:TOP_CHALLENGES]],
        colours,
    )
    at_risk = _table(
        (
            QCoreApplication.translate("MetricsSummary", "Advocate"),
            QCoreApplication.translate("MetricsSummary", "Tier"),
            QCoreApplication.translate("MetricsSummary", "Asks, 30 days"),
        ),
        [(a.name, a.tier.label, f"{a.asks} / {metrics.fatigue_limit}") for a in metrics.at_risk[:TOP_AT_RISK]],
        colours,
    )
    picture = ""
    if chart is not None and chart.width() > 0:
        width = DOCUMENT_WIDTH - 2 * CHART_INSET
        height = round(chart.height() * width / chart.width())
        picture = f'<p><img src="{CHART_URL}" width="{width}" height="{height}"></p>'

    section = f'style="color:{colours.accent}; font-size:9pt; font-weight:600; margin-top:10px"'
    title = escape(QCoreApplication.translate("MetricsSummary", "program summary"))
    generated_text = escape(QCoreApplication.translate("MetricsSummary", "generated"))
    per = escape(QCoreApplication.translate("MetricsSummary", "ASKS COMPLETED PER")).upper()
    more_title = escape(QCoreApplication.translate("MetricsSummary", "MORE FIGURES"))
    tiers_title = escape(QCoreApplication.translate("MetricsSummary", "TIERS"))
    content_title = escape(QCoreApplication.translate("MetricsSummary", "CONTENT DELIVERED"))
    at_risk_title = escape(QCoreApplication.translate("MetricsSummary", "AT RISK OF OVER-ASKING"))
    challenges_title = escape(QCoreApplication.translate("MetricsSummary", "TOP CHALLENGES BY PARTICIPATION"))
    return f"""
<html><body style="font-size:9pt; color:{colours.text}">
<p style="font-size:16pt; font-weight:600; margin:0">{escape(program)} \u2013 {title}</p>
<p style="color:{colours.text_muted}; margin-top:2px">{escape(range_text(metrics))} \u00b7
{generated_text} {escape(_day(generated))}</p>
<table width="100%" cellspacing="6"><tr>{cards}</tr></table>
<p {section}>{per} {escape(metrics.bucket.value.upper())}</p>
{picture}
<table width="100%" cellspacing="0"><tr>
<td width="50%" style="padding-right:12px"><p {section}>{more_title}</p>{more}
<p {section}>{tiers_title}</p>{tiers}</td>
<td width="50%"><p {section}>{content_title}</p>{content}
<p {section}>{at_risk_title} ({metrics.at_risk_total:,})</p>{at_risk}</td>
</tr></table>
<p {section}>{challenges_title}</p>{challenges}
</body></html>"""


def write_summary(
    path: Path, program: str, metrics: ProgramMetrics, *, generated: datetime, chart: QImage | None = None
) -> Path:
    """Write the one-page summary to ``path`` (through a temporary file, so a failure leaves no half a PDF)."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(theme.font("body"))
    if chart is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
    document.setHtml(summary_html(program, metrics, generated=generated, chart=None if chart is None else chart.size()))
    document.setTextWidth(DOCUMENT_WIDTH)
    partial = path.with_name(path.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setTitle(program + " \u2013 " + QCoreApplication.translate("MetricsSummary", "program summary"))
    writer.setCreator("Advocate Hub")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    try:
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        size = document.size()
        scale = min(area.width() / size.width(), area.height() / size.height())
        painter.scale(scale, scale)
        document.drawContents(painter)
    finally:
        painter.end()
    partial.replace(path)
    return path
