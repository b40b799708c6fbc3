"""Server times shown in the agent's locale: one place for every list, detail and thread."""

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
