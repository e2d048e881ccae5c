"""The leaderboard screen: rank order and tiers, the advocate's own row (highlighted, pinned, jumped to), opted-out
advocates never shown, keyboard use, and a 100,000-advocate board that opens and scrolls without loading it all.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from advocate_hub.core.demo.synthetic import generate
from advocate_hub.core.domain.enums import LedgerKind, Period, Role
from advocate_hub.core.queries.leaderboard import standing
from advocate_hub.core.queries.people import people
from advocate_hub.core.services import advocates, points
from advocate_hub.core.services.program import Program
from advocate_hub.core.store import leaderboard as board
from advocate_hub.core.store.leaderboard import BoardKey, BoardRow
from advocate_hub.core.store.models import OVERALL_SCOPE
from advocate_hub.core.sync import actions
from advocate_hub.ui import theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.models import leaderboard_model
from advocate_hub.ui.models.leaderboard_model import (
    MAX_PAGES,
    PAGE_SIZE,
    BoardRole,
    Column,
    LeaderboardModel,
    PinnedRowModel,
)
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.views.leaderboard import PERIODS, LeaderboardPage

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest

BIG_BOARD = 100_000


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """No garbage collection on the database worker while a test runs; collect on the GUI thread afterwards.

    Automatic collection runs in whichever thread happens to allocate, so without this it may run on the task
    runner's worker and destroy Qt objects of an earlier test there: a segmentation fault, now and then.
    """
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()


def settle(qtbot: QtBot, runner: TaskRunner, page: LeaderboardPage, timeout: int = 20_000) -> None:
    """Wait until the board, its wanted pages and every other background task have arrived and been painted."""

    def quiet() -> bool:
        return not runner.busy() and not page.model.busy()

    for _ in range(3):
        qtbot.waitUntil(quiet, timeout=timeout)
        qtbot.wait(20)
    qtbot.waitUntil(quiet, timeout=timeout)


def open_board(hub: AppUnderTest) -> LeaderboardPage:
    hub.window.show_screen("leaderboard")
    page = hub.window.screens["leaderboard"].page
    assert isinstance(page, LeaderboardPage)
    settle(hub.qtbot, hub.runner, page)
    return page


def shown_rows(page: LeaderboardPage) -> list[BoardRow]:
    """Every row of a (small) board as the model has it, after making sure all of it was painted."""
    model = page.model
    for number in range(0, model.rowCount(), PAGE_SIZE):
        page.table.scrollTo(model.index(number, 0))
        page.table.viewport().repaint()
    rows = [model.row(number) for number in range(model.rowCount())]
    assert all(row is not None for row in rows), "every row of a small board is loaded"
    return [row for row in rows if row is not None]


def choose(hub: AppUnderTest, page: LeaderboardPage, period: Period, scope_index: int = 0) -> None:
    page.tabs.setCurrentIndex(PERIODS.index(period))
    page.scope.setCurrentIndex(scope_index)
    settle(hub.qtbot, hub.runner, page)


def test_the_demo_board_is_in_rank_order_with_tiers_and_my_row_highlighted(hub: AppUnderTest) -> None:
    me = hub.sign_in(hub.email_of_tier("silver"))
    page = open_board(hub)
    model = page.model
    tiers = {person.id: person.tier for person in hub.program.read(people)}

    rows = shown_rows(page)

    expected = hub.program.read(board.page, key=BoardKey(Period.ALL, hub.program.clock()), offset=0, limit=500)
    assert rows == expected
    assert len(rows) > 10
    assert [row.rank for row in rows] == sorted(row.rank for row in rows)
    assert rows[0].rank == 1
    assert [row.points for row in rows] == sorted((row.points for row in rows), reverse=True)
    for number, row in enumerate(rows):
        assert row.tier is tiers[row.advocate_id]
        assert model.index(number, Column.TIER).data(BoardRole.TIER) == row.tier.value
        assert model.index(number, Column.TIER).data() == row.tier.label
        assert model.index(number, Column.RANK).data() == f"{row.rank:,}"
        assert model.index(number, Column.POINTS).data() == f"{row.points:,}"
        is_me = bool(model.index(number, Column.NAME).data(BoardRole.IS_ME))
        assert is_me == (row.advocate_id == me), row
    assert sum(row.advocate_id == me for row in rows) == 1
    assert page.summary.text() == f"{len(rows)} advocates"
    assert page.stack.currentWidget() is page.table


def _lowest_ranked_email(hub: AppUnderTest) -> str:
    key = BoardKey(Period.ALL, hub.program.clock())
    candidates = [p for p in hub.program.read(people) if p.role is Role.ADVOCATE]
    places = {p.email: hub.program.read(standing, key=key, advocate_id=p.id).position for p in candidates}
    return max((email for email, place in places.items() if place is not None), key=lambda e: places[e] or 0)


def test_my_row_is_pinned_while_out_of_sight_and_jump_to_me_scrolls_to_it(hub: AppUnderTest) -> None:
    me = hub.sign_in(_lowest_ranked_email(hub))
    page = open_board(hub)
    standing_now = page.model.standing
    assert standing_now is not None
    assert standing_now.me is not None
    assert standing_now.position is not None

    assert page.table.rowAt(0) == 0
    assert not page.my_row_in_view()
    assert page.pin.isVisible()
    pinned = page.pin_model.pinned()
    assert pinned is not None
    assert pinned.advocate_id == me
    assert page.pin_model.index(0, Column.RANK).data() == f"{standing_now.me.rank:,}"
    assert page.pin_model.index(0, Column.POINTS).data() == f"{standing_now.me.points:,}"
    assert page.pin.horizontalHeader().sectionSize(Column.POINTS) == page.table.columnWidth(Column.POINTS)
    assert page.jump_button.isEnabled()

    hub.qtbot.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "clicks" the button with a short animation, so the jump lands a moment later.
    hub.qtbot.waitUntil(lambda: page.table.currentIndex().row() == standing_now.position)
    settle(hub.qtbot, hub.runner, page)

    assert page.my_row_in_view()
    assert page.table.currentIndex().row() == standing_now.position
    assert page.table.hasFocus()
    assert not page.pin.isVisible()

    page.table.scrollToTop()
    settle(hub.qtbot, hub.runner, page)
    assert page.pin.isVisible()


def test_someone_without_points_this_week_is_told_they_are_not_on_the_board_yet(hub: AppUnderTest) -> None:
    new = advocates.NewAdvocate(email="newcomer@example.com", name="Nia Newcomer")
    hub.program.run(advocates.create, new=new)
    hub.sign_in("newcomer@example.com")
    page = open_board(hub)

    choose(hub, page, Period.WEEK)

    assert page.not_on_board.isVisible()
    assert "not on this board yet" in page.not_on_board.text()
    assert not page.pin.isVisible()
    assert page.jump_button.isVisible()
    assert not page.jump_button.isEnabled()


def test_an_empty_board_says_so_with_an_icon(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    page = open_board(hub)
    model = page.model

    future = BoardKey(Period.WEEK, hub.program.clock().replace(year=hub.program.clock().year + 5))
    model.load(future)
    settle(hub.qtbot, hub.runner, page)

    assert model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert page.empty.isVisible()
    assert page.empty.title.text()
    assert not page.pin.isVisible()


def test_opting_out_removes_the_advocate_from_every_tab_and_every_scope(hub: AppUnderTest) -> None:
    me = hub.sign_in(hub.email_of_tier("gold"))
    page = open_board(hub)
    assert me in {row.advocate_id for row in shown_rows(page)}
    scopes = page.scope.count()
    assert scopes > 1, "the demo program has groups"

    hub.program.run(actions.opt_out, advocate_id=me)
    hub.controller.refresh()
    # The profile screen announces an opt-out this way: it changes no points, so the pulse alone would not.
    hub.controller.changed.emit()
    settle(hub.qtbot, hub.runner, page)

    seen_boards = 0
    for period in PERIODS:
        for scope_index in range(scopes):
            choose(hub, page, period, scope_index)
            scope = page.scope.itemData(scope_index) or OVERALL_SCOPE
            expected = hub.program.read(
                board.page, key=BoardKey(period, hub.program.clock(), scope), offset=0, limit=500
            )
            rows = shown_rows(page)
            assert rows == expected
            assert me not in {row.advocate_id for row in rows}
            assert not any(page.model.index(n, 0).data(BoardRole.IS_ME) for n in range(len(rows)))
            assert not page.pin.isVisible()
            assert not page.not_on_board.isVisible()
            assert not page.jump_button.isVisible()
            seen_boards += bool(rows)
    assert seen_boards >= len(PERIODS)


def test_quick_switching_shows_the_last_board_chosen_and_drops_stale_answers(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    page = open_board(hub)
    fetched_before = page.model.pages_fetched

    for index in (1, 2, 0, 2, 1, 2):
        page.tabs.setCurrentIndex(index)
        hub.qtbot.wait(1)
    page.scope.setCurrentIndex(1)
    settle(hub.qtbot, hub.runner, page)

    key = page.model.key
    assert key is not None
    assert (key.period, key.scope) == (Period.WEEK, page.scope.itemData(1))
    expected = hub.program.read(board.page, key=BoardKey(Period.WEEK, hub.program.clock(), key.scope), limit=500)
    assert shown_rows(page) == expected
    assert page.model.pages_fetched - fetched_before <= 7, "at most one page per board asked for, none twice"


def test_a_board_arrives_with_its_first_rows_in_one_step(hub: AppUnderTest) -> None:
    """The size, my standing and the first screenful come from one background read: no round of placeholders."""
    hub.sign_in(hub.email_of_tier("silver"))
    page = open_board(hub)
    first_rows: list[BoardRow | None] = []
    page.model.standing_changed.connect(lambda: first_rows.append(page.model.row(0)))
    jobs = page.model.fetch_jobs

    choose(hub, page, Period.MONTH)

    assert first_rows, "the month's board arrived"
    assert all(row is not None for row in first_rows), "its first row came with it"
    expected = hub.program.read(board.page, key=BoardKey(Period.MONTH, hub.program.clock()), limit=1)
    assert first_rows[-1] == expected[0]
    first, last = page.visible_rows()
    assert all(page.model.row(number) is not None for number in range(first, last + 1))
    assert page.model.fetch_jobs == jobs, "nothing on screen had to be fetched after the board arrived"


def test_boards_chosen_and_left_before_the_worker_reaches_them_are_not_read(
    hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    page = open_board(hub)
    read: list[Period] = []

    def recorded(session: Any, *, key: BoardKey, advocate_id: int | None) -> Any:
        read.append(key.period)
        return standing(session, key=key, advocate_id=advocate_id)

    monkeypatch.setattr(leaderboard_model, "standing", recorded)
    gate = threading.Event()
    hub.runner.run_db(lambda: gate.wait(10))
    for index in (1, 2, 0, 2, 1):
        page.tabs.setCurrentIndex(index)
    gate.set()
    settle(hub.qtbot, hub.runner, page)

    assert read == [Period.MONTH], "only the board chosen last is read"
    assert page.model.key is not None
    assert page.model.key.period is Period.MONTH


def test_adjacent_pages_are_read_together_and_match_pages_read_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job wanting pages 1, 2 and 5 reads two runs (1-2 and 5) in one session; ranks carry across the join."""
    recorded = Recorded()
    monkeypatch.setattr(leaderboard_model, "page", recorded.wrap(board.page))
    with Program.open(tmp_path) as program:
        generate(program, advocates=6 * PAGE_SIZE, events=12 * PAGE_SIZE, seed=2)
        key = BoardKey(Period.ALL, program.clock())
        sessions: list[object] = []
        real_read = program.read
        monkeypatch.setattr(program, "read", lambda query, **kw: sessions.append(query) or real_read(query, **kw))

        pages = leaderboard_model.read_pages(program, key, [5, 2, 1])

        assert recorded.calls == 2
        assert len(sessions) == 1
        for number in (1, 2, 5):
            alone = real_read(board.page, key=key, offset=number * PAGE_SIZE, limit=PAGE_SIZE)
            assert alone
            assert pages[number] == alone
    assert leaderboard_model.runs([9, 3, 4, 3]) == [range(3, 5), range(9, 10)]


