"""The callers served in this session: offered by phone or user code while the agent types.

Without a configured caller lookup (and beside one) the agent still gets the callers already
served today: every identity the lookup found and every identity typed for a filed ticket
(``remember_caller``) is kept **in memory only** — never written to disk, gone at exit — and
``suggest_callers(ctx, text)`` offers the ones whose phone number (any spelling: digits are
compared with the national and the international form) or user code starts with ``text``.
Newest first; at most ``MAX_CALLERS`` are kept. Every ``repr`` here masks personal data.
GUI thread only (plain Python, no I/O).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, replace

from contiple_desktop.domain.lookup import CallerIdentity
from contiple_desktop.domain.phone import DEFAULT_REGION, try_parse_phone_near
from contiple_desktop.tasks.context import AppContext

MAX_CALLERS = 200
MAX_SUGGESTIONS = 8
_MIN_DIGITS = 2


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit() and c.isascii())


@dataclass(frozen=True, slots=True, repr=False)
class _Entry:
    identity: CallerIdentity
    phone_digits: tuple[str, ...]  # national digits, E.164 digits, the digits as written
    e164: str | None

    def __repr__(self) -> str:
        return f"_Entry({self.identity!r})"


def _merge(old: CallerIdentity, new: CallerIdentity) -> CallerIdentity:
    return replace(
        old,
        usercode=new.usercode or old.usercode,
        name=new.name or old.name,
        email=new.email or old.email,
        phone=new.phone or old.phone,
    )


class CallerMemory:
    """Callers of this session, newest first (memory only). Signals: none."""

    def __init__(self, limit: int = MAX_CALLERS) -> None:
        self._entries: list[_Entry] = []
        self._limit = limit

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"CallerMemory({len(self._entries)} callers)"

    def _entry(self, identity: CallerIdentity, region: str) -> _Entry:
        phone = identity.phone or ""
        number = try_parse_phone_near(phone, region) if phone else None
        variants = [_digits(phone)]
        if number is not None:
            variants += [number.national_digits, _digits(number.e164)]
        unique = tuple(dict.fromkeys(v for v in variants if v))
        return _Entry(identity, unique, number.e164 if number is not None else None)

    def remember(self, identity: CallerIdentity, region: str = DEFAULT_REGION) -> None:
        """Keep ``identity`` (merged with an earlier one with the same user code, or — when
        neither has a user code that differs — the same number) as the newest."""
        if not (identity.usercode or identity.phone or identity.name or identity.email):
            return
        entry = self._entry(identity, region)
        for i, old in enumerate(self._entries):
            same_user = bool(identity.usercode) and old.identity.usercode == identity.usercode
            same_phone = (
                entry.e164 is not None and old.e164 == entry.e164
                and (not identity.usercode or not old.identity.usercode)
            )
            if same_user or same_phone:
                entry = self._entry(_merge(old.identity, identity), region)
                del self._entries[i]
                break
        self._entries.insert(0, entry)
        del self._entries[self._limit:]

    def suggest(self, text: str, limit: int = MAX_SUGGESTIONS) -> list[CallerIdentity]:
        """The callers whose user code or phone number starts with ``text`` (newest first)."""
        query = (text or "").strip()
        if not query:
            return []
        folded = query.casefold()
        digits = _digits(query) if not any(c.isalpha() for c in query) else ""
        out: list[CallerIdentity] = []
        for entry in self._entries:
            code = entry.identity.usercode or ""
            by_code = bool(code) and code.casefold().startswith(folded)
            by_phone = len(digits) >= _MIN_DIGITS and any(v.startswith(digits) for v in entry.phone_digits)
            if by_code or by_phone:
                out.append(entry.identity)
                if len(out) >= limit:
                    break
        return out

    def clear(self) -> None:
        self._entries.clear()


_memories: weakref.WeakKeyDictionary[AppContext, CallerMemory] = weakref.WeakKeyDictionary()


def memory_for(ctx: AppContext) -> CallerMemory:
    """The session memory of ``ctx`` (made on first use; it lives as long as the context)."""
    memory = _memories.get(ctx)
    if memory is None:
        memory = _memories[ctx] = CallerMemory()
    return memory


def remember_caller(ctx: AppContext, identity: CallerIdentity, region: str | None = None) -> None:
    """Remember a caller served (found by the lookup, or typed for a filed ticket)."""
    memory_for(ctx).remember(identity, region or _region(ctx))


def suggest_callers(ctx: AppContext, text: str, limit: int = MAX_SUGGESTIONS) -> list[CallerIdentity]:
    """Callers of this session matching ``text`` by phone or user code prefix (newest first)."""
    return memory_for(ctx).suggest(text, limit)


def _region(ctx: AppContext) -> str:
    from contiple_desktop.domain.phone import region_for_language

    profile = ctx.session.profile
    return region_for_language(profile.language if profile is not None else None)
