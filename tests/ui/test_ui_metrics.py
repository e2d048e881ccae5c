"""The metrics dashboard shows core's figures for the chosen range, draws them, and exports CSV and PDF."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.exports.csv_files import Cell
from advocate_hub.core.queries.metrics import program_metrics
from advocate_hub.core.queries.metrics_model import ProgramMetrics
from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.services.program import Program
from advocate_hub.ui import theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.views.metrics import MetricsPage, Preset, preset_range
from tests.ui.conftest import MODERATOR_EMAIL


@dataclass
class Dashboard:
    """The metrics page on its own (no main window): a real demo program, task runner and controller."""

    program: Program
    runner: TaskRunner
    controller: AppController
    page: MetricsPage
    qtbot: QtBot

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.busy(), timeout=10_000)
        self.qtbot.wait(10)
        self.qtbot.waitUntil(lambda: not self.runner.busy(), timeout=10_000)


@pytest.fixture
def board(qtbot: QtBot, qapp: QApplication, data_dir: Path) -> Iterator[Dashboard]:
    theme.apply(qapp, theme.ThemeName.LIGHT)
    program = Program.open(data_dir)
    runner = TaskRunner()
    controller = AppController(program, runner)
    page = MetricsPage(controller)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    person = program.read(find_by_email, email=MODERATOR_EMAIL)
    assert person is not None
    controller.select_advocate(person.id)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    yield Dashboard(program, runner, controller, page, qtbot)
    controller.stop()
    runner.wait()
    program.close()


def _expected(board: Dashboard) -> ProgramMetrics:
    assert board.page.data is not None
    shown = board.page.data.metrics
    return board.program.read(program_metrics, start=shown.start, end=shown.end, now=shown.as_of)


def test_cards_and_charts_show_the_figures_core_computes(board: Dashboard) -> None:
    page = board.page
    expected = _expected(board)
    assert (page.data.metrics.start, page.data.metrics.end) == page.current_range()  # type: ignore[union-attr]
    assert expected.moderation.approval_rate is not None
    assert expected.nps.score is not None
    assert expected.referrals.conversion is not None
    values = {key: card.value.text() for key, card in page.kpi_cards.items()}
    assert values == {
        "Active": f"{expected.active:,}",
        "Engaged": f"{expected.engaged / expected.active:.0%}",
        "Approval": f"{expected.moderation.approval_rate:.0%}",
        "Moderation": values["Moderation"],
        "Conversion": f"{expected.referrals.conversion:.0%}",
        "Nps": f"{expected.nps.score:+.0f}",
    }
    median_hours = (expected.moderation.median_seconds or 0) / 3600
    assert values["Moderation"] == f"{median_hours:.1f}".removesuffix(".0") + " h"
    assert page.figure_values["at_risk"].text() == str(expected.at_risk_total)
    assert page.challenges_card.model.rowCount() == len(expected.challenges)
    assert page.at_risk_card.model.rowCount() == len(expected.at_risk)

    asks = page.period_chart.asks
    other = page.period_chart.other
    assert [asks.at(i) for i in range(asks.count())] == [float(p.asks) for p in expected.periods]
    assert [other.at(i) for i in range(other.count())] == [float(p.other) for p in expected.periods]
    slices = {s.label().split()[0]: s.value() for s in page.tier_chart.series.slices()}
    assert slices == {t.tier.label: float(t.advocates) for t in expected.tiers}
    assert page.tier_legend.counts[Tier.GOLD].text() == str(
        next(t.advocates for t in expected.tiers if t.tier is Tier.GOLD)
    )
    rates = page.kind_chart.rates
    shares = [round(100 * (k.rate or 0), 1) for k in reversed(expected.kinds)]
    assert [rates.at(i) for i in range(rates.count())] == shares


def _cell(value: Cell) -> str:
    """A cell as ``csv.reader`` reads back what ``write_csv`` wrote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def test_tables_export_to_csv_and_the_summary_to_a_pdf(board: Dashboard, tmp_path: Path) -> None:
    page = board.page
    assert page.data is not None
    for name in ("challenges", "content", "over_asking", "periods", "tiers", "kinds"):
        target = tmp_path / f"{name}.csv"
        table = page.data.metrics.tables()[name]
        assert page.export_table(name, target) == len(table.rows) > 0
        with target.open(encoding="utf-8-sig", newline="") as stream:
            header, *rows = list(csv.reader(stream))
        assert tuple(header) == table.header
        assert rows == [[_cell(cell) for cell in row] for row in table.rows]
    target = page.export_pdf(tmp_path / "summary.pdf")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2_000
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1
    assert not (tmp_path / "summary.pdf.partial").exists()


def test_a_custom_range_recomputes_in_the_background(board: Dashboard) -> None:
    page = board.page
    page.preset.setCurrentIndex(page.preset.findData(Preset.CUSTOM.value))
    board.settle()
    assert page.first_day.isEnabled()
    page.first_day.setDate(QDate(2026, 1, 5))
    page.last_day.setDate(QDate(2026, 1, 11))
    board.qtbot.waitUntil(page.busy.isVisible, timeout=2_000)
    board.settle()
    assert not page.busy.isVisible()
    metrics = page.data.metrics  # type: ignore[union-attr]
    assert (metrics.start, metrics.end) == (datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 1, 12, tzinfo=UTC))
    assert [p.start.isoformat() for p in metrics.periods] == ["2026-01-05"]


def test_presets_end_with_today_and_start_where_they_say() -> None:
    now = datetime(2026, 8, 19, 15, 30, tzinfo=UTC)
    end = datetime(2026, 8, 20, tzinfo=UTC)
    assert preset_range(Preset.LAST_30_DAYS, now) == (datetime(2026, 7, 21, tzinfo=UTC), end)
    assert preset_range(Preset.THIS_QUARTER, now) == (datetime(2026, 7, 1, tzinfo=UTC), end)
    assert preset_range(Preset.THIS_YEAR, now) == (datetime(2026, 1, 1, tzinfo=UTC), end)
