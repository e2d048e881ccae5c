"""The composition root: build the application, its program, controller, screens and window, in one place."""

from __future__ import annotations

import logging
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from advocate_hub import __version__
from advocate_hub.core.demo.seed import create_demo
from advocate_hub.core.domain.errors import StoreError
from advocate_hub.core.queries.people import Person, find_by_email, people
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import load_rules
from advocate_hub.ui import icons, theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.main_window import MainWindow, Screen
from advocate_hub.ui.picker import ProfilePicker
from advocate_hub.ui.resources import resource
from advocate_hub.ui.signin import SignedIn, SignInDialog
from advocate_hub.ui.sync_status import SyncController
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.views.badges import BadgesPage
from advocate_hub.ui.views.challenges import ChallengesPage
from advocate_hub.ui.views.home import HomePage
from advocate_hub.ui.views.leaderboard import LeaderboardPage
from advocate_hub.ui.views.profile import ProfilePage
from advocate_hub.ui.views.rewards import RewardsPage

log = logging.getLogger(__name__)
DEMO_SEED = 7


@dataclass(frozen=True, slots=True)
class Options:
    data_dir: Path
    demo: bool = False
    as_email: str | None = None
    theme: theme.ThemeName | None = None
    server: str | None = None
    """The sync server's address; None for a program that lives only on this computer (the demo)."""


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Advocate Hub")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("advocate-hub")
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    return app


def open_program(data_dir: Path, *, demo: bool) -> Program:
    """Open the program, creating the demo in an empty one when asked (or on the very first start)."""
    program = Program.open(data_dir)
    if demo and program.is_empty():
        create_demo(program, seed=DEMO_SEED)
    return program


def build_window(program: Program, controller: AppController, sync: SyncController | None = None) -> MainWindow:
    home = HomePage(controller)
    challenges = ChallengesPage(controller)
    screens = [
        Screen("home", QWidget.tr("Home"), icons.icon("ph.house"), home),
        Screen("challenges", QWidget.tr("Challenges"), icons.icon("ph.check-square"), challenges),
        Screen("leaderboard", QWidget.tr("Leaderboard"), icons.icon("ph.trophy"), LeaderboardPage(controller)),
        Screen("badges", QWidget.tr("Badges"), icons.icon("ph.medal"), BadgesPage(controller)),
        Screen("rewards", QWidget.tr("Rewards"), icons.icon("ph.gift"), RewardsPage(controller)),
        Screen("profile", QWidget.tr("Profile"), icons.icon("ph.user-circle"), ProfilePage(controller)),
    ]
    window = MainWindow(controller, screens, program.read(load_rules).name, sync)

    def open_challenge(challenge_id: int) -> None:
        window.show_screen("challenges")
        challenges.open_challenge(challenge_id)

    home.open_challenge_requested.connect(open_challenge)
    return window


def sign_in(window: MainWindow, controller: AppController, person: Person) -> None:
    window.set_person(person.name, person.email)
    controller.select_advocate(person.id)


def client_id(data_dir: Path) -> str:
    """This installation's sync client id (not a secret), made on first use and kept in the data dir."""
    path = data_dir / "client-id"
    try:
        return str(uuid.UUID(path.read_text(encoding="utf-8").strip()))
    except (OSError, ValueError):
        made = str(uuid.uuid4())
        path.write_text(made + "\n", encoding="utf-8")
        return made


def make_engine(program: Program, api: object, data_dir: Path) -> object:
    from advocate_hub.core.sync.engine import SyncEngine

    return SyncEngine(program, api, client_id=client_id(data_dir))


def connect_sync(window: MainWindow, program: Program, runner: TaskRunner, data_dir: Path) -> None:
    """Sign in when sync asks for it (Sync now while offline or signed out), then start syncing."""
    sync = window.sync

    def ask() -> None:
        if sync.server_url is None:
            return
        session = SignInDialog.ask(runner, server_url=sync.server_url, email=sync.email, parent=window)
        start_sync(window, program, session, data_dir)

    sync.sign_in_requested.connect(ask)


def start_sync(window: MainWindow, program: Program, session: SignedIn | None, data_dir: Path) -> None:
    if session is None:
        window.sync.work_offline()
        return
    try:
        engine = make_engine(program, session.api, data_dir)
    except ImportError:
        log.exception("The sync engine is not available")
        window.show_error(QWidget.tr("Sync is not available in this build: working offline."))
        window.sync.work_offline()
        return
    window.sync.start(engine, server_url=session.server_url, email=session.email)  # type: ignore[arg-type]


def choose_person(program: Program, as_email: str | None, parent: QWidget | None = None) -> Person | None:
    everyone = program.read(people)
    if as_email:
        found = program.read(find_by_email, email=as_email)
        if found is None:
            raise StoreError(f"Nobody with the email {as_email} is in this program.")
        return found
    chosen = ProfilePicker.ask(everyone, parent)
    return next((p for p in everyone if p.id == chosen), None)


def store_error_dialog(message: str, data_dir: Path) -> QMessageBox:
    """The dialog for a database that cannot be opened: what happened, where, and the command to check it."""
    box = QMessageBox(QMessageBox.Icon.Critical, QWidget.tr("Cannot open the program"), message)
    box.setObjectName("StoreErrorDialog")
    box.setInformativeText(
        QWidget.tr("Data folder: %1\nTo check it, run:\n  advocate-hub doctor --data-dir %1").replace(
            "%1", str(data_dir)
        )
    )
    return box


def show_store_error(message: str, data_dir: Path) -> None:
    store_error_dialog(message, data_dir).exec()


def run(options: Options) -> int:
    app = application()
    chosen_theme = options.theme or (theme.ThemeName.DARK if theme.system_prefers_dark() else theme.ThemeName.LIGHT)
    theme.apply(app, chosen_theme)
    try:
        program = open_program(options.data_dir, demo=options.demo)
    except StoreError as error:
        show_store_error(str(error), options.data_dir)
        return 1
    runner = TaskRunner()
    controller = AppController(program, runner)
    server = None if options.demo else options.server
    sync = SyncController(controller, server_url=server)
    window = build_window(program, controller, sync)
    try:
        session = SignInDialog.ask(runner, server_url=server) if server else None
        as_email = options.as_email
        if session is not None and as_email is None and program.read(find_by_email, email=session.email):
            as_email = session.email
        person = choose_person(program, as_email, window)
        if person is None:
            return 0
        sign_in(window, controller, person)
        connect_sync(window, program, runner, options.data_dir)
        if server:
            start_sync(window, program, session, options.data_dir)
        window.resize(QSize(1200, 800))
        window.show()
        return app.exec()
    except StoreError as error:
        show_store_error(str(error), options.data_dir)
        return 1
    finally:
        sync.stop()
        controller.stop()
        runner.wait()
        window.close()
        window.deleteLater()
        program.close()
