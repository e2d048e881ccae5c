"""Privacy requests (``core.services.privacy``): export everything about one person, erase them on request."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, ReferralStage
from advocate_hub.core.domain.errors import InvalidTransition, NotAllowed, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import advocates, ledger, points, privacy, referrals
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.core.store.models import Advocate, AdvocateTotals, AuditEntry, LedgerEntry, Referral, ScoreTotal

NAME = "Zelda Privacyson"
COLLEAGUE = {"name": "Quentin Colleaguer", "email": "quentin.c@example.net", "company": "Acme", "consent": True}


def _story(hub) -> tuple[int, str]:
    """An advocate with proof, a referral that moved on, an adjustment naming them and a status change."""
    zelda = hub.advocate(NAME)
    email = hub.get(Advocate, zelda).email
    hub.complete(zelda, hub.challenge(ChallengeKind.TESTIMONIAL))
    hub.submit(zelda, hub.challenge(ChallengeKind.TESTIMONIAL, title="Another"), {"text": f"=cmd {NAME} wrote"})
    hub.complete(zelda, hub.challenge(ChallengeKind.REVIEW))
    referral_challenge = hub.challenge(ChallengeKind.REFERRAL, min_tier=Tier.COMMUNITY)
    hub.approve(hub.submit(zelda, referral_challenge, dict(COLLEAGUE)).submission.id)
    referral_id = hub.rows(Referral, Referral.referrer_id == zelda)[0].id
    hub.program.run(
        referrals.move, actor_id=hub.mod, referral_id=referral_id, stage=ReferralStage.CONTACTED, deal_value_cents=None
    )
    hub.program.run(
        points.adjust, actor_id=hub.mod, advocate_id=zelda, points=25, reason=f"Thanks {NAME} ({email}) for the talk"
    )
    hub.program.run(advocates.change_status, actor_id=hub.mod, advocate_id=zelda, status=AdvocateStatus.ALUMNI)
    return zelda, email


def _board_sums(hub) -> Counter[tuple[str, str]]:
    rows = hub.program.read(
        lambda session: session.execute(
            select(ScoreTotal.scope, ScoreTotal.period, func.sum(ScoreTotal.points)).group_by(
                ScoreTotal.scope, ScoreTotal.period
            )
        ).all()
    )
    return Counter({(scope, str(period)): int(total) for scope, period, total in rows})


def _assert_totals_consistent(hub) -> None:
    recomputed = hub.program.read(ledger.recompute)
    for totals in hub.rows(AdvocateTotals):
        assert recomputed.balance[totals.advocate_id] == totals.balance
        assert recomputed.lifetime[totals.advocate_id] == totals.lifetime
    stored = {(s.scope, s.period, s.period_start, s.advocate_id): s.points for s in hub.rows(ScoreTotal)}
    assert dict(recomputed.scores.items()) == stored


def _text_hits(path: Path, words: list[str]) -> list[str]:
    """Every (table, column) of the database file whose text contains one of ``words`` (any case)."""
    hits = []
    with sqlite3.connect(path) as db:
        tables = [row[0] for row in db.execute("select name from sqlite_master where type = 'table'")]
        for table in tables:
            for column in [row[1] for row in db.execute(f'pragma table_info("{table}")')]:
                for (value,) in db.execute(f'select cast("{column}" as text) from "{table}"'):
                    text = (value or "").casefold()
                    hits += [f"{table}.{column}: {word}" for word in words if word.casefold() in text]
    return hits


def test_erase_removes_the_person_everywhere_and_keeps_every_total(hub, tmp_path: Path) -> None:
    zelda, email = _story(hub)
    words = [NAME, email, COLLEAGUE["name"], COLLEAGUE["email"]]
    database = tmp_path / "program" / DATABASE_FILENAME
    assert _text_hits(database, words)
    sums = _board_sums(hub)
    entries = hub.count(LedgerEntry, LedgerEntry.advocate_id == zelda)
    balance = hub.totals(zelda).balance

    erasure = hub.program.run(
        privacy.erase, actor_id=hub.mod, advocate_id=zelda, reason=f"Request by {NAME} on the phone"
    )

    assert _text_hits(database, words) == []
    erased = hub.get(Advocate, zelda)
    assert erased.name == privacy.ERASED_NAME
    assert erased.email == f"erased-{erased.uid}@invalid"
    assert erased.erased_at == hub.clock.now
    assert erased.status is AdvocateStatus.OPTED_OUT
    assert not erased.consent_contact
    assert not erased.consent_publish_name
    assert Advocate in erasure.touched
    assert Referral in erasure.touched
    assert hub.count(LedgerEntry, LedgerEntry.advocate_id == zelda) == entries
    assert hub.totals(zelda).balance == balance
    assert _board_sums(hub) == sums
    assert not any(row.visible for row in hub.rows(ScoreTotal, ScoreTotal.advocate_id == zelda))
    _assert_totals_consistent(hub)
    record = hub.rows(AuditEntry, AuditEntry.action == "advocate.erase")
    assert len(record) == 1
    assert record[0].actor_id == hub.mod
    assert record[0].target_id == zelda
    assert "Request by" in record[0].after["reason"]
    assert NAME.casefold() not in json.dumps(record[0].after).casefold()


def test_erase_is_refused_twice_for_oneself_for_advocates_and_without_a_reason(hub) -> None:
    zelda = hub.advocate(NAME)
    other = hub.advocate("Otto Other")
    before = hub.counts()
    with pytest.raises(ValidationError, match="why"):
        hub.program.run(privacy.erase, actor_id=hub.mod, advocate_id=zelda, reason="  ")
    with pytest.raises(NotAllowed):
        hub.program.run(privacy.erase, actor_id=other, advocate_id=zelda, reason="Asked")
    with pytest.raises(NotAllowed, match="own account"):
        hub.program.run(privacy.erase, actor_id=hub.mod, advocate_id=hub.mod, reason="Asked")
    assert hub.counts() == before
    hub.program.run(privacy.erase, actor_id=hub.mod, advocate_id=zelda, reason="Asked")
    with pytest.raises(InvalidTransition, match="already erased"):
        hub.program.run(privacy.erase, actor_id=hub.mod, advocate_id=zelda, reason="Asked again")


def test_export_holds_the_persons_data_as_json_and_safe_csv(hub, tmp_path: Path) -> None:
    zelda, email = _story(hub)
    hub.program.run(points.adjust, actor_id=hub.mod, advocate_id=zelda, points=5, reason="=HYPERLINK(1)")
    with pytest.raises(NotAllowed):
        hub.program.read(privacy.export, actor_id=zelda, advocate_id=zelda)
    data = hub.program.read(privacy.export, actor_id=hub.mod, advocate_id=zelda)
    assert data["profile"]["email"] == email
    assert data["profile"]["name"] == NAME
    assert len(data["submissions"]) == 4
    assert {row["kind"] for row in data["ledger"]} >= {LedgerKind.EARNED.value, LedgerKind.ADJUSTMENT.value}
    assert sum(row["points"] for row in data["ledger"]) == hub.totals(zelda).balance
    assert data["referrals"][0]["email"] == COLLEAGUE["email"]
    assert {row["action"] for row in data["audit"]} >= {"advocate.status", "points.adjustment", "referral.move"}

    files = privacy.write_export(data, tmp_path / "export")
    document = next(path for path in files if path.suffix == ".json")
    assert json.loads(document.read_text(encoding="utf-8")) == data
    tables = {path.stem.rsplit("-", 1)[-1]: path for path in files if path.suffix == ".csv"}
    assert set(tables) == {"profile", *privacy.TABLES}
    with tables["submissions"].open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 4
    assert any(row["proof"].startswith('{"text": "=cmd') for row in rows)
    with tables["ledger"].open(encoding="utf-8-sig", newline="") as stream:
        reasons = [row["reason"] for row in csv.DictReader(stream)]
    assert f"Thanks {NAME} ({email}) for the talk" in reasons
    assert "'=HYPERLINK(1)" in reasons
    with tables["profile"].open(encoding="utf-8-sig", newline="") as stream:
        assert next(csv.DictReader(stream))["email"] == email
