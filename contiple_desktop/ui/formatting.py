"""Formatting shared by every ui module: server times in the agent's locale, lists joined the way
the interface language joins them, values kept on one line, and %1 placeholders."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, QDateTime, QLocale


def format_date(ms: int | None, locale: QLocale | None = None) -> str:
    """Epoch milliseconds as a short date in the agent's locale; "" for None/0."""
    if not ms:
        return ""
    loc = locale or QLocale()
    return loc.toString(QDateTime.fromMSecsSinceEpoch(ms).date(), QLocale.FormatType.ShortFormat)


def format_time(ms: int | None, locale: QLocale | None = None) -> str:
    """Epoch milliseconds as a short date and time in the agent's locale; "" for None/0."""
    if not ms:
        return ""
    loc = locale or QLocale()
    return loc.toString(QDateTime.fromMSecsSinceEpoch(ms), QLocale.FormatType.ShortFormat)


def format_display_date(text: str) -> str:
    """The server's ``yyyy.MM.dd`` display date in the agent's locale (unchanged if unparsable)."""
    date = QDate.fromString(text.strip(), "yyyy.MM.dd")
    if not date.isValid():
        return text
    return QLocale().toString(date, QLocale.FormatType.ShortFormat)


NBSP = "\u00a0"


def nowrap(text: str) -> str:
    """``text`` with non-breaking spaces: a date, a time or "조회 409회" never wraps mid-value."""
    return text.replace(" ", NBSP)


def list_separator(locale: QLocale | None = None) -> str:
    """What separates the items of a list in the interface language: "、" in Japanese and Chinese,
    ", " elsewhere."""
    language = (locale or QLocale()).language()
    if language in (QLocale.Language.Japanese, QLocale.Language.Chinese):
        return "\u3001"
    return ", "


def join_list(items: Iterable[object], locale: QLocale | None = None) -> str:
    """``items`` as one list in the interface language ("a, b" / "a、b")."""
    return list_separator(locale).join(str(item) for item in items)


def fill(text: str, *args: object) -> str:
    """Replace ``%1``, ``%2`` … in a translated string (Qt's placeholders), highest first so that
    ``%1`` never eats the start of ``%10``."""
    for i in range(len(args), 0, -1):
        text = text.replace(f"%{i}", str(args[i - 1]))
    return text
