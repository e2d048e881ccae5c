"""The closed vocabularies of a program: roles, statuses, lifecycles and incentive types.

Values are lower-case strings so they read well in the database, in JSON and in CSV files.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADVOCATE = "advocate"
    MODERATOR = "moderator"
    STAFF = "staff"
    KIOSK = "kiosk"


class AdvocateStatus(StrEnum):
    NOMINATED = "nominated"
    INVITED = "invited"
    ACTIVE = "active"
    OPTED_OUT = "opted_out"
    ALUMNI = "alumni"
    DEACTIVATED = "deactivated"


class Barrier(StrEnum):
    """How much a challenge asks of an advocate; higher barriers open up as trust (tier) grows."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ProofType(StrEnum):
    NONE = "none"
    LINK = "link"
    TEXT = "text"
    ANSWERS = "answers"
    QUIZ = "quiz"
    CODE = "code"
    REFERRAL = "referral"
    MEDIA = "media"
    MODERATOR_CONFIRMS = "moderator_confirms"


class SubmissionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"


class LedgerKind(StrEnum):
    EARNED = "earned"
    BONUS = "bonus"
    ADJUSTMENT = "adjustment"
    REVERSAL = "reversal"
    SPENT = "spent"


class Incentive(StrEnum):
    """The four incentives that move advocates, most wanted first."""

    STATUS = "status"
    ACCESS = "access"
    POWER = "power"
    STUFF = "stuff"


class RedemptionStatus(StrEnum):
    REQUESTED = "requested"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"


class ReferralStage(StrEnum):
    SUBMITTED = "submitted"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    WON = "won"
    LOST = "lost"


class Period(StrEnum):
    """Leaderboard windows. Weeks start on Monday, months on the 1st, both in UTC."""

    ALL = "all"
    MONTH = "month"
    WEEK = "week"


class TemplatePurpose(StrEnum):
    """What a moderator's message template is for."""

    THANK_YOU = "thank_you"
    REJECTION = "rejection"
    CHANGES = "changes"
