"""A multi-line text box as tall as its text: a few lines when empty, growing while the agent
types, scrolling only past a maximum (the new-ticket form then needs far less scrolling than
with a fixed 140–190 px box)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSizeF
from PySide6.QtWidgets import QPlainTextEdit

MIN_LINES = 3
MAX_LINES = 14


def fit_to_text(edit: QPlainTextEdit, *, min_lines: int = MIN_LINES, max_lines: int = MAX_LINES) -> None:
    """Keep ``edit``'s height between ``min_lines`` and ``max_lines`` lines of its text."""
    layout = edit.document().documentLayout()

    def fit() -> None:
        try:
            lines = max(1, int(layout.documentSize().height()))  # QPlainTextDocumentLayout: lines
        except RuntimeError:  # the editor is gone
            return
        shown = min(max(lines, min_lines), max_lines)
        metrics = edit.fontMetrics()
        margins = edit.contentsMargins()
        height = (
            shown * metrics.lineSpacing()
            + int(2 * edit.document().documentMargin())
            + margins.top() + margins.bottom() + 2
        )  # fmt: skip
        if edit.height() != height or edit.minimumHeight() != height:
            edit.setFixedHeight(height)

    def fit_size(_size: QSizeF) -> None:
        fit()

    layout.documentSizeChanged.connect(fit_size)
    _Refit(edit, fit)
    fit()


class _Refit(QObject):
    """Fits again when the font or style changes (line height). Signals: none."""

    def __init__(self, edit: QPlainTextEdit, fit: Callable[[], None]) -> None:
        super().__init__(edit)
        self._fit = fit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
        return False
