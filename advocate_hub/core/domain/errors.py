"""Typed errors whose message a person can read.

Every rule that says "no" raises one of these; the UI shows ``str(error)`` as it is, the CLI prints it and exits
non-zero, and the server turns it into a rejection reason. ``code`` is a stable machine-readable name.
"""

from __future__ import annotations


class AdvocateHubError(Exception):
    """Base of every error the user can understand and act on."""

    code = "error"


class ValidationError(AdvocateHubError):
    """Input that breaks a rule: a field value out of range, a missing reason, a bad date order."""

    code = "invalid"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(AdvocateHubError):
    code = "not_found"


class NotAllowed(AdvocateHubError):
    """The actor's role does not permit the action."""

    code = "not_allowed"


class NotEligible(AdvocateHubError):
    """An advocate tried a challenge that is not open to them; ``reason`` says why."""

    code = "not_eligible"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class InvalidTransition(AdvocateHubError):
    """A state change that the lifecycle does not allow (approving a rejected submission, say)."""

    code = "invalid_transition"


class AlreadyReversed(AdvocateHubError):
    code = "already_reversed"


class NotEnoughPoints(AdvocateHubError):
    code = "not_enough_points"


class OutOfStock(AdvocateHubError):
    code = "out_of_stock"


class StoreError(AdvocateHubError):
    """The local database cannot be used; the message names the file and what to do."""

    code = "store"


class DatabaseNewerThanApp(StoreError):
    code = "database_newer"


class DatabaseCorrupt(StoreError):
    code = "database_corrupt"


class StorageFull(StoreError):
    code = "storage_full"


class DataDirNotWritable(StoreError):
    code = "data_dir_not_writable"


class DemoExists(AdvocateHubError):
    code = "demo_exists"
