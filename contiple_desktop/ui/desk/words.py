"""How the desk's states are worded: outbox items and replay pauses, spam limits, watch events.

The engines report structure (``ItemState``, ``AttentionReason`` + params, ``Pause``,
``SpamWarning``, ``PollStatus``, ``WatchEvent``); this module turns it into short sentences an
agent with a caller on the line can act on. Personal data never appears unmasked here: subjects
and names go through ``domain.privacy.mask_personal``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from contiple_desktop.domain.outbox import Attention, AttentionReason, ItemState, OutboxItem
from contiple_desktop.domain.privacy import mask_email, mask_personal, mask_phone
from contiple_desktop.domain.spam import SPAM_SETTING, SpamBlock, SpamLimit, SpamWarning
from contiple_desktop.domain.watch import WatchEvent
from contiple_desktop.i18n import QT_TRANSLATE_NOOP
from contiple_desktop.tasks.outbox import Pause, ReplayStatus
from contiple_desktop.tasks.watch import PollPause, PollStatus
from contiple_desktop.ui.formatting import fill, join_list
from contiple_desktop.ui.history.status import status_label

_C = "Desk"
_RULES = {
    "TOO_LARGE": QT_TRANSLATE_NOOP("Desk", "the file is too large"),
    "NAME_TOO_LONG": QT_TRANSLATE_NOOP("Desk", "its name is too long"),
    "EXTENSION": QT_TRANSLATE_NOOP("Desk", "this file type is not allowed"),
    "CONTENT": QT_TRANSLATE_NOOP("Desk", "its content does not match its type"),
    "TOO_MANY": QT_TRANSLATE_NOOP("Desk", "too many files"),
    "UNREADABLE": QT_TRANSLATE_NOOP("Desk", "it cannot be read"),
}
_SETTING_WORDS = (  # domain.spam.SPAM_SETTING, as the console names it in each language
    QT_TRANSLATE_NOOP("SpamSetting", "Service Management"),
    QT_TRANSLATE_NOOP("SpamSetting", "Security"),
    QT_TRANSLATE_NOOP("SpamSetting", "Spam Management"),
    QT_TRANSLATE_NOOP("SpamSetting", "Spam inquiry blocking"),
)


def when(ms: int | None) -> str:
    """``14:05`` today, else a short date and time (the agent's locale); "" for None."""
    if not ms:
        return ""
    moment = QDateTime.fromMSecsSinceEpoch(ms)
    locale = QLocale()
    if moment.date() == QDate.currentDate():
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


# -- outbox items --------------------------------------------------------------------------------
def state_text(item: OutboxItem) -> str:
    """One or two words for the item's state (the list's first column; the ID has its own)."""
    if item.state is ItemState.SENT:
        return QCoreApplication.translate("Desk", "Sent")
    if item.state is ItemState.SENDING:
        return QCoreApplication.translate("Desk", "Sending\u2026")
    if item.state is ItemState.NEEDS_ATTENTION:
        return QCoreApplication.translate("Desk", "Needs you")
    return QCoreApplication.translate("Desk", "Waiting")


def caller_text(item: OutboxItem) -> str:
    """The caller as the outbox lists it: user code and name, e-mail and phone masked."""
    user = item.ticket.end_user
    parts = [user.usercode or QCoreApplication.translate("Desk", "(guest)"), user.username]
    if user.email:
        parts.append(mask_email(user.email))
    if user.phone:
        parts.append(mask_phone(user.phone))
    return " \u00b7 ".join(p for p in parts if p)


def subject_text(item: OutboxItem) -> str:
    return mask_personal(item.ticket.subject) or QCoreApplication.translate("Desk", "(no subject)")


def attention_text(attention: Attention) -> str:
    """Why an item waits for the agent, and what to do."""
    params, reason = attention.params, attention.reason
    if reason is AttentionReason.MAYBE_SENT_NO_USERCODE:
        return QCoreApplication.translate(
            "Desk",
            "The connection dropped while it was being sent, and without a user code the app "
            "cannot check whether it arrived. Look in the Contiple console, then say whether it "
            "was sent.",
        )
    if reason is AttentionReason.VALIDATION:
        errors = params.get("errors")
        codes = (
            [str(e[0]) for e in errors if isinstance(e, list | tuple) and e]
            if isinstance(errors, list)
            else []
        )
        return fill(
            QCoreApplication.translate(
                "Desk", "The service refused these fields: %1. File it again from the form, or discard it."
            ),
            join_list(codes) or "?",
        )
    if reason is AttentionReason.ATTACHMENT_REJECTED:
        rule = _RULES.get(str(params.get("rule", "")), "")
        why = (
            QCoreApplication.translate(_C, rule)
            if rule
            else QCoreApplication.translate("Desk", "a rule refused it")
        )
        return fill(
            QCoreApplication.translate("Desk", "The file %1 cannot be sent: %2. Discard the item, or retry."),
            params.get("file", "?"),
            why,
        )
    if reason is AttentionReason.ATTACHMENT_MISSING:
        return fill(
            QCoreApplication.translate(
                "Desk",
                "The outbox's copy of %1 is missing or was changed on disk. Retry, or discard the item.",
            ),
            params.get("file", "?"),
        )
    if reason is AttentionReason.NOT_FOUND:
        return QCoreApplication.translate(
            "Desk",
            "The service does not know the inquiry type any more (it may have been removed). "
            "File it again from the form, or discard it.",
        )
    code = params.get("result_code") or params.get("error") or "?"
    return fill(
        QCoreApplication.translate("Desk", "The service refused the ticket (%1). Retry, or discard it."), code
    )


# -- replay ------------------------------------------------------------------------------------
def pause_text(status: ReplayStatus) -> str:
    """Why replay waits, and until when ("" while it runs or has nothing to do)."""
    pause, until = status.pause, when(status.until_ms)
    if pause is Pause.NONE:
        return QCoreApplication.translate("Desk", "Sending\u2026") if status.sending else ""
    if pause is Pause.LOADING:
        return QCoreApplication.translate("Desk", "Reading the outbox\u2026")
    if pause is Pause.NO_CONNECTION:
        return QCoreApplication.translate("Desk", "Waiting for a connection to a Contiple service.")
    if pause is Pause.OFFLINE:
        return (
            fill(QCoreApplication.translate("Desk", "Offline: tries again at %1."), until)
            if until
            else QCoreApplication.translate("Desk", "Offline.")
        )
    if pause is Pause.SERVER:
        return (
            fill(
                QCoreApplication.translate("Desk", "The service is busy or failing: tries again at %1."),
                until,
            )
            if until
            else QCoreApplication.translate("Desk", "The service is busy or failing.")
        )
    if pause is Pause.SPAM_BLOCKED:
        return fill(
            QCoreApplication.translate("Desk", "Blocked by spam protection (code %1) until %2. %3"),
            status.code or "?",
            until or "?",
            setting_hint(),
        )
    if pause is Pause.SPAM_PACING:
        return fill(
            QCoreApplication.translate(
                "Desk", "Waits until %1 so as not to file a 3rd ticket within a minute."
            ),
            until or "?",
        )
    if pause is Pause.SPAM_DAILY:
        return fill(
            QCoreApplication.translate(
                "Desk", "The next would be the 10th ticket within 24 hours: waits until %1, or press Try now."
            ),
            until or "?",
        )
    return QCoreApplication.translate(
        "Desk", "The key or this PC's address was refused: check the connection profile."
    )


def count_text(pending: int, attention: int) -> str:
    """The status bar's count: "Outbox: 2", "Outbox: 2 · 1 needs you"."""
    text = fill(QCoreApplication.translate("Desk", "Outbox: %1"), pending + attention)
    if attention:
        text += " \u00b7 " + QCoreApplication.translate("Desk", "%n need(s) you", "", attention)
    return text


# -- spam limits -------------------------------------------------------------------------------
def setting_path() -> str:
    """The admin setting that turns the limits off, as the console names it (translated)."""
    assert len(SPAM_SETTING) == len(_SETTING_WORDS)
    names = [QCoreApplication.translate("SpamSetting", part) for part in _SETTING_WORDS]
    return " \u25b8 ".join(names)


def setting_hint() -> str:
    return fill(
        QCoreApplication.translate("Desk", "An administrator can turn this off in %1."), setting_path()
    )


def warning_text(warning: SpamWarning) -> str:
    """Before a submit that would trip a limit: which, how many so far, when it frees up."""
    if warning.limit is SpamLimit.PER_MINUTE:
        head = fill(
            QCoreApplication.translate(
                "Desk",
                "This would be the 3rd ticket within a minute from this desk (%1 so far). "
                "Contiple's spam protection refuses it (code 1001) and blocks this address for "
                "24 hours. One more can be filed at %2.",
            ),
            warning.count,
            when(warning.frees_at_ms),
        )
    else:
        head = fill(
            QCoreApplication.translate(
                "Desk",
                "This would be the 10th ticket within 24 hours from this desk (%1 so far). "
                "Contiple's spam protection refuses it (code 1002) and blocks this address for "
                "24 hours. One more can be filed at %2.",
            ),
            warning.count,
            when(warning.frees_at_ms),
        )
    return f"{head} {setting_hint()}"


def block_text(block: SpamBlock) -> str:
    """A block is running (the service refused earlier): a live submit will be refused too."""
    return fill(
        QCoreApplication.translate(
            "Desk", "Contiple's spam protection blocks new tickets from this address (code %1) until %2. %3"
        ),
        block.code,
        when(block.until_ms),
        setting_hint(),
    )


# -- watch list --------------------------------------------------------------------------------
def event_title(event: WatchEvent) -> str:
    if event.new_reply:
        return fill(QCoreApplication.translate("Desk", "New answer on ticket %1"), event.ticket_id)
    return fill(
        QCoreApplication.translate("Desk", "Ticket %1: %2"), event.ticket_id, status_label(event.new_status)
    )


def event_body(event: WatchEvent) -> str:
    """The notification's text: the caller's user code and the subject, personal data masked."""
    subject = mask_personal(event.subject) or QCoreApplication.translate("Desk", "(no subject)")
    status = status_label(event.new_status)
    return fill(
        QCoreApplication.translate("Desk", "%1 \u00b7 %2 \u00b7 now: %3"), event.usercode, subject, status
    )


def unseen_text(count: int) -> str:
    return QCoreApplication.translate("Desk", "%n watched ticket(s) changed", "", count)


def poll_text(status: PollStatus) -> str:
    """Why the watch list is not polling ("" while it is)."""
    until = when(status.until_ms)
    if status.pause is PollPause.OFFLINE:
        return fill(QCoreApplication.translate("Desk", "Watch list offline: tries again at %1."), until)
    if status.pause is PollPause.SERVER:
        return fill(
            QCoreApplication.translate("Desk", "Watch list: the service is busy; tries again at %1."), until
        )
    if status.pause is PollPause.AUTH:
        return QCoreApplication.translate(
            "Desk", "Watch list paused: the key or this PC's address was refused."
        )
    return ""
