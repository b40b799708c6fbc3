"""The three work areas by id, name and shortcut — light enough for the window's first paint.

``navigation.py`` (the list widget) and ``areas.py`` (the panels) build on these; the window
imports only this module before it is painted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from contiple_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Navigation"


@dataclass(frozen=True, slots=True)
class Area:
    id: str
    text: str
    shortcut: str


AREAS: tuple[Area, ...] = (
    Area("helpcenter", QT_TRANSLATE_NOOP("Navigation", "Help Center"), "Ctrl+1"),
    Area("ticket", QT_TRANSLATE_NOOP("Navigation", "New ticket"), "Ctrl+2"),
    Area("history", QT_TRANSLATE_NOOP("Navigation", "Customer history"), "Ctrl+3"),
)
AREA_IDS = tuple(a.id for a in AREAS)


def area_text(area_id: str) -> str:
    area = next(a for a in AREAS if a.id == area_id)
    return QCoreApplication.translate(CONTEXT, area.text)
