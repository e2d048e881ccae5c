"""The change feed: every committed change to a synced row, numbered in commit order, and reading it back.

Capture happens on the server's sessions only (``install``): ORM flushes and bulk statements *mark* the rows they
touch; just before the transaction commits, ``publish`` re-reads the marked rows as they are now and appends one
change per row to ``change_log``. A row touched ten times in one transaction is published once, as it ended up.

Sequence numbers are taken from the single ``change_counter`` row with an ``UPDATE`` in that last step, so the
row stays locked until the transaction commits (PostgreSQL's row lock; SQLite's ``BEGIN IMMEDIATE`` already
serialises writers). A transaction that takes numbers after another must wait for the other's commit, so numbers
are handed out in commit order and a client that has pulled up to N can never later miss a change numbered
below N. Taking the lock at commit time (not at the first change) keeps it held for milliseconds only.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Result,
    Select,
    Text,
    bindparam,
    cast,
    event,
    insert,
    select,
    true,
    tuple_,
    union_all,
    update,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.util import identity_key

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateBadge,
    AdvocateGroup,
    AdvocateTotals,
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
)
from advocate_hub.core.store.server_models import ChangeCounter, ChangeLogEntry
from advocate_hub.core.sync.protocol import PRIVATE_ADVOCATE_FIELDS, PUBLIC_ADVOCATE_FIELDS, PUBLIC_TIER_FIELD
from advocate_hub.server import cursors

log = logging.getLogger(__name__)

COUNTER_ID = 1
PENDING_KEY = "advocate_hub.changes"
PUBLIC = "public"
PRIVATE = "private"
CHUNK = 500

Key = tuple[Any, ...]

PUBLIC_COLUMNS = tuple(name for name in PUBLIC_ADVOCATE_FIELDS if name != PUBLIC_TIER_FIELD)
"""The public copy's fields that are ``advocates`` columns; its tier is read from the person's totals."""


@dataclass(frozen=True, slots=True)
class Change:
    entity: str
    uid: str
    owner_id: int | None
    op: str
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Ref:
    """A foreign key sent as the referenced row's uid (or slug): ``challenge_id`` → ``challenge_uid``."""

    column: str
    model: type[Base]
    key: str = "uid"
    out: str = ""

    @property
    def name(self) -> str:
        return self.out or self.column.removesuffix("_id") + "_uid"


@dataclass(frozen=True, slots=True)
class Entity:
    """How rows of one table travel: their entity name, fields, references, owner and uid."""

    name: str
    model: type[Base]
    fields: tuple[str, ...]
    refs: tuple[Ref, ...] = ()
    owner: str | None = None
    uid: Callable[[Any, dict[str, Any]], str] | None = None
    """Builds the uid from the row and its resolved refs, for tables without a ``uid`` column."""


def _score_uid(row: Any, refs: dict[str, Any]) -> str:
    return f"{refs['advocate_uid']}:{row.scope}:{_plain(row.period)}:{row.period_start.isoformat()}"


