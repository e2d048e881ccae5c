"""Managing the moderators' message templates: thank-you notes, rejection reasons and change requests.

The built-in defaults are offered until a purpose has templates of its own; editing a default saves it as the
program's own copy. Every change goes through ``core.services.templates`` (managers only, audited).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from advocate_hub.core.domain.enums import TemplatePurpose
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.services import templates
from advocate_hub.core.services.templates import TemplateItem
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.widgets import SPACING, button, label

PURPOSE_LABELS = {
    TemplatePurpose.THANK_YOU: QWidget.tr("Thank-you notes"),
    TemplatePurpose.REJECTION: QWidget.tr("Rejection reasons"),
    TemplatePurpose.CHANGES: QWidget.tr("Change requests"),
}


class TemplatesDialog(QDialog):
    """A list of one purpose's templates beside an editor for the selected one."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("TemplatesDialog")
        self.setWindowTitle(self.tr("Message templates"))
        self.setMinimumSize(720, 440)
        self.items: list[TemplateItem] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(label(self.tr("Message templates"), "title", name="TemplatesTitle"))
        self.purpose = QComboBox()
        self.purpose.setObjectName("TemplatesPurpose")
        self.purpose.setAccessibleName(self.tr("Kind of message"))
        for purpose, text in PURPOSE_LABELS.items():
            self.purpose.addItem(text, purpose)
        layout.addWidget(self.purpose)

        row = QHBoxLayout()
        row.setSpacing(2 * SPACING)
        self.list = QListWidget()
        self.list.setObjectName("TemplatesList")
        self.list.setAccessibleName(self.tr("Templates"))
        row.addWidget(self.list, 2)
        editor = QFormLayout()
        self.title_field = QLineEdit()
        self.title_field.setObjectName("TemplateTitle")
        self.title_field.setAccessibleName(self.tr("Template title"))
        self.body_field = QPlainTextEdit()
        self.body_field.setObjectName("TemplateBody")
        self.body_field.setAccessibleName(self.tr("Template text"))
        self.body_field.setTabChangesFocus(True)
        editor.addRow(self.tr("Title"), self.title_field)
        editor.addRow(self.tr("Text"), self.body_field)
        buttons = QHBoxLayout()
        self.new_button = button(self.tr("New"), "TemplateNew", kind="quiet")
        self.delete_button = button(self.tr("Delete"), "TemplateDelete", kind="danger")
        self.save_button = button(self.tr("Save"), "TemplateSave", kind="primary")
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor.addRow(buttons)
        self.message = label("", "caption", wrap=True, name="TemplatesMessage")
        editor.addRow(self.message)
        row.addLayout(editor, 3)
        layout.addLayout(row, 1)
        close = button(self.tr("Close"), "TemplatesClose", kind="quiet")
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

        self.purpose.currentIndexChanged.connect(lambda _index: self.reload())
        self.list.currentRowChanged.connect(self._show)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(lambda: self.save(self.title_field.text(), self.body_field.toPlainText()))
        self.delete_button.clicked.connect(self.delete_current)
        self.reload()

    @property
    def current_purpose(self) -> TemplatePurpose:
        return TemplatePurpose(self.purpose.currentData())

    def current(self) -> TemplateItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def reload(self, select_title: str | None = None) -> None:
        actor = self.controller.advocate_id

        def arrived(found: list[TemplateItem]) -> None:
            self.items = found
            self.list.clear()
            for item in found:
                text = item.title if item.id is not None else self.tr("%1 (built in)").replace("%1", item.title)
                self.list.addItem(QListWidgetItem(text))
            titles = [item.title for item in found]
            self.list.setCurrentRow(titles.index(select_title) if select_title in titles else (0 if found else -1))

        self.controller.load(templates.list_for, arrived, actor_id=actor, purpose=self.current_purpose)

    def _show(self, _row: int) -> None:
        item = self.current()
        self.title_field.setText(item.title if item else "")
        self.body_field.setPlainText(item.body if item else "")
        self.delete_button.setEnabled(item is not None and item.id is not None)

    def start_new(self) -> None:
        self.message.clear()
        self.list.setCurrentRow(-1)
        self.title_field.clear()
        self.body_field.clear()
        self.title_field.setFocus()

    def save(self, title: str, body: str) -> None:
        """Save the editor: the selected saved template is updated; a new one or a built-in is added."""
        item = self.current()
        common = {"actor_id": self.controller.advocate_id, "title": title, "body": body}
        if item is not None and item.id is not None:
            action, kwargs = templates.update, {**common, "template_id": item.id}
        else:
            action, kwargs = templates.create, {**common, "purpose": self.current_purpose}
        self.controller.act(
            action,
            on_done=lambda _row: self._done(self.tr("Saved."), title.strip()),
            on_error=self._failed,
            **kwargs,
        )

    def delete_current(self) -> None:
        item = self.current()
        if item is None or item.id is None:
            return
        self.controller.act(
            templates.delete,
            on_done=lambda _none: self._done(self.tr("Deleted."), None),
            on_error=self._failed,
            actor_id=self.controller.advocate_id,
            template_id=item.id,
        )

    def _done(self, text: str, select_title: str | None) -> None:
        self.reload(select_title)
        self.message.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(str(error) if isinstance(error, AdvocateHubError) else self.tr("That did not work."))
