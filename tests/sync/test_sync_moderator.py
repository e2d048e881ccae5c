"""A moderator's desktop client: a replica of the whole program, whose decisions reach the server exactly once."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from server.support import Client, ServerProcess, mutation
from sqlalchemy import func, select

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import (
    AdvocateStatus,
    Incentive,
    RedemptionStatus,
    ReferralStage,
    Role,
    SubmissionStatus,
)
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.services import rewards
from advocate_hub.core.store.models import (
    Advocate,
    Challenge,
    LedgerEntry,
    Redemption,
    Referral,
    Reward,
    Submission,
)
from advocate_hub.core.sync import moderation_actions
from sync.support import LocalClient, open_client, server_ledger


def shared_post(moderator: Client, author: Client) -> str:
    challenge = moderator.post(
        "/challenges",
        json={
            "title": f"Share {uuid.uuid4().hex[:6]}",
            "kind": "social_share",
            "points": 40,
            "disclosure_required": False,
            "max_per_advocate": 10,
        },
    ).json()
    [answer] = author.push_ok(
        mutation(
            "submission.create", challenge_uid=challenge["uid"], proof={"link": f"https://example.com/{uuid.uuid4()}"}
        )
    )
    assert answer["result"]["status"] == "pending", answer
    return str(answer["result"]["submission_uid"])


def local(client: LocalClient, model: Any, uid: str) -> Any:
    with client.program.database.read() as session:
        return session.scalar(select(model).where(model.uid == uid))


def local_ledger(client: LocalClient, advocate_uid: str) -> list[tuple[str, int, str]]:
    with client.program.database.read() as session:
        rows = session.execute(
            select(LedgerEntry.uid, LedgerEntry.points, LedgerEntry.kind)
            .join(Advocate, Advocate.id == LedgerEntry.advocate_id)
            .where(Advocate.uid == advocate_uid)
        ).all()
    return sorted((uid, points, kind.value) for uid, points, kind in rows)


def test_a_moderators_replica_decides_and_the_server_agrees(
    server: ServerProcess, moderator: Client, tmp_path: Path
) -> None:
    author = server.client(server.user())
    first, second = shared_post(moderator, author), shared_post(moderator, author)
    desk = open_client(tmp_path / "desk", server.base_url, moderator.user.email)
    desk.engine.sync()
    me = desk.me_id()
    pending = local(desk, Submission, first)
    assert pending is not None, "the replica holds other advocates' submissions"
    assert pending.status is SubmissionStatus.PENDING
    author_id = local(desk, Advocate, author.user.uid).id

    desk.program.run(moderation_actions.approve, actor_id=me, submission_id=pending.id, thank_you="Lovely post!")
    desk.program.run(moderation_actions.adjust, actor_id=me, advocate_id=author_id, points=7, reason="Meetup host")
    # Meanwhile another moderator rejects the second post on the server; this desk, not yet synced, approves it.
    other = server.client(server.user(Role.MODERATOR))
    answer = other.post(f"/moderation/submissions/{second}/reject", json={"reason": "The link is private."})
    assert answer.status_code == 200, answer.text
    desk.program.run(
        moderation_actions.approve, actor_id=me, submission_id=local(desk, Submission, second).id, thank_you=""
    )

    report = desk.engine.sync()

    assert report.pushed == 2
    assert [r.kind for r in report.rejected] == ["submission.approve"]
    assert report.reset, "a refused decision makes the replica catch up with a snapshot"
    assert local_ledger(desk, author.user.uid) == server_ledger(moderator, author.user.uid)
    assert sorted(points for _uid, points, _kind in server_ledger(moderator, author.user.uid)) == [7, 40]
    assert local(desk, Submission, first).status is SubmissionStatus.APPROVED
    assert local(desk, Submission, second).status is SubmissionStatus.REJECTED
    again = desk.engine.sync()
    assert again.pushed == 0
    assert not again.rejected
    desk.close()


def test_the_rewards_desk_referral_board_and_status_moves_reach_the_server(
    server: ServerProcess, moderator: Client, tmp_path: Path
) -> None:
    author = server.client(server.user())
    [given] = moderator.push_ok(mutation("points.adjust", advocate_uid=author.user.uid, points=50, reason="Welcome"))
    assert given["status"] == "applied"
    with server.database.write() as session:
        actor = session.scalar(select(Advocate.id).where(Advocate.uid == moderator.user.uid))
        draft = rewards.RewardDraft(name=f"Mug {uuid.uuid4().hex[:6]}", incentive=Incentive.STUFF, cost=10)
        reward_uid = rewards.create(session, actor_id=actor, draft=draft, now=utc_now()).uid
    kept, refunded = (author.push_ok(mutation("redemption.create", reward_uid=reward_uid))[0] for _ in range(2))
    referral_challenge = moderator.post(
        "/challenges",
        json={
            "title": "Refer a peer",
            "kind": "referral",
            "points": 0,
            "disclosure_required": False,
            "barrier": "low",
            "min_tier": "community",
        },
    ).json()
    proof = {"name": "Kim Lee", "email": f"kim.{uuid.uuid4().hex[:6]}@example.org", "consent": True}
    [referred] = author.push_ok(mutation("submission.create", challenge_uid=referral_challenge["uid"], proof=proof))
    assert referred["status"] == "applied", referred
    desk = open_client(tmp_path / "desk", server.base_url, moderator.user.email)
    desk.engine.sync()
    me = desk.me_id()
    with desk.program.database.read() as session:
        referral_id = session.scalar(select(Referral.id).join(Advocate).where(Advocate.uid == author.user.uid))
    author_id = local(desk, Advocate, author.user.uid).id

    first = local(desk, Redemption, kept["result"]["redemption_uid"]).id
    second = local(desk, Redemption, refunded["result"]["redemption_uid"]).id
    desk.program.run(moderation_actions.fulfil, actor_id=me, redemption_id=first, note="Posted today")
    desk.program.run(moderation_actions.cancel, actor_id=me, redemption_id=second, reason="Out of mugs")
    desk.program.run(
        moderation_actions.move_referral, actor_id=me, referral_id=referral_id, stage=ReferralStage.CONTACTED
    )
    desk.program.run(moderation_actions.change_status, actor_id=me, advocate_id=author_id, status=AdvocateStatus.ALUMNI)
    report = desk.engine.sync()

    assert report.pushed == 4, report.rejected
    assert local_ledger(desk, author.user.uid) == server_ledger(moderator, author.user.uid)
    with server.database.read() as session:
        statuses = dict(session.execute(select(Redemption.uid, Redemption.status)).all())
        person = session.scalar(select(Advocate).where(Advocate.uid == author.user.uid))
        stage = session.scalar(select(Referral.stage).where(Referral.referrer_id == person.id))
    assert statuses[kept["result"]["redemption_uid"]] is RedemptionStatus.FULFILLED
    assert statuses[refunded["result"]["redemption_uid"]] is RedemptionStatus.CANCELLED
    assert stage is ReferralStage.CONTACTED
    assert person.status is AdvocateStatus.ALUMNI
    desk.close()


def test_challenges_made_on_a_moderators_desk_are_published_on_the_server(
    server: ServerProcess, moderator: Client, tmp_path: Path
) -> None:
    desk = open_client(tmp_path / "desk", server.base_url, moderator.user.email)
    desk.engine.sync()
    me = desk.me_id()
    start = utc_now() + timedelta(days=2)
    draft = ChallengeDraft(
        title="Write a case study",
        kind=ChallengeKind.CASE_STUDY,
        points=900,
        starts_at=start,
        expires_at=start + timedelta(days=14),
    )
    made = desk.program.run(moderation_actions.create_challenge, actor_id=me, draft=draft)
    old = desk.program.run(moderation_actions.create_challenge, actor_id=me, draft=replace(draft, title="Old one"))
    desk.program.run(
        moderation_actions.reschedule_challenge, actor_id=me, challenge_id=made.id, starts_at=start + timedelta(days=1)
    )
    desk.program.run(moderation_actions.archive_challenge, actor_id=me, challenge_id=old.id)

    report = desk.engine.sync()

    assert report.pushed == 4, report.rejected
    listed = {c["uid"]: c for c in moderator.get("/challenges").json()}
    assert made.uid in listed, "the server's row has the uid the desk gave it"
    assert old.uid not in listed  # archived
    assert listed[made.uid]["starts_at"].startswith((start + timedelta(days=1)).date().isoformat())
    with desk.program.database.read() as session:
        assert (
            session.scalar(select(func.count()).select_from(Challenge).where(Challenge.title == "Write a case study"))
            == 1
        )
    desk.close()


def test_the_catalog_nominations_and_erasures_made_on_a_desk_reach_the_server(
    server: ServerProcess, moderator: Client, tmp_path: Path
) -> None:
    leaving = server.client(server.user())
    desk = open_client(tmp_path / "desk", server.base_url, moderator.user.email)
    desk.engine.sync()
    me = desk.me_id()
    draft = rewards.RewardDraft(name="Conference ticket", incentive=Incentive.ACCESS, cost=900, stock=3)
    reward = desk.program.run(moderation_actions.create_reward, actor_id=me, draft=draft)
    desk.program.run(moderation_actions.update_reward, actor_id=me, reward_id=reward.id, draft=replace(draft, stock=5))
    nominee = desk.program.run(moderation_actions.nominate, actor_id=me, name="Rosa Diaz", email="rosa@example.org")
    gone = local(desk, Advocate, leaving.user.uid).id
    desk.program.run(moderation_actions.erase, actor_id=me, advocate_id=gone, reason="Asked by email")

    report = desk.engine.sync()

    assert report.pushed == 4, report.rejected
    with server.database.read() as session:
        stock = session.scalar(select(Reward.stock).where(Reward.uid == reward.uid))
        rosa = session.scalar(select(Advocate).where(Advocate.uid == nominee.uid))
        erased = session.scalar(select(Advocate).where(Advocate.uid == leaving.user.uid))
    assert stock == 5
    assert rosa is not None
    assert rosa.status is AdvocateStatus.NOMINATED
    assert erased.erased_at is not None
    assert leaving.user.email not in erased.email
    desk.close()
