"""The profile picker shown at start: choose which person on this machine you are (offline sign-in).

It shows one page of people and asks the core again as the search text changes (``queries.picker``): a program
of a million advocates opens it as fast as one of ten, as it never lists everyone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from advocate_hub.core.domain.enums import AdvocateStatus, Role
from advocate_hub.core.queries.people import Person
from advocate_hub.ui.widgets import SPACING, label, tier_icon

Search = Callable[[str], list[Person]]
"""The people whose email starts with the text (one page of them, by email)."""


class ProfilePicker(QDialog):
    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfilePicker")
        self.setWindowTitle(self.tr("Who are you?"))
        self.resize(440, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(label(self.tr("Choose your profile"), "title"))
        layout.addWidget(label(self.tr("Working offline on this computer's program."), "muted"))
        self.search = QLineEdit()
        self.search.setObjectName("PickerSearch")
        self.search.setPlaceholderText(self.tr("Search by email"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("PickerList")
        self.list.setAccessibleName(self.tr("People"))
        layout.addWidget(self.list, 1)
        self._search = search
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("PickerButtons")
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setObjectName("PickerOpen")
        self.open_button.setAccessibleName(self.tr("Open as the selected person"))
        self.open_button.setProperty("kind", "primary")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("PickerCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._show)
        self.search.returnPressed.connect(self._accept_first_visible)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda current, _old: self.open_button.setEnabled(current is not None))
        self._show("")

    def _show(self, text: str) -> None:
        self.list.clear()
        for person in self._search(text):
            role = "" if person.role is Role.ADVOCATE else f" · {person.role.value}"
            status = "" if person.status is AdvocateStatus.ACTIVE else f" · {person.status.value.replace('_', ' ')}"
            item = QListWidgetItem(tier_icon(person.tier), f"{person.name}\n{person.email}{role}{status}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{person.name}, {person.email}")
            self.list.addItem(item)
        self.list.setCurrentRow(0 if self.list.count() else -1)
        self.open_button.setEnabled(self.list.count() > 0)

    def _accept_first_visible(self) -> None:
        if self.list.currentItem() is not None:
            self.accept()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(cls, search: Search, parent: QWidget | None = None) -> int | None:
        """Show the picker and return the chosen person's id, or None; tests replace this method."""
        dialog = cls(search, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
