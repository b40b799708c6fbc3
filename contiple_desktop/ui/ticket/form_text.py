"""Sentences of the ticket form: a validation problem naming its field, and the warning about
required fields the app cannot show. (Qt only for ``QCoreApplication.translate``.)"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.formatting import join_list
from contiple_desktop.ui.ticket.field_base import field_title


def problem_text(problem: fields.Problem, title: str, field_type: str = "") -> str:
    """A translated sentence naming the field and the rule it breaks."""
    q = f"\u201c{title}\u201d"
    translate = QCoreApplication.translate  # lupdate extracts translate("ctx", "literal") calls
    Rule = fields.Rule
    if problem.rule is Rule.REQUIRED:
        if field_type == fields.AGREE:
            return translate("TicketForm", "%1 must be accepted.").replace("%1", q)
        return translate("TicketForm", "%1 is required.").replace("%1", q)
    if problem.rule is Rule.LENGTH:
        if problem.limit:
            text = translate("TicketForm", "%1 is too long: at most %2 characters.")
            return text.replace("%1", q).replace("%2", str(problem.limit))
        return translate("TicketForm", "%1 is too long.").replace("%1", q)
    if problem.rule is Rule.EMAIL:
        return translate("TicketForm", "%1 is not a valid e-mail address.").replace("%1", q)
    if problem.rule is Rule.OPTION:
        return translate("TicketForm", "%1: choose one of the offered options.").replace("%1", q)
    if problem.rule is Rule.PERIOD_ORDER:
        return translate("TicketForm", "%1: the start must not be after the end.").replace("%1", q)
    if problem.rule is Rule.FORMAT:
        examples = {
            fields.DATE: "2024-01-31",
            fields.DATETIME: "2024-01-31 13:00",
            fields.DATE_PERIOD: "2024-01-01 ~ 2024-01-31",
            fields.DATETIME_PERIOD: "2024-01-01 09:00 ~ 2024-01-31 18:00",
        }
        if field_type in examples:
            return (
                translate("TicketForm", "%1 must look like %2.")
                .replace("%1", q)
                .replace("%2", examples[field_type])
            )
        return translate("TicketForm", "%1 has an invalid value.").replace("%1", q)
    return translate("TicketForm", "The server refused the value of %1.").replace("%1", q)


def unrenderable_text(definitions: Iterable[FieldDefinition]) -> str:
    """The warning for required fields the app cannot show ("" when there are none)."""
    missing = fields.unrenderable_required(definitions)
    if not missing:
        return ""
    names = join_list(f"\u201c{field_title(d)}\u201d" for d in missing)
    return (
        QCoreApplication.translate(
            "TicketForm",
            "This inquiry type has required fields the app cannot show: %1. The service will "
            "probably refuse the ticket. Ask a Contiple administrator to fix the form, or choose "
            "another inquiry type.",
        ).replace("%1", names)
    )
