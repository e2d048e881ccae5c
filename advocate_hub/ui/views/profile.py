"""Profile screen (being written)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advocate_hub.ui.controller import AppController
from advocate_hub.ui.views.base import AppPage


class ProfilePage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("ProfilePage", self.tr("Profile"), controller, parent)

    def reload(self) -> None:
        pass
