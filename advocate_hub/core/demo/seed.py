"""The seeded demo program: the same people, challenges and 90 days of history for the same seed.

Everything is written through the services, as if moderators and advocates had used the app for three months,
so the demo obeys every rule (eligibility, caps, the over-asking limit, the ledger) and exercises them.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.demo import catalog
from advocate_hub.core.demo.marker import mark_demo
from advocate_hub.core.domain.badges import DEFAULT_BADGES
from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, ReferralStage, Role, SubmissionStatus
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import advocates, badges, challenges, points, referrals, rewards, submissions
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.rewards import RewardDraft
from advocate_hub.core.services.settings import ProgramRules, save_rules
from advocate_hub.core.store.models import Advocate, AdvocateTotals, Challenge, Referral, Submission

HISTORY_DAYS = 90
TIER_PLAN = [Tier.COMMUNITY] * 17 + [Tier.SILVER] * 14 + [Tier.GOLD] * 10 + [Tier.PLATINUM] * 7
HIGH_BARRIER_KEYS = ("case-study", "webinar", "advisory")
THANK_YOUS = (
    "Thank you! This helps other teams find us.",
    "Wonderful, thank you for taking the time.",
    "Thanks a lot: the team loved reading this.",
    "You're a star. Thank you!",
)
# Which challenges an advocate of a tier tends to take on, most likely first.
TIER_MENU: dict[Tier, tuple[str, ...]] = {
    Tier.COMMUNITY: ("trivia", "share-launch", "nps", "watch-keynote", "booth", "g2", "testimonial"),
    Tier.SILVER: (
        "share-launch",
        "answer",
        "g2",
        "capterra",
        "reference",
        "refer",
        "beta",
        "testimonial",
        "nps",
    ),
    Tier.GOLD: ("reference", "answer", "refer", "video", "case-study", "webinar", "beta", "share-launch"),
    Tier.PLATINUM: ("case-study", "webinar", "advisory", "reference", "refer", "answer"),
}


@dataclass
class DemoSummary:
    name: str
    advocates: int
    staff: int
    challenges: int
    rewards: int
    ledger_entries: int
    tiers: Counter[Tier] = field(default_factory=Counter)
    pending: int = 0
    referrals_by_stage: Counter[ReferralStage] = field(default_factory=Counter)
    moderator_email: str = ""
    sample_advocate_email: str = ""

    def describe(self) -> str:
        tiers = ", ".join(f"{tier.label} {self.tiers[tier]}" for tier in Tier)
        stages = ", ".join(f"{stage.value} {self.referrals_by_stage[stage]}" for stage in ReferralStage)
        return "\n".join(
            [
                f"Demo program {self.name!r} created.",
                f"  {self.advocates} advocates ({tiers}), {self.staff} staff accounts",
                f"  {self.challenges} challenges, {self.rewards} rewards, {self.ledger_entries} ledger entries",
                f"  {self.pending} submissions waiting for moderation; referrals: {stages}",
                f"  sign in as a moderator: {self.moderator_email}; as an advocate: {self.sample_advocate_email}",
            ]
        )


def email(local: str) -> str:
    return f"{local}@{catalog.EMAIL_DOMAIN}"


class _Story:
    """Plays three months of program life through the services, one advocate at a time."""

    def __init__(self, session: Session, rng: random.Random, now: datetime) -> None:
        self.session = session
        self.rng = rng
        self.now = now
        self.start = now - timedelta(days=HISTORY_DAYS)
        self.challenges: dict[str, Challenge] = {}
        self.moderators: list[int] = []

    def setup(self) -> None:
        save_rules(self.session, ProgramRules(name=catalog.PROGRAM_NAME), self.start)
        badges.install(self.session, DEFAULT_BADGES)
        for slug, name in catalog.GROUPS.items():
            advocates.ensure_group(self.session, slug, name)
        for name, local, role in catalog.STAFF:
            person = advocates.create(
                self.session,
                advocates.NewAdvocate(email=email(local), name=name, role=Role(role), company="Northwind"),
                self.start - timedelta(days=30),
                rng=self.rng,
            )
            if person.role is Role.MODERATOR:
                self.moderators.append(person.id)
        for spec in catalog.CHALLENGES:
            self.challenges[spec.key] = challenges.create(
                self.session,
                actor_id=self.moderators[0],
                draft=ChallengeDraft(
                    title=spec.title,
                    kind=spec.kind,
                    points=spec.points,
                    description=spec.description,
                    starts_at=self.now - timedelta(days=spec.starts_days_ago),
                    expires_at=(self.now + timedelta(days=spec.expires_in_days))
                    if spec.expires_in_days is not None
                    else None,
                    max_per_advocate=spec.max_per_advocate,
                    config=spec.config,
                ),
                now=self.start - timedelta(days=1),
            )
        for reward in catalog.REWARDS:
            rewards.create(
                self.session,
                actor_id=self.moderators[0],
                draft=RewardDraft(
                    reward.name, reward.incentive, reward.cost, reward.description, reward.stock, reward.min_tier
                ),
                now=self.start,
            )

    def moderator(self) -> int:
        return self.rng.choice(self.moderators)

    def tier(self, advocate_id: int) -> Tier:
        return self.session.scalars(select(AdvocateTotals.tier).where(AdvocateTotals.advocate_id == advocate_id)).one()

    def lifetime(self, advocate_id: int) -> int:
        return self.session.scalars(
            select(AdvocateTotals.lifetime).where(AdvocateTotals.advocate_id == advocate_id)
        ).one()

    def proof_for(self, challenge: Challenge, advocate: Advocate) -> dict[str, Any]:
        kind = challenge.kind
        if kind in {
            ChallengeKind.REVIEW,
            ChallengeKind.SOCIAL_SHARE,
            ChallengeKind.COMMUNITY_ANSWER,
            ChallengeKind.VIDEO_TESTIMONIAL,
        }:
            return {"link": f"https://example.org/{kind.value}/{advocate.id}-{self.rng.randrange(10**6)}"}
        if kind is ChallengeKind.SURVEY:
            return {
                "answers": [
                    self.rng.choice([7, 8, 9, 9, 10, 10]),
                    "Dashboards",
                    "Better mobile reports, please.",
                ]
            }
        if kind is ChallengeKind.QUIZ:
            return {"answers": [q["answer"] for q in challenge.config["questions"]]}
        if kind is ChallengeKind.EVENT_CHECKIN:
            return {"code": challenge.config["code"]}
        if kind in {ChallengeKind.TESTIMONIAL, ChallengeKind.PRODUCT_FEEDBACK}:
            return {"text": f"{advocate.company} saves hours every week since we switched; the team loves it."}
        if kind is ChallengeKind.REFERRAL:
            n = self.rng.randrange(10**5)
            return {
                "name": f"Colleague {n}",
                "email": f"colleague{n}@example.net",
                "company": advocate.company,
                "consent": True,
            }
        return {"note": "Scheduled with the team."}

    def attempt(self, advocate: Advocate, key: str, when: datetime, *, decide: bool = True) -> Submission | None:
        """Submit (and usually approve) a challenge; None when the rules say no, as they would in the app."""
        challenge = self.challenges[key]
        try:
            outcome = submissions.submit(
                self.session,
                advocate_id=advocate.id,
                challenge_id=challenge.id,
                proof=self.proof_for(challenge, advocate),
                disclosure_acknowledged=True,
                now=when,
            )
        except AdvocateHubError:
            return None
        submission = outcome.submission
        if decide and submission.status is SubmissionStatus.PENDING:
            submissions.approve(
                self.session,
                actor_id=self.moderator(),
                submission_id=submission.id,
                thank_you=self.rng.choice(THANK_YOUS),
                now=when + timedelta(hours=self.rng.randint(2, 40)),
            )
        return submission

    def top_up(self, advocate: Advocate, target: int, when: datetime, reason: str) -> None:
        missing = target - self.lifetime(advocate.id)
        if missing > 0:
            points.adjust(
                self.session,
                actor_id=self.moderator(),
                advocate_id=advocate.id,
                points=missing + self.rng.randrange(0, 300),
                reason=reason,
                now=when,
                kind=LedgerKind.BONUS,
            )

    def choose(self, advocate: Advocate, target: Tier, *, late: bool) -> str | None:
        """A challenge this advocate would pick now, keeping them below the tier above their target."""
        if target is Tier.PLATINUM and late:
            return self.rng.choice(HIGH_BARRIER_KEYS)
        key = self.rng.choice(TIER_MENU[self.tier(advocate.id)])
        if target is Tier.PLATINUM:
            return key
        ceiling = ProgramRules().ladder.step(Tier(list(Tier)[target.rank + 1])).min_lifetime_points - 50
        for candidate in (key, "trivia"):
            if self.lifetime(advocate.id) + self.challenges[candidate].points < ceiling:
                return candidate
        return None

    def live(self, advocate: Advocate, target: Tier, joined: datetime) -> None:
        ladder = ProgramRules().ladder
        days = (self.now - joined).days
        actions = {Tier.COMMUNITY: 4, Tier.SILVER: 9, Tier.GOLD: 12, Tier.PLATINUM: 14}[target]
        for index in range(actions):
            when = joined + timedelta(days=days * (index + 1) / (actions + 1), hours=self.rng.randint(8, 18))
            if index == actions // 3 and target.rank >= Tier.SILVER.rank:
                self.top_up(advocate, ladder.step(Tier.SILVER).min_lifetime_points, when, "Founding member bonus")
            if index == 2 * actions // 3 and target.rank >= Tier.GOLD.rank:
                goal = ladder.step(target).min_lifetime_points - (1500 if target is Tier.PLATINUM else 0)
                self.top_up(advocate, goal, when, "Summit volunteer bonus")
            key = self.choose(advocate, target, late=index > 2 * actions // 3)
            if key is None:
                continue
            self.attempt(advocate, key, when)
        if target is Tier.PLATINUM and self.tier(advocate.id) is not Tier.PLATINUM:
            self.top_up(
                advocate,
                ladder.step(Tier.PLATINUM).min_lifetime_points,
                self.now - timedelta(days=3),
                "Advisory contribution bonus",
            )

    def play(self) -> dict[int, Advocate]:
        plan = list(TIER_PLAN)
        self.rng.shuffle(plan)
        people: dict[int, Advocate] = {}
        for index, (name, local, company, language, group) in enumerate(catalog.PEOPLE):
            joined = self.start + timedelta(days=self.rng.randint(0, 40), hours=self.rng.randint(0, 23))
            advocate = advocates.create(
                self.session,
                advocates.NewAdvocate(
                    email=email(local),
                    name=name,
                    company=company,
                    language=language,
                    groups=(group,),
                    consent_publish_name=self.rng.random() < 0.7,
                    consent_contact=self.rng.random() < 0.8,
                    opted_out_kinds=frozenset({ChallengeKind.REFERENCE_CALL}) if index % 11 == 5 else frozenset(),
                ),
                joined,
                rng=self.rng,
            )
            people[advocate.id] = advocate
            self.live(advocate, plan[index], joined)
        return people

    def moderation_backlog(self, people: dict[int, Advocate]) -> None:
        """Leave a realistic inbox: pending work, a rejection, a request for changes and a follow-up."""
        ids = sorted(people)
        for offset, key in enumerate(("testimonial", "g2", "answer", "video", "beta", "share-launch", "refer")):
            for advocate_id in ids[offset::7]:
                if self.attempt(people[advocate_id], key, self.now - timedelta(hours=6 + offset * 9), decide=False):
                    break
        pending = self.session.scalars(
            select(Submission).where(Submission.status == SubmissionStatus.PENDING).order_by(Submission.id)
        ).all()
        if len(pending) >= 3:
            submissions.reject(
                self.session,
                actor_id=self.moderators[0],
                submission_id=pending[0].id,
                reason="The link shows a different product; could you check it?",
                now=self.now,
            )
            submissions.request_changes(
                self.session,
                actor_id=self.moderators[1],
                submission_id=pending[1].id,
                note="Lovely! Could you add one sentence about your results?",
                now=self.now,
            )
        study = self.session.scalar(
            select(Submission)
            .join(Challenge, Challenge.id == Submission.challenge_id)
            .where(Challenge.kind == ChallengeKind.CASE_STUDY, Submission.status == SubmissionStatus.APPROVED)
            .order_by(Submission.id)
        )
        if study is not None:
            submissions.mark_used(
                self.session,
                actor_id=self.moderators[0],
                submission_id=study.id,
                note="Your case study is published. Thank you!",
                link="https://example.com/customers/story",
                now=self.now - timedelta(days=2),
            )
        for advocate_id in ids[3:9]:
            submissions.decline(
                self.session,
                advocate_id=advocate_id,
                challenge_id=self.challenges["reference"].id,
                reason=self.rng.choice(["Too busy this quarter.", "", "Not comfortable yet."]),
                now=self.now - timedelta(days=self.rng.randint(1, 20)),
            )

    def referral_pipeline(self) -> None:
        stages = [ReferralStage.CONTACTED, ReferralStage.QUALIFIED, ReferralStage.WON, ReferralStage.LOST]
        for index, referral in enumerate(self.session.scalars(select(Referral).order_by(Referral.id)).all()):
            target = stages[index % (len(stages) + 1)] if index % (len(stages) + 1) < len(stages) else None
            if target is None:
                continue
            path = {
                ReferralStage.CONTACTED: [ReferralStage.CONTACTED],
                ReferralStage.QUALIFIED: [ReferralStage.CONTACTED, ReferralStage.QUALIFIED],
                ReferralStage.WON: [ReferralStage.CONTACTED, ReferralStage.QUALIFIED, ReferralStage.WON],
                ReferralStage.LOST: [ReferralStage.CONTACTED, ReferralStage.LOST],
            }[target]
            when = referral.created_at
            for stage in path:
                when = min(when + timedelta(days=self.rng.randint(2, 9)), self.now)
                referrals.move(
                    self.session,
                    actor_id=self.moderator(),
                    referral_id=referral.id,
                    stage=stage,
                    now=when,
                    deal_value_cents=self.rng.randint(50, 400) * 10_000 if stage is ReferralStage.WON else None,
                )

    def redemptions_and_corrections(self, people: dict[int, Advocate]) -> None:
        catalog_rows = {spec.name: index + 1 for index, spec in enumerate(catalog.REWARDS)}
        wishes = [
            "Advocate sticker pack",
            "Spotlight in the newsletter",
            "Northwind hoodie",
            "Roadmap session",
            "Early access to new features",
            "Guest post on our blog",
        ]
        made = []
        for advocate_id in sorted(people):
            wish = wishes[advocate_id % len(wishes)]
            try:
                redemption, _ = rewards.redeem(
                    self.session,
                    advocate_id=advocate_id,
                    reward_id=catalog_rows[wish],
                    now=self.now - timedelta(days=self.rng.randint(1, 30)),
                )
            except AdvocateHubError:
                continue
            made.append(redemption)
        for index, redemption in enumerate(made):
            if index % 3 == 0:
                rewards.fulfil(
                    self.session,
                    actor_id=self.moderator(),
                    redemption_id=redemption.id,
                    note="Shipped, enjoy!",
                    now=self.now - timedelta(hours=12),
                )
            elif index == 1:
                rewards.cancel(
                    self.session,
                    actor_id=self.moderators[0],
                    redemption_id=redemption.id,
                    reason="Size out of stock; points refunded.",
                    now=self.now - timedelta(hours=10),
                )
        duplicate = self.session.scalar(
            select(Submission.advocate_id).where(Submission.status == SubmissionStatus.APPROVED).order_by(Submission.id)
        )
        if duplicate is not None:
            fix = points.adjust(
                self.session,
                actor_id=self.moderators[1],
                advocate_id=duplicate,
                points=75,
                reason="Helped at the Jakarta meetup",
                now=self.now - timedelta(days=5),
            )
            points.reverse(
                self.session,
                actor_id=self.moderators[0],
                entry_id=fix.entry.id,
                reason="Entered twice by mistake",
                now=self.now - timedelta(days=4),
            )
            points.adjust(
                self.session,
                actor_id=self.moderators[0],
                advocate_id=duplicate,
                points=75,
                reason="Helped at the Jakarta meetup",
                now=self.now - timedelta(days=4),
            )

    def memberships(self, people: dict[int, Advocate]) -> None:
        ids = sorted(people)
        for advocate_id in ids[-3:]:
            advocates.opt_out(self.session, advocate_id, self.now - timedelta(days=self.rng.randint(1, 10)))
        for advocate_id in ids[-5:-3]:
            advocates.change_status(
                self.session,
                actor_id=self.moderators[0],
                advocate_id=advocate_id,
                status=AdvocateStatus.ALUMNI,
                now=self.now - timedelta(days=2),
            )
        newcomers = (
            ("Putri Anggraini", "putri.anggraini", "id", AdvocateStatus.INVITED),
            ("Haruto Yamamoto", "haruto.yamamoto", "ja", AdvocateStatus.INVITED),
            ("Farah Nabila", "farah.nabila", "ms", AdvocateStatus.NOMINATED),
        )
        for name, local, language, status in newcomers:
            advocates.create(
                self.session,
                advocates.NewAdvocate(
                    email=email(local), name=name, language=language, status=status, groups=("apac",)
                ),
                self.now - timedelta(days=1),
                actor_id=self.moderators[0],
                rng=self.rng,
            )


def _summarise(session: Session, people: dict[int, Advocate]) -> DemoSummary:
    from advocate_hub.core.store.models import LedgerEntry, Reward

    tiers = Counter(
        session.scalars(
            select(AdvocateTotals.tier)
            .join(Advocate, Advocate.id == AdvocateTotals.advocate_id)
            .where(Advocate.role == Role.ADVOCATE)
        )
    )
    return DemoSummary(
        name=catalog.PROGRAM_NAME,
        advocates=sum(tiers.values()),
        staff=len(catalog.STAFF),
        challenges=session.scalar(select(func.count()).select_from(Challenge)) or 0,
        rewards=session.scalar(select(func.count()).select_from(Reward)) or 0,
        ledger_entries=session.scalar(select(func.count()).select_from(LedgerEntry)) or 0,
        tiers=tiers,
        pending=session.scalar(select(func.count()).where(Submission.status == SubmissionStatus.PENDING)) or 0,
        referrals_by_stage=Counter(session.scalars(select(Referral.stage))),
        moderator_email=email(catalog.STAFF[0][1]),
        sample_advocate_email=next(iter(people.values())).email,
    )


def create_demo(program: Program, seed: int = 7, now: datetime | None = None) -> DemoSummary:
    """Fill an empty program with the demo; the same seed and ``now`` always give the same program.

    The program is marked as the demo, so it can be reset and never syncs with a server.
    """
    moment = now or program.clock()
    rng = random.Random(seed)
    with program.database.write() as session:
        mark_demo(session)
        story = _Story(session, rng, moment)
        story.setup()
        people = story.play()
        story.moderation_backlog(people)
        story.referral_pipeline()
        story.redemptions_and_corrections(people)
        story.memberships(people)
        return _summarise(session, people)
