"""Whose name others may see, and the alias a nameless row is shown by."""

from __future__ import annotations

import uuid

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.public_names import alias, public_name


def test_an_advocates_name_is_shown_only_with_their_consent_and_staff_always_by_name() -> None:
    assert public_name("Ada", role=Role.ADVOCATE, consent_publish_name=True) == "Ada"
    assert public_name("Ada", role=Role.ADVOCATE, consent_publish_name=False) == ""
    assert public_name("Maya", role=Role.MODERATOR, consent_publish_name=False) == "Maya"


def test_an_alias_is_four_digits_and_the_same_for_the_same_uid() -> None:
    uids = [str(uuid.UUID(int=n)) for n in range(200)]
    aliases = [alias(uid) for uid in uids]
    assert all(len(a) == 4 and a.isdigit() for a in aliases)
    assert aliases == [alias(uid) for uid in uids]
    assert len(set(aliases)) > 150  # spread out, although two people may share one
