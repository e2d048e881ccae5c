"""The words advocates read for the core's values: tier and kind names, why a challenge or reward is locked.

The core has no Qt and speaks English (the server, the CLI and logs use its sentences); it exposes stable
codes (``Tier``, ``ChallengeKind``, ``IneligibleReason``, ``RewardLock``) and the screens word them here, through
``QCoreApplication.translate`` with literal arguments so pyside6-lupdate extracts each one under "Words".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from advocate_hub.core.domain.eligibility import IneligibleReason
from advocate_hub.core.domain.enums import LedgerKind, SubmissionStatus
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.challenges import ChallengeItem
from advocate_hub.core.queries.pulse import Notice, NoticeKind
from advocate_hub.core.queries.rewards import RewardItem, RewardLock
from advocate_hub.ui import formats


def tier_name(tier: Tier) -> str:
    return {
        Tier.COMMUNITY: QCoreApplication.translate("Words", "Community"),
        Tier.SILVER: QCoreApplication.translate("Words", "Silver"),
        Tier.GOLD: QCoreApplication.translate("Words", "Gold"),
        Tier.PLATINUM: QCoreApplication.translate("Words", "Platinum"),
    }[tier]


def ledger_kind_name(kind: LedgerKind) -> str:
    """A points entry without a reason of its own, named by what it was."""
    return {
        LedgerKind.EARNED: QCoreApplication.translate("Words", "Points earned"),
        LedgerKind.BONUS: QCoreApplication.translate("Words", "Bonus"),
        LedgerKind.ADJUSTMENT: QCoreApplication.translate("Words", "Adjustment"),
        LedgerKind.REVERSAL: QCoreApplication.translate("Words", "Reversal"),
        LedgerKind.SPENT: QCoreApplication.translate("Words", "Points spent"),
    }[kind]


def submission_status_name(status: SubmissionStatus) -> str:
    return {
        SubmissionStatus.PENDING: QCoreApplication.translate("Words", "Waiting for a moderator"),
        SubmissionStatus.APPROVED: QCoreApplication.translate("Words", "Approved"),
        SubmissionStatus.REJECTED: QCoreApplication.translate("Words", "Not approved"),
        SubmissionStatus.CHANGES_REQUESTED: QCoreApplication.translate("Words", "Changes requested"),
    }[status]


def listing(items: Sequence[str]) -> str:
    """Items of a list in one line, joined the reader's way ("a; b; c" in English, "a、b、c" in Japanese)."""
    if not items:
        return ""
    text = items[0]
    for item in items[1:]:
        text = (
            QCoreApplication.translate("Words", "%1; %2", "two items of a list").replace("%1", text).replace("%2", item)
        )
    return text


def kind_name(kind: ChallengeKind) -> str:
    names = {
        ChallengeKind.REVIEW: QCoreApplication.translate("Words", "Review on a third-party site"),
        ChallengeKind.SOCIAL_SHARE: QCoreApplication.translate("Words", "Social share"),
        ChallengeKind.SURVEY: QCoreApplication.translate("Words", "Survey or poll"),
        ChallengeKind.QUIZ: QCoreApplication.translate("Words", "Quiz or trivia"),
        ChallengeKind.CONTENT: QCoreApplication.translate("Words", "Watch or read"),
        ChallengeKind.EVENT_CHECKIN: QCoreApplication.translate("Words", "Event check-in"),
        ChallengeKind.TESTIMONIAL: QCoreApplication.translate("Words", "Written testimonial"),
        ChallengeKind.REFERENCE_CALL: QCoreApplication.translate("Words", "Reference call"),
        ChallengeKind.REFERRAL: QCoreApplication.translate("Words", "Referral"),
        ChallengeKind.VIDEO_TESTIMONIAL: QCoreApplication.translate("Words", "Video testimonial"),
        ChallengeKind.PRODUCT_FEEDBACK: QCoreApplication.translate("Words", "Product feedback or beta"),
        ChallengeKind.COMMUNITY_ANSWER: QCoreApplication.translate("Words", "Community answer"),
        ChallengeKind.CASE_STUDY: QCoreApplication.translate("Words", "Case study"),
        ChallengeKind.SPEAKING: QCoreApplication.translate("Words", "Speaking slot"),
        ChallengeKind.ADVISORY_BOARD: QCoreApplication.translate("Words", "Advisory board"),
    }
    return names.get(kind) or KIND_PROFILES[kind].label


