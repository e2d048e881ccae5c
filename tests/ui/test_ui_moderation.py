"""The moderation queue, used as a moderator would: by keyboard, with required reasons, and in bulk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import func, select

from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, Role, SubmissionStatus, TemplatePurpose
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.queries.people import people
from advocate_hub.core.services import submissions
from advocate_hub.core.store.models import AuditEntry, Challenge, LedgerEntry, MessageTemplate, Submission
from advocate_hub.ui.views.moderation import ModerationPage

MODERATOR_EMAIL = "maya.chen@example.com"

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


def _pending_ids(hub: AppUnderTest) -> list[int]:
    return hub.program.read(
        lambda s: list(s.scalars(select(Submission.id).where(Submission.status == SubmissionStatus.PENDING)).all())
    )


def _count(hub: AppUnderTest, model: Any, *where: Any) -> int:
    return hub.program.read(lambda s: s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _fill_queue(hub: AppUnderTest, size: int) -> None:
    """Top the demo's queue up to ``size`` pending submissions, through the real submit use case."""
    share = hub.program.read(
        lambda s: s.scalar(select(Challenge.id).where(Challenge.title == "Share the spring launch post"))
    )
    advocates = [p for p in hub.program.read(people) if p.role is Role.ADVOCATE and p.status is AdvocateStatus.ACTIVE]
    for number, person in enumerate(advocates):
        if len(_pending_ids(hub)) >= size:
            break
        try:
            hub.program.run(
                submissions.submit,
                advocate_id=person.id,
                challenge_id=share,
                proof={"link": f"https://social.example/posts/{number}"},
                disclosure_acknowledged=True,
            )
        except AdvocateHubError:
            continue
    assert len(_pending_ids(hub)) == size


def _open(hub: AppUnderTest) -> ModerationPage:
    hub.sign_in(MODERATOR_EMAIL)
    hub.window.show_screen("moderation")
    hub.settle()
    page = hub.window.screens["moderation"].page
    assert isinstance(page, ModerationPage)
    hub.window.activateWindow()
    page.list.setFocus()
    hub.qtbot.waitUntil(page.list.hasFocus)
    return page


def _current_id(page: ModerationPage) -> int:
    item = page.current_item()
    assert item is not None
    return item.submission_id


def test_a_queue_of_ten_is_processed_by_keyboard_alone(hub: AppUnderTest) -> None:
    _fill_queue(hub, 10)
    page = _open(hub)
    qtbot = hub.qtbot
    assert page.model.rowCount() == 10
    assert page.summary.text().startswith("10 waiting")
    plan = ["A", "R", "C", "A", "A", "R", "A", "C", "A", "A"]
    decided: dict[int, tuple[SubmissionStatus, str]] = {}

    for step, key in enumerate(plan):
        first = _current_id(page)
        if step < len(plan) - 1:
            qtbot.keyClick(page.list, Qt.Key.Key_J)
            assert _current_id(page) != first
            qtbot.keyClick(page.list, Qt.Key.Key_K)
            assert _current_id(page) == first
        qtbot.keyClick(page.list, getattr(Qt.Key, f"Key_{key}"))
        if key == "A":
            decided[first] = (SubmissionStatus.APPROVED, "")
        else:
            hub.settle()
            assert page.detail.error.isVisible()
            assert page.detail.note.hasFocus()
            reason = "The link does not open" if key == "R" else "Please add a sentence about your results"
            qtbot.keyClicks(page.detail.note, reason)
            hub.settle()
            assert first in _pending_ids(hub), "typing letters in the note must not decide anything"
            qtbot.keyClick(page.detail.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            status = SubmissionStatus.REJECTED if key == "R" else SubmissionStatus.CHANGES_REQUESTED
            decided[first] = (status, reason)
        hub.settle()
        assert first not in _pending_ids(hub)
        assert page.model.rowCount() == len(plan) - step - 1
        if page.model.rowCount():
            assert page.current_item() is not None
            qtbot.waitUntil(page.list.hasFocus)

    assert _pending_ids(hub) == []
    moderator = hub.moderator_id()
    for submission_id, (status, note) in decided.items():
        row = hub.program.read(lambda s, i=submission_id: s.get(Submission, i))
        assert (row.status, row.decided_by) == (status, moderator)
        if note:
            assert row.decision_note == note
        earned = _count(
            hub, LedgerEntry, LedgerEntry.submission_id == submission_id, LedgerEntry.kind == LedgerKind.EARNED
        )
        assert earned == (1 if status is SubmissionStatus.APPROVED else 0)
    assert page.stack.currentWidget() is not page.stack.widget(0)
    assert page.empty.title.text() == "All caught up"
    assert page.summary.text().startswith("0 waiting")


def test_reject_without_a_reason_is_refused_and_a_reason_can_become_a_template(hub: AppUnderTest) -> None:
    page = _open(hub)
    before = (_pending_ids(hub), _count(hub, AuditEntry), _count(hub, LedgerEntry))
    target = _current_id(page)

    hub.qtbot.keyClick(page.list, Qt.Key.Key_R)
    hub.settle()
    assert page.detail.error.isVisible()
    assert "rejected" in page.detail.error.text()
    page.detail.note.setPlainText("   ")
    page.detail.reject_button.click()
    hub.settle()
    page.detail.changes_button.click()
    hub.settle()

    assert "should change" in page.detail.error.text()
    assert (_pending_ids(hub), _count(hub, AuditEntry), _count(hub, LedgerEntry)) == before
    assert _current_id(page) == target

    # The words written for a rejection can be kept as a template, which the picker then offers.
    picker = page.detail.template_picker
    offered = [picker.itemData(i) for i in range(picker.count())]
    assert any("does not open" in str(body) for body in offered)

    page.detail.note.setPlainText("The review is for a different product; please check the link.")
    page.save_template(TemplatePurpose.REJECTION)
    hub.settle()

    assert hub.program.read(lambda s: s.scalars(select(MessageTemplate.title)).all()) == [
        "The review is for a different…"
    ]
    offered = [picker.itemData(i) for i in range(picker.count())]
    assert "The review is for a different product; please check the link." in offered
    assert not any("does not open" in str(body) for body in offered)
    picker.activated.emit(offered.index("The review is for a different product; please check the link."))
    assert page.detail.note_text() == "The review is for a different product; please check the link."


def test_bulk_approve_writes_one_ledger_entry_and_one_audit_row_each(hub: AppUnderTest) -> None:
    page = _open(hub)
    rows = page.model.rowCount()
    assert rows >= 3
    selection = page.list.selectionModel()
    for row in range(3):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    chosen = [item.submission_id for item in page.selected_items()]
    assert len(chosen) == 3
    assert page.bulk_button.text() == "Approve selected (3)"
    entries, audits = _count(hub, LedgerEntry), _count(hub, AuditEntry)

    page.bulk_button.click()
    hub.settle()

    assert _count(hub, LedgerEntry) == entries + 3
    assert _count(hub, AuditEntry) == audits + 3
    for submission_id in chosen:
        assert _count(hub, LedgerEntry, LedgerEntry.submission_id == submission_id) == 1
        assert (
            _count(hub, AuditEntry, AuditEntry.target_id == submission_id, AuditEntry.action == "submission.approve")
            == 1
        )
    assert page.model.rowCount() == rows - 3
    assert not set(chosen) & set(_pending_ids(hub))
