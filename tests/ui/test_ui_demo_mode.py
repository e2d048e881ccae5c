"""Demo mode for program staff: view as each tier or a moderator, the DEMO badge, Compare tiers and the tour."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from advocate_hub.core.api.client import ApiClient
from advocate_hub.core.demo.personas import Persona, persona_for
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.challenges import ChallengeState, list_for
from advocate_hub.core.queries.rewards import catalog
from advocate_hub.core.queries.tier_compare import compare_tiers
from advocate_hub.core.services.points import adjust
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import SERVER_URL_KEY, LedgerEntry
from advocate_hub.core.store.models import SyncState as SyncStateRow
from advocate_hub.core.sync.engine import SyncEngine
from advocate_hub.ui import app as ui_app
from advocate_hub.ui import theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.demo_mode import ConfirmReset, DemoMode
from advocate_hub.ui.sync_status import SyncController, SyncState
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.views.challenges import ChallengesPage
from advocate_hub.ui.views.rewards import RewardsPage
from advocate_hub.ui.views.tier_compare import TierComparePage
from tests.ui.conftest import AppUnderTest


@pytest.fixture
def demo_hub(qtbot: QtBot, qapp: object, data_dir: Path) -> Iterator[AppUnderTest]:
    """The app as ``--demo`` builds it on the seeded demo program."""
    theme.apply(qapp, theme.ThemeName.LIGHT)  # type: ignore[arg-type]
    program = Program.open(data_dir)
    runner = TaskRunner()
    controller = AppController(program, runner)
    window = ui_app.build_window(program, controller, demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield AppUnderTest(program, runner, controller, window, qtbot)
    controller.stop()
    runner.wait()
    controller.program.close()


def _demo(hub: AppUnderTest) -> DemoMode:
    mode = hub.window.findChild(DemoMode)
    assert mode is not None
    return mode


def _view_as(hub: AppUnderTest, persona: Persona) -> int:
    with hub.qtbot.waitSignal(_demo(hub).persona_changed, timeout=10_000):
        _demo(hub).view_as(persona.value)
    hub.settle()
    assert hub.controller.advocate_id is not None
    return hub.controller.advocate_id


def _show(hub: AppUnderTest, key: str) -> None:
    hub.window.show_screen(key)
    hub.settle()


def test_view_as_each_tier_shows_the_challenges_and_rewards_that_tier_may_see_and_no_others(
    demo_hub: AppUnderTest,
) -> None:
    hub = demo_hub
    now = hub.controller.now()
    columns = {column.tier: column for column in hub.program.read(compare_tiers, now=now)}
    challenges = hub.window.screens["challenges"].page
    rewards = hub.window.screens["rewards"].page
    assert isinstance(challenges, ChallengesPage)
    assert isinstance(rewards, RewardsPage)
    for tier in Tier:
        advocate_id = _view_as(hub, Persona(tier.value))
        assert hub.program.read(persona_for, tier_or_role=tier, now=now).id == advocate_id
        assert _demo(hub).switcher.currentText() == f"{tier.label} advocate"
        assert not hub.window.manager_mode

        _show(hub, "challenges")
        shown = challenges.model.items()
        core = hub.program.read(list_for, advocate_id=advocate_id, now=hub.controller.now())
        assert [(i.id, i.state, i.reason) for i in shown] == [(i.id, i.state, i.reason) for i in core]
        gated = {i.id for i in shown if i.reason.startswith("Unlocks at")}
        current = {i.id for i in shown if i.state is not ChallengeState.EXPIRED}
        assert current - gated == {c.id for c in columns[tier].challenges}

        _show(hub, "rewards")
        offered = hub.program.read(catalog, advocate_id=advocate_id)
        assert {card.item for card in rewards.cards.values()} == set(offered)
        within_tier = {
            reward_id for reward_id, card in rewards.cards.items() if not card.item.reason.startswith("Unlocks at")
        }
        assert within_tier == {r.id for r in columns[tier].rewards}
        for reward_id, card in rewards.cards.items():
            if reward_id not in within_tier:
                assert not card.redeem.isEnabled()


def test_the_switcher_reaches_the_moderator_workspace_by_keyboard(demo_hub: AppUnderTest) -> None:
    hub = demo_hub
    switcher = _demo(hub).switcher
    assert switcher.accessibleName() == "View the app as"
    _view_as(hub, Persona.PLATINUM)
    assert not hub.window.manager_mode
    switcher.setFocus()
    with hub.qtbot.waitSignal(_demo(hub).persona_changed, timeout=10_000) as changed:
        hub.qtbot.keyClick(switcher, Qt.Key.Key_Down)
    hub.settle()
    assert changed.args == ["moderator"]
    assert hub.window.manager_mode
    assert "maya.chen@example.com" in hub.window.who.text()
    hub.window.show_screen("moderation")
    assert hub.window.current_key() == "moderation"


def test_the_demo_is_marked_and_compare_tiers_shows_the_cores_figures(demo_hub: AppUnderTest) -> None:
    hub = demo_hub
    badge = _demo(hub).badge
    assert badge.isVisible()
    assert badge.text().startswith("DEMO")
    assert "Demo" in hub.window.windowTitle()
    _view_as(hub, Persona.GOLD)
    _show(hub, "tier-compare")
    page = hub.window.screens["tier-compare"].page
    assert isinstance(page, TierComparePage)
    assert page.isVisible()
    columns = hub.program.read(compare_tiers, now=hub.controller.now())
    for column in columns:
        label = column.tier.label
        assert page.findChild(type(badge), f"TierChallenges{label}").text() == str(len(column.challenges))
        assert page.findChild(type(badge), f"TierRewards{label}").text() == str(len(column.rewards))
        assert page.cells[(column.tier, "head")].property("current") == (column.tier is Tier.GOLD)
    with hub.qtbot.waitSignal(_demo(hub).persona_changed, timeout=10_000):
        page.view_buttons[Tier.SILVER].click()
    hub.settle()
    assert _demo(hub).switcher.currentText() == "Silver advocate"


def test_the_tour_steps_through_the_main_screens_and_is_skipped_with_escape(demo_hub: AppUnderTest) -> None:
    hub = demo_hub
    _view_as(hub, Persona.SILVER)
    tour = _demo(hub).tour
    hub.qtbot.mouseClick(_demo(hub).tour_button, Qt.MouseButton.LeftButton)
    assert tour.isVisible()
    assert tour.ring.isVisible()
    visited = []
    for _ in range(len(tour.steps) - 1):
        visited.append((tour.step.key, hub.window.current_key()))
        assert tour.next_button.hasFocus()
        hub.qtbot.keyClick(tour.next_button, Qt.Key.Key_Right)
    assert visited == [
        ("home", "home"),
        ("challenges", "challenges"),
        ("leaderboard", "leaderboard"),
        ("rewards", "rewards"),
    ]
    assert tour.step.key == "view-as"
    assert tour.next_button.text() == "Finish"
    hub.qtbot.keyClick(tour.next_button, Qt.Key.Key_Left)
    assert tour.step.key == "rewards"
    with hub.qtbot.waitSignal(tour.finished, timeout=2_000) as ended:
        hub.qtbot.keyClick(tour.next_button, Qt.Key.Key_Escape)
    assert ended.args == [False]
    assert not tour.isVisible()
    assert not tour.ring.isVisible()
    tour.start()
    with hub.qtbot.waitSignal(tour.finished, timeout=2_000) as ended:
        for _ in tour.steps:
            hub.qtbot.keyClick(tour.next_button, Qt.Key.Key_Return)
    assert ended.args == [True]


def test_reset_demo_asks_then_restores_the_seed_off_the_gui_thread(
    demo_hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = demo_hub
    advocate_id = _view_as(hub, Persona.GOLD)
    moderator = hub.moderator_id()
    hub.program.run(adjust, actor_id=moderator, advocate_id=advocate_id, points=777, reason="Demo change")
    monkeypatch.setattr(ConfirmReset, "ask", classmethod(lambda cls, parent=None: False))
    hub.qtbot.mouseClick(_demo(hub).reset_button, Qt.MouseButton.LeftButton)
    assert _demo(hub).busy is None
    monkeypatch.setattr(ConfirmReset, "ask", classmethod(lambda cls, parent=None: True))
    with hub.qtbot.waitSignal(_demo(hub).reset_finished, timeout=30_000) as finished:
        hub.qtbot.mouseClick(_demo(hub).reset_button, Qt.MouseButton.LeftButton)
        assert _demo(hub).busy is not None
        assert _demo(hub).busy.isVisible()
    assert finished.args == [True]
    hub.settle()
    assert hub.controller.program is not hub.program
    reasons = hub.controller.program.read(lambda session: set(session.scalars(select(LedgerEntry.reason))))
    assert "Demo change" not in reasons
    assert _demo(hub).switcher.currentText() == "Gold advocate"
    assert _demo(hub).reset_button.isEnabled()


def test_the_demo_never_syncs_even_when_handed_a_server(demo_hub: AppUnderTest) -> None:
    """Were the demo ever wired to a server (``--demo --server URL`` drops the URL first), syncing still refuses
    before a single request, and says why in the status bar."""
    asked: list[float] = []
    engine = SyncEngine(
        demo_hub.program,
        ApiClient("http://127.0.0.1:9"),
        client_id="demo-client",
        sleep=asked.append,
        max_attempts=1,
    )
    sync = SyncController(demo_hub.controller, server_url="http://127.0.0.1:9")
    sync.start(engine, server_url="http://127.0.0.1:9", email="maya.chen@example.com")
    demo_hub.qtbot.waitUntil(lambda: sync.state is SyncState.FAILED, timeout=10_000)
    sync.stop()
    assert "never syncs" in sync.text()
    assert asked == []
    with demo_hub.program.database.read() as session:
        assert session.get(SyncStateRow, SERVER_URL_KEY) is None
