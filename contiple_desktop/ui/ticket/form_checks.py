"""Errors that stay true: the ticket form's live re-checking after errors were shown.

Nothing is checked while the agent fills the form for the first time. Once errors are shown
(``show``: a submit's client-side problems, or the server's), every change of a field is
re-checked with the domain rules (``domain.fields.validate_field``):

* a shown error clears as soon as its field is valid, and its sentence follows the rule the
  value breaks now (required → too long …). A server-reported error clears on the first edit
  that the local rules accept: the server judged the old value;
* a field without a shown error gets one only when the agent *leaves* it invalid after
  touching it — never while still typing (a date is invalid until its last digit). Choices,
  agreements and attachments show it at once: each click is a finished answer;
* otherwise a new error appears at the next submit.

``problems()`` lists the shown problems top to bottom; ``problems_changed`` carries that list
whenever it changes, so a banner's count is always the number of red lines. ``clear`` (before
validating a submit) and ``reset`` (a new form) end the mode.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, SignalInstance, Slot
from PySide6.QtWidgets import QApplication, QWidget

from contiple_desktop.domain import fields
from contiple_desktop.ui.ticket.field_base import FieldWidget
from contiple_desktop.ui.ticket.form_text import problem_text

AT_ONCE_TYPES = fields.CHOICE_TYPES | {fields.AGREE, fields.FILE}
"""Types whose every change is a finished answer (a new error shows without leaving)."""


def current_problem(w: FieldWidget) -> fields.Problem | None:
    """What the domain rules say about the value ``w`` holds now."""
    defn = w.definition
    value = w.value()
    count = len(value) if defn.type == fields.FILE and isinstance(value, list) else 0
    return fields.validate_field(defn, value, attachment_count=count)


class LiveChecks(QObject):
    """The shown errors of one form and their re-checking (no signals of its own: it emits the
    form's ``changed`` and ``problems_changed``)."""

    def __init__(self, parent: QObject, changed: SignalInstance, problems_changed: SignalInstance) -> None:
        super().__init__(parent)
        self._changed = changed
        self._problems_changed = problems_changed
        self._shown: dict[FieldWidget, fields.Problem] = {}
        self._touched: set[FieldWidget] = set()
        self._order: Sequence[FieldWidget] = ()
        self.active = False

    # -- the form's calls ------------------------------------------------------------------
    def problems(self, order: Sequence[FieldWidget]) -> list[fields.Problem]:
        return [p for w in order if (p := self._shown.get(w)) is not None]

    def show(
        self,
        problems: Sequence[fields.Problem],
        place: Callable[[fields.Problem], FieldWidget | None],
        order: Sequence[FieldWidget],
        *,
        single: bool = False,
    ) -> FieldWidget | None:
        """Show ``problems`` on their rows (the first one per row wins within a call); returns
        the row of a ``single`` problem, else the topmost row showing one."""
        self._order = order
        placed: dict[FieldWidget, fields.Problem] = {}
        for problem in problems:
            w = place(problem)
            if w is not None and w not in placed:
                placed[w] = problem
        for w, problem in placed.items():
            self._set_shown(w, problem)
        if placed:
            self._start()
            self._emit()
        if single:
            return next(iter(placed), None)
        return next((w for w in order if w in self._shown), None)

    def clear(self) -> None:
        """Hide every error and stop re-checking."""
        for w in self._shown:
            w.set_error(None)
        self.reset()

    def reset(self) -> None:
        """Forget everything (the rows are being replaced) and stop re-checking."""
        self._stop()
        had = bool(self._shown)
        self._shown.clear()
        self._touched.clear()
        if had:
            self._problems_changed.emit([])

    # -- internals -------------------------------------------------------------------------
    def _emit(self) -> None:
        self._problems_changed.emit(self.problems(self._order))

    def _set_shown(self, w: FieldWidget, problem: fields.Problem) -> None:
        self._shown[w] = problem
        self._touched.discard(w)
        w.set_error(problem_text(problem, w.title, w.definition.type))

    def _start(self) -> None:
        if not self.active:
            self.active = True
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._on_focus_changed)

    def _stop(self) -> None:
        if self.active:
            self.active = False
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.disconnect(self._on_focus_changed)

    @Slot()
    def field_changed(self) -> None:
        """Every row's ``changed`` comes here (one connection per row)."""
        self._changed.emit()
        if not self.active:
            return
        w = self.sender()
        if not isinstance(w, FieldWidget) or w.definition.problem is not None:
            return
        shown = self._shown.get(w)
        now = current_problem(w)
        if shown is not None:
            if now is None:
                del self._shown[w]
                w.set_error(None)
            elif now != shown:
                self._set_shown(w, now)
            else:
                return
            self._emit()
        elif now is not None and w.definition.type in AT_ONCE_TYPES:
            self._set_shown(w, now)
            self._emit()
        else:
            self._touched.add(w)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # A row is left when the focus lands outside it — judged by where the focus goes, not
        # where it came from: after the window lost and regained activation (another window,
        # a dialog) Qt reports no ``old``, and the row the agent left must still be checked.
        if not self._touched or new is None:
            return
        left = [w for w in self._touched if not w.isAncestorOf(new)]
        shown = False
        for w in left:
            self._touched.discard(w)
            now = current_problem(w)
            if now is not None:
                self._set_shown(w, now)
                shown = True
        if shown:
            self._emit()
