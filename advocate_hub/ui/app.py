"""The composition root: build the application, its program, controller, screens and window, in one place."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from advocate_hub import __version__
from advocate_hub.core.demo.marker import is_demo
from advocate_hub.core.domain.errors import StoreError
from advocate_hub.core.paths import APP_NAME
from advocate_hub.core.queries.people import Person, find_by_email
from advocate_hub.core.queries.picker import person as picked_person
from advocate_hub.core.queries.picker import search_people
from advocate_hub.core.services.access import MANAGERS
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import load_rules
from advocate_hub.ui import first_paint, i18n, icons, theme
from advocate_hub.ui.controller import AppController, readable
from advocate_hub.ui.demo_mode import DemoMode
from advocate_hub.ui.first_sync import FirstSyncDialog
from advocate_hub.ui.main_window import BuiltLater, MainWindow, Screen
from advocate_hub.ui.picker import ProfilePicker
from advocate_hub.ui.resources import resource
from advocate_hub.ui.signin import SignedIn, SignInDialog
from advocate_hub.ui.sync_status import SyncController
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.views.challenges import ChallengesPage
from advocate_hub.ui.views.home import HomePage
from advocate_hub.ui.views.tier_compare import TierComparePage
from advocate_hub.ui.workspace import manager_screens

log = logging.getLogger(__name__)
DEMO_SEED = 7
FIRST_SYNC_ATTEMPTS = 2
DESKTOP_ID = "io.advocatehub.AdvocateHub"
"""The desktop entry's id (its file name without ``.desktop``) and the app's reverse-DNS id."""


@dataclass(frozen=True, slots=True)
class Options:
    data_dir: Path
    demo: bool = False
    as_email: str | None = None
    theme: theme.ThemeName | None = None
    server: str | None = None
    """The sync server's address; None for a program that lives only on this computer (the demo)."""
    language: str | None = None
    """``--language``: overrides the language chosen on this computer (or the system's) for this run."""


def application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication, created once, speaking ``language`` (default: the one chosen on this computer)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or sys.argv[:1])
    name_application(app)
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    i18n.install(app, language if language is not None else i18n.stored_language(QSettings()))
    return app


def name_application(app: QApplication) -> None:
    """Names that tie the app to its settings and its desktop entry.

    The organisation names the QSettings folder (``advocate-hub``, as the data and log folders); the desktop file
    name is the id of ``packaging/linux/io.advocatehub.AdvocateHub.desktop``, which Wayland compositors use to give
    the window that entry's icon and name.
    """
    app.setApplicationName("Advocate Hub")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("advocatehub.io")
    app.setDesktopFileName(DESKTOP_ID)


def open_program(data_dir: Path, *, demo: bool) -> Program:
    """Open the program, creating the demo in an empty one when asked (or on the very first start)."""
    program = Program.open(data_dir)
    if demo and program.is_empty():
        from advocate_hub.core.demo.seed import create_demo

        create_demo(program, seed=DEMO_SEED)
    return program


def build_window(
    program: Program, controller: AppController, sync: SyncController | None = None, *, demo: bool = False
) -> MainWindow:
    """The main window with every screen; ``demo`` adds demo mode (the tier comparison, view as, reset, tour)."""
    home = HomePage(controller)
    challenges = ChallengesPage(controller)

    def later(module: str, name: str) -> Callable[[], AppPage]:
        return BuiltLater(f"advocate_hub.ui.views.{module}", name, controller)

    screens = [
        Screen("home", QWidget.tr("Home"), icons.icon("ph.house"), home),
        Screen("challenges", QWidget.tr("Challenges"), icons.icon("ph.check-square"), challenges),
        # Built the first time they are opened: only the home screen is needed for the first paint. The modules of
        # the light ones are imported at idle after start; the profile's (about 0.4 s and 25 MB) only when opened.
        Screen(
            "leaderboard",
            QWidget.tr("Leaderboard"),
            icons.icon("ph.trophy"),
            later("leaderboard", "LeaderboardPage"),
            ready_at_idle=True,
        ),
        Screen(
            "badges", QWidget.tr("Badges"), icons.icon("ph.medal"), later("badges", "BadgesPage"), ready_at_idle=True
        ),
        Screen(
            "rewards", QWidget.tr("Rewards"), icons.icon("ph.gift"), later("rewards", "RewardsPage"), ready_at_idle=True
        ),
        Screen("profile", QWidget.tr("Profile"), icons.icon("ph.user-circle"), later("profile", "ProfilePage")),
    ]
    compare = TierComparePage(controller) if demo else None
    if compare is not None:
        screens.append(Screen("tier-compare", QWidget.tr("Compare tiers"), icons.icon("ph.columns"), compare))
    screens += manager_screens(controller)
    window = MainWindow(controller, screens, program.read(load_rules).name, sync)
    window.sync.demo = demo
    window.status.update_view()

    def open_challenge(challenge_id: int) -> None:
        window.show_screen("challenges")
        challenges.open_challenge(challenge_id)

    def switch_person() -> None:
        person = choose_person(controller.program, None, window)
        if person is not None:
            sign_in(window, controller, person)

    home.open_challenge_requested.connect(open_challenge)
    window.switch_button.clicked.connect(switch_person)
    if compare is not None:
        compare.view_as_requested.connect(DemoMode(window, controller, sign_in).view_as)
    return window


def sign_in(window: MainWindow, controller: AppController, person: Person) -> None:
    window.set_person(person.name, person.email, manager=person.role in MANAGERS)
    controller.select_advocate(person.id)


