"""People in the program through ``core.services.advocates``: joining, groups, opting out, the lifecycle."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from advocate_hub.core.domain.eligibility import IneligibleReason
from advocate_hub.core.domain.enums import AdvocateStatus, Period, Role
from advocate_hub.core.domain.errors import InvalidTransition, NotAllowed, NotEligible, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.referral_codes import ALPHABET, CODE_LENGTH
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import advocates, ledger
from advocate_hub.core.services.advocates import NewAdvocate
from advocate_hub.core.store import leaderboard
from advocate_hub.core.store.leaderboard import BoardKey
from advocate_hub.core.store.models import (
    OVERALL_SCOPE,
    Advocate,
    AdvocateGroup,
    AuditEntry,
    LedgerEntry,
    ScoreTotal,
)

A = AdvocateStatus


def create(hub, email: str = "ada@example.com", name: str = "Ada Lovelace", **kwargs):
    return hub.program.run(advocates.create, new=NewAdvocate(email=email, name=name, **kwargs))


def boards(hub, scopes: tuple[str, ...] = (OVERALL_SCOPE,)) -> list[BoardKey]:
    return [BoardKey(period, hub.clock.now, scope) for scope in scopes for period in Period]


def listed_on(hub, key: BoardKey) -> set[int]:
    return {row.advocate_id for row in hub.program.read(leaderboard.page, key=key)}


def set_groups(hub, advocate_id: int, slugs: list[str]) -> None:
    hub.program.run(lambda session, now: advocates.set_groups(session, advocate_id, slugs))


# --- joining -----------------------------------------------------------------------------------------------


def test_create_opens_an_account_with_zero_points(hub) -> None:
    advocate = create(hub, email="  Ada@Example.COM ", name="  Ada Lovelace ", company=" Analytical ")

    stored = hub.get(Advocate, advocate.id)
    assert (stored.email, stored.name, stored.company) == ("ada@example.com", "Ada Lovelace", "Analytical")
    assert (stored.role, stored.status, stored.created_at) == (Role.ADVOCATE, A.ACTIVE, hub.clock.now)
    totals = hub.totals(advocate.id)
    assert (totals.balance, totals.lifetime, totals.tier) == (0, 0, Tier.COMMUNITY)
    board = hub.program.read(leaderboard.my_row, key=BoardKey(Period.ALL, hub.clock.now), advocate_id=advocate.id)
    assert board is not None
    assert board.points == 0


@pytest.mark.parametrize("email", ["", "ada", "ada@example", "ada@.com", "ada @example.com", "@example.com"])
def test_create_refuses_a_bad_email_and_writes_nothing(hub, email: str) -> None:
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        create(hub, email=email)

    assert raised.value.field == "email"
    assert hub.counts() == before


def test_create_refuses_a_duplicate_email_whatever_its_case(hub) -> None:
    create(hub, email="ada@example.com")
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        create(hub, email="ADA@example.com", name="Another Ada")

    assert raised.value.field == "email"
    assert hub.counts() == before


@pytest.mark.parametrize("name", ["", "   ", "x" * (advocates.MAX_NAME_LENGTH + 1)])
def test_create_refuses_a_blank_or_huge_name(hub, name: str) -> None:
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        create(hub, name=name)

    assert raised.value.field == "name"
    assert hub.counts() == before


def test_create_by_a_moderator_is_audited(hub) -> None:
    advocate = hub.program.run(advocates.create, new=NewAdvocate(email="ada@example.com", name="Ada"), actor_id=hub.mod)

    [row] = hub.rows(AuditEntry, AuditEntry.action == "advocate.create")
    assert (row.actor_id, row.target_id) == (hub.mod, advocate.id)
    assert row.after["email"] == "ada@example.com"
    assert row.after["status"] == "active"


def test_referral_codes_are_unambiguous_and_unique_even_from_the_same_random_source(hub) -> None:
    first = hub.program.run(advocates.create, new=NewAdvocate("a@example.com", "A"), rng=random.Random(7))
    second = hub.program.run(advocates.create, new=NewAdvocate("b@example.com", "B"), rng=random.Random(7))

    assert first.referral_code != second.referral_code
    for code in (first.referral_code, second.referral_code):
        assert len(code) == CODE_LENGTH
        assert set(code) <= set(ALPHABET)


def test_many_advocates_get_distinct_codes(hub) -> None:
    for n in range(30):
        hub.advocate(f"Advocate {n}")

    codes = [a.referral_code for a in hub.rows(Advocate)]
    assert len(set(codes)) == len(codes) == 31


# --- opting out ------------------------------------------------------------------------------------------


def test_opt_out_hides_from_every_board_and_keeps_the_ledger(hub) -> None:
    ada = hub.advocate("Ada", groups=("emea",))
    bob = hub.advocate("Bob", groups=("emea",))
    hub.complete(ada, hub.challenge(ChallengeKind.REVIEW, points=250))
    hub.grant(bob, 100)
    every_board = boards(hub, (OVERALL_SCOPE, "emea"))
    assert all(ada in listed_on(hub, key) for key in every_board)

    hub.program.run(advocates.opt_out, advocate_id=ada)

    for key in every_board:
        assert listed_on(hub, key) == {bob}, key
        assert hub.program.read(leaderboard.my_row, key=key, advocate_id=ada) is None
    stored = hub.get(Advocate, ada)
    assert (stored.status, stored.updated_at) == (A.OPTED_OUT, hub.clock.now)
    assert hub.count(LedgerEntry, LedgerEntry.advocate_id == ada) == 1
    totals = hub.totals(ada)
    assert (totals.balance, totals.lifetime) == (250, 250)


def test_points_given_after_opting_out_stay_hidden_in_new_periods(hub) -> None:
    ada = hub.advocate()
    hub.grant(ada, 100)
    hub.program.run(advocates.opt_out, advocate_id=ada)
    hub.clock.advance(timedelta(days=30))

    hub.grant(ada, 50)

    for key in boards(hub):
        assert ada not in listed_on(hub, key)
    assert hub.count(ScoreTotal, ScoreTotal.advocate_id == ada, ScoreTotal.visible.is_(True)) == 0


def test_rejoin_restores_visibility(hub) -> None:
    ada = hub.advocate("Ada", groups=("emea",))
    hub.grant(ada, 100)
    hub.program.run(advocates.opt_out, advocate_id=ada)

    hub.program.run(advocates.rejoin, advocate_id=ada)

    assert hub.get(Advocate, ada).status is A.ACTIVE
    for key in boards(hub, (OVERALL_SCOPE, "emea")):
        row = hub.program.read(leaderboard.my_row, key=key, advocate_id=ada)
        assert row is not None, key
        assert (row.rank, row.points) == (1, 100)


def test_opting_out_twice_is_harmless(hub) -> None:
    ada = hub.advocate()
    hub.program.run(advocates.opt_out, advocate_id=ada)

    hub.program.run(advocates.opt_out, advocate_id=ada)

    assert hub.get(Advocate, ada).status is A.OPTED_OUT


def test_only_someone_who_left_can_rejoin(hub) -> None:
    ada = hub.advocate()

    with pytest.raises(InvalidTransition):
        hub.program.run(advocates.rejoin, advocate_id=ada)


# --- membership lifecycle -----------------------------------------------------------------------------------


def change_status(hub, advocate_id: int, status: AdvocateStatus, actor_id: int | None = None):
    return hub.program.run(
        advocates.change_status, actor_id=actor_id or hub.mod, advocate_id=advocate_id, status=status
    )


def test_a_membership_moves_from_nominated_to_alumni_with_audit(hub) -> None:
    ada = hub.advocate(status=A.NOMINATED)

    for status in (A.INVITED, A.ACTIVE, A.ALUMNI):
        hub.clock.advance(timedelta(days=1))
        change_status(hub, ada, status)
        assert hub.get(Advocate, ada).status is status

    audits = hub.rows(AuditEntry, AuditEntry.action == "advocate.status")
    assert [(a.before["status"], a.after["status"]) for a in audits] == [
        ("nominated", "invited"),
        ("invited", "active"),
        ("active", "alumni"),
    ]
    assert all(a.actor_id == hub.mod and a.target_id == ada for a in audits)
    assert audits[-1].created_at == hub.clock.now


@pytest.mark.parametrize(
    ("start", "target"),
    [(A.NOMINATED, A.ACTIVE), (A.NOMINATED, A.ALUMNI), (A.ALUMNI, A.INVITED), (A.OPTED_OUT, A.ACTIVE)],
)
def test_illegal_status_moves_are_refused(hub, start: AdvocateStatus, target: AdvocateStatus) -> None:
    ada = hub.advocate(status=start)
    before = hub.counts()

    with pytest.raises(InvalidTransition):
        change_status(hub, ada, target)

    assert hub.counts() == before
    assert hub.get(Advocate, ada).status is start


def test_a_manager_cannot_opt_someone_out(hub) -> None:
    ada = hub.advocate()
    before = hub.counts()

    with pytest.raises(NotAllowed):
        change_status(hub, ada, A.OPTED_OUT)

    assert hub.counts() == before
    assert hub.get(Advocate, ada).status is A.ACTIVE


def test_an_advocate_cannot_change_a_status(hub) -> None:
    ada, bob = hub.advocate("Ada"), hub.advocate("Bob", status=A.INVITED)

    with pytest.raises(NotAllowed):
        change_status(hub, bob, A.ACTIVE, actor_id=ada)

    assert hub.get(Advocate, bob).status is A.INVITED


@pytest.mark.parametrize("status", [A.NOMINATED, A.INVITED, A.ALUMNI])
def test_only_active_members_take_challenges(hub, status: AdvocateStatus) -> None:
    ada = hub.advocate(status=status)

    with pytest.raises(NotEligible) as raised:
        hub.submit(ada, hub.challenge(ChallengeKind.REVIEW))

    assert raised.value.reason == IneligibleReason.NOT_ACTIVE.value


# --- groups ----------------------------------------------------------------------------------------------


def test_set_groups_copies_existing_points_into_the_group_boards(hub) -> None:
    ada = hub.advocate()
    hub.grant(ada, 300)

    set_groups(hub, ada, ["EMEA", "partners"])

    assert hub.program.read(ledger.group_slugs, advocate_id=ada) == ["emea", "partners"]
    for key in boards(hub, ("emea", "partners")):
        row = hub.program.read(leaderboard.my_row, key=key, advocate_id=ada)
        assert row is not None, key
        assert row.points == 300


def test_set_groups_leaves_the_groups_not_kept(hub) -> None:
    ada = hub.advocate("Ada", groups=("emea", "partners"))
    hub.grant(ada, 300)

    set_groups(hub, ada, ["partners"])

    for key in boards(hub, ("emea",)):
        assert ada not in listed_on(hub, key)
    assert hub.count(ScoreTotal, ScoreTotal.advocate_id == ada, ScoreTotal.scope == "emea") == 0
    assert hub.count(AdvocateGroup, AdvocateGroup.advocate_id == ada) == 1


def test_points_after_joining_a_group_count_in_it(hub) -> None:
    ada = hub.advocate()
    hub.grant(ada, 300)
    set_groups(hub, ada, ["emea"])

    hub.grant(ada, 50)

    row = hub.program.read(leaderboard.my_row, key=BoardKey(Period.WEEK, hub.clock.now, "emea"), advocate_id=ada)
    assert row is not None
    assert row.points == 350
