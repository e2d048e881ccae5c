"""The rewards desk as a moderator uses it: fulfil and cancel with a refund from the queue, edit the catalog.

One test walks both tabs, because starting the whole app costs more than everything the test does in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy import func, select

from advocate_hub.core.domain.enums import LedgerKind, RedemptionStatus
from advocate_hub.core.queries.pulse import pulse
from advocate_hub.core.store.models import AuditEntry, LedgerEntry, Redemption, Reward
from advocate_hub.ui.views.fulfilment import FulfilmentPage
from tests.ui.conftest import MODERATOR_EMAIL

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


def open_desk(hub: AppUnderTest) -> FulfilmentPage:
    hub.sign_in(MODERATOR_EMAIL)
    hub.window.show_screen("fulfilment")
    hub.settle()
    page = hub.window.screens["fulfilment"].page
    assert isinstance(page, FulfilmentPage)
    return page


def redemption(hub: AppUnderTest, redemption_id: int) -> Redemption:
    def read(session):
        row = session.get(Redemption, redemption_id)
        session.expunge(row)
        return row

    return hub.program.read(read)


def click(hub: AppUnderTest, widget) -> None:
    hub.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    hub.settle()


def test_fulfil_cancel_with_refund_and_edit_the_catalog(hub: AppUnderTest, qtmodeltester: ModelTester) -> None:
    page = open_desk(hub)
    queue = page.queue_model.rows()
    assert len(queue) >= 2
    assert [item.requested_at for item in queue] == sorted(item.requested_at for item in queue)
    qtmodeltester.check(page.queue_model)
    qtmodeltester.check(page.catalog_model)
    first = queue[0]
    assert page.panel.who.text() == first.advocate_name

    page.panel.note.setPlainText("Posted today, enjoy!")
    click(hub, page.panel.fulfil)

    row = redemption(hub, first.redemption_id)
    assert (row.status, row.note, row.decided_by) == (
        RedemptionStatus.FULFILLED,
        "Posted today, enjoy!",
        hub.moderator_id(),
    )
    assert first.redemption_id not in [item.redemption_id for item in page.queue_model.rows()]
    assert "Fulfilled" in page.queue_message.text()

    item = page.queue_model.rows()[1]
    page.queue_view.selectRow(1)
    assert page.panel.who.text() == item.advocate_name
    balance = hub.program.read(pulse, advocate_id=item.advocate_id).balance

    click(hub, page.panel.cancel)

    assert page.panel.error.isVisible()
    assert "Say why" in page.panel.error.text()
    assert redemption(hub, item.redemption_id).status is RedemptionStatus.REQUESTED

    page.panel.note.setPlainText("Sold out in that size")
    click(hub, page.panel.cancel)

    assert redemption(hub, item.redemption_id).status is RedemptionStatus.CANCELLED
    assert hub.program.read(pulse, advocate_id=item.advocate_id).balance == balance + item.cost
    entries = hub.program.read(
        lambda s: s.execute(
            select(LedgerEntry.kind, LedgerEntry.points, LedgerEntry.reverses_id)
            .where(LedgerEntry.advocate_id == item.advocate_id)
            .order_by(LedgerEntry.id.desc())
            .limit(1)
        ).one()
    )
    spent_id = hub.program.read(
        lambda s: s.scalar(select(LedgerEntry.id).where(LedgerEntry.redemption_id == item.redemption_id))
    )
    assert tuple(entries) == (LedgerKind.REVERSAL, item.cost, spent_id)

    # The catalog: a bad value is refused inline and changes nothing; then add, edit and retire.
    page.tabs.setCurrentIndex(1)
    page.catalog_view.selectRow(0)
    reward = page.catalog_model.rows()[0]
    assert page.form.name.text() == reward.name
    audits = hub.program.read(lambda s: s.scalar(select(func.count()).select_from(AuditEntry)))

    page.form.stock.setText("-3")
    click(hub, page.form.save)

    assert page.form.errors["stock"].isVisible()
    assert "cannot be negative" in page.form.errors["stock"].text()
    stored = hub.program.read(lambda s: s.get(Reward, reward.id))
    assert (stored.stock, stored.cost, stored.name) == (reward.stock, reward.cost, reward.name)
    assert hub.program.read(lambda s: s.scalar(select(func.count()).select_from(AuditEntry))) == audits

    page.form.stock.setText("12")
    page.form.cost.setText("0")
    click(hub, page.form.save)

    assert "between 1" in page.form.errors["cost"].text()
    assert not page.form.errors["stock"].isVisible()

    click(hub, page.new_reward)
    page.form.name.setText("Coffee with the CEO")
    page.form.cost.setText("2,500")
    page.form.stock.setText("3")

    click(hub, page.form.save)

    names = {row.name: row for row in page.catalog_model.rows()}
    added = names["Coffee with the CEO"]
    assert (added.cost, added.stock, added.active) == (2500, 3, True)
    assert page.form.reward is not None
    assert page.form.reward.id == added.id
    assert "Saved" in page.form.message.text()

    page.form.stock.setText("")
    click(hub, page.form.save)
    click(hub, page.form.toggle)

    stored = hub.program.read(lambda s: s.get(Reward, added.id))
    assert (stored.stock, stored.active) == (None, False)
    assert page.form.toggle.text() == "Offer again"
    actions = hub.program.read(
        lambda s: list(
            s.scalars(
                select(AuditEntry.action).where(AuditEntry.target_type == "reward", AuditEntry.target_id == added.id)
            )
        )
    )
    assert actions == ["reward.create", "reward.update", "reward.retire"]