def test_a_change_elsewhere_refreshes_the_board_in_place(hub: AppUnderTest) -> None:
    me = hub.sign_in(_lowest_ranked_email(hub))
    page = open_board(hub)
    before = page.model.standing
    assert before is not None
    assert before.me is not None
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))

    hub.program.run(
        points.adjust,
        actor_id=hub.moderator_id(),
        advocate_id=me,
        points=50_000,
        reason="Keynote",
        kind=LedgerKind.BONUS,
    )
    hub.controller.refresh()
    settle(hub.qtbot, hub.runner, page)

    after = page.model.standing
    assert after is not None
    assert after.me is not None
    assert (after.me.rank, after.position) == (1, 0)
    assert after.me.points == before.me.points + 50_000
    assert resets == [], "the same board refreshes in place, without blanking the table"
    top = page.model.row(0)
    assert top is not None
    assert top.advocate_id == me
    assert page.model.index(0, Column.NAME).data(BoardRole.IS_ME)
    assert page.my_row_in_view()
    assert not page.pin.isVisible()


def test_the_models_pass_the_model_tester(hub: AppUnderTest, qtmodeltester: Any) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    page = open_board(hub)

    qtmodeltester.check(page.model)
    settle(hub.qtbot, hub.runner, page)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.pin_model)
    empty = PinnedRowModel()
    qtmodeltester.check(empty)


