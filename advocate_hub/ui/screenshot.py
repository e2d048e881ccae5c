"""`advocate-hub --screenshot FILE --view NAME`: render one screen offscreen to a PNG, then exit."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize, QTimer

from advocate_hub.core.demo.marker import is_demo
from advocate_hub.core.domain.errors import AdvocateHubError, NotAllowed, NotFound
from advocate_hub.core.queries.people import people
from advocate_hub.core.services.access import MANAGERS
from advocate_hub.ui import app as ui_app
from advocate_hub.ui import theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.tasks import TaskRunner

ADVOCATE_VIEWS = ("home", "challenges", "challenge-detail", "leaderboard", "badges", "rewards", "profile")
MANAGER_VIEWS = (
    "moderation",
    "challenge-editor",
    "calendar",
    "advocates",
    "fulfilment",
    "referrals",
    "audit",
    "metrics",
)
DEMO_VIEWS = ("tier-compare",)
"""Screens of demo mode, shown when the program is the seeded demo."""
KIOSK_VIEWS = ("kiosk-attract", "kiosk-challenge")
"""The kiosk window on the demo program, its event being the demo's check-in challenge."""
VIEWS = ADVOCATE_VIEWS + MANAGER_VIEWS + DEMO_VIEWS + KIOSK_VIEWS
SETTLE_MS = 400
TIMEOUT_MS = 20_000


class ScreenshotError(AdvocateHubError):
    code = "screenshot"


def _settle(runner: TaskRunner) -> None:
    """Let background loads finish and the screen paint: the only place an event loop is spun by hand."""
    loop = QEventLoop()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(TIMEOUT_MS)
    quiet = QTimer()
    quiet.setInterval(SETTLE_MS)

    idle_ticks = 0

    def check() -> None:
        # Quiet for two ticks in a row: results that arrived at the last one have been shown, and what they set in
        # motion (a balance counting up, a toast fading in; shorter than a tick) has come to rest.
        nonlocal idle_ticks
        idle_ticks = 0 if runner.busy() else idle_ticks + 1
        if idle_ticks >= 2:
            loop.quit()

    quiet.timeout.connect(check)
    quiet.start()
    loop.exec()
    quiet.stop()


def render(options: ui_app.Options, view: str, target: Path, size: QSize, failures: list[str] | None = None) -> Path:
    """Render ``view`` to ``target``; an error on the GUI thread noted in ``failures`` meanwhile fails it."""
    if view not in VIEWS:
        raise ScreenshotError(f"Unknown view {view!r}; choose one of: {', '.join(VIEWS)}.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if view in KIOSK_VIEWS:
        from advocate_hub.ui.kiosk import app as kiosk_app

        written = kiosk_app.render(options, view, target, size)
        if failures:
            written.unlink(missing_ok=True)
            raise ScreenshotError(f"The {view} view failed while rendering: {failures[0]}")
        return written
    app = ui_app.application(language=options.language)
    theme.apply(app, options.theme or theme.ThemeName.LIGHT)
    program = ui_app.open_program(options.data_dir, demo=True)
    runner = TaskRunner()
    controller = AppController(program, runner)
    try:
        demo = program.read(is_demo)
        if view in DEMO_VIEWS and not demo:
            raise NotAllowed(f"The {view} view is part of demo mode, and {options.data_dir} holds a real program.")
        window = ui_app.build_window(program, controller, demo=demo)
        person = (
            ui_app.choose_person(program, options.as_email)
            if options.as_email
            else next(iter(program.read(people)), None)
        )
        if person is None:
            raise NotFound("This program has nobody in it yet.")
        if view in MANAGER_VIEWS and person.role not in MANAGERS:
            raise NotAllowed(
                f"The {view} view is for moderators and program staff; {person.email} is an advocate. "
                "Pass a moderator's email with --as."
            )
        ui_app.sign_in(window, controller, person)
        window.resize(size)
        window.show()
        key = "challenges" if view == "challenge-detail" else view
        window.show_screen(key)
        _settle(runner)
        if view == "challenge-detail":
            window.screens["challenges"].page.open_first()  # type: ignore[attr-defined]
            _settle(runner)
        if failures:
            raise ScreenshotError(f"The {view} view failed while rendering: {failures[0]}")
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target), "PNG"):
            raise ScreenshotError(f"Could not write {target}.")
        return target
    finally:
        controller.stop()
        runner.wait()
        program.close()
