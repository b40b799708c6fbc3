"""The connection profiles dialog: profiles on the left, the selected one's form on the right.

Keys are read and written only through ``tasks/connection_ops`` (a worker thread: the keyring
blocks on D-Bus) and only when the agent presses Save. When the keyring is missing or refuses,
a plain explanation appears with a "Use for this session only" choice; nothing is ever written
to a file instead. "Test connection" probes the typed values (saved or not) and lists findings.

Usage by the composition root::

    dialog = ProfilesDialog(ctx, profile_store, api_keys, parent=window)
    dialog.profile_activated.connect(...)   # the session is already connected
    dialog.open()
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import ContipleError, SecretStoreError
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import ApiKeys, KeyLocation
from contiple_desktop.tasks import connection_ops as ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskHandle
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.profiles.confirm import confirm
from contiple_desktop.ui.profiles.findings import FindingsView, KeyringNotice
from contiple_desktop.ui.profiles.form import ProfileForm

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProfilesDialog(QDialog):
    """Create, edit, duplicate, delete and choose connection profiles.

    Signals:
        profile_activated(object): "Use this profile" connected the session to this
            ``ConnectionProfile`` (the dialog then closes with ``accept``).
        profiles_changed(): a profile was saved or deleted.
    """

    profile_activated = Signal(object)
    profiles_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        profiles: ProfileStore,
        keys: ApiKeys,
        parent: QWidget | None = None,
        *,
        select_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profiles = profiles
        self.keys = keys
        self._drafts: dict[str, ConnectionProfile] = {}
        self._loaded_key = ""
        self._baseline: tuple[ConnectionProfile | None, str] = (None, "")
        self._keyring_available: bool | None = None
        self._keyring_description = ""
        self._activate_after_save = False
        self._handles: list[TaskHandle[Any]] = []
        self.setWindowTitle(self.tr("Connection profiles"))
        self.setAccessibleName(self.tr("Connection profiles"))
        self.resize(960, 640)
        self._build()
        self._reload_list(select_id or profiles.active_id or None)
        if not self.profiles.profiles():
            self._add()
        self._track(ops.check_keyring(ctx.runner, keys, self._on_keyring_checked))

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        body = QHBoxLayout()
        root.addLayout(body, 1)

        left = QVBoxLayout()
        list_label = QLabel(self.tr("&Profiles:"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Profiles"))
        list_label.setBuddy(self.list)
        self.list.currentItemChanged.connect(self._on_current_changed)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._ask_delete)
        self.add_button = self._button(self.tr("&Add"), self.tr("Add profile"), self._add)
        self.duplicate_button = self._button(
            self.tr("D&uplicate"), self.tr("Duplicate profile"), self._duplicate
        )
        self.delete_button = self._button(
            self.tr("Delete\u2026"), self.tr("Delete profile"), self._ask_delete
        )
        self.use_button = self._button(
            self.tr("Use t&his profile"), self.tr("Use this profile"), self._use_current
        )
        row = QHBoxLayout()
        for b in (self.add_button, self.duplicate_button, self.delete_button):
            row.addWidget(b)
        left.addLayout(row)
        left.addWidget(self.use_button)
        body.addLayout(left, 1)

        right = QVBoxLayout()
        self.form = ProfileForm(self)
        self.form.edited.connect(self._on_edited)
        right.addWidget(self.form)
        self.notice = KeyringNotice(self)
        right.addWidget(self.notice)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.message)
        actions = QHBoxLayout()
        self.test_button = self._button(self.tr("&Test connection"), self.tr("Test connection"), self._test)
        self.save_button = self._button(self.tr("Save"), self.tr("Save profile"), self._save)
        self.save_button.setDefault(True)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.activated.connect(self._save)
        shortcut = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.save_button.setToolTip(self.tr("Save (Enter or %1)").replace("%1", shortcut))
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right.addLayout(actions)
        self.findings = FindingsView(self)
        right.addWidget(self.findings)
        right.addStretch(1)
        body.addLayout(right, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(lambda: self._unless_unsaved(self.reject))
        root.addWidget(buttons)

    def _button(self, text: str, accessible: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _track(self, handle: TaskHandle[Any]) -> None:
        self._handles = [h for h in self._handles if h.running]
        self._handles.append(handle)

    # -- list ------------------------------------------------------------------------------
    def _reload_list(self, select_id: str | None) -> None:
        self.list.blockSignals(True)
        try:
            self.list.clear()
            active = self.profiles.active_id
            for profile in [*self.profiles.profiles(), *self._drafts.values()]:
                item = QListWidgetItem(self._item_text(profile, active))
                item.setData(ID_ROLE, profile.profile_id)
                if profile.profile_id == active:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.list.addItem(item)
            row = next(
                (i for i in range(self.list.count()) if self.list.item(i).data(ID_ROLE) == select_id),
                0,
            )
            if self.list.count():
                self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(False)
        if self.list.currentItem() is not None:
            self._show(self.list.currentItem())
        self._update_buttons()

    def _item_text(self, profile: ConnectionProfile, active: str) -> str:
        name = profile.name or self.tr("(unnamed)")
        if profile.profile_id in self._drafts:
            return self.tr("%1 (not saved)").replace("%1", name)
        if profile.profile_id == active:
            return self.tr("%1 (in use)").replace("%1", name)
        return name

    def _current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        for b in (self.duplicate_button, self.delete_button, self.use_button, self.test_button):
            b.setEnabled(has)
        self.save_button.setEnabled(has)
        self.form.setEnabled(has)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if previous is not None and current is not None and self._is_dirty():
            target = str(current.data(ID_ROLE))
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            self._unless_unsaved(lambda: self._select(target))
            return
        if previous is not None:
            gone = str(previous.data(ID_ROLE))
            if gone in self._drafts and gone != self._current_id():
                del self._drafts[gone]
                self._reload_list(self._current_id())
                return
        if current is not None:
            self._show(current)
        self._update_buttons()

    def _select(self, profile_id: str) -> None:
        self._set_baseline()  # the agent chose to discard the edits
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == profile_id:
                self.list.setCurrentRow(i)
                return

    # -- unsaved changes -------------------------------------------------------------------
    def _set_baseline(self) -> None:
        self._baseline = (self.form.profile(), self.form.key_text())

    def _is_dirty(self) -> bool:
        if self._baseline[0] is None or not self.form.isEnabled():
            return False
        return (self.form.profile(), self.form.key_text()) != self._baseline

    def _unless_unsaved(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` now, or after the agent agreed to discard unsaved edits."""
        if not self._is_dirty():
            proceed()
            return
        confirm(
            self,
            title=self.tr("Unsaved changes"),
            text=self.tr("Discard the unsaved changes to \u201c%1\u201d?").replace(
                "%1", self.form.profile().name
            ),
            accessible_name=self.tr("Confirm discard"),
            yes=QMessageBox.StandardButton.Discard,
            no=QMessageBox.StandardButton.Cancel,
            then=proceed,
            icon=QMessageBox.Icon.Warning,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._is_dirty():
            event.accept()
            self._unless_unsaved(self.reject)
            return
        super().keyPressEvent(event)

    def _show(self, item: QListWidgetItem) -> None:
        profile_id = str(item.data(ID_ROLE))
        profile = self._drafts.get(profile_id) or self.profiles.get(profile_id)
        if profile is None:
            return
        self.message.clear()
        self.findings.clear()
        self._loaded_key = ""
        self.form.set_profile(profile)
        self._set_baseline()
        if profile_id in self._drafts:
            self.form.set_key_status(self.tr("Not stored"))
            return
        self.form.set_key_status(self.tr("Checking the keyring\u2026"))
        self._track(
            ops.load_key(
                self.ctx,
                self.keys,
                profile_id,
                lambda result: self._on_key_loaded(profile_id, result),
                on_failure=lambda exc: self._on_key_failed(profile_id, exc),
            )
        )

    def _on_key_loaded(self, profile_id: str, result: tuple[str | None, KeyLocation]) -> None:
        if profile_id != self.form.profile_id:
            return
        key, location = result
        self._loaded_key = key or ""
        if not self.form.key_text():
            self.form.set_key_text(self._loaded_key)
            self._baseline = (self._baseline[0], self._loaded_key)
        self.form.set_key_status(self._status_text(location))

    def _on_key_failed(self, profile_id: str, exc: BaseException) -> None:
        if profile_id != self.form.profile_id:
            return
        if isinstance(exc, SecretStoreError):
            self.notice.show_problem(exc)
            self.form.set_key_status(self.tr("Not available (see below)"))
        else:
            self.ctx.report_error(exc)

    def _status_text(self, location: KeyLocation) -> str:
        if location is KeyLocation.KEYRING:
            where = self._keyring_description or self.tr("the system keyring")
            return self.tr("Stored in %1").replace("%1", where)
        if location is KeyLocation.SESSION:
            return self.tr("Session only (not saved; enter it again next time)")
        return self.tr("Not stored")

    def _on_keyring_checked(self, result: tuple[bool, str]) -> None:
        self._keyring_available, self._keyring_description = result
        if not self._keyring_available:
            self.notice.show_problem(None)

    # -- add / duplicate / delete ----------------------------------------------------------
    @Slot()
    def _add(self) -> None:
        draft = ConnectionProfile(
            name=self.tr("New profile"),
            service_id="",
            organization_id="",
            environment=Environment.REAL,
            profile_id=uuid.uuid4().hex,
        )
        self._open_draft(draft, "")
        self.form.name.setFocus()
        self.form.name.selectAll()

    @Slot()
    def _duplicate(self) -> None:
        source = self.form.profile()
        key = self.form.key_text()
        copy = source.with_changes(
            name=self.tr("%1 (copy)").replace("%1", source.name), profile_id=uuid.uuid4().hex
        )
        self._open_draft(copy, key)

    def _open_draft(self, draft: ConnectionProfile, key: str) -> None:
        self._drafts[draft.profile_id] = draft
        self._reload_list(draft.profile_id)
        self.form.set_key_text(key)
        self._set_baseline()

    @Slot()
    def _ask_delete(self) -> None:
        profile_id = self._current_id()
        if not profile_id:
            return
        if profile_id in self._drafts:
            del self._drafts[profile_id]
            self._reload_list(None)
            return
        name = self.form.profile().name
        confirm(
            self,
            title=self.tr("Delete profile"),
            text=self.tr(
                "Delete the profile \u201c%1\u201d? Its API key is removed from the keyring too."
            ).replace("%1", name),
            accessible_name=self.tr("Confirm deletion"),
            yes=QMessageBox.StandardButton.Yes,
            no=QMessageBox.StandardButton.No,
            then=lambda: self._delete(profile_id),
        )

    def _delete(self, profile_id: str) -> None:
        self._track(
            ops.delete_profile(
                self.ctx,
                self.profiles,
                self.keys,
                profile_id,
                lambda problem: self._on_deleted(profile_id, problem),
                on_failure=self._on_failure,
            )
        )

    def _on_deleted(self, profile_id: str, problem: SecretStoreError | None) -> None:
        if self.profiles.active_id == profile_id:
            self.profiles.set_active("")
        session_profile = self.ctx.session.profile
        if session_profile is not None and session_profile.profile_id == profile_id:
            self.ctx.session.set_connection(None, None)
        self._reload_list(None)
        if problem is not None:
            self.message.setText(
                self.tr(
                    "The profile was deleted, but its API key could not be removed from the keyring: %1"
                ).replace("%1", str(problem))
            )
        self.profiles_changed.emit()

    # -- save / use ------------------------------------------------------------------------
    @Slot()
    def _on_edited(self) -> None:
        self.message.clear()

    @Slot()
    def _save(self) -> None:
        problems = self.form.problems()
        if problems:
            widget, text = problems[0]
            self.message.setText(text)
            widget.setFocus()
            self._activate_after_save = False
            return
        profile = self.form.profile()
        key = self.form.key_text()
        session_only = self.notice.isVisible() and self.notice.session_only.isChecked()
        changed = key != self._loaded_key or session_only
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving\u2026"))
        self._track(
            ops.save_profile_with_key(
                self.ctx,
                self.profiles,
                self.keys,
                profile,
                key if changed else None,
                lambda outcome: self._on_saved(outcome, key),
                session_only=session_only,
                on_failure=self._on_failure,
            )
        )

    def _on_saved(self, outcome: ops.SaveOutcome, key: str) -> None:
        self.save_button.setEnabled(True)
        profile_id = outcome.profile.profile_id
        self._drafts.pop(profile_id, None)
        self._reload_list(profile_id)
        self.profiles_changed.emit()
        if outcome.key_error is not None:
            self.notice.show_problem(outcome.key_error)
            self.form.set_key_text(key)
            self.form.set_key_status(self.tr("Not stored"))
            self.message.setText(self.tr("The profile was saved, but not its API key."))
            self._activate_after_save = False
            return
        self._loaded_key = key if outcome.location is not KeyLocation.NONE else ""
        self.form.set_key_text(key)
        self._set_baseline()
        self.form.set_key_status(self._status_text(outcome.location))
        if outcome.location is KeyLocation.KEYRING:
            self.notice.hide()
        self.message.setText(self.tr("Saved."))
        if self._activate_after_save:
            self._activate_after_save = False
            self._activate(outcome.profile, key)

    @Slot()
    def _use_current(self) -> None:
        stored = self.profiles.get(self._current_id())
        if stored is None or stored != self.form.profile() or self.form.key_text() != self._loaded_key:
            self._activate_after_save = True
            self._save()
            return
        self._activate(stored, self.form.key_text())

    def _activate(self, profile: ConnectionProfile, key: str) -> None:
        if not key:
            self.message.setText(self.tr("Enter the API key before using this profile."))
            self.form.api_key.setFocus()
            return
        try:
            ops.connect(self.ctx, profile, key)
        except ContipleError as exc:
            self.message.setText(describe(exc).message)
            return
        self.profiles.set_active(profile.profile_id)
        self.profile_activated.emit(profile)
        self.accept()

    # -- test ------------------------------------------------------------------------------
    @Slot()
    def _test(self) -> None:
        self.test_button.setEnabled(False)
        self.findings.set_busy(True)
        self._track(ops.test_connection(self.ctx, self.form.profile(), self.form.key_text(), self._on_report))

    def _on_report(self, report: ops.ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        self.findings.show_report(report)

    def _on_failure(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._activate_after_save = False
        self.message.clear()
        self.ctx.report_error(exc)

    def done(self, result: int) -> None:
        for handle in self._handles:
            if handle.running:
                handle.cancel()
        self._handles.clear()
        super().done(result)
