"""What every screen of the main window shares: a title, the controller, and reloading when data changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advocate_hub.ui.controller import AppController
from advocate_hub.ui.widgets import Page


class AppPage(Page):
    """A screen that reloads its data in the background when shown and whenever the program changes.

    A page that is hidden when data changes is only marked stale and reloads when it is shown again, so one
    action never makes every screen hit the database.
    """

    def __init__(self, name: str, title: str, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(name, title, parent)
        self.setObjectName(name)
        self.controller = controller
        self._stale = True
        controller.changed.connect(self._on_changed)
        controller.advocate_changed.connect(lambda _id: self._on_changed())

    def _on_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if self.controller.advocate_id is None:
            return
        self._stale = False
        self.reload()

    def reload(self) -> None:
        """Ask the controller for this page's data; subclasses fill their widgets when it arrives."""
        raise NotImplementedError
