"""The spam-limit guard: count the tickets this profile filed, warn before the service blocks.

When the service has [Service Management] → [Security] → [Spam Management] → [Spam inquiry
blocking] on, creating the 3rd ticket within a minute (1001) or the 10th within 24 hours (1002)
from one IP address is refused and blocks that address for 24 hours (contiple-api.md §3.14,
§5 Q10: "3 or more" / "10 or more", and the attempt that trips the limit is itself refused).
An office whose agents share one address reaches the daily limit in a morning.

``SpamRecord`` is what one profile keeps on disk (``storage.spam_counter``): the tickets it
filed in the last 24 hours and, after a refusal, the block (24 h from the *first* refusal).
``spam_warning`` says, before a create, whether it would be the 3rd in a minute or the 10th in
a day; this desk cannot see the other desks behind the same address, so the guard warns early
but a refusal can still come (the outbox then waits for the block to end).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace

from contiple_desktop.domain.profile import ConnectionProfile

MINUTE_MS = 60_000
DAY_MS = 86_400_000
BLOCK_MS = DAY_MS
SPAM_SETTING = ("Service Management", "Security", "Spam Management", "Spam inquiry blocking")
"""The admin setting (menu path, as the Contiple console names it) that turns the limits off."""


class SpamLimit(enum.Enum):
    """The two limits; the value is the result code the service answers when it is hit."""

    PER_MINUTE = 1001
    PER_DAY = 1002

    @property
    def window_ms(self) -> int:
        return MINUTE_MS if self is SpamLimit.PER_MINUTE else DAY_MS

    @property
    def maximum(self) -> int:
        """The attempt with this number (within the window) is refused."""
        return 3 if self is SpamLimit.PER_MINUTE else 10


@dataclass(frozen=True, slots=True)
class SpamWarning:
    """The next ticket would be refused: ``count`` tickets were filed within the ``limit``'s
    window (the next is number ``count + 1`` ≥ ``limit.maximum``); ``frees_at_ms`` is when
    enough of them have left the window for one more (local epoch ms)."""

    limit: SpamLimit
    count: int
    frees_at_ms: int

    @property
    def maximum(self) -> int:
        return self.limit.maximum

    @property
    def setting(self) -> tuple[str, ...]:
        return SPAM_SETTING


@dataclass(frozen=True, slots=True)
class SpamBlock:
    """The service refused a create with ``code`` (1001/1002) at ``since_ms``; the address is
    blocked until ``until_ms`` (24 h after the first refusal)."""

    code: int
    since_ms: int
    until_ms: int

    @property
    def limit(self) -> SpamLimit:
        return SpamLimit.PER_MINUTE if self.code == 1001 else SpamLimit.PER_DAY


@dataclass(frozen=True, slots=True)
class SpamRecord:
    """Tickets filed by this profile (``(local ms, ticket id)``, oldest first) and any block."""

    filed: tuple[tuple[int, str], ...] = ()
    block: SpamBlock | None = None

    def pruned(self, now_ms: int) -> SpamRecord:
        """Without tickets older than 24 h and without a block that has ended."""
        filed = tuple(f for f in self.filed if now_ms - f[0] < DAY_MS)
        block = self.block if self.block is not None and self.block.until_ms > now_ms else None
        if filed == self.filed and block is self.block:
            return self
        return SpamRecord(filed, block)

    def with_ticket(self, ticket_id: str, at_ms: int) -> SpamRecord:
        """Count one created ticket (once per ticket ID; an empty ID always counts)."""
        if ticket_id and any(t == ticket_id for _, t in self.filed):
            return self
        filed = tuple(sorted((*self.filed, (at_ms, ticket_id))))
        return replace(self, filed=filed)

    def with_refusal(self, code: int, at_ms: int) -> SpamRecord:
        """Note a 1001/1002 refusal; a block already running keeps its end (24 h from the first)."""
        if self.block is not None and self.block.until_ms > at_ms:
            return self
        return replace(self, block=SpamBlock(code, at_ms, at_ms + BLOCK_MS))

    def without_block(self) -> SpamRecord:
        return replace(self, block=None)

    def active_block(self, now_ms: int) -> SpamBlock | None:
        return self.block if self.block is not None and self.block.until_ms > now_ms else None

    def times(self) -> list[int]:
        return [ms for ms, _ in self.filed]


def _window(limit: SpamLimit, filed_ms: list[int], now_ms: int) -> SpamWarning | None:
    inside = sorted(t for t in filed_ms if 0 <= now_ms - t < limit.window_ms)
    allowed = limit.maximum - 1  # at most this many may be in the window before the next one
    if len(inside) < allowed:
        return None
    # The next one is fine once len(inside) - (allowed - 1) of the oldest have left the window.
    oldest_to_leave = inside[len(inside) - allowed]
    return SpamWarning(limit, len(inside), oldest_to_leave + limit.window_ms)


def window_warning(filed_ms: Iterable[int], now_ms: int) -> SpamWarning | None:
    """Would one more ticket now be refused? The limit that frees up last, or None."""
    times = list(filed_ms)
    found = [w for w in (_window(limit, times, now_ms) for limit in SpamLimit) if w is not None]
    return max(found, key=lambda w: w.frees_at_ms, default=None)


def spam_warning(profile: ConnectionProfile | None, record: SpamRecord, now_ms: int) -> SpamWarning | None:
    """The warning to show before filing a ticket, or None (also when the profile says the
    service does not block spam)."""
    if profile is None or not profile.spam_blocking:
        return None
    return window_warning(record.times(), now_ms)
