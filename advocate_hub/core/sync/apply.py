"""Applying pulled changes (docs/sync-protocol.md, Pull) to the local tables, inside the caller's transaction.

Rows are matched by uid (or the entity's key: a badge's slug, a score's ``ADVOCATE:SCOPE:PERIOD:START``); an
upsert replaces the whole row, so the server's row replaces an optimistic local one with the same uid. References
arrive as uids and are mapped to local integer ids. Totals (``totals``, ``score``) are taken as the server sent
them. Within a page only the last version of each row matters (an upsert carries the whole row), so a page is
reduced to one change per row and applied in reference order (challenges before submissions before ledger
entries), which also covers one server transaction whose changes were numbered in another order. Other people's
public rows and leaderboard rows, tens of thousands in a first pull, are written one statement per kind and page
with rows already in storage form (``bulk``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Date, Table, bindparam, delete, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus
from advocate_hub.core.services.ledger import forget_groups
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateBadge,
    AdvocateGroup,
    AdvocateTotals,
    AuditEntry,
    BadgeDefinitionRow,
    Base,
    Challenge,
    Decline,
    Group,
    LedgerEntry,
    Redemption,
    Referral,
    Reward,
    ScoreTotal,
    Submission,
    SyncState,
)
from advocate_hub.core.store.page_cache import roomy_page_cache
from advocate_hub.core.store.types import UTCDateTime
from advocate_hub.core.sync import bulk
from advocate_hub.core.sync.protocol import PRIVATE_ADVOCATE_FIELDS

M = TypeVar("M", bound=Base)

ORDER = (
    "advocate",
    "challenge",
    "reward",
    "badge",
    "submission",
    "redemption",
    "referral",
    "decline",
    "ledger_entry",
    "advocate_badge",
    "totals",
    "score",
)
PLACEHOLDER_CREATED = datetime(1970, 1, 1, tzinfo=UTC)
SELF_KEY = "advocate_uid"
"""SyncState key: the uid of the account this data dir syncs as (owned rows belong to it)."""


def _convert(model: type[Base], name: str, value: Any) -> Any:
    if value is None:
        return None
    column = sa_inspect(model).columns[name]
    kind = column.type
    if isinstance(kind, SAEnum) and kind.enum_class is not None:
        enum_class: Any = kind.enum_class
        return enum_class(value)
    if isinstance(kind, UTCDateTime):
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    if isinstance(kind, Date):
        return date.fromisoformat(str(value))
    return value


def _assign(row: Base, model: type[Base], data: dict[str, Any], names: Iterable[str]) -> None:
    for name in names:
        if name in data:
            setattr(row, name, _convert(model, name, data[name]))


class Applier:
    """Applies pages of changes in one session, remembering uid → local id lookups along the way."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._ids: dict[tuple[type[Base], str], int | None] = {}
        self._self_id: int | None = None
        self._stored: dict[tuple[type[Base], str, Any], Any] = {}

    def stored(self, model: type[Base], name: str, value: Any) -> Any:
        """A pulled value of one of the few-valued columns (enums, dates, booleans) in its storage form, converted
        by the column's type once per distinct value: the bulk writes skip SQLAlchemy's per-row conversion."""
        key = (model, name, value)
        if key not in self._stored:
            dialect = self.session.get_bind().dialect
            self._stored[key] = bulk.stored(_table(model).c[name], _convert(model, name, value), dialect)
        return self._stored[key]

    # ---- lookups ------------------------------------------------------------------------------------------------

    def id_of(self, model: type[Base], uid: str | None, key: str = "uid") -> int | None:
        if uid is None:
            return None
        cache_key = (model, uid)
        if cache_key not in self._ids or self._ids[cache_key] is None:
            column = getattr(model, key)
            self._ids[cache_key] = self.session.scalar(select(model.id).where(column == uid))  # type: ignore[attr-defined]
        return self._ids[cache_key]

    def self_id(self) -> int:
        if self._self_id is None:
            uid = self.session.scalar(select(SyncState.value).where(SyncState.key == SELF_KEY))
            found = self.id_of(Advocate, uid) if uid else None
            if found is None:
                raise RuntimeError("the signed-in account's own advocate row has not been pulled yet")
            self._self_id = found
        return self._self_id

    def ids_of(self, model: type[Base], uids: Iterable[str]) -> dict[str, int]:
        """Local ids of many uids at once (one query per 500 unknown ones), remembered for later pages."""
        wanted = {uid for uid in uids if self._ids.get((model, uid)) is None}
        listed = sorted(wanted)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            query = select(model.uid, model.id).where(model.uid.in_(chunk))  # type: ignore[attr-defined]
            for uid, row_id in self.session.execute(query):
                self._ids[(model, uid)] = row_id
        return {uid: found for uid in uids if (found := self._ids.get((model, uid))) is not None}

    def owner_of(self, change: dict[str, Any]) -> int:
        """The local id of the advocate an owned row belongs to: its ``owner`` (a moderator's replica) or oneself."""
        owner = change.get("owner")
        if not owner:
            return self.self_id()
        return self._required(Advocate, owner)

    def _existing(self, model: type[M], uids: list[str], key: str = "uid") -> dict[str, M]:
        column = getattr(model, key)
        found: dict[str, M] = {}
        for start in range(0, len(uids), 500):
            for row in self.session.scalars(select(model).where(column.in_(uids[start : start + 500]))):
                found[getattr(row, key)] = row
        return found

    # ---- pages --------------------------------------------------------------------------------------------------

    def apply(self, changes: list[dict[str, Any]]) -> int:
        last: dict[tuple[str, str, str], dict[str, Any]] = {}
        for change in changes:
            key = (change["entity"], change["uid"], change.get("owner") or "")
            last.pop(key, None)  # keep the order of the last version
            last[key] = change
        by_entity: dict[str, list[dict[str, Any]]] = {}
        for (entity, _uid, _owner), change in last.items():
            by_entity.setdefault(entity, []).append(change)
        with roomy_page_cache(self.session):
            for entity in ORDER:
                batch = by_entity.get(entity)
                if batch:
                    handler: Callable[[list[dict[str, Any]]], None] = getattr(self, f"_{entity}")
                    with self.session.no_autoflush:
                        handler(batch)
                    self.session.flush()
        return len(changes)

    def _simple(
        self,
        model: type[M],
        batch: list[dict[str, Any]],
        fields: Iterable[str],
        refs: Callable[[M, dict[str, Any], int], None] | None = None,
        key: str = "uid",
    ) -> None:
        names = list(fields)
        upserts = [c for c in batch if c["op"] == "upsert"]
        deletes = [c["uid"] for c in batch if c["op"] == "delete"]
        existing = self._existing(model, [c["uid"] for c in upserts], key)
        for change in upserts:
            data = change["data"]
            row = existing.get(change["uid"])
            if row is None:
                row = model()
                setattr(row, key, change["uid"])
                self.session.add(row)
            _assign(row, model, data, names)
            if refs is not None:
                refs(row, data, self.owner_of(change))
        if deletes:
            self.session.execute(delete(model).where(getattr(model, key).in_(deletes)))

    def _advocate(self, batch: list[dict[str, Any]]) -> None:
        """Other people's public rows (tens of thousands in a first pull) in one multi-row upsert; full rows
        (oneself, or everyone on a moderator's replica) through the ORM, which also keeps their groups."""
        upserts = [change for change in batch if change["op"] == "upsert"]
        public = [change["data"] for change in upserts if "email" not in change["data"]]
        if public:
            fixed = self._placeholder_fixed()
            _PUBLIC_ADVOCATE_UPSERT.run(self.session, [fixed | self._public_advocate(data) for data in public])
        whole = [change for change in upserts if "email" in change["data"]]
        existing = self._existing(Advocate, [c["uid"] for c in whole])
        full = [name for name in PRIVATE_ADVOCATE_FIELDS if name != "uid"]
        for change in whole:
            data = change["data"]
            row = existing.get(change["uid"])
            if row is None:
                row = Advocate(**_placeholder(change["uid"]))
                self.session.add(row)
            # Move a placeholder email/code out of the way first.
            clash = self.session.scalar(
                select(Advocate).where(Advocate.email == data["email"], Advocate.uid != change["uid"])
            )
            if clash is not None:
                clash.email = f"{clash.uid.replace('-', '')}@sync.invalid"
                self.session.flush()
            _assign(row, Advocate, data, full)
            if "groups" in data:
                self.session.flush()
                self._set_groups(row.id, list(data["groups"]))

    def _placeholder_fixed(self) -> dict[str, Any]:
        dialect = self.session.get_bind().dialect
        table = _table(Advocate)
        return {name: bulk.stored(table.c[name], value, dialect) for name, value in PLACEHOLDER_FIXED.items()}

    def _public_advocate(self, data: dict[str, Any]) -> dict[str, Any]:
        """Someone else's public row in storage form, with the made-up email and code of ``_placeholder``."""
        compact = data["uid"].replace("-", "")
        return {
            "uid": data["uid"],
            "email": f"{compact}@sync.invalid",
            "referral_code": compact[:16].upper(),
            "name": data["name"],
            "role": self.stored(Advocate, "role", data["role"]),
            "consent_publish_name": self.stored(
                Advocate, "consent_publish_name", bool(data.get("consent_publish_name"))
            ),
            "public_tier": self.stored(Advocate, "public_tier", data.get("tier") or None),
        }

    def _set_groups(self, advocate_id: int, slugs: list[str]) -> None:
        ids: list[int] = []
        for slug in slugs:
            group_id = self.session.scalar(select(Group.id).where(Group.slug == slug))
            if group_id is None:
                group = Group(slug=slug, name=slug)
                self.session.add(group)
                self.session.flush()
                group_id = group.id
            ids.append(group_id)
        self.session.execute(delete(AdvocateGroup).where(AdvocateGroup.advocate_id == advocate_id))
        forget_groups(self.session, advocate_id)
        for group_id in ids:
            self.session.add(AdvocateGroup(advocate_id=advocate_id, group_id=group_id))

    def _challenge(self, batch: list[dict[str, Any]]) -> None:
        fields = [c.key for c in sa_inspect(Challenge).column_attrs if c.key not in {"id", "uid", "created_by"}]
        self._simple(Challenge, batch, fields)

    def _reward(self, batch: list[dict[str, Any]]) -> None:
        self._simple(
            Reward, batch, ["name", "description", "incentive", "cost", "stock", "min_tier", "active", "created_at"]
        )

    def _badge(self, batch: list[dict[str, Any]]) -> None:
        self._simple(BadgeDefinitionRow, batch, ["name", "description", "rule", "params"], key="slug")

    def _submission(self, batch: list[dict[str, Any]]) -> None:
        def refs(row: Submission, data: dict[str, Any], owner: int) -> None:
            row.advocate_id = owner
            row.challenge_id = self._required(Challenge, data["challenge_uid"])

        fields = [
            "status",
            "proof",
            "disclosure_acknowledged",
            "submitted_at",
            "decided_at",
            "decision_note",
            "used_note",
            "used_link",
            "used_at",
        ]
        self._simple(Submission, batch, fields, refs)

    def _redemption(self, batch: list[dict[str, Any]]) -> None:
        def refs(row: Redemption, data: dict[str, Any], owner: int) -> None:
            row.advocate_id = owner
            row.reward_id = self._required(Reward, data["reward_uid"])

        self._simple(Redemption, batch, ["status", "cost", "requested_at", "decided_at", "note"], refs)

    def _referral(self, batch: list[dict[str, Any]]) -> None:
        def refs(row: Referral, data: dict[str, Any], owner: int) -> None:
            row.referrer_id = owner
            row.submission_id = self.id_of(Submission, data.get("submission_uid"))

        fields = ["name", "email", "company", "consent", "stage", "deal_value_cents", "created_at", "updated_at"]
        self._simple(Referral, batch, fields, refs)

    def _decline(self, batch: list[dict[str, Any]]) -> None:
        def refs(row: Decline, data: dict[str, Any], owner: int) -> None:
            row.advocate_id = owner
            row.challenge_id = self._required(Challenge, data["challenge_uid"])

        self._simple(Decline, batch, ["reason", "created_at"], refs)

    def _ledger_entry(self, batch: list[dict[str, Any]]) -> None:
        def refs(row: LedgerEntry, data: dict[str, Any], owner: int) -> None:
            row.advocate_id = owner
            row.submission_id = self.id_of(Submission, data.get("submission_uid"))
            row.redemption_id = self.id_of(Redemption, data.get("redemption_uid"))
            row.referral_id = self.id_of(Referral, data.get("referral_uid"))
            if data.get("reverses_uid"):
                self.session.flush()
            row.reverses_id = self.id_of(LedgerEntry, data.get("reverses_uid"))

        self._simple(LedgerEntry, batch, ["kind", "points", "reason", "created_at"], refs)

    def _advocate_badge(self, batch: list[dict[str, Any]]) -> None:
        for change in batch:
            me = self.owner_of(change)
            badge_id = self.id_of(BadgeDefinitionRow, change["uid"], key="slug")
            if badge_id is None:
                continue
            row = self.session.get(AdvocateBadge, (me, badge_id))
            if change["op"] == "delete":
                if row is not None:
                    self.session.delete(row)
                continue
            if row is None:
                row = AdvocateBadge(advocate_id=me, badge_id=badge_id)
                self.session.add(row)
            row.earned_at = _convert(AdvocateBadge, "earned_at", change["data"]["earned_at"])

    def _totals(self, batch: list[dict[str, Any]]) -> None:
        for change in batch:
            advocate_id = self.id_of(Advocate, change["uid"])
            if advocate_id is None or change["op"] != "upsert":
                continue
            row = self.session.get(AdvocateTotals, advocate_id)
            if row is None:
                row = AdvocateTotals(advocate_id=advocate_id)
                self.session.add(row)
            _assign(
                row,
                AdvocateTotals,
                change["data"],
                ["balance", "lifetime", "high_barrier_completions", "tier", "tier_reached_at"],
            )

    def _score(self, batch: list[dict[str, Any]]) -> None:
        """Leaderboard rows come by the tens of thousands: one statement writes a page's upserts, their advocates
        found by uid inside it; the rare deletes (someone left a group) look theirs up set-wise."""
        upserts: list[dict[str, Any]] = []
        deletes: list[tuple[str, dict[str, Any]]] = []
        stored = self.stored
        for change in batch:
            advocate_uid, scope, period, start = change["uid"].split(":", 3)
            key = {
                "scope": scope,
                "period": stored(ScoreTotal, "period", period),
                "start": stored(ScoreTotal, "period_start", start),
            }
            if change["op"] == "delete":
                deletes.append((advocate_uid, key))
            else:
                data = change["data"]
                visible = stored(ScoreTotal, "visible", bool(data["visible"]))
                upserts.append(key | {"advocate_uid": advocate_uid, "points": int(data["points"]), "visible": visible})
        if deletes:
            ids = self.ids_of(Advocate, [advocate_uid for advocate_uid, _key in deletes])
            _SCORE_DELETE.run(self.session, [key | {"owner": ids[uid]} for uid, key in deletes if uid in ids])
        _SCORE_UPSERT.run(self.session, upserts)

    def _required(self, model: type[Base], uid: str) -> int:
        found = self.id_of(model, uid)
        if found is None:
            raise RuntimeError(f"a pulled change refers to a {model.__tablename__} row this client does not have")
        return found


