"""What a new-ticket draft holds, and how a saved one is put back (``NewTicketPanel``'s part of
``TicketDraftBinding``).

A draft holds the caller, the inquiry type, the field values and the attachments. **A draft that
holds only what a call filled in** — the hand-off's and the lookup's identity, nothing the agent
typed, no value, no file — is not written (``snapshot`` returns None, so an old file is removed):
the call can be looked up again, and no phone number or address sits on disk for a call in
which nothing was written. As soon as the agent types anything the whole ticket, caller
included, is kept (at most ~0.6 s behind), and "Next caller" or a submit deletes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from contiple_desktop.domain import fields as field_rules
from contiple_desktop.ui.ticket.caller import USERCODE

if TYPE_CHECKING:
    from contiple_desktop.ui.ticket.panel import NewTicketPanel


def plain_value(value: object) -> bool:
    """A field value a draft may carry: text, or a list of texts (checkboxes)."""
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def snapshot(panel: NewTicketPanel) -> tuple[dict[str, Any], dict[str, str]] | None:
    """``(data, summary)`` of the form, or None when nothing in it is the agent's own work."""
    caller = panel.caller.values()
    values = {**panel.pending_values, **panel.form.values()}
    attachments = panel.tray.state()
    typed_caller = any(not panel.call.is_filled_by_call(k, v) for k, v in caller.items())
    if not typed_caller and all(field_rules.is_empty(v) for v in values.values()) and not attachments:
        return None
    data = {
        "caller": caller,
        "category_id": panel.picker.current_id() or panel.pending_category,
        "values": values,
        "attachments": attachments,
        "language": panel.ctx.session.content_language,
    }
    subject = values.get("subject", "")
    summary = {
        "caller": caller.get(USERCODE) or caller.get("name") or "",
        "subject": subject if isinstance(subject, str) else "",
        "type": panel.picker.path_text(),
    }
    return data, summary


def restore(panel: NewTicketPanel, data: dict[str, Any]) -> None:
    """Put a saved draft's values back (the binding has already switched to its key)."""
    caller = data.get("caller")
    panel.caller.set_values(
        {k: v for k, v in caller.items() if isinstance(v, str)} if isinstance(caller, dict) else {}
    )
    values = data.get("values")
    panel.pending_values = (
        {k: v for k, v in values.items() if isinstance(k, str) and plain_value(v)}
        if isinstance(values, dict)
        else {}
    )
    attachments = data.get("attachments")
    panel.tray.restore(
        [a for a in attachments if isinstance(a, dict)] if isinstance(attachments, list) else []
    )
    category = data.get("category_id")
    if isinstance(category, int) and not isinstance(category, bool):
        panel.restore_category(category)