ENTITIES: tuple[Entity, ...] = (
    Entity(
        "challenge",
        Challenge,
        (
            "title",
            "description",
            "kind",
            "barrier",
            "points",
            "starts_at",
            "expires_at",
            "max_per_advocate",
            "min_tier",
            "audience_tiers",
            "audience_groups",
            "auto_approve",
            "disclosure_required",
            "proof_type",
            "config",
            "archived_at",
            "created_at",
            "updated_at",
        ),
    ),
    Entity("reward", Reward, ("name", "description", "incentive", "cost", "stock", "min_tier", "active", "created_at")),
    Entity(
        "badge",
        BadgeDefinitionRow,
        ("slug", "name", "description", "rule", "params"),
        uid=lambda row, _refs: str(row.slug),
    ),
    Entity(
        "score",
        ScoreTotal,
        ("scope", "period", "period_start", "points", "visible"),
        refs=(Ref("advocate_id", Advocate),),
        uid=_score_uid,
    ),
    Entity(
        "submission",
        Submission,
        (
            "status",
            "proof",
            "disclosure_acknowledged",
            "submitted_at",
            "decided_at",
            "decision_note",
            "used_note",
            "used_link",
            "used_at",
        ),
        refs=(Ref("challenge_id", Challenge),),
        owner="advocate_id",
    ),
    Entity(
        "decline",
        Decline,
        ("reason", "created_at"),
        refs=(Ref("challenge_id", Challenge),),
        owner="advocate_id",
    ),
    Entity(
        "ledger_entry",
        LedgerEntry,
        ("kind", "points", "reason", "created_at"),
        refs=(
            Ref("submission_id", Submission),
            Ref("redemption_id", Redemption),
            Ref("referral_id", Referral),
            Ref("reverses_id", LedgerEntry),
        ),
        owner="advocate_id",
    ),
    Entity(
        "redemption",
        Redemption,
        ("status", "cost", "requested_at", "decided_at", "note"),
        refs=(Ref("reward_id", Reward),),
        owner="advocate_id",
    ),
    Entity(
        "referral",
        Referral,
        ("name", "email", "company", "consent", "stage", "deal_value_cents", "created_at", "updated_at"),
        refs=(Ref("submission_id", Submission),),
        owner="referrer_id",
    ),
    Entity(
        "advocate_badge",
        AdvocateBadge,
        ("earned_at",),
        refs=(Ref("badge_id", BadgeDefinitionRow, key="slug"),),
        owner="advocate_id",
        uid=lambda _row, refs: str(refs["badge_uid"]),
    ),
    Entity(
        "totals",
        AdvocateTotals,
        ("balance", "lifetime", "high_barrier_completions", "tier", "tier_reached_at"),
        refs=(Ref("advocate_id", Advocate),),
        owner="advocate_id",
        uid=lambda _row, refs: str(refs["advocate_uid"]),
    ),
)
BY_MODEL: dict[type[Base], Entity] = {entity.model: entity for entity in ENTITIES}
TRACKED: frozenset[type[Base]] = frozenset({*BY_MODEL, Advocate, AdvocateGroup})
REREAD: frozenset[type[Base]] = frozenset({ScoreTotal})
"""Tables written by bulk statements, whose objects in the identity map may be stale."""


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


# ---- capture ---------------------------------------------------------------------------------------------------


@dataclass
class Mark:
    scopes: set[str] = field(default_factory=set)
    gone: SimpleNamespace | None = None
    """The row's last known values when it was deleted (for the delete's uid and owner)."""
    row: Any = None
    """The ORM object marked, held so that it stays in the session's identity map (which holds objects only
    weakly) until the transaction publishes it, instead of being read again."""


def _pending(session: Session) -> dict[tuple[type[Base], Key], Mark]:
    pending: dict[tuple[type[Base], Key], Mark] = session.info.setdefault(PENDING_KEY, {})
    return pending


def _mark(session: Session, model: type[Base], key: Key, scopes: Iterable[str] = (PRIVATE,)) -> Mark:
    mark = _pending(session).setdefault((model, tuple(key)), Mark())
    mark.scopes.update(scopes)
    return mark


def _snapshot(obj: Any) -> SimpleNamespace:
    mapper = sa_inspect(type(obj))
    return SimpleNamespace(**{attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs})


def _mark_object(session: Session, obj: Any, *, new: bool, deleted: bool) -> None:
    model = type(obj)
    if model is AdvocateGroup:
        _mark(session, Advocate, (obj.advocate_id,))
        return
    key = tuple(sa_inspect(model).primary_key_from_instance(obj))
    if model is Advocate:
        state = sa_inspect(obj)
        public = new or deleted or any(state.attrs[name].history.has_changes() for name in PUBLIC_COLUMNS)
        _mark(session, Advocate, key, (PRIVATE, PUBLIC) if public else (PRIVATE,))
        return
    if model is AdvocateTotals and (new or sa_inspect(obj).attrs.tier.history.has_changes()):
        _mark(session, Advocate, (obj.advocate_id,), (PUBLIC,))
    mark = _mark(session, model, key)
    if deleted:
        mark.gone = _snapshot(obj)
    else:
        mark.row = obj


def _after_flush(session: Session, _context: Any) -> None:
    for obj in session.new:
        if type(obj) in TRACKED:
            _mark_object(session, obj, new=True, deleted=False)
    for obj in session.dirty:
        if type(obj) in TRACKED and session.is_modified(obj, include_collections=False):
            _mark_object(session, obj, new=False, deleted=False)
    for obj in session.deleted:
        if type(obj) in TRACKED:
            _mark_object(session, obj, new=False, deleted=True)