PLACEHOLDER_FIXED: dict[str, Any] = {
    "status": AdvocateStatus.ACTIVE,
    "created_at": PLACEHOLDER_CREATED,
    "updated_at": PLACEHOLDER_CREATED,
    "company": "",
    "language": "en",
    "consent_publish_name": False,
    "consent_contact": False,
    "opted_out_kinds": [],
}
"""What a row for someone known only by their public fields holds besides them (see ``_placeholder``)."""


def _placeholder(uid: str) -> dict[str, Any]:
    """A row for someone known only by their public fields: made-up email and code that cannot clash."""
    compact = uid.replace("-", "")
    return {"uid": uid, "email": f"{compact}@sync.invalid", "referral_code": compact[:16].upper()} | PLACEHOLDER_FIXED


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _public_advocate_upsert() -> Any:
    """Insert a placeholder for a new person or update a known one's public fields (name, role, name consent,
    tier)."""
    table = _table(Advocate)
    names = ["uid", "email", "referral_code", "name", "role", "public_tier", *PLACEHOLDER_FIXED]
    statement = sqlite_insert(table).values({name: bindparam(name) for name in names})
    return statement.on_conflict_do_update(
        index_elements=["uid"],
        set_={
            "name": statement.excluded.name,
            "role": statement.excluded.role,
            "consent_publish_name": statement.excluded.consent_publish_name,
            "public_tier": statement.excluded.public_tier,
        },
    )


