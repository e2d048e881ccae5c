"""The challenge editor: a challenge made through the form, inline validation, preview by tier, dry run."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.challenges import ChallengeStatus
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.reach import dry_run
from advocate_hub.core.store.models import AuditEntry, Challenge
from advocate_hub.ui.views.challenge_editor import ChallengeEditorPage
from advocate_hub.ui.views.challenge_form import from_qt, to_qt
from tests.ui.conftest import MODERATOR_EMAIL

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


def open_editor(hub: AppUnderTest) -> ChallengeEditorPage:
    hub.sign_in(MODERATOR_EMAIL)
    hub.window.show_screen("challenge-editor")
    hub.settle()
    page = hub.window.screens["challenge-editor"].page
    assert isinstance(page, ChallengeEditorPage)
    return page


def challenge_titled(session: Session, title: str) -> Challenge | None:
    row = session.scalars(select(Challenge).where(Challenge.title == title)).one_or_none()
    if row is not None:
        session.expunge(row)
    return row


def pick_kind(page: ChallengeEditorPage, kind: ChallengeKind) -> None:
    page.form.kind.setCurrentIndex(page.form.kind.findData(kind.value))


def test_a_challenge_is_created_through_the_form_and_an_empty_title_blocks_saving(hub: AppUnderTest) -> None:
    page = open_editor(hub)
    form = page.form
    page.new_button.click()

    hub.qtbot.keyClicks(form.title, "Tell us about your rollout")
    form.title.clear()
    assert not page.save_button.isEnabled()
    assert form.errors["title"].isVisible()
    assert "title" in form.errors["title"].text()

    hub.qtbot.keyClicks(form.title, "Record a rollout story")
    form.starts.setDateTime(to_qt(form.now - timedelta(days=3)))
    form.expires.setDateTime(to_qt(form.now - timedelta(days=1)))
    assert "in the past" in form.errors["expires_at"].text()
    assert form.errors["expires_at"].isVisible()
    assert not page.save_button.isEnabled()
    form.expires.setDateTime(to_qt(form.now + timedelta(days=10)))
    assert not form.errors["expires_at"].isVisible()
    pick_kind(page, ChallengeKind.VIDEO_TESTIMONIAL)
    assert (form.barrier.currentData(), form.min_tier.currentData()) == ("medium", "silver")
    assert form.points.value() == 250
    assert form.disclosure.isChecked()
    form.tiers[Tier.GOLD].setChecked(True)
    assert not form.errors["title"].isVisible()
    assert page.save_button.isEnabled()

    hub.qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    hub.settle()

    saved = hub.program.read(challenge_titled, title="Record a rollout story")
    assert saved is not None
    assert (saved.kind, saved.points, saved.audience_tiers) == (ChallengeKind.VIDEO_TESTIMONIAL, 250, ["gold"])
    assert saved.disclosure_required
    audited = hub.program.read(
        lambda session: session.scalar(
            select(AuditEntry.action).where(AuditEntry.target_type == "challenge", AuditEntry.target_id == saved.id)
        )
    )
    assert audited == "challenge.create"
    assert page.selected is not None
    assert page.selected.id == saved.id


def test_preview_by_tier_and_dry_run_before_publishing(hub: AppUnderTest) -> None:
    page = open_editor(hub)
    form = page.form
    hub.qtbot.keyClicks(form.title, "Gold circle roundtable")
    form.starts.setDateTime(to_qt(form.now - timedelta(hours=1)))
    form.tiers[Tier.GOLD].setChecked(True)

    page.preview_tier.setCurrentIndex(page.preview_tier.findData(Tier.GOLD.value))
    gold = (page.preview.state.text(), page.preview.reason.isVisible())
    page.preview_tier.setCurrentIndex(page.preview_tier.findData(Tier.COMMUNITY.value))
    community = (page.preview.state.text(), page.preview.reason.text())

    assert gold == ("Open", False)
    assert community[0] == "Locked"
    assert "Gold" in community[1]

    expected = hub.program.read(dry_run, draft=form.draft(), now=form.now)
    assert expected.audience > 0

    page.dry_run_button.click()
    hub.settle()

    assert page.reach_result.isVisible()
    assert page.reach_result.text() == (
        f"Would reach {expected.audience} advocates; {expected.at_fatigue_limit} of them are at the fatigue limit."
    )
    assert hub.program.read(challenge_titled, title="Gold circle roundtable") is None
    hub.qtbot.keyClicks(form.title, "!")
    assert not page.reach_result.isVisible()


def test_expire_and_archive_a_live_challenge_from_the_list(hub: AppUnderTest) -> None:
    page = open_editor(hub)
    live = next(entry for entry in page.data.challenges if entry.status is ChallengeStatus.LIVE)
    page.search.setText(live.draft.title)
    page.list.setCurrentRow(0)
    assert page.selected is not None
    assert page.selected.id == live.id
    assert from_qt(page.form.starts.dateTime()) == live.draft.starts_at.replace(microsecond=0)

    page.expire_button.click()
    hub.settle()
    assert hub.program.read(challenge_titled, title=live.draft.title).expires_at is not None
    assert page.selected is not None
    assert page.selected.status is ChallengeStatus.EXPIRED
    assert not page.expire_button.isEnabled()

    page.archive_button.click()
    hub.settle()
    assert hub.program.read(challenge_titled, title=live.draft.title).archived_at is not None
    assert not page.save_button.isEnabled()
