"""Leaderboard screen (being written)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advocate_hub.ui.controller import AppController
from advocate_hub.ui.views.base import AppPage


class LeaderboardPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("LeaderboardPage", self.tr("Leaderboard"), controller, parent)

    def reload(self) -> None:
        pass