def challenge_reason(item: ChallengeItem) -> str:
    """Why ``item`` is not open to the advocate, in their language; empty when it is open.

    Reasons whose details the item does not carry (membership status, which groups a challenge is for, how many
    asks the advocate took on) are worded without them; a reason this module does not know keeps the core's
    English sentence.
    """
    code = item.reason_code
    if code is None:
        return ""
    if code is IneligibleReason.NOT_ACTIVE:
        return QCoreApplication.translate(
            "Words", "Your membership is not active, so no challenges are open to you; see your profile."
        )
    if code is IneligibleReason.ARCHIVED:
        return QCoreApplication.translate("Words", "This challenge has been archived.")
    if code is IneligibleReason.NOT_STARTED:
        return QCoreApplication.translate("Words", "Opens on %1.").replace("%1", formats.date_time(item.starts_at))
    if code is IneligibleReason.EXPIRED and item.expires_at is not None:
        return QCoreApplication.translate("Words", "Closed on %1.").replace("%1", formats.date_time(item.expires_at))
    if code is IneligibleReason.KIND_OPTED_OUT:
        return QCoreApplication.translate(
            "Words", "You asked not to receive challenges of this kind (%1); see your profile."
        ).replace("%1", kind_name(item.kind))
    if code is IneligibleReason.TIER_TOO_LOW:
        return QCoreApplication.translate("Words", "Unlocks at %1 tier.").replace("%1", tier_name(item.min_tier))
    if code is IneligibleReason.NOT_IN_AUDIENCE:
        return QCoreApplication.translate("Words", "This challenge is for another group of advocates.")
    if code is IneligibleReason.CAP_REACHED:
        if item.max_per_advocate == 1:
            return QCoreApplication.translate("Words", "You have done this once, the most it allows.")
        return QCoreApplication.translate("Words", "You have done this %1 times, the most it allows.").replace(
            "%1", formats.number(item.max_per_advocate)
        )
    if code is IneligibleReason.FATIGUE_LIMIT:
        return QCoreApplication.translate(
            "Words", "You have taken on many asks in the last 30 days; we hold new ones back so nobody is over-asked."
        )
    return item.reason


def reward_reason(item: RewardItem) -> str:
    """Why a reward cannot be redeemed now, in the reader's language; empty when it can."""
    if item.lock is RewardLock.TIER:
        return QCoreApplication.translate("Words", "Unlocks at %1 tier").replace("%1", tier_name(item.min_tier))
    if item.lock is RewardLock.STOCK:
        return QCoreApplication.translate("Words", "Out of stock")
    if item.lock is RewardLock.POINTS:
        return QCoreApplication.translate("Words", "%1 more points needed").replace(
            "%1", formats.number(item.points_needed)
        )
    return item.reason


def notice_title(notice: Notice) -> str:
    """A feedback moment's headline in the reader's language (a notice without facts keeps its own words)."""
    if notice.kind is NoticeKind.TIER and notice.tier is not None:
        return QCoreApplication.translate("Words", "You reached %1!").replace("%1", tier_name(notice.tier))
    if notice.kind is NoticeKind.BADGE and notice.subject:
        return QCoreApplication.translate("Words", "Badge unlocked")
    if notice.kind is NoticeKind.POINTS and notice.balance is not None:
        if notice.refund:
            return QCoreApplication.translate("Words", "%1 points back").replace("%1", formats.signed(notice.points))
        return QCoreApplication.translate("Words", "%1 points").replace("%1", formats.signed(notice.points))
    if notice.subject:
        decided = {
            NoticeKind.APPROVED: QCoreApplication.translate("Words", "Approved: %1"),
            NoticeKind.REJECTED: QCoreApplication.translate("Words", "Not approved: %1"),
            NoticeKind.CHANGES_REQUESTED: QCoreApplication.translate("Words", "Changes requested: %1"),
        }
        if notice.kind in decided:
            return decided[notice.kind].replace("%1", notice.subject)
    return notice.title


def notice_text(notice: Notice) -> str:
    """The line under the headline: the badge's name, the new balance, or the moderator's note."""
    if notice.kind is NoticeKind.TIER and notice.tier is not None:
        return QCoreApplication.translate("Words", "New challenges and rewards are open.")
    if notice.kind is NoticeKind.POINTS and notice.balance is not None:
        return QCoreApplication.translate("Words", "Your balance is now %1.").replace(
            "%1", formats.number(notice.balance)
        )
    return notice.text
