"""The main window: a navigation sidebar, the screens in a stack, a status bar and notifications."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.queries.pulse import Notice
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.resources import resource
from advocate_hub.ui.sync_status import SyncController, SyncStatus
from advocate_hub.ui.toast import Toast
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.widgets import SPACING, button, label


@dataclass(frozen=True, slots=True)
class Screen:
    key: str
    title: str
    icon: QIcon
    page: AppPage


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

        sidebar = QWidget()
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(232)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 2 * SPACING, 0, 2 * SPACING)
        side.setSpacing(SPACING)
        title = label(program_name, name="AppTitle", wrap=True)
        side.addWidget(title)
        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.stack.setObjectName("Screens")
        for number, screen in enumerate(screens, start=1):
            item = QListWidgetItem(screen.icon, screen.title)
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            item.setToolTip(f"{screen.title} (Ctrl+{number})")
            self.navigation.addItem(item)
            self.stack.addWidget(screen.page)
            action = QAction(screen.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=screen.key: self.show_screen(key))
            self.addAction(action)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        side.addWidget(self.navigation, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(2 * SPACING, 0, 2 * SPACING, 0)
        footer.setSpacing(SPACING // 2)
        self.who = label("", "caption", wrap=True, name="SignedInAs")
        footer.addWidget(self.who)
        self.switch_button = button(self.tr("Switch person"), "SwitchPerson", kind="link")
        footer.addWidget(self.switch_button)
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
        self.sync.changed.connect(lambda: self.sync_action.setEnabled(self.sync.can_sync()))
        self.sync_action.setEnabled(self.sync.can_sync())
        self.toast = Toast(central)
        controller.notice.connect(self.show_notice)
        controller.error.connect(self.show_error)
        self.navigation.setCurrentRow(0)

    def show_screen(self, key: str) -> None:
        keys = list(self.screens)
        self.navigation.setCurrentRow(keys.index(key))
        self.stack.currentWidget().setFocus()

    def current_key(self) -> str:
        return list(self.screens)[self.stack.currentIndex()]

    def set_person(self, name: str, email: str) -> None:
        self.who.setText(self.tr("Signed in as %1\n%2").replace("%1", name).replace("%2", email))

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
