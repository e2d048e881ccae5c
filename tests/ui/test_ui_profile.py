"""The profile: consent and opt-outs saved through the outbox, leaving and rejoining, the referral link and QR."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from advocate_hub.core.domain.enums import AdvocateStatus, Period
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.queries.people import profile
from advocate_hub.core.store.leaderboard import BoardKey, my_row
from advocate_hub.core.store.models import OVERALL_SCOPE
from advocate_hub.core.sync.outbox import oldest, waiting
from advocate_hub.ui.views.profile import LANGUAGES, LeaveDialog, ProfilePage

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


def _open(hub: AppUnderTest) -> tuple[int, ProfilePage]:
    advocate_id = hub.sign_in(hub.email_of_tier("silver"))
    hub.controller.stop()
    hub.window.show_screen("profile")
    hub.settle()
    page = hub.window.screens["profile"].page
    assert isinstance(page, ProfilePage)
    return advocate_id, page


def _click(hub: AppUnderTest, widget: object) -> None:
    hub.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    hub.settle()


def _boards(hub: AppUnderTest, advocate_id: int) -> list[object]:
    """The advocate's row on every board: each period, program-wide and in each of their groups."""
    now = hub.program.clock()
    scopes = [OVERALL_SCOPE, *hub.program.read(profile, advocate_id=advocate_id).groups]
    return [
        hub.program.read(my_row, key=BoardKey(period, now, scope), advocate_id=advocate_id)
        for period in Period
        for scope in scopes
    ]


def test_the_form_shows_the_profile(hub: AppUnderTest) -> None:
    advocate_id, page = _open(hub)
    data = hub.program.read(profile, advocate_id=advocate_id)
    assert page.name.text() == data.name
    assert page.company.text() == data.company
    assert page.language.currentData() == data.language
    assert [page.language.itemData(i) for i in range(len(LANGUAGES))] == ["en", "id", "ms", "ja", "zh"]
    assert page.publish_name.isChecked() == data.consent_publish_name
    assert page.contact.isChecked() == data.consent_contact
    asks = {kind for kind, facts in KIND_PROFILES.items() if facts.is_ask}
    assert set(page.opt_outs) == asks
    assert page.opt_outs[ChallengeKind.REFERENCE_CALL].text() == "No reference calls"
    assert page.code.text() == data.referral_code


def test_saving_consents_and_opt_outs_persists_and_queues_for_sync(hub: AppUnderTest) -> None:
    advocate_id, page = _open(hub)
    before = hub.program.read(profile, advocate_id=advocate_id)
    queued = hub.program.read(waiting)
    page.publish_name.click()
    page.contact.click()
    page.opt_outs[ChallengeKind.REFERENCE_CALL].click()
    page.opt_outs[ChallengeKind.CASE_STUDY].click()
    page.language.setCurrentIndex(page.language.findData("ja"))
    page.company.setText("Globex Asia")

    _click(hub, page.save_button)

    after = hub.program.read(profile, advocate_id=advocate_id)
    assert after.consent_publish_name is not before.consent_publish_name
    assert after.consent_contact is not before.consent_contact
    assert after.opted_out_kinds == before.opted_out_kinds ^ {ChallengeKind.REFERENCE_CALL, ChallengeKind.CASE_STUDY}
    assert after.language == "ja"
    assert after.company == "Globex Asia"
    assert hub.program.read(waiting) == queued + 1
    entry = hub.program.read(oldest, limit=1000)[-1]
    assert entry.kind == "profile.update"
    assert entry.payload["consent_contact"] is after.consent_contact
    assert sorted(entry.payload["opted_out_kinds"]) == sorted(k.value for k in after.opted_out_kinds)
    assert page.save_status.text().startswith("Saved")
    # The page shows what was stored, after the reload.
    assert page.opt_outs[ChallengeKind.REFERENCE_CALL].isChecked() == (
        ChallengeKind.REFERENCE_CALL in after.opted_out_kinds
    )