def make_engine(program: Program, api: object, *, max_attempts: int | None = None) -> object:
    """The core sync engine for this program (runs on a worker: reading the client id touches the database)."""
    from advocate_hub.core.sync.engine import MAX_ATTEMPTS, SyncEngine, client_id_of

    return SyncEngine(
        program,
        api,  # type: ignore[arg-type]
        client_id=client_id_of(program),
        max_attempts=max_attempts or MAX_ATTEMPTS,
    )


def keep_rotated_tokens(session: SignedIn) -> None:
    """Each refresh rotates the refresh token: keep the new one in the keyring (only if the keyring works)."""
    if not session.stored or not hasattr(session.api, "on_tokens"):
        return
    from advocate_hub.core.auth import credentials

    def rotated(tokens: object) -> None:
        credentials.remember(session.server_url, session.email, tokens.refresh_token)  # type: ignore[attr-defined]

    session.api.on_tokens = rotated


def resume(server_url: str, email: str) -> SignedIn | None:
    """A session from the refresh token the keyring kept at the last sign-in, or None (then the dialog asks)."""
    if not email:
        return None
    try:
        from advocate_hub.core.api.client import ApiClient
        from advocate_hub.core.auth import credentials

        token = credentials.recall(server_url, email)
    except Exception:
        log.exception("Could not read the keyring")
        return None
    if not token:
        return None
    api = ApiClient(server_url)
    api.use_refresh_token(token)
    return SignedIn(server_url, email, api, None, stored=True)


def last_email(server_url: str) -> str:
    value = QSettings().value(f"sync/{server_url}/email", "")
    return str(value or "")


def connect_sync(window: MainWindow, program: Program, runner: TaskRunner) -> None:
    """Sign in when sync asks for it (Sync now while offline or signed out), then start syncing."""
    sync = window.sync

    def ask() -> None:
        if sync.server_url is None:
            return
        session = SignInDialog.ask(runner, server_url=sync.server_url, email=sync.email, parent=window)
        start_sync(window, program, runner, session)

    sync.sign_in_requested.connect(ask)


def start_sync(window: MainWindow, program: Program, runner: TaskRunner, session: SignedIn | None) -> None:
    if session is None:
        window.sync.work_offline()
        return
    QSettings().setValue(f"sync/{session.server_url}/email", session.email)
    keep_rotated_tokens(session)

    def ready(engine: object) -> None:
        window.sync.start(engine, server_url=session.server_url, email=session.email)  # type: ignore[arg-type]

    def unavailable(error: BaseException) -> None:
        window.show_error(readable(error))
        window.sync.work_offline()

    runner.run_db(lambda: make_engine(program, session.api), ready, unavailable)


def first_start(program: Program, runner: TaskRunner, server: str, session: SignedIn | None) -> SignedIn | None:
    """Nobody is on this computer yet: sign in (unless the keyring resumed a session) and fetch the program.

    Returns the session the program was fetched with, or None when the person quits. A session the server no
    longer accepts asks for the password again. The fetch gives up on an unreachable server after one quick retry
    (not the background sync's half a minute of back-off): the person is watching, and has a Try again button.
    """
    while True:
        if session is None:
            session = SignInDialog.ask(runner, server_url=server, email=last_email(server), first_start=True)
            if session is None:
                return None
        keep_rotated_tokens(session)
        fetched = FirstSyncDialog.fetch(
            runner, program, session, functools.partial(make_engine, max_attempts=FIRST_SYNC_ATTEMPTS)
        )
        if fetched.result() == QDialog.DialogCode.Accepted:
            return session
        if not fetched.signed_out:
            return None
        session = None


def choose_person(program: Program, as_email: str | None, parent: QWidget | None = None) -> Person | None:
    if as_email:
        found = program.read(find_by_email, email=as_email)
        if found is None:
            raise StoreError(f"Nobody with the email {as_email} is in this program.")
        return found
    chosen = ProfilePicker.ask(lambda text: program.read(search_people, text=text), parent)
    return None if chosen is None else program.read(picked_person, advocate_id=chosen)


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
    app = application(language=options.language)
    chosen_theme = options.theme or (theme.ThemeName.DARK if theme.system_prefers_dark() else theme.ThemeName.LIGHT)
    theme.apply(app, chosen_theme)
    try:
        program = open_program(options.data_dir, demo=options.demo)
    except StoreError as error:
        show_store_error(str(error), options.data_dir)
        return 1
    runner = TaskRunner()
    controller = AppController(program, runner)
    demo = program.read(is_demo)
    server = None if options.demo or demo else options.server
    sync = SyncController(controller, server_url=server)
    window = build_window(program, controller, sync, demo=demo)
    try:
        session = resume(server, last_email(server)) if server else None
        if server and program.is_empty():
            session = first_start(program, runner, server, session)
            if session is None:
                return 0
        elif server and session is None:
            session = SignInDialog.ask(runner, server_url=server, email=last_email(server))
        as_email = options.as_email
        if session is not None and as_email is None and program.read(find_by_email, email=session.email):
            as_email = session.email
        person = choose_person(program, as_email, window)
        if person is None:
            return 0
        sign_in(window, controller, person)
        connect_sync(window, program, runner)
        if server:
            start_sync(window, program, runner, session)
        window.resize(QSize(1200, 800))
        first_paint.watch(window)
        window.show()
        demo_mode = window.findChild(DemoMode)
        if demo_mode is not None:
            demo_mode.offer_tour()
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
        controller.program.close()
