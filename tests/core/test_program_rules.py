"""Program rules: stored, read back, validated, and changed only by managers with an audit trail."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from advocate_hub.core.domain.enums import ReferralStage, Role
from advocate_hub.core.domain.errors import NotAllowed, ValidationError
from advocate_hub.core.services import advocates, settings
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import AuditEntry


@pytest.fixture
def program(tmp_path: Path) -> Program:
    with Program.open(tmp_path) as program:
        yield program


def _person(program: Program, email: str, role: Role) -> int:
    return program.run(advocates.create, new=advocates.NewAdvocate(email=email, name=email, role=role)).id


def test_defaults_before_anything_is_saved(program: Program) -> None:
    assert program.read(settings.load_rules) == settings.ProgramRules()


def test_a_moderator_changes_the_rules_and_it_is_audited(program: Program) -> None:
    moderator = _person(program, "mod@example.com", Role.MODERATOR)
    new_rules = replace(
        settings.ProgramRules(),
        name="Champions",
        fatigue_limit=6,
        referral_points={**settings.DEFAULT_REFERRAL_POINTS, ReferralStage.WON: 900},
    )
    program.run(settings.update_rules, actor_id=moderator, rules=new_rules)
    assert program.read(settings.load_rules) == new_rules
    with program.database.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.update")).one()
    assert entry.actor_id == moderator
    assert entry.before is not None
    assert entry.before["fatigue_limit"] == 4
    assert entry.after is not None
    assert entry.after["referral_points"]["won"] == 900


def test_an_advocate_cannot_change_the_rules(program: Program) -> None:
    advocate = _person(program, "a@example.com", Role.ADVOCATE)
    with pytest.raises(NotAllowed):
        program.run(settings.update_rules, actor_id=advocate, rules=settings.ProgramRules(name="Mine"))
    assert program.read(settings.load_rules).name == settings.ProgramRules().name


@pytest.mark.parametrize(
    "bad",
    [
        {"fatigue_limit": 0},
        {"name": "  "},
        {"referral_points": {ReferralStage.WON: -5}},
    ],
)
def test_invalid_rules_change_nothing(program: Program, bad: dict[str, object]) -> None:
    moderator = _person(program, "mod@example.com", Role.MODERATOR)
    with pytest.raises(ValidationError):
        program.run(settings.update_rules, actor_id=moderator, rules=replace(settings.ProgramRules(), **bad))
    with program.database.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0
    assert program.read(settings.load_rules) == settings.ProgramRules()