def test_tabs_are_reached_with_tab_and_switched_with_arrows_and_ctrl_tab(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    page = open_board(hub)
    qtbot = hub.qtbot
    hub.window.activateWindow()

    page.jump_button.setFocus()
    qtbot.keyClick(page.jump_button, Qt.Key.Key_Tab)
    assert page.tabs.hasFocus()

    qtbot.keyClick(page.tabs, Qt.Key.Key_Right)
    settle(qtbot, hub.runner, page)
    assert page.tabs.currentIndex() == 1
    assert page.model.key is not None
    assert page.model.key.period is Period.MONTH

    qtbot.keyClick(page.tabs, Qt.Key.Key_Left)
    assert page.tabs.currentIndex() == 0

    qtbot.keyClick(page.tabs, Qt.Key.Key_Tab)
    assert page.scope.hasFocus()
    qtbot.keyClick(page.scope, Qt.Key.Key_Tab)
    assert page.table.hasFocus()

    qtbot.keySequence(page.table, QKeySequence("Ctrl+Tab"))
    assert page.tabs.currentIndex() == 1
    qtbot.keySequence(page.table, QKeySequence("Ctrl+Tab"))
    assert page.tabs.currentIndex() == 2
    qtbot.keySequence(page.table, QKeySequence("Ctrl+Shift+Tab"))
    assert page.tabs.currentIndex() == 1
    settle(qtbot, hub.runner, page)
    assert page.model.key is not None
    assert page.model.key.period is Period.MONTH

    page.tabs.setCurrentIndex(0)
    settle(qtbot, hub.runner, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() >= 1
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == page.model.rowCount() - 1


def test_every_interactive_widget_has_a_name_and_an_accessible_name(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    page = open_board(hub)
    for widget in (page.tabs, page.scope, page.jump_button, page.table, page.pin):
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget
    focusable = [
        w
        for w in page.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(page) and not w.accessibleName()
    ]
    assert focusable == []


def test_tier_marks_are_rendered_once_and_reused(hub: AppUnderTest) -> None:
    hub.sign_in(hub.email_of_tier("silver"))
    page = open_board(hub)
    delegate = page.delegate
    first = {key: pixmap.cacheKey() for key, pixmap in delegate._marks.items()}
    assert len(first) >= 2
    page.table.viewport().repaint()
    assert {key: pixmap.cacheKey() for key, pixmap in delegate._marks.items()} == first


# A board of 100,000 advocates


@pytest.fixture(scope="module")
def big_program_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A board of ``BIG_BOARD`` rows: every advocate the generator makes has one (and at least one ledger entry), so
    one event per advocate on average makes the same board as more would, in two thirds of the time."""
    folder = tmp_path_factory.mktemp("big-board")
    with Program.open(folder) as program:
        generate(program, advocates=BIG_BOARD, events=BIG_BOARD)
    return folder


class Recorded:
    """Calls of the core's ``page`` query, and whether any ran on the GUI thread."""

    def __init__(self) -> None:
        self.calls = 0
        self.on_gui_thread = 0

    def wrap(self, query: Callable[..., list[BoardRow]]) -> Callable[..., list[BoardRow]]:
        def recorded(*args: Any, **kwargs: Any) -> list[BoardRow]:
            self.calls += 1
            self.on_gui_thread += threading.current_thread() is threading.main_thread()
            return query(*args, **kwargs)

        return recorded


@pytest.fixture
def big_board(
    qtbot: QtBot, qapp: Any, big_program_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[LeaderboardPage, TaskRunner, Recorded]]:
    theme.apply(qapp, theme.ThemeName.LIGHT)
    recorded = Recorded()
    monkeypatch.setattr(leaderboard_model, "page", recorded.wrap(board.page))
    program = Program.open(big_program_dir)
    runner = TaskRunner()
    controller = AppController(program, runner)
    middle = program.read(board.page, key=BoardKey(Period.ALL, program.clock()), offset=BIG_BOARD // 3, limit=1)
    controller.advocate_id = middle[0].advocate_id
    page = LeaderboardPage(controller)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    yield page, runner, recorded
    controller.stop()
    runner.wait()
    program.close()


@pytest.mark.slow
def test_jumps_through_a_big_board_read_what_is_shown_and_the_page_ahead(
    qtbot: QtBot, big_board: tuple[LeaderboardPage, TaskRunner, Recorded]
) -> None:
    page, runner, recorded = big_board
    model: LeaderboardModel = page.model
    page.show()
    qtbot.waitUntil(lambda: model.row(0) is not None, timeout=20_000)
    settle(qtbot, runner, page)
    scroll = page.table.verticalScrollBar()
    fetched, shown, jobs = model.rows_fetched, 0, model.fetch_jobs

    for step in range(1, 21):
        scroll.setValue(scroll.maximum() * step // 21)
        settle(qtbot, runner, page)
        first, last = page.visible_rows()
        shown += last - first + 1
        assert all(model.row(number) is not None for number in range(first, last + 1))
        ahead = last // PAGE_SIZE + 1
        assert model.row(ahead * PAGE_SIZE) is not None, "the page after the screen was read ahead"

    assert model.rows_fetched - fetched <= 12 * shown, (model.rows_fetched - fetched, shown)
    assert model.fetch_jobs - jobs <= 20, "one job a jump: the pages on screen and the page ahead together"
    assert recorded.on_gui_thread == 0


@pytest.mark.slow
def test_a_board_of_100k_opens_and_scrolls_to_the_end_without_loading_it(
    qtbot: QtBot, big_board: tuple[LeaderboardPage, TaskRunner, Recorded]
) -> None:
    page, runner, recorded = big_board
    model: LeaderboardModel = page.model
    started = time.perf_counter()
    page.show()
    qtbot.waitUntil(lambda: model.row(0) is not None, timeout=20_000)
    opened = time.perf_counter() - started
    settle(qtbot, runner, page)
    size = model.rowCount()
    assert size > 0.9 * BIG_BOARD
    assert opened < 5.0

    scroll = page.table.verticalScrollBar()
    for step in range(1, 101):
        scroll.setValue(scroll.maximum() * step // 100)
        qtbot.wait(1)
    settle(qtbot, runner, page)
    page.table.scrollToBottom()
    settle(qtbot, runner, page)

    last = model.row(size - 1)
    expected = page.controller.program.read(board.page, key=model.key, offset=size - 1, limit=1)
    assert last is not None
    assert last == expected[0]
    assert model.index(size - 1, Column.RANK).data() == f"{expected[0].rank:,}"
    assert page.table.rowAt(page.table.viewport().height() - 1) == size - 1

    assert model.rows_fetched < 0.05 * size, model.rows_fetched
    assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE
    assert 0 < recorded.calls <= model.pages_fetched
    assert recorded.on_gui_thread == 0

    assert page.pin.isVisible()
    page.jump_to_me()
    settle(qtbot, runner, page)
    assert page.my_row_in_view()
    assert not page.pin.isVisible()
    assert model.rows_fetched < 0.05 * size
    print(
        f"\n100k board: {size:,} rows, first page painted {opened * 1000:.0f} ms after show; "
        f"{model.rows_fetched:,} rows fetched in {model.fetch_jobs} jobs after 100 scroll steps, the end and my row"
    )
