"""Moderators edit their message templates: create, change and delete, each audited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from advocate_hub.core.domain.enums import TemplatePurpose
from advocate_hub.core.store.models import AuditEntry, MessageTemplate
from advocate_hub.ui.views.templates_dialog import TemplatesDialog

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest

MODERATOR = "maya.chen@example.com"


def _saved(hub: AppUnderTest) -> list[tuple[str, str, str]]:
    rows = hub.program.read(lambda s: s.scalars(select(MessageTemplate).order_by(MessageTemplate.id)).all())
    return [(row.purpose.value, row.title, row.body) for row in rows]


def _actions(hub: AppUnderTest) -> list[str]:
    return hub.program.read(
        lambda s: list(s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("template.%"))))
    )


def test_templates_are_created_edited_and_deleted(hub: AppUnderTest) -> None:
    hub.sign_in(MODERATOR)
    dialog = TemplatesDialog(hub.controller)
    hub.qtbot.addWidget(dialog)
    hub.settle()
    assert dialog.list.count() > 0  # the built-in thank-you notes
    assert not dialog.delete_button.isEnabled()

    dialog.purpose.setCurrentIndex(dialog.purpose.findData(TemplatePurpose.REJECTION))
    hub.settle()
    dialog.start_new()
    dialog.save("Private profile", "We could not open the post: is the profile public?")
    hub.settle()
    assert _saved(hub) == [("rejection", "Private profile", "We could not open the post: is the profile public?")]
    assert dialog.current() is not None
    assert dialog.current().title == "Private profile"  # type: ignore[union-attr]

    dialog.save("Private profile", "The post is not public yet; make it public and send it again.")
    hub.settle()
    assert _saved(hub)[0][2] == "The post is not public yet; make it public and send it again."

    dialog.save("", "no title")
    hub.settle()
    assert "title" in dialog.message.text().lower()

    dialog.delete_current()
    hub.settle()
    assert _saved(hub) == []
    assert _actions(hub) == ["template.create", "template.update", "template.delete"]
