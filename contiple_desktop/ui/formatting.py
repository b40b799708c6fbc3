"""Formatting shared by every ui module: server times in the agent's locale, and %1 placeholders."""

from __future__ import annotations

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


def fill(text: str, *args: object) -> str:
    """Replace ``%1``, ``%2`` … in a translated string (Qt's placeholders), highest first so that
    ``%1`` never eats the start of ``%10``."""
    for i in range(len(args), 0, -1):
        text = text.replace(f"%{i}", str(args[i - 1]))
    return text
