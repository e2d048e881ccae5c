"""The program's health for a date range: every figure "What the program measures" lists, from the raw rows.

One function, ``program_metrics``, reads them all in one transaction, so the figures agree with each other; the
desktop dashboard and the server's metrics endpoint both call it. Every figure is a set-based aggregate (GROUP BY,
COUNT DISTINCT, one ORDER BY ... LIMIT for the median) that the database answers without handing rows to Python,
so it stays usable at a million advocates and ten million ledger rows and submissions. Only the list of
advocates at risk of over-asking returns rows, and at most ``AT_RISK_ROWS`` of them.

Shared definitions (each figure's docstring refines them):

- **range**: ``[start, end)``, aware UTC datetimes; a row belongs to it when its moment is ``>= start`` and
  ``< end``.
- **active advocates**: people with the advocate role (not moderators, staff or kiosks) whose membership is
  ``active`` now and who joined before ``end``. Statuses are current states (the schema keeps no history), so this
  is "who is in the program now", the denominator of every share below.
- **ask**: a challenge of a kind that counts towards the over-asking limit (``KindProfile.is_ask``); quizzes,
  content and check-ins are "other activities".
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, distinct, extract, func, literal, or_, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus, Period, RedemptionStatus, ReferralStage, Role
from advocate_hub.core.domain.enums import SubmissionStatus as Status
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.periods import period_start
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.metrics_model import (
    AtRisk,
    ChallengeParticipation,
    ContentDelivered,
    KindParticipation,
    Moderation,
    Nps,
    PeriodCount,
    ProgramMetrics,
    Referrals,
    TierCount,
    ratio,
)
from advocate_hub.core.services.challenges import ASK_KINDS, FATIGUE_WINDOW
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateTotals,
    Challenge,
    Decline,
    Redemption,
    Referral,
    Submission,
)

ENGAGEMENT_WINDOW = timedelta(days=30)
WEEKLY_UP_TO = timedelta(days=120)
"""Ranges up to about four months are bucketed by week, longer ones by month."""
AT_RISK_ROWS = 500
"""How many advocates at risk of over-asking are listed (the count is always exact)."""
CONTENT_KINDS = (
    ChallengeKind.REVIEW,
    ChallengeKind.TESTIMONIAL,
    ChallengeKind.VIDEO_TESTIMONIAL,
    ChallengeKind.CASE_STUDY,
    ChallengeKind.SOCIAL_SHARE,
)
"""The kinds whose approved submissions are content the program can use: reviews, testimonials, case studies and
social shares (video testimonials are testimonials too)."""
PROMOTER_MIN = 9
PASSIVE_MIN = 7


def program_metrics(session: Session, *, start: datetime, end: datetime, now: datetime) -> ProgramMetrics:
    """All the figures for ``[start, end)``; ``now`` anchors the over-asking list and caps the engagement window."""
    as_of = min(end, now)
    fatigue_limit = load_rules(session).fatigue_limit
    bucket, bounds = buckets(start, end)
    at_risk_total, at_risk = _at_risk(session, now, fatigue_limit)
    active = _count(session, select(func.count()).select_from(Advocate).where(_active(end)))
    return ProgramMetrics(
        start=start,
        end=end,
        as_of=as_of,
        bucket=bucket,
        active=active,
        engaged=_engaged(session, as_of - ENGAGEMENT_WINDOW, as_of, end),
        challenges=_challenges(session, start, end, active),
        kinds=_kinds(session, start, end, active),
        periods=_periods(session, bounds),
        moderation=_moderation(session, start, end),
        referrals=_referrals(session, start, end),
        content=_content(session, start, end),
        redeemers=_redeemers(session, start, end),
        opted_out=_count(
            session,
            select(func.count())
            .select_from(Advocate)
            .where(
                Advocate.role == Role.ADVOCATE,
                Advocate.status == AdvocateStatus.OPTED_OUT,
                _within(Advocate.updated_at, start, end),
            ),
        ),
        tiers=_tiers(session, end),
        fatigue_limit=fatigue_limit,
        at_risk_total=at_risk_total,
        at_risk=at_risk,
        nps=_nps(session, start, end),
    )


def buckets(start: datetime, end: datetime) -> tuple[Period, list[datetime]]:
    """The bucket size for a range and the bucket boundaries, ``start`` first and ``end`` last.

    Weeks start on Monday and months on the 1st (UTC), as on the leaderboards; the first and last buckets may be
    partial.
    """
    period = Period.WEEK if end - start <= WEEKLY_UP_TO else Period.MONTH
    bounds = [start]
    first = period_start(period, start)
    cursor = datetime(first.year, first.month, first.day, tzinfo=start.tzinfo)
    while True:
        cursor = _next(period, cursor)
        if cursor >= end:
            break
        bounds.append(cursor)
    bounds.append(end)
    return period, bounds


def _next(period: Period, moment: datetime) -> datetime:
    if period is Period.WEEK:
        return moment + timedelta(days=7)
    return (
        moment.replace(year=moment.year + 1, month=1) if moment.month == 12 else moment.replace(month=moment.month + 1)
    )


def _count(session: Session, query: Any) -> int:
    return int(session.scalar(query) or 0)


def _within(column: Any, start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(column >= start, column < end)


def _driving(advocate_id: Any) -> Any:
    """An activity table's advocate column as a join key SQLite cannot look up by index (``+ 0``).

    Joined to the active advocates, SQLite would otherwise walk every active advocate (a million) and probe the
    activity table for each; this makes it read the activity rows of the range and look each advocate up by id,
    in time proportional to the activity rather than to the program's size.
    """
    return advocate_id + 0


def _active(end: datetime) -> ColumnElement[bool]:
    return and_(Advocate.role == Role.ADVOCATE, Advocate.status == AdvocateStatus.ACTIVE, Advocate.created_at < end)


def _engaged(session: Session, since: datetime, until: datetime, end: datetime) -> int:
    return _count(
        session,
        select(func.count(distinct(Submission.advocate_id)))
        .join(Advocate, Advocate.id == _driving(Submission.advocate_id))
        .where(_active(end), _within(Submission.submitted_at, since, until)),
    )


def _open_in(start: datetime, end: datetime) -> ColumnElement[bool]:
    """Challenges that were open at some moment of the range (started before its end, not closed before its start)."""
    return and_(
        Challenge.starts_at < end,
        or_(Challenge.expires_at.is_(None), Challenge.expires_at > start),
        or_(Challenge.archived_at.is_(None), Challenge.archived_at > start),
    )


def _challenges(session: Session, start: datetime, end: datetime, active: int) -> list[ChallengeParticipation]:
    done = (
        select(
            Submission.challenge_id.label("challenge_id"),
            func.count(distinct(Submission.advocate_id)).label("participants"),
            func.count().label("submissions"),
            func.sum(case((Submission.status == Status.APPROVED, 1), else_=0)).label("approved"),
        )
        # Naming every status lets the (status, submitted_at) index serve the time range; without it SQLite walks
        # the (challenge, advocate) index for the grouping and fetches every submission.
        .where(Submission.status.in_(list(Status)), _within(Submission.submitted_at, start, end))
        .group_by(Submission.challenge_id)
        .subquery()
    )
    declined = (
        select(Decline.challenge_id.label("challenge_id"), func.count().label("declines"))
        .where(_within(Decline.created_at, start, end))
        .group_by(Decline.challenge_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Challenge.id,
            Challenge.title,
            Challenge.kind,
            func.coalesce(done.c.participants, 0),
            func.coalesce(done.c.submissions, 0),
            func.coalesce(done.c.approved, 0),
            func.coalesce(declined.c.declines, 0),
        )
        .outerjoin(done, done.c.challenge_id == Challenge.id)
        .outerjoin(declined, declined.c.challenge_id == Challenge.id)
        .where(or_(_open_in(start, end), done.c.challenge_id.is_not(None)))
    ).all()
    found = [
        ChallengeParticipation(cid, title, kind, int(p), int(s), int(a), int(d), ratio(int(p), active))
        for cid, title, kind, p, s, a, d in rows
    ]
    return sorted(found, key=lambda c: (-c.participants, c.title.casefold(), c.challenge_id))


def _kinds(session: Session, start: datetime, end: datetime, active: int) -> list[KindParticipation]:
    done = {
        kind: (int(participants), int(count))
        for kind, participants, count in session.execute(
            select(Challenge.kind, func.count(distinct(Submission.advocate_id)), func.count())
            .select_from(Submission)
            .join(Challenge, Challenge.id == Submission.challenge_id)
            .where(_within(Submission.submitted_at, start, end))
            .group_by(Challenge.kind)
        ).all()
    }
    running = dict(
        session.execute(select(Challenge.kind, func.count()).where(_open_in(start, end)).group_by(Challenge.kind)).all()
    )
    found = [
        KindParticipation(
            kind,
            KIND_PROFILES[kind].label,
            int(running.get(kind, 0)),
            done.get(kind, (0, 0))[0],
            done.get(kind, (0, 0))[1],
            ratio(done.get(kind, (0, 0))[0], active),
        )
        for kind in ChallengeKind
        if kind in running or kind in done
    ]
    return sorted(found, key=lambda k: (-k.participants, k.label))


def _periods(session: Session, bounds: list[datetime]) -> list[PeriodCount]:
    last = len(bounds) - 2
    index: ColumnElement[int] = (
        case(*[(Submission.submitted_at < bound, n) for n, bound in enumerate(bounds[1:-1])], else_=last)
        if last
        else literal(0)
    )
    is_ask = Challenge.kind.in_(ASK_KINDS)
    counts = {
        int(number): (int(asks or 0), int(other or 0))
        for number, asks, other in session.execute(
            select(index, func.sum(case((is_ask, 1), else_=0)), func.sum(case((is_ask, 0), else_=1)))
            .select_from(Submission)
            .join(Challenge, Challenge.id == Submission.challenge_id)
            .where(_is(Status.APPROVED), _within(Submission.submitted_at, bounds[0], bounds[-1]))
            .group_by(index)
        ).all()
    }
    return [PeriodCount(bound.date(), *counts.get(number, (0, 0))) for number, bound in enumerate(bounds[:-1])]


def _moderation(session: Session, start: datetime, end: datetime) -> Moderation:
    # Filters on the decision time (no index) scan the table once; a status IN (...) or status = ... here would
    # make SQLite walk the (status, submitted_at) index for most rows and fetch each one, several times slower.
    decided = and_(
        Submission.status != Status.PENDING,
        Submission.decided_by.is_not(None),
        _within(Submission.decided_at, start, end),
    )
    approved, rejected, total = (
        int(value or 0)
        for value in session.execute(
            select(
                func.sum(case((Submission.status == Status.APPROVED, 1), else_=0)),
                func.sum(case((Submission.status == Status.REJECTED, 1), else_=0)),
                func.count(),
            ).where(decided)
        ).one()
    )
    median: float | None = None
    if total:
        wait = extract("epoch", Submission.decided_at) - extract("epoch", Submission.submitted_at)
        middle = [
            float(value)
            for value in session.scalars(
                select(wait).where(decided).order_by(wait).offset((total - 1) // 2).limit(2 - total % 2)
            )
        ]
        median = sum(middle) / len(middle)
    changes = total - approved - rejected
    return Moderation(approved, rejected, changes, ratio(approved, approved + rejected), median)


def _referrals(session: Session, start: datetime, end: datetime) -> Referrals:
    created = _within(Referral.created_at, start, end)
    counts = dict(session.execute(select(Referral.stage, func.count()).where(created).group_by(Referral.stage)).all())
    by_stage = {stage: int(counts.get(stage, 0)) for stage in ReferralStage}
    average = session.scalar(
        select(func.avg(Referral.deal_value_cents)).where(
            created, Referral.stage == ReferralStage.WON, Referral.deal_value_cents.is_not(None)
        )
    )
    won, lost = by_stage[ReferralStage.WON], by_stage[ReferralStage.LOST]
    return Referrals(
        sum(by_stage.values()), by_stage, ratio(won, won + lost), None if average is None else float(average)
    )


def _content(session: Session, start: datetime, end: datetime) -> list[ContentDelivered]:
    rows = {
        kind: (int(count), int(people), int(used or 0))
        for kind, count, people, used in session.execute(
            select(
                Challenge.kind,
                func.count(),
                func.count(distinct(Submission.advocate_id)),
                func.sum(case((Submission.used_at.is_not(None), 1), else_=0)),
            )
            .select_from(Submission)
            .join(Challenge, Challenge.id == Submission.challenge_id)
            .where(
                _is(Status.APPROVED),
                _within(Submission.decided_at, start, end),
                Challenge.kind.in_(CONTENT_KINDS),
            )
            .group_by(Challenge.kind)
        ).all()
    }
    return [ContentDelivered(kind, KIND_PROFILES[kind].label, *rows.get(kind, (0, 0, 0))) for kind in CONTENT_KINDS]


def _is(status: Status) -> ColumnElement[bool]:
    """``status = ...`` written so no database uses the status index for it: with a time range on a column that
    has no index, one scan of the table beats fetching most rows one by one through the index."""
    return func.coalesce(Submission.status, literal("")) == status


def _redeemers(session: Session, start: datetime, end: datetime) -> int:
    return _count(
        session,
        select(func.count(distinct(Redemption.advocate_id)))
        .join(Advocate, Advocate.id == _driving(Redemption.advocate_id))
        .where(
            _active(end),
            Redemption.status != RedemptionStatus.CANCELLED,
            _within(Redemption.requested_at, start, end),
        ),
    )


def _tiers(session: Session, end: datetime) -> list[TierCount]:
    """Active advocates per tier: everyone's tier less the tiers of those who are not active advocates.

    Everyone's count reads ``ix_advocate_totals_tier`` alone; the people left out (staff, kiosks, those who left,
    those who joined after ``end``) are few and found through ``ix_advocates_membership``. Joining every totals
    row to its advocate instead reads a million rows of each table at a million advocates.
    """
    everyone = dict(session.execute(select(AdvocateTotals.tier, func.count()).group_by(AdvocateTotals.tier)).all())
    left_out = dict(
        session.execute(
            select(AdvocateTotals.tier, func.count())
            .where(AdvocateTotals.advocate_id.in_(select(Advocate.id).where(_not_active(end))))
            .group_by(AdvocateTotals.tier)
        ).all()
    )
    return [TierCount(tier, int(everyone.get(tier, 0)) - int(left_out.get(tier, 0))) for tier in Tier]


def _not_active(end: datetime) -> ColumnElement[bool]:
    """The negation of ``_active``, spelled as ranges of ``ix_advocates_membership`` so each part is an index seek."""
    advocate, active = Role.ADVOCATE, AdvocateStatus.ACTIVE
    return or_(
        Advocate.role < advocate,
        Advocate.role > advocate,
        and_(Advocate.role == advocate, Advocate.status < active),
        and_(Advocate.role == advocate, Advocate.status > active),
        and_(Advocate.role == advocate, Advocate.status == active, Advocate.created_at >= end),
    )


def _at_risk(session: Session, now: datetime, fatigue_limit: int) -> tuple[int, list[AtRisk]]:
    threshold = max(1, fatigue_limit - 1)
    asks = (
        select(
            Submission.advocate_id.label("advocate_id"),
            func.count().label("asks"),
            func.max(Submission.submitted_at).label("last_ask"),
        )
        .select_from(Submission)
        .join(Challenge, Challenge.id == Submission.challenge_id)
        .join(Advocate, Advocate.id == Submission.advocate_id)
        .where(
            Advocate.role == Role.ADVOCATE,
            Advocate.status == AdvocateStatus.ACTIVE,
            Submission.status.in_([s for s in Status if s is not Status.REJECTED]),
            Submission.submitted_at > now - FATIGUE_WINDOW,
            Challenge.kind.in_(ASK_KINDS),
        )
        .group_by(Submission.advocate_id)
        .having(func.count() >= threshold)
        .subquery()
    )
    total = _count(session, select(func.count()).select_from(asks))
    rows = session.execute(
        select(Advocate.id, Advocate.name, Advocate.email, AdvocateTotals.tier, asks.c.asks, asks.c.last_ask)
        .join(asks, asks.c.advocate_id == Advocate.id)
        .join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
        .order_by(asks.c.asks.desc(), Advocate.name, Advocate.id)
        .limit(AT_RISK_ROWS)
    ).all()
    listed = [
        AtRisk(aid, name, email, tier, int(count), last, int(count) >= fatigue_limit)
        for aid, name, email, tier, count, last in rows
    ]
    return total, listed


def _nps(session: Session, start: datetime, end: datetime) -> Nps:
    position: dict[int, list[int]] = {}
    for challenge_id, config in session.execute(
        select(Challenge.id, Challenge.config).where(Challenge.kind == ChallengeKind.SURVEY)
    ).all():
        questions = config.get("questions", []) if isinstance(config, dict) else []
        index = next((n for n, q in enumerate(questions) if q.get("type") == "nps"), None)
        if index is not None:
            position.setdefault(index, []).append(challenge_id)
    if not position:
        return Nps(0, 0, 0, 0, None)
    ids = [cid for group in position.values() for cid in group]
    latest = (
        select(func.max(Submission.id))
        .where(
            Submission.challenge_id.in_(ids),
            Submission.status != Status.REJECTED,
            _within(Submission.submitted_at, start, end),
        )
        .group_by(Submission.advocate_id)
    )
    score = case(
        *[
            (Submission.challenge_id.in_(group), Submission.proof[("answers", index)].as_integer())
            for index, group in position.items()
        ]
    )
    counts: dict[int | None, int] = dict(
        session.execute(select(score, func.count()).where(Submission.id.in_(latest)).group_by(score)).all()
    )
    promoters = sum(n for value, n in counts.items() if value is not None and value >= PROMOTER_MIN)
    passives = sum(n for value, n in counts.items() if value is not None and PASSIVE_MIN <= value < PROMOTER_MIN)
    detractors = sum(n for value, n in counts.items() if value is not None and value < PASSIVE_MIN)
    responses = promoters + passives + detractors
    score_value = None if not responses else 100 * (promoters - detractors) / responses
    return Nps(responses, promoters, passives, detractors, score_value)
