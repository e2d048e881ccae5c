"""Audit log (moderators and staff): STUB, replaced by the page's real implementation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advocate_hub.ui.controller import AppController
from advocate_hub.ui.views.base import AppPage


class AuditLogPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("AuditLogPage", self.tr("Audit log"), controller, parent)

    def reload(self) -> None:
        return
