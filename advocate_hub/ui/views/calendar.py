"""Content calendar (moderators and staff): STUB, replaced by the page's real implementation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advocate_hub.ui.controller import AppController
from advocate_hub.ui.views.base import AppPage


class CalendarPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("CalendarPage", self.tr("Content calendar"), controller, parent)

    def reload(self) -> None:
        return
