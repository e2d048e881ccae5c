"""Whose name other people may see: an advocate's name is shown to others only when they agreed to it.

That consent ("publish my name") covers leaderboards (the kiosk's attract screen included) and the words they
give; without it they still take part and are ranked, as a numbered advocate. Leaving the boards altogether is
opting out (``services.ledger.is_listed``), a different choice. Staff are always shown by name: speaking for the
program is their job.
"""

from __future__ import annotations

import hashlib

from advocate_hub.core.domain.enums import Role

ALIAS_DIGITS = 4


def shows_name(*, role: Role, consent_publish_name: bool) -> bool:
    return role is not Role.ADVOCATE or consent_publish_name


def public_name(name: str, *, role: Role, consent_publish_name: bool) -> str:
    """The name as others may see it: '' when the person has not agreed to have it shown."""
    return name if shows_name(role=role, consent_publish_name=consent_publish_name) else ""


def alias(uid: str) -> str:
    """The number a nameless row is shown with ("Advocate #0427"): it tells rows apart and means nothing else.

    It is taken from a hash of the random uid, so every computer and the server show the same number, and it
    reveals neither the uid nor the person's member code. Two people may share one; it is a label, not a key.
    """
    digest = hashlib.sha256(uid.encode()).digest()
    return f"{int.from_bytes(digest[:4], 'big') % 10**ALIAS_DIGITS:0{ALIAS_DIGITS}d}"
