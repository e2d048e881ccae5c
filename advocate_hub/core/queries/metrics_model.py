"""The figures of the metrics dashboard as plain values, and each of its tables as (header, rows) for CSV.

``core.queries.metrics.program_metrics`` fills them; its module docstring has the shared definitions (range,
active advocates, ask) that every docstring here relies on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from advocate_hub.core.domain.enums import Period, ReferralStage
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.exports.csv_files import Cell


@dataclass(frozen=True, slots=True)
class Table:
    """A table as CSV wants it: column names and rows of plain cells."""

    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


@dataclass(frozen=True, slots=True)
class ChallengeParticipation:
    """One challenge that was open at some moment of the range, and what advocates did with it in the range.

    ``participants`` are distinct advocates with a submission (any outcome) submitted in the range; ``rate`` is
    ``participants / active advocates`` (None when there are none).
    """

    challenge_id: int
    title: str
    kind: ChallengeKind
    participants: int
    submissions: int
    approved: int
    declines: int
    rate: float | None


@dataclass(frozen=True, slots=True)
class KindParticipation:
    """The same as ``ChallengeParticipation`` for all challenges of one kind (an advocate counts once per kind)."""

    kind: ChallengeKind
    label: str
    challenges: int
    participants: int
    submissions: int
    rate: float | None


@dataclass(frozen=True, slots=True)
class PeriodCount:
    """Approved submissions in one bucket of the range, by the moment they were submitted.

    ``asks`` are submissions to ask kinds ("asks completed"), ``other`` to quizzes, content and check-ins. ``start``
    is the bucket's first day (the range's own start for a first, partial bucket).
    """

    start: date
    asks: int
    other: int


@dataclass(frozen=True, slots=True)
class ContentDelivered:
    """Approved submissions of one content kind whose approval falls in the range; ``used`` were marked used."""

    kind: ChallengeKind
    label: str
    delivered: int
    advocates: int
    used: int


@dataclass(frozen=True, slots=True)
class TierCount:
    tier: Tier
    advocates: int


@dataclass(frozen=True, slots=True)
class AtRisk:
    """An active advocate close to the over-asking limit; ``asks`` counts as the eligibility check does."""

    advocate_id: int
    name: str
    email: str
    tier: Tier
    asks: int
    last_ask: datetime
    at_limit: bool


@dataclass(frozen=True, slots=True)
class Moderation:
    """Decisions made by a moderator (``decided_by`` set, so auto-approvals are left out) in the range.

    ``approval_rate`` is ``approved / (approved + rejected)``: the final decisions. A request for changes is not
    final (the advocate sends the proof again) and counts in neither. ``median_seconds`` is the median of
    ``decided_at - submitted_at`` over all three kinds of decision: how long a submission waits for a moderator.
    """

    approved: int
    rejected: int
    changes_requested: int
    approval_rate: float | None
    median_seconds: float | None


@dataclass(frozen=True, slots=True)
class Referrals:
    """Referrals created in the range (a cohort), by the stage they are in now.

    ``conversion`` is ``won / (won + lost)``: of the referrals created in the range that have an outcome, the share
    that was won; referrals still in the pipeline do not count against it. ``average_won_cents`` is the mean deal
    value of the won ones that have a value.
    """

    total: int
    by_stage: dict[ReferralStage, int]
    conversion: float | None
    average_won_cents: float | None

    @property
    def won(self) -> int:
        return self.by_stage[ReferralStage.WON]

    @property
    def lost(self) -> int:
        return self.by_stage[ReferralStage.LOST]


@dataclass(frozen=True, slots=True)
class Nps:
    """Net promoter score of the advocates who answered an NPS question (a survey question of type ``nps``).

    Each advocate counts once, with their latest answer submitted in the range (rejected submissions left out).
    Promoters answer 9-10, passives 7-8, detractors 0-6; ``score`` is ``100 * (promoters - detractors) /
    responses``, from -100 to 100 (None without responses).
    """

    responses: int
    promoters: int
    passives: int
    detractors: int
    score: float | None


@dataclass(frozen=True, slots=True)
class ProgramMetrics:
    """Everything the dashboard shows for ``[start, end)``; see the module docstring for the shared definitions.

    ``engaged`` are active advocates with any submission in the 30 days before ``as_of`` (``end``, or now when
    ``end`` is in the future, so "this year" still means the last 30 days). ``redeemers`` are active advocates who
    requested a reward in the range (cancelled requests left out). ``opted_out`` are advocates whose opt-out (their
    last change, ``updated_at``) falls in the range; ``opt_out_rate`` is ``opted_out / (active + opted_out)``: of
    those in the program during the range, the share who left. ``tiers`` is the current tier of each active
    advocate. ``at_risk`` lists active advocates whose asks in the last 30 days (of now, as eligibility counts
    them: ask kinds, not rejected) are at least ``at_risk_threshold = fatigue_limit - 1``: one more ask reaches the
    limit (``at_limit`` when it is already reached and new asks are held back).
    """

    start: datetime
    end: datetime
    as_of: datetime
    bucket: Period
    active: int
    engaged: int
    challenges: list[ChallengeParticipation]
    kinds: list[KindParticipation]
    periods: list[PeriodCount]
    moderation: Moderation
    referrals: Referrals
    content: list[ContentDelivered]
    redeemers: int
    opted_out: int
    tiers: list[TierCount]
    fatigue_limit: int
    at_risk_total: int
    at_risk: list[AtRisk] = field(default_factory=list)
    nps: Nps = field(default_factory=lambda: Nps(0, 0, 0, 0, None))

    @property
    def engaged_share(self) -> float | None:
        return ratio(self.engaged, self.active)

    @property
    def redeemed_share(self) -> float | None:
        return ratio(self.redeemers, self.active)

    @property
    def opt_out_rate(self) -> float | None:
        return ratio(self.opted_out, self.active + self.opted_out)

    @property
    def at_risk_threshold(self) -> int:
        return max(1, self.fatigue_limit - 1)

    def tables(self) -> dict[str, Table]:
        """Each table of the dashboard by name, ready for ``write_csv``."""
        return {
            "summary": Table(("measure", "value"), summary_rows(self)),
            "challenges": Table(
                ("challenge", "kind", "participants", "submissions", "approved", "declines", "participation_rate"),
                [
                    (c.title, c.kind.value, c.participants, c.submissions, c.approved, c.declines, _round(c.rate))
                    for c in self.challenges
                ],
            ),
            "kinds": Table(
                ("kind", "challenges", "participants", "submissions", "participation_rate"),
                [(k.label, k.challenges, k.participants, k.submissions, _round(k.rate)) for k in self.kinds],
            ),
            "periods": Table(
                (f"{self.bucket.value}_starting", "asks_completed", "other_activities"),
                [(p.start.isoformat(), p.asks, p.other) for p in self.periods],
            ),
            "content": Table(
                ("content", "delivered", "advocates", "marked_used"),
                [(c.label, c.delivered, c.advocates, c.used) for c in self.content],
            ),
            "tiers": Table(("tier", "advocates"), [(t.tier.label, t.advocates) for t in self.tiers]),
            "referrals": Table(
                ("stage", "referrals"), [(stage.value, count) for stage, count in self.referrals.by_stage.items()]
            ),
            "over_asking": Table(
                ("name", "email", "tier", "asks_last_30_days", "limit", "at_limit", "last_ask"),
                [
                    (a.name, a.email, a.tier.label, a.asks, self.fatigue_limit, a.at_limit, a.last_ask.isoformat())
                    for a in self.at_risk
                ],
            ),
        }


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def summary_rows(metrics: ProgramMetrics) -> list[tuple[Cell, ...]]:
    """The headline figures as (measure, value) rows: rates as fractions, money in the deal currency's units."""
    moderation, referrals, nps = metrics.moderation, metrics.referrals, metrics.nps
    average = referrals.average_won_cents
    return [
        ("range_start", metrics.start.isoformat()),
        ("range_end", metrics.end.isoformat()),
        ("active_advocates", metrics.active),
        ("engaged_last_30_days", metrics.engaged),
        ("engaged_share", _round(metrics.engaged_share)),
        ("asks_completed", sum(p.asks for p in metrics.periods)),
        ("moderator_approved", moderation.approved),
        ("moderator_rejected", moderation.rejected),
        ("changes_requested", moderation.changes_requested),
        ("approval_rate", _round(moderation.approval_rate)),
        (
            "median_moderation_hours",
            _round(None if moderation.median_seconds is None else moderation.median_seconds / 3600),
        ),
        ("referrals", referrals.total),
        ("referrals_won", referrals.won),
        ("referral_conversion", _round(referrals.conversion)),
        ("average_won_value", None if average is None else round(average / 100, 2)),
        ("reward_redeemers", metrics.redeemers),
        ("redeemed_share", _round(metrics.redeemed_share)),
        ("opted_out", metrics.opted_out),
        ("opt_out_rate", _round(metrics.opt_out_rate)),
        ("at_risk_of_over_asking", metrics.at_risk_total),
        ("nps", _round(nps.score)),
        ("nps_responses", nps.responses),
    ]