def _on_execute(state: ORMExecuteState) -> Result[Any] | None:
    """Mark rows touched by bulk ``insert``/``update``/``delete`` statements, which skip the ORM flush."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    mapper = state.bind_mapper
    model = mapper.class_ if mapper is not None else None
    if model not in TRACKED:
        return None
    session = state.session
    pk_names = [column.key for column in sa_inspect(model).primary_key]
    if state.is_insert:
        parameters = state.parameters
        rows = parameters if isinstance(parameters, list) else [parameters or {}]
        if rows and all(all(name in row for name in pk_names) for row in rows):
            for row in rows:
                _mark_statement_row(session, model, SimpleNamespace(**row), deleted=False)
            return None
        if rows and len(pk_names) == 1 and hasattr(model, "uid") and all("uid" in row for row in rows):
            return _insert_by_uid(state, model, [row["uid"] for row in rows])
        raise RuntimeError(f"a bulk insert into {model.__tablename__} without its keys or uids cannot be synced")
    where = state.statement.whereclause  # type: ignore[attr-defined]
    query = select(model) if where is None else select(model).where(where)
    with session.no_autoflush:
        for obj in session.scalars(query.execution_options(populate_existing=True)):
            _mark_statement_row(session, model, obj, deleted=state.is_delete)
    return None


def _insert_by_uid(state: ORMExecuteState, model: type[Base], uids: list[str]) -> Result[Any]:
    """Run a multi-row insert whose keys the database assigns, then mark its rows, found by their uids."""
    result = state.invoke_statement()
    key_column = sa_inspect(model).primary_key[0]
    uid_column = model.uid  # type: ignore[attr-defined]
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start : start + CHUNK]
        for row in state.session.scalars(select(model).where(uid_column.in_(chunk))):
            _mark(state.session, model, (getattr(row, key_column.key),)).row = row
    return result


def _mark_statement_row(session: Session, model: type[Base], row: Any, *, deleted: bool) -> None:
    if model is AdvocateGroup:
        _mark(session, Advocate, (row.advocate_id,))
        return
    if model is AdvocateTotals:
        # A statement's rows carry no history: their tier may have changed, so publish it again.
        _mark(session, Advocate, (row.advocate_id,), (PUBLIC,))
    key = tuple(getattr(row, column.key) for column in sa_inspect(model).primary_key)
    mark = _mark(session, model, key, (PRIVATE, PUBLIC) if model is Advocate else (PRIVATE,))
    if deleted:
        mark.gone = _snapshot(row) if not isinstance(row, SimpleNamespace) else row


def _forget(session: Session, previous_transaction: Any) -> None:
    """A rolled-back transaction publishes nothing. A savepoint's rollback (one rejected mutation of a push) keeps
    the marks: rows it created are gone and publish nothing; rows it touched publish their restored values."""
    if not previous_transaction.nested:
        session.info.pop(PENDING_KEY, None)


def install(session_class: type[Session]) -> None:
    """Capture changes on every session of ``session_class`` (the server's own subclass)."""
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "do_orm_execute", _on_execute)
    event.listen(session_class, "before_commit", publish)
    event.listen(session_class, "after_soft_rollback", _forget)


# ---- serialising rows -----------------------------------------------------------------------------------------


def _key_filter(model: type[Base], keys: list[Key]) -> ColumnElement[bool]:
    columns = list(sa_inspect(model).primary_key)
    if len(columns) == 1:
        return columns[0].in_([key[0] for key in keys])
    return tuple_(*columns).in_(keys)


def _lookup(session: Session, ref: Ref, ids: set[int]) -> dict[int, Any]:
    if not ids:
        return {}
    id_column = sa_inspect(ref.model).primary_key[0]
    key_column = getattr(ref.model, ref.key)
    found: dict[int, Any] = {}
    for row_id in list(ids):
        row = session.identity_map.get(identity_key(ref.model, (row_id,)))
        if row is not None:
            found[row_id] = getattr(row, ref.key)
    ordered = sorted(ids - set(found))
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        found.update(session.execute(select(id_column, key_column).where(id_column.in_(chunk))).all())
    return found


def _changes_for(session: Session, entity: Entity, rows: list[Any], op: str = "upsert") -> Iterator[Change]:
    lookups = {
        ref.name: _lookup(session, ref, {getattr(row, ref.column) for row in rows} - {None}) for ref in entity.refs
    }
    for row in rows:
        yield row_change(
            entity, row, {ref.name: lookups[ref.name].get(getattr(row, ref.column)) for ref in entity.refs}, op
        )


