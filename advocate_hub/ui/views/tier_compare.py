"""Compare tiers (demo mode): what each tier gets, side by side, from the program's own ladder, challenges and rewards.

Each tier is a column of cells that reads as one card; rows line up across columns (threshold, benefits,
challenges, rewards) so staff can point at a row and say what changes from one tier to the next. The figures
come from the core's ``compare_tiers``; this page only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Barrier
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.pulse import pulse
from advocate_hub.core.queries.tier_compare import TierColumn, compare_tiers
from advocate_hub.ui import formats, icons, words
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.widgets import SPACING, TierMark, button, label

LISTED = 4
"""Items named under a heading before "and N more", so a column never towers over the others."""
ROWS = ("head", "benefits", "challenges", "rewards", "action")


@dataclass(frozen=True, slots=True)
class TierCompareData:
    columns: list[TierColumn]
    viewer_tier: Tier


def tier_compare_data(session: Session, *, advocate_id: int, now: datetime) -> TierCompareData:
    """The comparison and the tier of whoever is viewing, read in one transaction."""
    return TierCompareData(compare_tiers(session, now=now), pulse(session, advocate_id=advocate_id).tier)


class TierCell(QFrame):
    """One row of one tier's column; the cells of a column are styled to read as a single card."""

    def __init__(self, tier: Tier, row: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TierCell")
        self.setProperty("row", row)
        self.setProperty("tier", tier.value)
        self.setProperty("current", False)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(2 * SPACING, SPACING + SPACING // 2, 2 * SPACING, SPACING + SPACING // 2)
        self.body.setSpacing(SPACING)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)

    def clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
            elif item.layout() is not None:
                _drop(item.layout())


def _drop(layout: object) -> None:
    """Delete a nested layout's widgets (a row of chips, an icon and its text)."""
    while layout.count():  # type: ignore[attr-defined]
        item = layout.takeAt(0)  # type: ignore[attr-defined]
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _drop(item.layout())


class TierComparePage(AppPage):
    view_as_requested = Signal(str)
    """A tier's "View as" button: the persona (a tier's value) to sign in as."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("TierComparePage", self.tr("Compare tiers"), controller, parent)
        self.content.addWidget(
            label(
                self.tr(
                    "What each tier unlocks in this program, from its own rules, challenges and rewards. "
                    "Every tier keeps everything below it."
                ),
                "muted",
                wrap=True,
                name="TierCompareIntro",
            )
        )
        grid_host = QWidget()
        grid_host.setObjectName("TierCompareGrid")
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(2 * SPACING)
        self.grid.setVerticalSpacing(0)
        self.cells: dict[tuple[Tier, str], TierCell] = {}
        self.view_buttons: dict[Tier, QWidget] = {}
        for column, tier in enumerate(Tier):
            self.grid.setColumnStretch(column, 1)
            for row, name in enumerate(ROWS):
                cell = TierCell(tier, name)
                self.cells[(tier, name)] = cell
                self.grid.addWidget(cell, row, column)
            view = button(
                self.tr("View as %1").replace("%1", words.tier_name(tier)),
                f"ViewAs{tier.label}",
                accessible=self.tr("View the app as a %1 advocate").replace("%1", words.tier_name(tier)),
            )
            view.setIcon(icons.icon("ph.eye", tone="accent"))
            view.clicked.connect(lambda _=False, value=tier.value: self.view_as_requested.emit(value))
            self.cells[(tier, "action")].body.addWidget(view)
            self.view_buttons[tier] = view
        self.content.addWidget(grid_host)
        self.content.addStretch(1)
        self.data: TierCompareData | None = None

    def reload(self) -> None:
        self.controller.load(
            tier_compare_data, self.show_data, advocate_id=self.controller.advocate_id, now=self.controller.now()
        )

    def show_data(self, data: TierCompareData) -> None:
        self.data = data
        for column in data.columns:
            self._fill(column, current=column.tier is data.viewer_tier)

    def _fill(self, column: TierColumn, *, current: bool) -> None:
        tier = column.tier
        for name in ROWS:
            self.cells[(tier, name)].set_current(current)
        self._head(self.cells[(tier, "head")], column, current)
        self._benefits(self.cells[(tier, "benefits")], column)
        self._challenges(self.cells[(tier, "challenges")], column)
        self._rewards(self.cells[(tier, "rewards")], column)

    def _head(self, cell: TierCell, column: TierColumn, current: bool) -> None:
        cell.clear()
        top = QHBoxLayout()
        top.setSpacing(SPACING + SPACING // 2)
        top.addWidget(TierMark(column.tier, 6 * SPACING))
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(label(words.tier_name(column.tier), "title", name=f"TierName{column.tier.label}"))
        if column.min_lifetime_points:
            threshold = self.tr("From %1 lifetime points").replace("%1", formats.number(column.min_lifetime_points))
        else:
            threshold = self.tr("Where everyone starts")
        names.addWidget(label(threshold, "caption", wrap=True, name=f"TierThreshold{column.tier.label}"))
        top.addLayout(names, 1)
        cell.body.addLayout(top)
        if column.min_high_barrier_completions:
            needed = column.min_high_barrier_completions
            needs = (
                self.tr("and a high-barrier challenge completed")
                if needed == 1
                else self.tr("and %1 high-barrier challenges completed").replace("%1", formats.number(needed))
            )
            cell.body.addWidget(label(needs, "caption", wrap=True))
        chips = QHBoxLayout()
        chips.setSpacing(SPACING // 2)
        count = self.tr("1 advocate") if column.advocates == 1 else self.tr("%1 advocates")
        people = label(count.replace("%1", formats.number(column.advocates)), name=f"TierPeople{column.tier.label}")
        people.setProperty("chip", "state")
        chips.addWidget(people)
        if current:
            here = label(self.tr("Viewing as"), name="TierViewing")
            here.setProperty("chip", "state")
            here.setProperty("tone", "accent")
            chips.addWidget(here)
        chips.addStretch(1)
        cell.body.addLayout(chips)

    def _benefits(self, cell: TierCell, column: TierColumn) -> None:
        cell.clear()
        cell.body.addWidget(label(self.tr("BENEFITS"), "section"))
        for benefit in column.benefits:
            cell.body.addLayout(self._bullet("ph.check-circle", benefit))

    def _challenges(self, cell: TierCell, column: TierColumn) -> None:
        cell.clear()
        cell.body.addWidget(label(self.tr("CHALLENGES"), "section"))
        figure = QHBoxLayout()
        figure.setSpacing(SPACING)
        count = label(formats.number(len(column.challenges)), "display", name=f"TierChallenges{column.tier.label}")
        figure.addWidget(count, 0, Qt.AlignmentFlag.AlignBottom)
        figure.addWidget(label(self.tr("open to this tier"), "muted", wrap=True), 1, Qt.AlignmentFlag.AlignBottom)
        cell.body.addLayout(figure)
        levels = QHBoxLayout()
        levels.setSpacing(SPACING // 2)
        for barrier in Barrier:
            chip = label(self.barrier_text(barrier), name=f"Barrier{barrier.value.capitalize()}")
            chip.setProperty("chip", "state")
            chip.setProperty("tone", "accent" if barrier in column.barriers else "muted")
            chip.setEnabled(barrier in column.barriers)
            levels.addWidget(chip)
        levels.addStretch(1)
        cell.body.addLayout(levels)
        fresh = column.new_challenges
        if fresh:
            heading = self.tr("NEW AT THIS TIER") if column.tier is not Tier.COMMUNITY else self.tr("TO START WITH")
            cell.body.addWidget(label(heading, "section"))
            self._list(cell, "ph.plus-circle", [c.title for c in fresh])
        else:
            cell.body.addWidget(label(self.tr("Every challenge is already open."), "caption", wrap=True))

    def _rewards(self, cell: TierCell, column: TierColumn) -> None:
        cell.clear()
        cell.body.addWidget(label(self.tr("REWARDS"), "section"))
        figure = QHBoxLayout()
        figure.setSpacing(SPACING)
        figure.addWidget(
            label(formats.number(len(column.rewards)), "display", name=f"TierRewards{column.tier.label}"),
            0,
            Qt.AlignmentFlag.AlignBottom,
        )
        figure.addWidget(label(self.tr("to redeem with points"), "muted", wrap=True), 1, Qt.AlignmentFlag.AlignBottom)
        cell.body.addLayout(figure)
        fresh = column.new_rewards
        if fresh:
            heading = self.tr("NEW AT THIS TIER") if column.tier is not Tier.COMMUNITY else self.tr("TO START WITH")
            cell.body.addWidget(label(heading, "section"))
            self._list(
                cell,
                "ph.gift",
                [self.tr("%1 · %2 pts").replace("%1", r.name).replace("%2", formats.number(r.cost)) for r in fresh],
            )

    def _list(self, cell: TierCell, icon: str, texts: list[str]) -> None:
        for text in texts[:LISTED]:
            cell.body.addLayout(self._bullet(icon, text))
        hidden = len(texts) - LISTED
        if hidden > 0:
            more = label(self.tr("and %1 more").replace("%1", formats.number(hidden)), "caption")
            more.setToolTip("\n".join(texts[LISTED:]))
            cell.body.addWidget(more)

    def _bullet(self, icon: str, text: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        mark = QLabel()
        mark.setPixmap(icons.icon(icon, tone="accent").pixmap(QSize(16, 16)))
        mark.setFixedSize(16, 20)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label(text, wrap=True), 1)
        return row

    def barrier_text(self, barrier: Barrier) -> str:
        return {
            Barrier.LOW: self.tr("Low"),
            Barrier.MEDIUM: self.tr("Medium"),
            Barrier.HIGH: self.tr("High"),
        }[barrier]
