"""The kiosk's own settings (which event, the exit PIN) and the PIN check with its growing lockout.

Everything lives in the ``sync_state`` table under ``kiosk.*`` keys, so it belongs to this data dir and survives a
restart: pulling the plug does not reset a lockout. The PIN is kept only as an argon2 hash, which carries its own
random salt, so two kiosks with the same PIN store different strings and the PIN itself is never on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.services import audit
from advocate_hub.core.store.models import Advocate, SyncState
from advocate_hub.core.sync.apply import SELF_KEY

EVENT_NAME_KEY = "kiosk.event_name"
EVENT_CODE_KEY = "kiosk.event_code"
PIN_HASH_KEY = "kiosk.pin_hash"
FAILURES_KEY = "kiosk.pin_failures"
LOCKS_KEY = "kiosk.pin_locks"
LOCKED_UNTIL_KEY = "kiosk.pin_locked_until"

MAX_TRIES = 5
"""Wrong PINs in a row before the exit locks."""
FIRST_LOCK = timedelta(seconds=60)
"""The first lock; each further one lasts twice as long as the one before, until a right PIN."""
MIN_PIN, MAX_PIN = 4, 12

_hasher = PasswordHasher()


@dataclass(frozen=True, slots=True)
class KioskConfig:
    event_name: str
    event_code: str


@dataclass(frozen=True, slots=True)
class PinCheck:
    """The answer to a PIN: right or not, and when wrong how many tries remain or how long the lock lasts."""

    ok: bool
    tries_left: int
    locked_seconds: int

    @property
    def locked(self) -> bool:
        return self.locked_seconds > 0


def _get(session: Session, key: str) -> str | None:
    return session.scalar(select(SyncState.value).where(SyncState.key == key))


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def _check_pin_format(pin: str) -> str:
    if not pin.isdigit() or not MIN_PIN <= len(pin) <= MAX_PIN:
        raise ValidationError(f"Choose a PIN of {MIN_PIN} to {MAX_PIN} digits.", field="pin")
    return pin


def configure(session: Session, *, event_name: str, event_code: str, pin: str, now: datetime) -> KioskConfig:
    """Set (or change) the event this kiosk serves and its exit PIN; a new PIN clears any lockout."""
    name = event_name.strip()
    code = event_code.strip().upper()
    if not name:
        raise ValidationError("Enter the event's name, as visitors know it.", field="event_name")
    if not code or len(code) > 64 or " " in code:
        raise ValidationError(
            "Enter the event code (the one in its check-in challenge), without spaces.", field="event_code"
        )
    _set(session, PIN_HASH_KEY, _hasher.hash(_check_pin_format(pin)))
    _set(session, EVENT_NAME_KEY, name)
    _set(session, EVENT_CODE_KEY, code)
    _reset(session)
    audit.record(
        session,
        actor_id=_kiosk_account(session),
        action="kiosk.configure",
        target_type="kiosk",
        target_id=None,
        now=now,
        after={"event_name": name, "event_code": code},
    )
    return KioskConfig(name, code)


def load(session: Session) -> KioskConfig | None:
    """This data dir's kiosk settings, or None before the kiosk was set up."""
    name, code, pin = (_get(session, key) for key in (EVENT_NAME_KEY, EVENT_CODE_KEY, PIN_HASH_KEY))
    if not name or not code or not pin:
        return None
    return KioskConfig(name, code)


def _reset(session: Session) -> None:
    for key in (FAILURES_KEY, LOCKS_KEY):
        _set(session, key, "0")
    _set(session, LOCKED_UNTIL_KEY, "")


def _kiosk_account(session: Session) -> int | None:
    uid = _get(session, SELF_KEY)
    return None if uid is None else session.scalar(select(Advocate.id).where(Advocate.uid == uid))


def locked_for(session: Session, now: datetime) -> int:
    """Whole seconds the exit stays locked (0 when a PIN may be tried), rounded up so a lock never shows 0."""
    until = _get(session, LOCKED_UNTIL_KEY)
    if not until:
        return 0
    left = (datetime.fromisoformat(until) - now).total_seconds()
    return max(0, int(-(-left // 1)))


def check_pin(session: Session, *, pin: str, now: datetime) -> PinCheck:
    """Try the exit PIN. A right one is audited and clears the count; the fifth wrong one in a row locks the exit.

    Run it in a write transaction that commits on either answer: a wrong try must be remembered.
    """
    stored = _get(session, PIN_HASH_KEY)
    if stored is None:
        raise ValidationError("This kiosk has no PIN yet; set it up first.", field="pin")
    waiting = locked_for(session, now)
    if waiting:
        return PinCheck(ok=False, tries_left=0, locked_seconds=waiting)
    right: bool
    try:
        right = _hasher.verify(stored, pin)
    except (VerificationError, InvalidHashError):
        right = False
    if right:
        _reset(session)
        config = load(session)
        audit.record(
            session,
            actor_id=_kiosk_account(session),
            action="kiosk.exit",
            target_type="kiosk",
            target_id=None,
            now=now,
            after={"event_code": config.event_code if config else ""},
        )
        return PinCheck(ok=True, tries_left=MAX_TRIES, locked_seconds=0)
    failures = int(_get(session, FAILURES_KEY) or 0) + 1
    if failures < MAX_TRIES:
        _set(session, FAILURES_KEY, str(failures))
        return PinCheck(ok=False, tries_left=MAX_TRIES - failures, locked_seconds=0)
    locks = int(_get(session, LOCKS_KEY) or 0) + 1
    lock = FIRST_LOCK * 2 ** (locks - 1)
    _set(session, FAILURES_KEY, "0")
    _set(session, LOCKS_KEY, str(locks))
    _set(session, LOCKED_UNTIL_KEY, (now + lock).isoformat())
    audit.record(
        session,
        actor_id=_kiosk_account(session),
        action="kiosk.pin_locked",
        target_type="kiosk",
        target_id=None,
        now=now,
        after={"seconds": int(lock.total_seconds())},
    )
    return PinCheck(ok=False, tries_left=0, locked_seconds=int(lock.total_seconds()))
