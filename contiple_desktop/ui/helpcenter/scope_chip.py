"""The search scope of a Help Center tab, made visible: "Only in: Identity verification ✕".

A search covers every category unless the agent chose one in the tree (or a notice heading or
tag): then a chip per scope sits under the search box. A click, or Backspace / Delete while it
has the focus, removes it and searches everywhere. When a scoped search finds nothing, the list
says so by name and offers "Search everywhere" (one click, or Alt+E).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

CHIP_STYLE = (
    "QPushButton#scope-chip { background: #e8f0fe; color: #174ea6; border: 1px solid #8ab4f8;"
    " border-radius: 10px; padding: 2px 10px; }"
    " QPushButton#scope-chip:focus { border: 2px solid #1a73e8; }"
)
REMOVE_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
MAX_NAME_CHARS = 40


class ScopeChip(QPushButton):
    """One removable scope. Signals: ``removed()`` (click, Backspace or Delete)."""

    removed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scope-chip")
        self.setStyleSheet(CHIP_STYLE)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.name = name
        shown = name if len(name) <= MAX_NAME_CHARS else name[: MAX_NAME_CHARS - 1] + "\u2026"
        self.setText(self.tr("Only in: %1").replace("%1", shown) + "  \u2715")
        self.setAccessibleName(self.tr("Only in: %1").replace("%1", name))
        tip = self.tr("Searching only in %1. Click or press Delete to search everywhere.").replace("%1", name)
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
        self.clicked.connect(self.removed)

    def event(self, event: QEvent) -> bool:
        # Backspace is also the tab's "back" shortcut: while the chip has the focus it is ours.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in REMOVE_KEYS and not event.modifiers():
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in REMOVE_KEYS and not event.modifiers():
            event.accept()
            self.removed.emit()
            return
        super().keyPressEvent(event)


class ScopeBar(QWidget):
    """The chips of the current scopes (hidden when the search covers everything).

    Signals: ``remove(str)`` with the key of the scope to drop.
    """

    remove = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Search scope"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self._shown: list[tuple[str, str]] = []
        self.chips: list[ScopeChip] = []
        self.setVisible(False)

    def set_scopes(self, scopes: list[tuple[str, str]]) -> None:
        """``[(key, name), …]``; rebuilt only when it changed (a focused chip keeps its focus)."""
        if scopes == self._shown:
            return
        self._shown = list(scopes)
        for chip in self.chips:
            chip.hide()
            chip.deleteLater()
        self.chips = []
        for key, name in scopes:
            chip = ScopeChip(name, self)
            chip.removed.connect(lambda k=key: self.remove.emit(k))
            self._layout.insertWidget(self._layout.count() - 1, chip)
            self.chips.append(chip)
        self.setVisible(bool(scopes))
