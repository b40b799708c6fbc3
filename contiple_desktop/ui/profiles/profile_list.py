"""The left-hand side of the profiles dialog: the profiles, unsaved new ones, and their buttons.

``ProfileList`` shows the saved profiles (the active one bold, "(in use)") followed by drafts
that were added or duplicated but not saved yet ("(not saved)"). Moving away from a profile
with unsaved edits asks first: the dialog gives the list its ``guard`` ("run this unless the
agent keeps the edits"). ``EditTracker`` is the dirty check behind that guard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.ui.shell.calm_style import plain_item_view

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Guard = Callable[[Callable[[], None]], None]


class EditTracker:
    """Remembers what the form held when it was loaded or saved; ``dirty`` compares. Signals: none."""

    def __init__(self, read: Callable[[], tuple[ConnectionProfile | None, str]]) -> None:
        self._read = read
        self._baseline: tuple[ConnectionProfile | None, str] = (None, "")

    def reset(self) -> None:
        self._baseline = self._read()

    def accept_key(self, key: str) -> None:
        """The stored key arrived after the form was loaded: it is not an edit."""
        self._baseline = (self._baseline[0], key)

    def dirty(self, enabled: bool) -> bool:
        return enabled and self._baseline[0] is not None and self._read() != self._baseline


def push_button(parent: QWidget, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


class ProfileList(QWidget):
    """Saved profiles plus unsaved drafts, with Add / Duplicate / Delete / Use.

    Signals:
        shown(str): this profile id is now the one to show in the form.
        add_requested(), duplicate_requested(), delete_requested(), use_requested(): buttons.
    """

    shown = Signal(str)
    add_requested = Signal()
    duplicate_requested = Signal()
    delete_requested = Signal()
    use_requested = Signal()

    def __init__(
        self,
        saved: Callable[[], list[ConnectionProfile]],
        active_id: Callable[[], str],
        guard: Guard,
        dirty: Callable[[], bool],
        forget_edits: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._saved = saved
        self._active_id = active_id
        self._guard = guard
        self._dirty = dirty
        self._forget_edits = forget_edits
        self.drafts: dict[str, ConnectionProfile] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Profiles:"), self)
        self.list = plain_item_view(QListWidget(self))
        self.list.setAccessibleName(self.tr("Profiles"))
        label.setBuddy(self.list)
        self.list.currentItemChanged.connect(self._on_current_changed)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_requested)
        self.add_button = push_button(self, self.tr("&Add"), self.tr("Add profile"), self.add_requested.emit)
        self.duplicate_button = push_button(
            self, self.tr("D&uplicate"), self.tr("Duplicate profile"), self.duplicate_requested.emit
        )
        self.delete_button = push_button(
            self, self.tr("Delete\u2026"), self.tr("Delete profile"), self.delete_requested.emit
        )
        self.use_button = push_button(
            self, self.tr("Use t&his profile"), self.tr("Use this profile"), self.use_requested.emit
        )
        row = QHBoxLayout()
        for b in (self.add_button, self.duplicate_button, self.delete_button):
            row.addWidget(b)
        layout.addLayout(row)
        layout.addWidget(self.use_button)

    # -- content -------------------------------------------------------------------------
    def profile(self, profile_id: str) -> ConnectionProfile | None:
        return self.drafts.get(profile_id) or next(
            (p for p in self._saved() if p.profile_id == profile_id), None
        )

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def is_draft(self, profile_id: str) -> bool:
        return profile_id in self.drafts

    def add_draft(self, draft: ConnectionProfile) -> None:
        self.drafts[draft.profile_id] = draft
        self.reload(draft.profile_id)

    def drop_draft(self, profile_id: str, *, select: str | None = None) -> None:
        self.drafts.pop(profile_id, None)
        self.reload(select)

    def reload(self, select_id: str | None) -> None:
        """Rebuild the rows and show ``select_id`` (or the first row)."""
        self.list.blockSignals(True)
        try:
            self.list.clear()
            active = self._active_id()
            for profile in [*self._saved(), *self.drafts.values()]:
                item = QListWidgetItem(self._item_text(profile, active))
                item.setData(ID_ROLE, profile.profile_id)
                if profile.profile_id == active:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.list.addItem(item)
            row = next(
                (i for i in range(self.list.count()) if self.list.item(i).data(ID_ROLE) == select_id), 0
            )
            if self.list.count():
                self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(False)
        self.shown.emit(self.current_id())

    def _item_text(self, profile: ConnectionProfile, active: str) -> str:
        name = profile.name or self.tr("(unnamed)")
        if profile.profile_id in self.drafts:
            return self.tr("%1 (not saved)").replace("%1", name)
        if profile.profile_id == active:
            return self.tr("%1 (in use)").replace("%1", name)
        return name

    def set_buttons_enabled(self, has_profile: bool) -> None:
        for b in (self.duplicate_button, self.delete_button, self.use_button):
            b.setEnabled(has_profile)

    # -- moving between profiles -----------------------------------------------------------
    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if previous is not None and current is not None and self._dirty():
            target = str(current.data(ID_ROLE))
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            self._guard(lambda: self._discard_and_select(target))
            return
        if previous is not None:
            gone = str(previous.data(ID_ROLE))
            if gone in self.drafts and gone != self.current_id():
                self.drop_draft(gone, select=self.current_id())  # an unsaved new profile left behind
                return
        self.shown.emit(self.current_id())

    def _discard_and_select(self, profile_id: str) -> None:
        self._forget_edits()  # the agent chose to discard the edits
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == profile_id:
                self.list.setCurrentRow(i)
                return
