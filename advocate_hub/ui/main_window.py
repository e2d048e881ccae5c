"""The main window: a navigation sidebar, the screens in a stack, a status bar and notifications."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.queries.pulse import Notice
from advocate_hub.ui.about import AboutDialog
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.resources import resource
from advocate_hub.ui.sync_status import SyncController, SyncStatus
from advocate_hub.ui.toast import Toast
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.widgets import SPACING, button, label

WARM_UP_AFTER_MS = 300
"""How long after the window first shows that the idle warm-up begins: after its first paint and first reads."""
WARM_UP_STEP_MS = 30
"""The pause between warm-up steps, so each is a short, separate piece of work and the window answers between."""


class Screen:
    """One entry of the navigation and its page.

    ``page`` may be given as a factory instead: the page is then built the first time it is needed (shown, or
    asked for through ``page``), so screens most people never open (the moderator workspace) cost nothing at
    start-up, neither their imports nor their widgets. A screen ``ready_at_idle`` has its page's module imported
    once the window is idle after start (``prepare``), so opening it the first time does not import it then.
    """

    def __init__(
        self,
        key: str,
        title: str,
        icon: QIcon,
        page: AppPage | Callable[[], AppPage],
        *,
        managers_only: bool = False,
        ready_at_idle: bool = False,
    ) -> None:
        self.key = key
        self.title = title
        self.icon = icon
        self.managers_only = managers_only
        """Shown only to moderators and staff (the moderator workspace); hidden, with its shortcut, for advocates."""
        self.ready_at_idle = ready_at_idle
        self._page = page if isinstance(page, AppPage) else None
        self._factory = None if isinstance(page, AppPage) else page
        self.on_built: Callable[[AppPage], None] | None = None

    def prepare(self) -> None:
        """Import what building the page needs, without building it (a page built later knows its module)."""
        if self._page is None and isinstance(self._factory, BuiltLater):
            self._factory.prepare()

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> AppPage:
        if self._page is None:
            assert self._factory is not None
            self._page = self._factory()
            if self.on_built is not None:
                self.on_built(self._page)
        return self._page


class BuiltLater:
    """A page factory for ``Screen``: imports ``module`` and builds its page class ``name`` when first needed."""

    def __init__(self, module: str, name: str, controller: AppController) -> None:
        self.module = module
        self.name = name
        self.controller = controller

    def prepare(self) -> None:
        importlib.import_module(self.module)

    def __call__(self) -> AppPage:
        page: AppPage = getattr(importlib.import_module(self.module), self.name)(self.controller)
        return page


def warm_widget_types(area: QAbstractScrollArea) -> None:
    """Ready PySide6's Python types of the QtWidgets classes, which it does all at once (creating some 65 enum
    classes, 10-35 ms) the first time it must find the type of a widget Qt made itself, such as a scroll area's
    viewport: at idle, rather than in the middle of opening the first screen with a table."""
    area.viewport()


class Sidebar(QWidget):
    """The navigation column: 232 px, or as wide as its contents need with a larger font or a longer language."""

    WIDTH = 232

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(max(self.WIDTH, self.minimumSizeHint().width()), super().sizeHint().height())


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller: AppController,
        screens: list[Screen],
        program_name: str,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.controller = controller
        self.setWindowTitle(self.tr("Advocate Hub"))
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self.screens = {screen.key: screen for screen in screens}

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.setCentralWidget(central)

        sidebar = Sidebar()
        sidebar.setObjectName("Sidebar")
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 2 * SPACING, 0, 2 * SPACING)
        side.setSpacing(SPACING)
        self.sidebar_layout = side
        title = label(program_name, name="AppTitle", wrap=True)
        side.addWidget(title)
        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.stack.setObjectName("Screens")
        self._manager_actions: list[QAction] = []
        self._manager_items: list[QListWidgetItem] = []
        for number, screen in enumerate([s for s in screens if not s.managers_only], start=1):
            self._add_screen(screen, f"Ctrl+{number}")
        managers = [s for s in screens if s.managers_only]
        if managers:
            header = QListWidgetItem(self.tr("Manage the program"))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Manage the program"))
            self.navigation.addItem(header)
            self._manager_items.append(header)
        for number, screen in enumerate(managers, start=1):
            self._add_screen(screen, f"Alt+{number}")
        self.navigation.currentItemChanged.connect(self._navigated)
        side.addWidget(self.navigation, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(2 * SPACING, 0, 2 * SPACING, 0)
        footer.setSpacing(SPACING // 2)
        self.footer = footer
        self.who = label("", "caption", wrap=True, name="SignedInAs")
        footer.addWidget(self.who)
        self.switch_button = button(self.tr("Switch person"), "SwitchPerson", kind="link")
        footer.addWidget(self.switch_button)
        self.about_button = button(self.tr("About Advocate Hub"), "AboutButton", kind="link")
        self.about_button.setToolTip(self.tr("Version, data folder and log file (F1)"))
        self.about_button.clicked.connect(self.show_about)
        footer.addWidget(self.about_button)
        side.addLayout(footer)
        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)

        self.sync = sync or SyncController(controller, parent=self)
        self.status = SyncStatus(self.sync)
        self.statusBar().addPermanentWidget(self.status)
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setObjectName("SyncNowAction")
        self.sync_action.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        self.sync_action.triggered.connect(self.sync.sync_now)
        self.addAction(self.sync_action)
        self.about_action = QAction(self.tr("About Advocate Hub"), self)
        self.about_action.setObjectName("AboutAction")
        self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)
        self.sync.changed.connect(lambda: self.sync_action.setEnabled(self.sync.can_sync()))
        self.sync_action.setEnabled(self.sync.can_sync())
        self.toast = Toast(central)
        controller.notice.connect(self.show_notice)
        controller.error.connect(self.show_error)
        self.navigation.setCurrentRow(0)
        self._warm_up: list[Callable[[], None]] | None = None
        """What is left to do at idle after the window first shows (None: not shown yet)."""

    def warm_up_pending(self) -> bool:
        """Whether the idle warm-up after the first show has not finished (or not begun)."""
        return self._warm_up is None or bool(self._warm_up)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._warm_up is None:
            self._warm_up = [lambda: warm_widget_types(self.navigation)]
            self._warm_up += [screen.prepare for screen in self.screens.values() if screen.ready_at_idle]
            QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_next)

    def _warm_next(self) -> None:
        """One warm-up step per timer turn, each a short piece of work, so the window answers in between."""
        if self._warm_up:
            self._warm_up.pop(0)()
        if self._warm_up:
            QTimer.singleShot(WARM_UP_STEP_MS, self, self._warm_next)

    def _add_screen(self, screen: Screen, shortcut: str) -> None:
        item = QListWidgetItem(screen.icon, screen.title)
        item.setData(Qt.ItemDataRole.UserRole, screen.key)
        item.setToolTip(f"{screen.title} ({shortcut})")
        self.navigation.addItem(item)
        if screen.built:
            self.stack.addWidget(screen.page)
        else:
            holder = QWidget()
            self.stack.addWidget(holder)
            screen.on_built = lambda page, holder=holder: self._put_in_place(holder, page)
        action = QAction(screen.title, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, key=screen.key: self.show_screen(key))
        self.addAction(action)
        if screen.managers_only:
            self._manager_items.append(item)
            self._manager_actions.append(action)

    def _put_in_place(self, holder: QWidget, page: AppPage) -> None:
        """A lazily built page takes its placeholder's place in the stack."""
        self.stack.insertWidget(self.stack.indexOf(holder), page)
        self.stack.removeWidget(holder)
        holder.deleteLater()

    def _navigated(self, item: QListWidgetItem | None) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key in self.screens:
            self.stack.setCurrentWidget(self.screens[key].page)

    def _item(self, key: str) -> QListWidgetItem:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                return item
        raise KeyError(key)

    def show_screen(self, key: str) -> None:
        screen = self.screens[key]
        if screen.managers_only and not self.manager_mode:
            return
        self.navigation.setCurrentItem(self._item(key))
        self.stack.currentWidget().setFocus()

    def current_key(self) -> str:
        page = self.stack.currentWidget()
        return next(key for key, screen in self.screens.items() if screen.built and screen.page is page)

    @property
    def manager_mode(self) -> bool:
        return bool(self._manager_items) and not self._manager_items[0].isHidden()

    def set_person(self, name: str, email: str, *, manager: bool = False) -> None:
        """Show who is signed in, and the moderator workspace only to moderators and staff."""
        self.who.setText(self.tr("Signed in as %1\n%2").replace("%1", name).replace("%2", email))
        for item in self._manager_items:
            item.setHidden(not manager)
        for action in self._manager_actions:
            action.setEnabled(manager)
        if not manager and self.screens[self.current_key()].managers_only:
            self.show_screen(next(iter(self.screens)))

    def show_about(self) -> None:
        AboutDialog.show_for(self.controller.program.database.path.parent, self)

    def show_notice(self, notice: Notice) -> None:
        self.toast.show_notice(notice)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def update_status(self) -> None:
        self.sync.update_waiting()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.toast.isVisible():
            self.toast._place()
