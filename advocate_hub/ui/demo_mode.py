"""Demo mode for program staff: the DEMO badge, the "view as" switcher, Reset demo and the guided tour.

Installed on the main window only when the program is the seeded demo. Viewing as a persona signs in as a
representative person the core picks (``core.demo.personas``), so every screen shows exactly what that person
sees. Reset closes the program, lets the core replace it by a freshly seeded demo and reopens it, all on the
database worker while a busy dialog says what is happening.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QMessageBox, QProgressDialog, QWidget

from advocate_hub.core.demo.personas import Persona, persona_for, persona_of
from advocate_hub.core.queries.people import Person
from advocate_hub.core.services.program import Program
from advocate_hub.ui import icons
from advocate_hub.ui.controller import AppController, readable
from advocate_hub.ui.main_window import MainWindow
from advocate_hub.ui.tour import Tour, TourStep
from advocate_hub.ui.widgets import SPACING, button, label

SignIn = Callable[[MainWindow, AppController, Person], None]
TOUR_SEEN_KEY = "demo/tour_seen"


class ConfirmReset:
    """The question before a reset; a class so tests can answer it without a modal dialog."""

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QWidget.tr("Reset the demo?"),
            QWidget.tr("Everything done in this demo since it was seeded will be lost, and the demo starts afresh."),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setObjectName("ConfirmResetDialog")
        reset = box.addButton(QWidget.tr("Reset demo"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is reset


class DemoMode(QObject):
    """Everything demo mode adds to a main window, and the actions behind it."""

    persona_changed = Signal(str)
    reset_finished = Signal(bool)
    """True when the demo was restored, False when the reset failed (the error is shown)."""

    def __init__(self, window: MainWindow, controller: AppController, sign_in: SignIn) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self._sign_in = sign_in
        self.persona: Persona | None = None
        self.busy: QProgressDialog | None = None
        window.setWindowTitle(self.tr("Advocate Hub · Demo"))

        self.badge = label(self.tr("DEMO · sample data"), name="DemoBadge")
        self.badge.setAccessibleName(self.tr("Demo program: sample data that never syncs"))
        self.badge.setToolTip(self.tr("This is the demo program. Its people are made up and it never syncs."))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        window.sidebar_layout.insertWidget(1, self.badge)

        footer = window.footer
        footer.insertWidget(0, label(self.tr("VIEW AS"), "section", name="ViewAsHeading"))
        self.switcher = QComboBox()
        self.switcher.setObjectName("ViewAsSwitcher")
        self.switcher.setAccessibleName(self.tr("View the app as"))
        self.switcher.setToolTip(self.tr("See the app exactly as each tier, or a moderator, sees it"))
        self.switcher.setPlaceholderText(self.tr("Choose a view"))
        for persona in Persona:
            self.switcher.addItem(self.persona_text(persona), persona.value)
        self.switcher.setCurrentIndex(-1)
        self.switcher.activated.connect(lambda row: self.view_as(self.switcher.itemData(row)))
        footer.insertWidget(1, self.switcher)
        self.tour_button = button(self.tr("Take the tour"), "TakeTour", kind="link")
        self.tour_button.setIcon(icons.icon("ph.compass", tone="accent"))
        self.tour_button.clicked.connect(self.take_tour)
        footer.insertWidget(2, self.tour_button)
        self.reset_button = button(self.tr("Reset demo"), "ResetDemo", kind="link")
        self.reset_button.setIcon(icons.icon("ph.arrow-counter-clockwise", tone="accent"))
        self.reset_button.clicked.connect(self.reset)
        footer.insertWidget(3, self.reset_button)
        footer.insertSpacing(4, SPACING)

        controller.advocate_changed.connect(self._advocate_changed)
        self.tour = Tour(self.tour_steps(), window.centralWidget())

    def persona_text(self, persona: Persona) -> str:
        return {
            Persona.COMMUNITY: self.tr("Community advocate"),
            Persona.SILVER: self.tr("Silver advocate"),
            Persona.GOLD: self.tr("Gold advocate"),
            Persona.PLATINUM: self.tr("Platinum advocate"),
            Persona.MODERATOR: self.tr("Moderator"),
        }[persona]

    # ---- view as ------------------------------------------------------------------------------------------------

    def view_as(self, persona: str) -> None:
        """Sign in as the core's representative person for ``persona`` (a tier's value or "moderator")."""
        chosen = Persona(persona)
        self.controller.load(
            persona_for,
            lambda person: self._viewing(chosen, person),
            tier_or_role=chosen,
            now=self.controller.now(),
        )

    def _viewing(self, persona: Persona, person: Person) -> None:
        self.persona = persona
        self._sign_in(self.window, self.controller, person)
        self.show_persona(persona)
        self.persona_changed.emit(persona.value)

    def _advocate_changed(self, advocate_id: int) -> None:
        """Keep the switcher truthful when someone signs in another way (the picker, ``--as``)."""
        self.controller.load(
            persona_of,
            lambda persona: self.show_persona(persona) if self.controller.advocate_id == advocate_id else None,
            advocate_id=advocate_id,
            now=self.controller.now(),
        )

    def show_persona(self, persona: Persona | None) -> None:
        """Show ``persona`` in the switcher (None when the person signed in is not one of the personas)."""
        self.persona = persona
        self.switcher.setCurrentIndex(self.switcher.findData(persona.value) if persona else -1)

    # ---- reset --------------------------------------------------------------------------------------------------

    def reset(self) -> None:
        if ConfirmReset.ask(self.window):
            self.reset_now()

    def reset_now(self) -> None:
        """Close the program, let the core seed it afresh and reopen it, off the GUI thread."""
        busy = QProgressDialog(self.tr("Restoring the demo…"), "", 0, 0, self.window)
        busy.setObjectName("ResetDemoProgress")
        busy.setAccessibleName(self.tr("Restoring the demo"))
        busy.setWindowTitle(self.tr("Reset demo"))
        busy.setCancelButton(None)  # type: ignore[arg-type]
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        busy.show()
        self.busy = busy
        self.reset_button.setEnabled(False)
        self.controller.stop()
        old = self.controller.program
        data_dir = Path(old.database.path).parent

        def work() -> Program:
            from advocate_hub.core.demo.reset import reset_demo  # only now: it brings the whole demo seed

            old.close()
            reset_demo(data_dir)
            return Program.open(data_dir, clock=old.clock)

        def done(program: Program) -> None:
            old.close()
            self.controller.program = program
            self._finish()
            self.view_as((self.persona or Persona.GOLD).value)
            self.window.statusBar().showMessage(self.tr("The demo is as good as new."), 10_000)
            self.reset_finished.emit(True)

        def failed(error: BaseException) -> None:
            self._finish()
            self.window.show_error(readable(error))
            self.controller.refresh(force=True)
            self.reset_finished.emit(False)

        self.controller.runner.run_db(work, done, failed)

    def _finish(self) -> None:
        if self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None
        self.reset_button.setEnabled(True)

    # ---- tour ---------------------------------------------------------------------------------------------------

    def offer_tour(self) -> None:
        """Start the tour on the first demo start on this computer (it can always be taken again)."""
        settings = QSettings()
        if not settings.value(TOUR_SEEN_KEY, False, type=bool):
            settings.setValue(TOUR_SEEN_KEY, True)
            self.take_tour()

    def take_tour(self) -> None:
        self.tour.start()

    def tour_steps(self) -> list[TourStep]:
        window = self.window

        def entry(key: str) -> Callable[[], tuple[QWidget, QRect]]:
            def anchor() -> tuple[QWidget, QRect]:
                navigation = window.navigation
                for row in range(navigation.count()):
                    item = navigation.item(row)
                    if item.data(Qt.ItemDataRole.UserRole) == key:
                        return navigation.viewport(), navigation.visualItemRect(item)
                return navigation, navigation.rect()

            return anchor

        def opens(key: str) -> Callable[[], None]:
            return lambda: window.show_screen(key)

        return [
            TourStep(
                "home",
                self.tr("Home: what an advocate sees first"),
                self.tr("Points, progress to the next tier, badges within reach and challenges picked for them."),
                entry("home"),
                opens("home"),
            ),
            TourStep(
                "challenges",
                self.tr("Challenges: the asks"),
                self.tr(
                    "Low-barrier asks are open to everyone; medium and high ones unlock with Silver and Gold. "
                    "A locked challenge says why."
                ),
                entry("challenges"),
                opens("challenges"),
            ),
            TourStep(
                "leaderboard",
                self.tr("Leaderboard"),
                self.tr("All time, this month and this week. Advocates who opted out never appear."),
                entry("leaderboard"),
                opens("leaderboard"),
            ),
            TourStep(
                "rewards",
                self.tr("Rewards"),
                self.tr("Status, access, power and stuff, most wanted first. Higher tiers unlock more of them."),
                entry("rewards"),
                opens("rewards"),
            ),
            TourStep(
                "view-as",
                self.tr("View as any tier, or a moderator"),
                self.tr(
                    "Switch here to show what each tier unlocks, or the moderator's workspace. Compare tiers "
                    "puts them side by side; Reset demo puts everything back."
                ),
                lambda: (self.switcher, self.switcher.rect()),
            ),
        ]