def row_change(entity: Entity, row: Any, refs: dict[str, Any], op: str = "upsert") -> Change:
    """One row as the feed carries it, its references already resolved (``refs``: ``challenge_uid`` and the like).

    Writers that know the referenced uids already (the direct push path) build their changes here too, so a row
    reads the same in the feed whichever path wrote it."""
    uid = entity.uid(row, refs) if entity.uid is not None else str(row.uid)
    owner = getattr(row, entity.owner) if entity.owner is not None else None
    if op == "delete":
        return Change(entity.name, uid, owner, "delete", {"uid": uid})
    data: dict[str, Any] = {"uid": uid, **{name: _plain(getattr(row, name)) for name in entity.fields}}
    data.update(refs)
    return Change(entity.name, uid, owner, "upsert", data)


def _advocate_changes(session: Session, advocates: list[Advocate], scopes: dict[int, set[str]]) -> Iterator[Change]:
    """The public and/or private copies ``scopes`` asks for (both by default): groups are read for the private
    copies and tiers for the public ones, set-wise."""
    groups: dict[int, list[str]] = defaultdict(list)
    tiers: dict[int, str] = {}
    wanted_of = {advocate.id: scopes.get(advocate.id, {PUBLIC, PRIVATE}) for advocate in advocates}
    private = [advocate_id for advocate_id, wanted in wanted_of.items() if PRIVATE in wanted]
    public = [advocate_id for advocate_id, wanted in wanted_of.items() if PUBLIC in wanted]
    for start in range(0, len(private), CHUNK):
        for advocate_id, slug in session.execute(
            select(AdvocateGroup.advocate_id, Group.slug)
            .join(Group, Group.id == AdvocateGroup.group_id)
            .where(AdvocateGroup.advocate_id.in_(private[start : start + CHUNK]))
            .order_by(Group.slug)
        ):
            groups[advocate_id].append(slug)
    for start in range(0, len(public), CHUNK):
        for advocate_id, tier in session.execute(
            select(AdvocateTotals.advocate_id, AdvocateTotals.tier).where(
                AdvocateTotals.advocate_id.in_(public[start : start + CHUNK])
            )
        ):
            tiers[advocate_id] = _plain(tier)
    for advocate in advocates:
        wanted = wanted_of[advocate.id]
        if PUBLIC in wanted:
            data = {name: _plain(getattr(advocate, name)) for name in PUBLIC_COLUMNS}
            data[PUBLIC_TIER_FIELD] = tiers.get(advocate.id)
            yield Change("advocate", advocate.uid, None, "upsert", data)
        if PRIVATE in wanted:
            data = {name: _plain(getattr(advocate, name)) for name in PRIVATE_ADVOCATE_FIELDS}
            data["groups"] = groups[advocate.id]
            yield Change("advocate", advocate.uid, advocate.id, "upsert", data)


def _load(session: Session, model: type[Base], where: ColumnElement[bool]) -> list[Any]:
    query: Select[Any] = select(model).where(where).execution_options(populate_existing=True)
    return list(session.scalars(query))


def _rows_by_keys(session: Session, model: type[Base], keys: list[Key]) -> list[Any]:
    """The rows as they are now: from the identity map when the ORM wrote them (flushed, so current), else
    from the database (bulk statements such as the score upsert bypass the identity map)."""
    rows: list[Any] = []
    missing: list[Key] = []
    for key in keys:
        found = session.identity_map.get(identity_key(model, key)) if model not in REREAD else None
        if found is None:
            missing.append(key)
        elif found not in session.deleted:
            rows.append(found)
    for start in range(0, len(missing), CHUNK):
        rows.extend(_load(session, model, _key_filter(model, missing[start : start + CHUNK])))
    return rows


def _build(session: Session, pending: dict[tuple[type[Base], Key], Mark]) -> list[Change]:
    by_model: dict[type[Base], dict[Key, Mark]] = defaultdict(dict)
    for (model, key), mark in pending.items():
        by_model[model][key] = mark
    changes: list[Change] = []
    for model, marks in by_model.items():
        rows = _rows_by_keys(session, model, list(marks))
        present = {tuple(sa_inspect(model).primary_key_from_instance(row)) for row in rows}
        gone = [mark.gone for key, mark in marks.items() if key not in present and mark.gone is not None]
        if model is Advocate:
            changes.extend(_advocate_changes(session, rows, {row.id: marks[(row.id,)].scopes for row in rows}))
            continue
        entity = BY_MODEL[model]
        changes.extend(_changes_for(session, entity, rows))
        if gone:
            changes.extend(_changes_for(session, entity, gone, op="delete"))
    return changes


