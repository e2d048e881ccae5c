"""The Advocates screen, used as a moderator would: filters, status changes, points with reasons, privacy requests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import func, select

from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, Role
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.store.models import Advocate, AdvocateTotals, AuditEntry, LedgerEntry
from advocate_hub.ui.models.roster_model import RosterColumn
from advocate_hub.ui.views.advocate_history import AdjustPointsDialog, EraseDialog, NominateDialog
from advocate_hub.ui.views.advocates import AdvocatesPage
from advocate_hub.ui.views.import_dialog import ImportAdvocatesDialog

MODERATOR_EMAIL = "maya.chen@example.com"

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


def _count(hub: AppUnderTest, model: Any, *where: Any) -> int:
    return hub.program.read(lambda s: s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _open(hub: AppUnderTest) -> AdvocatesPage:
    hub.sign_in(MODERATOR_EMAIL)
    hub.window.show_screen("advocates")
    hub.settle()
    page = hub.window.screens["advocates"].page
    assert isinstance(page, AdvocatesPage)
    return page


def _shown_ids(page: AdvocatesPage) -> list[int]:
    return [page.model.row_at(n).id for n in range(page.model.rowCount())]  # type: ignore[union-attr]


def _choose(hub: AppUnderTest, page: AdvocatesPage, advocate_id: int) -> int:
    row = page.model.row_of(advocate_id)
    assert row >= 0
    page.table.selectRow(row)
    hub.settle()
    assert page.panel.history is not None
    assert page.panel.history.id == advocate_id
    return row


def test_filter_by_tier_shows_only_that_tier_and_the_over_asking_banner(hub: AppUnderTest, qtmodeltester) -> None:
    page = _open(hub)
    qtmodeltester.check(page.model)
    everyone = page.model.total
    assert everyone > 40
    assert page.banner.isVisible()
    assert "asking limit" in page.banner_title.text()

    page.tier.setCurrentIndex(page.tier.findData(Tier.GOLD.value))
    hub.settle()
    gold = hub.program.read(
        lambda s: set(
            s.scalars(
                select(Advocate.id)
                .join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
                .where(AdvocateTotals.tier == Tier.GOLD, Advocate.role == Role.ADVOCATE)
            )
        )
    )
    assert set(_shown_ids(page)) == gold
    assert page.model.total == len(gold) < everyone
    assert all(page.model.row_at(n).tier is Tier.GOLD for n in range(page.model.rowCount()))  # type: ignore[union-attr]

    page.search.setText("no such person anywhere")
    hub.qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty, timeout=5_000)
    page.search.clear()
    page.tier.setCurrentIndex(0)
    page.show_over_asked()
    hub.settle()
    limit = page.model.fatigue_limit
    assert page.model.rowCount() >= 1
    assert all(page.model.row_at(n).asks_30d >= limit for n in range(page.model.rowCount()))  # type: ignore[union-attr]


def test_adjust_points_through_the_dialog_writes_one_entry_and_one_audit_row(
    hub: AppUnderTest, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _open(hub)
    person = hub.program.read(find_by_email, email="daniel.kim@example.com")
    assert person is not None
    _choose(hub, page, person.id)

    dialog = AdjustPointsDialog(person.name, page)
    qtbot.addWidget(dialog)
    dialog.points.setValue(75)
    assert not dialog.confirm.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.confirm.isEnabled()
    dialog.reason.setText("Hosted the Jakarta meetup")
    assert dialog.confirm.isEnabled()
    monkeypatch.setattr(AdjustPointsDialog, "ask", classmethod(lambda cls, name, parent=None: dialog.values()))

    entries = _count(hub, LedgerEntry)
    audits = _count(hub, AuditEntry)
    page.panel.adjust.click()
    hub.settle()
    assert _count(hub, LedgerEntry) == entries + 1
    assert _count(hub, AuditEntry) == audits + 1
    entry = hub.program.read(lambda s: s.scalars(select(LedgerEntry).order_by(LedgerEntry.id.desc())).first())
    assert (entry.advocate_id, entry.kind, entry.points) == (person.id, LedgerKind.ADJUSTMENT, 75)
    assert entry.reason == "Hosted the Jakarta meetup"
    assert page.panel.history is not None
    assert page.panel.history.ledger[0].id == entry.id
    assert page.panel.ledger.item(0, 0).text() == "Hosted the Jakarta meetup"

    page.adjust_points(person.id, 10, "")
    hub.settle()
    assert _count(hub, LedgerEntry) == entries + 1
    assert page.panel.message.property("role") == "error"


def test_deactivate_export_and_erase_from_the_screen(hub: AppUnderTest, tmp_path: Path, qtbot) -> None:
    page = _open(hub)
    person = hub.program.read(find_by_email, email="budi.santoso@example.com")
    assert person is not None
    assert person.status is AdvocateStatus.ACTIVE
    _choose(hub, page, person.id)
    deactivate = page.panel.status_buttons[AdvocateStatus.DEACTIVATED]
    assert deactivate.isVisible()
    audits = _count(hub, AuditEntry, AuditEntry.action == "advocate.status")
    deactivate.click()
    hub.settle()
    assert hub.program.read(lambda s: s.get(Advocate, person.id).status) is AdvocateStatus.DEACTIVATED
    assert _count(hub, AuditEntry, AuditEntry.action == "advocate.status") == audits + 1
    row = page.model.row_of(person.id)
    assert page.model.index(row, RosterColumn.STATUS).data() == "Deactivated"
    assert "deactivated" in page.panel.message.text()

    person = hub.program.read(find_by_email, email="daniel.kim@example.com")
    assert person is not None
    _choose(hub, page, person.id)

    page.export_privacy(person.id, tmp_path / "export")
    hub.settle()
    files = sorted((tmp_path / "export").iterdir())
    document = next(path for path in files if path.suffix == ".json")
    data = json.loads(document.read_text(encoding="utf-8"))
    assert data["profile"]["email"] == person.email
    assert data["ledger"]
    assert len([path for path in files if path.suffix == ".csv"]) >= 8

    dialog = EraseDialog(person.name, person.email, page)
    qtbot.addWidget(dialog)
    dialog.reason.setText("Their request by email")
    dialog.typed.setText("someone.else@example.com")
    assert not dialog.confirm.isEnabled()
    dialog.typed.setText(person.email.upper())
    assert dialog.confirm.isEnabled()

    page.erase_advocate(person.id, "Their request by email")
    hub.settle()
    erased = hub.program.read(lambda s: s.get(Advocate, person.id))
    assert erased.erased_at is not None
    assert erased.email != person.email
    assert page.panel.history is not None
    assert page.panel.history.name == "Erased advocate"
    assert not page.panel.erase.isEnabled()
    page.erase_advocate(person.id, "Again")
    hub.settle()
    assert "already erased" in page.panel.message.text()


def test_the_import_button_opens_the_import_dialog_for_this_controller(
    hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _open(hub)
    opened: list[Any] = []

    def run(controller: Any, parent: Any) -> int:
        opened.append((controller, parent))
        return 0

    monkeypatch.setattr(ImportAdvocatesDialog, "run", run)
    page.import_button.click()
    assert opened == [(hub.controller, page)]
    assert page.import_button.accessibleName()


def test_nominating_someone_adds_a_nominated_member_and_refuses_a_known_email(
    hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _open(hub)
    monkeypatch.setattr(NominateDialog, "ask", lambda _parent: ("Ines Moreau", "ines@example.org", "Atelier"))
    page.nominate_button.click()
    hub.settle()
    found = hub.program.read(find_by_email, email="ines@example.org")
    assert found is not None
    assert found.status is AdvocateStatus.NOMINATED
    assert _count(hub, AuditEntry, AuditEntry.action == "advocate.create") >= 1

    page.nominate("Someone Else", MODERATOR_EMAIL)
    hub.settle()
    assert "already in the program" in page.panel.message.text()
