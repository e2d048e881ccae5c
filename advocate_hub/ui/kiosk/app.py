"""Starting kiosk mode: ``advocate-hub --kiosk [--event NAME]`` and the kiosk screenshots."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QDialog

from advocate_hub.core.demo.marker import is_demo
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.errors import AdvocateHubError, NotFound, StoreError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.kiosk import config
from advocate_hub.core.kiosk.config import KioskConfig
from advocate_hub.core.kiosk.visits import find_visitor, quick_challenges
from advocate_hub.core.queries.people import people
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Challenge
from advocate_hub.ui import app as ui_app
from advocate_hub.ui import theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.kiosk.pin import SetupDialog
from advocate_hub.ui.kiosk.window import KioskWindow
from advocate_hub.ui.signin import SignInDialog
from advocate_hub.ui.sync_status import SyncController
from advocate_hub.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SCREENSHOT_PIN = "2468"
"""The PIN a screenshot gives an unconfigured demo data dir (never a real kiosk's)."""


def ask_setup(program: Program, event_name: str | None) -> KioskConfig | None:
    """The first start: ask which event and which PIN, until they are valid or the person cancels."""
    dialog = SetupDialog(event_name or "")
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return program.run(config.configure, **dialog.values)
        except AdvocateHubError as error:
            dialog.error.setText(str(error))
    return None


def start_sync(program: Program, runner: TaskRunner, sync: SyncController, server_url: str) -> None:
    """Sign in as the kiosk account (the keyring's token, else ask staff once), then sync in the background.

    Without a network or a sign-in the kiosk works on: everything waits in the outbox for the next sync.
    """
    email = ui_app.last_email(server_url)
    session = ui_app.resume(server_url, email) or SignInDialog.ask(runner, server_url=server_url, email=email)
    if session is None:
        sync.work_offline()
        return
    QSettings().setValue(f"sync/{server_url}/email", session.email)
    ui_app.keep_rotated_tokens(session)

    def ready(engine: object) -> None:
        sync.start(engine, server_url=session.server_url, email=session.email)  # type: ignore[arg-type]

    runner.run_db(lambda: ui_app.make_engine(program, session.api), ready, lambda _error: sync.work_offline())


def log_refusals(report: Any) -> None:
    """Put what the server refused (an unknown member code, a second check-in) in the log for staff.

    Never on screen: the visitor it concerns has usually left, and the next one must not see it.
    """
    for rejection in getattr(report, "rejected", []):
        log.warning("The server refused a kiosk change (%s): %s", rejection.reason, rejection.message)


def sync_server(program: Program, server: str | None, *, demo_asked: bool = False) -> str | None:
    """The server a kiosk syncs with: none for the demo program (``--demo`` or a demo data dir), whatever
    ``--server`` says, so a demo kiosk never even asks anyone to sign in."""
    return None if demo_asked or program.read(is_demo) else server


def run(options: ui_app.Options, event_name: str | None = None) -> int:
    app = ui_app.application(language=options.language)
    theme.apply(app, options.theme or theme.ThemeName.LIGHT)
    try:
        program = ui_app.open_program(options.data_dir, demo=options.demo)
    except StoreError as error:
        ui_app.show_store_error(str(error), options.data_dir)
        return 1
    runner = TaskRunner()
    controller = AppController(program, runner)
    server = sync_server(program, options.server, demo_asked=options.demo)
    sync = SyncController(controller, server_url=server)
    try:
        kiosk = program.read(config.load)
        if kiosk is None or (event_name and event_name != kiosk.event_name):
            kiosk = ask_setup(program, event_name)
        if kiosk is None:
            return 0
        if server:
            start_sync(program, runner, sync, server)
        window = KioskWindow(controller, kiosk, demo=program.read(is_demo))
        window.acted.connect(sync.schedule)
        sync.synced.connect(log_refusals)
        window.left.connect(app.quit)
        window.showFullScreen()
        return app.exec()
    finally:
        sync.stop()
        controller.stop()
        runner.wait()
        program.close()


def _demo_event(program: Program) -> KioskConfig:
    """The demo's check-in challenge names the event a screenshot kiosk serves."""
    with program.database.read() as session:
        checkin = session.query(Challenge).filter(Challenge.kind == ChallengeKind.EVENT_CHECKIN).first()
    if checkin is None:
        raise NotFound("The program has no event check-in challenge to run a kiosk for.")
    name = str(checkin.config.get("event") or checkin.title)
    return KioskConfig(name, str(checkin.config["code"]).upper())


def render(options: ui_app.Options, view: str, target: Path, size: QSize) -> Path:
    """Render the kiosk on the demo program: the attract screen, or a visitor's quiz."""
    from advocate_hub.ui.screenshot import ScreenshotError, _settle

    app = ui_app.application(language=options.language)
    theme.apply(app, options.theme or theme.ThemeName.LIGHT)
    program = ui_app.open_program(options.data_dir, demo=True)
    runner = TaskRunner()
    controller = AppController(program, runner)
    try:
        kiosk = program.read(config.load)
        if kiosk is None:
            event = _demo_event(program)
            kiosk = program.run(
                config.configure, event_name=event.event_name, event_code=event.event_code, pin=SCREENSHOT_PIN
            )
        window = KioskWindow(controller, kiosk, demo=program.read(is_demo))
        window.resize(size)
        window.show()
        _settle(runner)
        if view == "kiosk-challenge":
            email = options.as_email or next(p.email for p in program.read(people) if p.role is Role.ADVOCATE)
            visitor = program.read(find_visitor, text=email)
            if visitor is None:
                raise NotFound(f"Nobody with the email {email} is in this program.")
            window.enter(visitor)
            _settle(runner)
            items = program.read(
                quick_challenges, advocate_id=visitor.id, event_code=kiosk.event_code, now=controller.now()
            )
            chosen = next((i for i in items if i.kind is ChallengeKind.QUIZ), items[0] if items else None)
            if chosen is None:
                raise NotFound(f"{email} has no quick challenge open.")
            window.open_challenge(chosen)
            _settle(runner)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target), "PNG"):
            raise ScreenshotError(f"Could not write {target}.")
        window.hide()
        return target
    finally:
        controller.stop()
        runner.wait()
        program.close()