_TAKE_NUMBERS = (
    update(ChangeCounter.__table__)
    .where(ChangeCounter.__table__.c.id == COUNTER_ID)
    .values(value=ChangeCounter.__table__.c.value + bindparam("count"))
    .returning(ChangeCounter.__table__.c.value)
)
_WRITE_CHANGES = insert(ChangeLogEntry.__table__)


def append(session: Session, changes: list[Change]) -> int:
    """Number ``changes`` in commit order (locking the counter until commit) and write them; the last number.

    Both statements are plain Core on the session's connection: the feed's rows are not ORM objects anyone reads
    back, and every push ends here (the numbers are taken and read back with one ``UPDATE … RETURNING``)."""
    connection = session.connection()
    last = connection.execute(_TAKE_NUMBERS, {"count": len(changes)}).scalar()
    if last is None:
        raise RuntimeError("the change counter is missing: the server database was not prepared")
    first = last - len(changes) + 1
    now = utc_now()
    if changes:
        connection.execute(
            _WRITE_CHANGES,
            [
                {
                    "seq": first + offset,
                    "entity": change.entity,
                    "uid": change.uid,
                    "owner_id": change.owner_id,
                    "op": change.op,
                    "data": change.data,
                    "created_at": now,
                }
                for offset, change in enumerate(changes)
            ],
        )
    return int(last)


def publish(session: Session) -> None:
    """Write the changes of this transaction to the feed; runs just before commit (``before_commit``).

    Releasing a savepoint fires ``before_commit`` too; the feed is written once, by the outermost commit.
    """
    if not session.info.get(PENDING_KEY) or session.in_nested_transaction():
        return
    session.flush()
    pending = session.info.pop(PENDING_KEY, {})
    changes = _build(session, pending)
    if changes:
        append(session, changes)


# ---- reading ------------------------------------------------------------------------------------------------


def current_seq(session: Session) -> int:
    return int(session.scalar(select(ChangeCounter.value).where(ChangeCounter.id == COUNTER_ID)) or 0)


def ensure_counter(session: Session) -> bool:
    """Create the counter on first start and put every existing row in the feed; True if it did.

    On a feed started before public copies carried tiers, publish them once (see ``publish_public_tiers``)."""
    counter = session.get(ChangeCounter, COUNTER_ID)
    if counter is not None:
        if not counter.tiers_published:
            publish_public_tiers(session)
            counter.tiers_published = True
        return False
    session.add(ChangeCounter(id=COUNTER_ID, value=0, tiers_published=True))
    session.flush()
    changes = everything(session, viewer_id=None)
    if changes:
        append(session, changes)
    log.info("change feed started with %d changes", len(changes))
    return True


def publish_public_tiers(session: Session) -> int:
    """Publish again the public copy of everyone above the first tier; how many copies.

    Run once on a feed started before public copies carried tiers: its copies say nothing of the tier, which
    member clients read as the first tier, and a tier is published again only when it changes.
    """
    ids = list(
        session.scalars(
            select(AdvocateTotals.advocate_id)
            .where(AdvocateTotals.tier != Tier.COMMUNITY)
            .order_by(AdvocateTotals.advocate_id)
        )
    )
    published: list[Change] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        advocates = list(session.scalars(select(Advocate).where(Advocate.id.in_(chunk)).order_by(Advocate.id)))
        published.extend(_advocate_changes(session, advocates, {advocate_id: {PUBLIC} for advocate_id in chunk}))
    if published:
        append(session, published)
    log.info("published the tier of %d advocates", len(published))
    return len(published)


def everything(session: Session, viewer_id: int | None) -> list[Change]:
    """Every current row as a change: what ``viewer_id`` may see, or (None) all rows with their owners."""
    changes: list[Change] = []
    advocates = list(session.scalars(select(Advocate).order_by(Advocate.id)))
    scopes: dict[int, set[str]] = {}
    for advocate in advocates:
        scopes[advocate.id] = {PUBLIC}
        if viewer_id is None or advocate.id == viewer_id:
            scopes[advocate.id] = {PRIVATE} if viewer_id is not None else {PUBLIC, PRIVATE}
    changes.extend(_advocate_changes(session, advocates, scopes))
    for entity in ENTITIES:
        where: ColumnElement[bool] = true()
        if entity.owner is not None and viewer_id is not None:
            where = getattr(entity.model, entity.owner) == viewer_id
        changes.extend(_changes_for(session, entity, _load(session, entity.model, where)))
    return changes


