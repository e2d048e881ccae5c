"""The About dialog: what a person asking for help is asked first (version, where the data and the log are).

The version and the licence come from the package metadata, the one place they are written; the paths from
``core.paths``, the same functions the app and the CLI use.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from advocate_hub import __version__
from advocate_hub.core.paths import APP_NAME, log_file
from advocate_hub.ui.widgets import SPACING, label


def licence() -> str:
    try:
        meta = metadata(APP_NAME)
    except PackageNotFoundError:  # a source tree that was never installed
        return ""
    return meta.get("License-Expression") or meta.get("License") or ""


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Advocate Hub"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(label(self.tr("Advocate Hub"), "title", name="AboutName"))
        summary = self.tr("Run a customer-advocate program: challenges, points, tiers and rewards.")
        layout.addWidget(label(summary, "muted", wrap=True))
        form = QFormLayout()
        form.setSpacing(SPACING)
        self.details: dict[str, QLabel] = {}
        rows = [
            ("Version", self.tr("Version"), __version__),
            ("DataDir", self.tr("Data folder"), str(data_dir)),
            ("LogFile", self.tr("Log file"), str(log_file())),
            ("Qt", self.tr("Qt"), f"Qt {qVersion()}, PySide6 {PySide6.__version__}"),
            ("Licence", self.tr("Licence"), licence()),
        ]
        for key, caption, value in rows:
            shown = label(value, wrap=True, name=f"About{key}")
            shown.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            shown.setAccessibleName(caption)
            form.addRow(caption, shown)
            self.details[key] = shown
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("AboutButtons")
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("AboutCopy")
        self.copy_button.setAccessibleName(self.tr("Copy these details for a support request"))
        self.copy_button.clicked.connect(self.copy_details)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("AboutClose")
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close.setFocus()
        self.setMinimumWidth(520)
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))

    def text(self) -> str:
        """The details as plain lines, for pasting into a support request."""
        lines = [f"{shown.accessibleName()}: {shown.text()}" for shown in self.details.values()]
        return "\n".join([APP_NAME, *lines])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    @classmethod
    def show_for(cls, data_dir: Path, parent: QWidget | None = None) -> AboutDialog:
        """Open the dialog without blocking (window-modal), deleted when closed."""
        dialog = cls(data_dir, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
