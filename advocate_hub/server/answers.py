"""Answers kept as JSON bytes under the change feed's number, so a repeated read costs no query and is never stale.

Every committed change to a synced row (scores, totals, advocates, groups...) takes a new number from the change
counter in the transaction that makes it (``changes.publish``), so while the number is unchanged nothing an answer
was built from has changed, in any server process. Each request reads the number with the caller's account
(``deps.any_caller``, one statement); an answer is kept under the number its request read and built only from
reads made after it, so it is at least that new, and it is used only by requests that read the same number.
Answers that depend on the clock (this week's board) carry what they depend on in their key.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

DEFAULT_BUDGET_BYTES = 16 * 1024 * 1024


class AnswerCache:
    """Answer bodies by key, each good for one number of the change feed; the least recently used go first once the
    bodies together pass ``budget_bytes``. Used from the event loop only, so it needs no lock."""

    def __init__(self, budget_bytes: int = DEFAULT_BUDGET_BYTES) -> None:
        self.budget_bytes = budget_bytes
        self._entries: OrderedDict[Hashable, tuple[int, bytes]] = OrderedDict()
        self._size = 0

    def get(self, key: Hashable, seq: int) -> bytes | None:
        """The body kept for ``key`` if it was built at the change number ``seq``, else None."""
        found = self._entries.get(key)
        if found is None or found[0] != seq:
            return None
        self._entries.move_to_end(key)
        return found[1]

    def put(self, key: Hashable, seq: int, body: bytes) -> None:
        """Keep ``body`` for ``key`` at ``seq``, unless a body for a later number is already kept."""
        found = self._entries.get(key)
        if found is not None:
            if found[0] > seq:
                return
            self._size -= len(found[1])
        self._entries[key] = (seq, body)
        self._entries.move_to_end(key)
        self._size += len(body)
        while self._size > self.budget_bytes and self._entries:
            _key, (_seq, dropped) = self._entries.popitem(last=False)
            self._size -= len(dropped)