def test_an_empty_name_is_refused_next_to_the_field_and_nothing_is_saved(hub: AppUnderTest) -> None:
    advocate_id, page = _open(hub)
    before = hub.program.read(profile, advocate_id=advocate_id)
    queued = hub.program.read(waiting)
    page.name.clear()
    page.contact.click()
    _click(hub, page.save_button)
    assert page.errors["name"].isVisibleTo(page)
    assert page.errors["name"].text() == "Enter a name."
    assert page.name.property("invalid") is True
    assert hub.program.read(profile, advocate_id=advocate_id) == before
    assert hub.program.read(waiting) == queued
    # Fixing it clears the error and saves.
    page.name.setText(before.name)
    _click(hub, page.save_button)
    assert not page.errors["name"].isVisibleTo(page)
    assert hub.program.read(profile, advocate_id=advocate_id).consent_contact is not before.consent_contact


def test_leaving_takes_the_advocate_off_every_leaderboard_and_rejoining_restores(
    hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    advocate_id, page = _open(hub)
    assert any(row is not None for row in _boards(hub, advocate_id))
    monkeypatch.setattr(LeaveDialog, "ask", classmethod(lambda cls, parent=None: True))
    assert page.leave_button.isVisible()
    assert not page.rejoin_button.isVisible()

    _click(hub, page.leave_button)

    assert hub.program.read(profile, advocate_id=advocate_id).status is AdvocateStatus.OPTED_OUT
    assert all(row is None for row in _boards(hub, advocate_id))
    assert page.rejoin_button.isVisible()
    assert not page.leave_button.isVisible()
    assert "left the program" in page.membership_text.text()

    _click(hub, page.rejoin_button)

    assert hub.program.read(profile, advocate_id=advocate_id).status is AdvocateStatus.ACTIVE
    assert hub.program.read(my_row, key=BoardKey(Period.ALL, hub.program.clock()), advocate_id=advocate_id)
    assert page.leave_button.isVisible()


def test_leaving_is_explained_and_can_be_called_off(hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch) -> None:
    advocate_id, page = _open(hub)
    dialog = LeaveDialog()
    hub.qtbot.addWidget(dialog)
    text = dialog.explanation.text()
    for words in ("no more challenges", "leaderboards", "points are kept", "rejoin at any time"):
        assert words in text
    assert dialog.stay.isDefault()
    monkeypatch.setattr(LeaveDialog, "ask", classmethod(lambda cls, parent=None: False))
    queued = hub.program.read(waiting)
    _click(hub, page.leave_button)
    assert hub.program.read(profile, advocate_id=advocate_id).status is AdvocateStatus.ACTIVE
    assert hub.program.read(waiting) == queued


def test_copy_link_puts_the_referral_link_on_the_clipboard_and_the_qr_is_drawn(hub: AppUnderTest) -> None:
    advocate_id, page = _open(hub)
    link = hub.program.read(profile, advocate_id=advocate_id).referral_link
    QGuiApplication.clipboard().clear()
    _click(hub, page.copy_button)
    assert QGuiApplication.clipboard().text() == link
    assert page.copied.text() == "Link copied"
    assert not page.qr.pixmap().isNull()
    assert page.qr.pixmap().width() >= 100


def test_the_publish_my_name_switch_decides_whether_boards_name_the_advocate(hub: AppUnderTest) -> None:
    advocate_id, page = _open(hub)
    name = hub.program.read(profile, advocate_id=advocate_id).name
    for _ in range(2):
        page.publish_name.click()
        _click(hub, page.save_button)
        shown = page.publish_name.isChecked()
        assert hub.program.read(profile, advocate_id=advocate_id).consent_publish_name is shown
        rows = [row for row in _boards(hub, advocate_id) if row is not None]
        assert rows
        assert {row.name for row in rows} == ({name} if shown else {""})  # type: ignore[attr-defined]
