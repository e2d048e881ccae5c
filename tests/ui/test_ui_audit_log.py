"""The audit log screen: the filter bar shows exactly the rows a brute-force filter finds; CSV export is safe."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from advocate_hub.core.services import audit
from advocate_hub.core.store.models import Advocate, AuditEntry
from advocate_hub.ui.views.audit_log import AuditLogPage
from tests.ui.conftest import MODERATOR_EMAIL

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest

FORMULA = "=cmd|' /C calc'!A0"


def raw(hub: AppUnderTest) -> list[tuple[int, str, str, str, dict | None]]:
    """Every audit row as (id, actor name, action, target type, after), newest first, straight from the table."""
    rows = hub.program.read(
        lambda s: s.execute(
            select(AuditEntry.id, Advocate.name, AuditEntry.action, AuditEntry.target_type, AuditEntry.after)
            .outerjoin(Advocate, Advocate.id == AuditEntry.actor_id)
            .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
        ).all()
    )
    return [tuple(row) for row in rows]


def load_all(hub: AppUnderTest, page: AuditLogPage) -> list[int]:
    while page.model.canFetchMore():
        page.model.fetchMore()
        hub.settle()
    return [row.id for row in page.model.rows()]


def test_filters_match_a_brute_force_filter_and_the_export_is_safe(
    hub: AppUnderTest, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    moderator = hub.moderator_id()
    hub.program.run(
        audit.record,
        actor_id=moderator,
        action="redemption.cancel",
        target_type="redemption",
        target_id=1,
        before={"status": "requested"},
        after={"status": "cancelled", "reason": FORMULA},
    )
    hub.sign_in(MODERATOR_EMAIL)
    hub.window.show_screen("audit")
    hub.settle()
    page = hub.window.screens["audit"].page
    assert isinstance(page, AuditLogPage)
    page.model.page_size = 40
    rows = raw(hub)
    page.apply_filter()
    hub.settle()
    assert page.model.total == len(rows) > 40
    assert load_all(hub, page) == [row[0] for row in rows]
    qtmodeltester.check(page.model)
    assert page.details.toPlainText().startswith(rows[0][2])

    page.actor.setCurrentIndex(page.actor.findData(moderator))
    page.action.setCurrentIndex(page.action.findData("redemption."))
    hub.settle()
    wanted = [r[0] for r in rows if r[1] == "Maya Chen" and r[2].startswith("redemption.")]
    assert 1 < len(wanted) < len(rows)
    assert load_all(hub, page) == wanted
    assert page.count.text() == f"{len(wanted)} entries"

    page.search.setText("CALC")
    page.apply_filter()
    hub.settle()
    assert load_all(hub, page) == [rows[0][0]]

    page.search.clear()
    page.action.setCurrentIndex(0)
    page.target.setCurrentIndex(page.target.findData("redemption"))
    page.apply_filter()
    hub.settle()
    wanted = [r[0] for r in rows if r[1] == "Maya Chen" and r[3] == "redemption"]
    assert load_all(hub, page) == wanted

    path = tmp_path / "audit.csv"
    page.export_csv(path)
    hub.settle()

    with path.open(encoding="utf-8-sig", newline="") as stream:
        header, *lines = list(csv.reader(stream))
    assert len(lines) == len(wanted)
    assert [line[3] for line in lines] == [r[2] for r in rows if r[0] in wanted]
    assert lines[0][header.index("reason")] == "'" + FORMULA
    assert not any(cell.startswith(("=", "+", "-", "@")) for line in lines for cell in line)
    assert str(path) in page.message.text()
