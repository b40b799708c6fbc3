"""Korean and Japanese input (IME) made safe: a composition is never lost, Enter never fires early.

While an input method composes (a *preedit* such as the unfinished syllable "한" is shown but
not yet part of the text), ``text()`` / ``toPlainText()`` do not contain it. Guarded inputs
(``guard(widget)``: a ``QLineEdit``, ``QPlainTextEdit``, ``QTextEdit`` or an editable
``QComboBox``) behave like this:

* **Enter / Return** during a composition only confirms it: the key goes no further (no
  ``returnPressed``, no submit, search or send);
* a **shortcut** (Ctrl+Enter, Ctrl+F, any key with Ctrl/Alt/Meta) commits the composition first
  and then runs, so it sees the whole text;
* a **focus change** (Tab, a click on a button, a shortcut that moves the focus) commits it
  first;
* ``commit_all()`` commits every composition in progress — call it first thing in any action
  that reads texts (submit, send, search), so a click on a button that does not take the
  focus cannot lose "…한" either.

Committing asks the platform input method first (``QInputMethod.commit``: ibus, fcitx, the
Windows and macOS IMEs commit synchronously); when no platform input method took it (tests,
the offscreen platform, an IME that ignores the request), the preedit is committed with a
``QInputMethodEvent`` of our own. Nothing is ever committed twice: the state is tracked from the
input-method events the widget receives.

Usage (any work area)::

    from contiple_desktop.ui import ime

    ime.guard(self.search_edit)          # once, after the widget exists
    def search(self) -> None:
        ime.commit_all()                 # before reading the text
        text = self.search_edit.text()
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
_PREEDIT = "_contiple_ime_preedit"
_SWALLOW = "_contiple_ime_swallow_enter"


class CompositionGuard(QObject):
    """The event filter behind ``guard`` (one per application). Signals: none."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._composing: weakref.WeakSet[QWidget] = weakref.WeakSet()

    # -- state -------------------------------------------------------------------------------
    def preedit(self, widget: QWidget) -> str:
        value = widget.property(_PREEDIT)
        return value if isinstance(value, str) else ""

    def _set_preedit(self, widget: QWidget, text: str) -> None:
        widget.setProperty(_PREEDIT, text)
        if text:
            self._composing.add(widget)
        else:
            self._composing.discard(widget)

    def composing_widgets(self) -> list[QWidget]:
        return [w for w in list(self._composing) if self.preedit(w)]

    # -- committing --------------------------------------------------------------------------
    def commit(self, widget: QWidget) -> bool:
        """Commit ``widget``'s composition (True when there was one)."""
        text = self.preedit(widget)
        if not text:
            return False
        if QApplication.focusWidget() is widget:
            QGuiApplication.inputMethod().commit()  # a platform IME sends the commit itself
        if self.preedit(widget):  # nobody did: commit the preedit we saw
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            QApplication.sendEvent(widget, event)
            self._set_preedit(widget, "")
        return True

    def commit_all(self) -> int:
        """Commit every composition in progress; returns how many there were."""
        return sum(1 for w in self.composing_widgets() if self.commit(w))

    # -- the filter --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            self._set_preedit(watched, event.preeditString())
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched.property(_SWALLOW):
            watched.setProperty(_SWALLOW, False)
            if event.key() in _ENTER:
                return True  # the Enter that confirmed the composition (committed just before)
        if not self.preedit(watched):
            return False
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in _ENTER and not event.modifiers() & _COMMAND_MODIFIERS:
                self.commit(watched)
                watched.setProperty(_SWALLOW, True)  # its key press follows: drop it
                event.accept()  # the widget takes this Enter (and drops it): no shortcut
                return True
            if event.modifiers() & _COMMAND_MODIFIERS:
                self.commit(watched)  # the shortcut runs next and sees the whole text
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _ENTER:
                self.commit(watched)
                if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    return True  # Enter confirms the composition and does nothing else
            return False
        if kind == QEvent.Type.FocusOut:
            self.commit(watched)
        return False


_guard: CompositionGuard | None = None


def _instance() -> CompositionGuard:
    global _guard
    if _guard is None:
        app = QApplication.instance()
        _guard = CompositionGuard(app)
        if app is not None:
            app.destroyed.connect(_forget)
    return _guard


def _forget(*_: object) -> None:
    global _guard
    _guard = None


def guard(*widgets: QWidget) -> None:
    """Make these text inputs IME-safe (see the module docstring); guarding twice is harmless.

    For an editable ``QComboBox`` its line edit is guarded too. Install it *after* any event
    filter of your own that reacts to Enter, so the guard sees the key first."""
    target = _instance()
    for widget in widgets:
        targets: list[QWidget] = [widget]
        if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            line = widget.lineEdit()
            assert line is not None
            targets.append(line)
        for w in targets:
            if w.property("_contiple_ime_guarded"):
                continue
            w.setProperty("_contiple_ime_guarded", True)
            w.installEventFilter(target)


def composing(widget: QWidget) -> bool:
    """Whether ``widget`` shows an uncommitted composition."""
    return bool(_instance().preedit(widget))


def commit(widget: QWidget) -> bool:
    """Commit ``widget``'s composition now (True when there was one)."""
    return _instance().commit(widget)


def commit_all() -> int:
    """Commit every guarded composition in progress (call before reading texts to act on)."""
    return _instance().commit_all()


def is_text_input(widget: QWidget) -> bool:
    """Whether ``widget`` takes typed text (the widgets ``guard`` is meant for)."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return True
    if isinstance(widget, QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()