@dataclass(frozen=True, slots=True)
class Page:
    changes: list[str]
    """Each change as JSON text, its ``data`` copied from the feed's stored JSON without being parsed."""
    cursor: str | None
    """The cursor after this page; None when the page is empty (the caller's cursor stays)."""
    more: bool


STORED_DATA = cast(ChangeLogEntry.data, Text)
"""The feed's ``data`` as the JSON text the database holds (SQLite's stored text, PostgreSQL's ``json::text``):
read this way it is never parsed on its way out."""


def change_json(seq: int, entity: str, uid: str, op: str, data: str, *, owner: str | None = None) -> str:
    """One change of a pull answer as JSON text, ``data`` being JSON text already (the feed's stored column).

    A first sync pulls about a hundred thousand changes: writing each around its stored text is a string format,
    where parsing the text and serialising it again cost several times that, most of a pull page's server time."""
    head = f'{{"seq":{seq},"entity":{_word(entity)},"uid":{json.dumps(uid)},"op":{_word(op)},"data":{data}'
    return f"{head}}}" if owner is None else f'{head},"owner":{json.dumps(owner)}}}'


@cache
def _word(value: str) -> str:
    """A JSON string of one of the feed's few entity and operation names."""
    return json.dumps(value)


def _cursor_after(session: Session, rows: Sequence[Any]) -> str | None:
    """The cursor naming the page's last change (its rows' first column is the sequence number), read by primary
    key, so the page's own rows need no commit times."""
    if not rows:
        return None
    return cursors.at(session, rows[-1][0])


def page_after(
    session: Session, *, viewer_id: int, viewer_uid: str, after: int, limit: int, replica: bool = False
) -> Page:
    """Changes public or owned by the viewer after ``after``, in sequence order (two index range scans).

    A ``replica`` viewer (a moderator's client) gets every change, each owned one with its owner's uid, so the
    moderator workspace has the whole program to work on.
    """
    if replica:
        return _replica_page(session, after=after, limit=limit)
    columns = (ChangeLogEntry.seq, ChangeLogEntry.entity, ChangeLogEntry.uid, ChangeLogEntry.op, STORED_DATA)
    public = (
        select(*columns)
        .where(ChangeLogEntry.owner_id.is_(None), ChangeLogEntry.seq > after)
        .order_by(ChangeLogEntry.seq)
        .limit(limit + 1)
    )
    own = (
        select(*columns)
        .where(ChangeLogEntry.owner_id == viewer_id, ChangeLogEntry.seq > after)
        .order_by(ChangeLogEntry.seq)
        .limit(limit + 1)
    )
    both = union_all(select(public.subquery()), select(own.subquery())).subquery()
    rows = session.connection().execute(select(both).order_by(both.c.seq).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        change_json(seq, entity, uid, op, data)
        for seq, entity, uid, op, data in rows
        # The viewer gets their own advocate row in full (owner-only); skip the public copy of it.
        if not (entity == "advocate" and uid == viewer_uid and set(json.loads(data)) <= set(PUBLIC_ADVOCATE_FIELDS))
    ]
    return Page(changes, _cursor_after(session, rows), more)


def _public_advocate_copy(entity: str, owner: object) -> bool:
    """A replica gets every advocate's full row, so their public copies would add nothing."""
    return entity == "advocate" and owner is None


def replica_snapshot(session: Session) -> list[tuple[Change, str | None]]:
    """Every current row for a moderator's replica, each owned one with its owner's uid."""
    owners = {row[0]: row[1] for row in session.execute(select(Advocate.id, Advocate.uid))}
    return [
        (change, owners.get(change.owner_id) if change.owner_id else None)
        for change in everything(session, viewer_id=None)
        if not _public_advocate_copy(change.entity, change.owner_id)
    ]


def _replica_page(session: Session, *, after: int, limit: int) -> Page:
    query = (
        select(
            ChangeLogEntry.seq, ChangeLogEntry.entity, ChangeLogEntry.uid, ChangeLogEntry.op, STORED_DATA, Advocate.uid
        )
        .outerjoin(Advocate, Advocate.id == ChangeLogEntry.owner_id)
        .where(ChangeLogEntry.seq > after)
        .order_by(ChangeLogEntry.seq)
        .limit(limit + 1)
    )
    rows = session.connection().execute(query).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        change_json(seq, entity, uid, op, data, owner=owner)
        for seq, entity, uid, op, data, owner in rows
        if not _public_advocate_copy(entity, owner)
    ]
    return Page(changes, _cursor_after(session, rows), more)