def _score_upsert() -> Any:
    """Insert a leaderboard row or replace its points (the server's number wins, as with every pulled row). The
    advocate is found by uid in the statement itself, so a page needs no look-up of its own, and a row of someone
    this client does not have inserts nothing."""
    table = _table(ScoreTotal)
    columns = ["scope", "period", "period_start", "advocate_id", "points", "visible"]
    statement = sqlite_insert(table).from_select(
        columns,
        select(
            bindparam("scope"),
            bindparam("period"),
            bindparam("start"),
            Advocate.id,
            bindparam("points"),
            bindparam("visible"),
        ).where(Advocate.uid == bindparam("advocate_uid")),
    )
    return statement.on_conflict_do_update(
        index_elements=["scope", "period", "period_start", "advocate_id"],
        set_={"points": statement.excluded.points, "visible": statement.excluded.visible},
    )


def _score_delete() -> Any:
    table = _table(ScoreTotal)
    return delete(table).where(
        (table.c.scope == bindparam("scope"))
        & (table.c.period == bindparam("period"))
        & (table.c.period_start == bindparam("start"))
        & (table.c.advocate_id == bindparam("owner"))
    )


_PUBLIC_ADVOCATE_UPSERT = bulk.Prepared(_public_advocate_upsert())
_SCORE_UPSERT = bulk.Prepared(_score_upsert())
_SCORE_DELETE = bulk.Prepared(_score_delete())


def apply_changes(session: Session, changes: list[dict[str, Any]]) -> int:
    """Apply one page of changes in the caller's transaction; the number of changes read."""
    return Applier(session).apply(changes)


def clear_synced(session: Session) -> None:
    """Before a snapshot (``reset``): drop the rows the snapshot will bring back.

    Reference rows (advocates, challenges, rewards, badges, groups) are upserted by the snapshot and keep their
    local ids; rows owned by the account and every total are deleted and come back exactly as the server has them.
    Outbox rows stay: mutations the server no longer has are pushed again.
    """
    session.execute(delete(AdvocateBadge))
    session.execute(delete(ScoreTotal))
    session.execute(delete(AdvocateTotals))
    session.execute(delete(LedgerEntry))
    session.execute(delete(Referral))
    session.execute(delete(Redemption))
    session.execute(delete(Decline))
    session.execute(delete(Submission))
    session.execute(delete(AuditEntry))
