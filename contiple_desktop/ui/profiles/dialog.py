"""The connection profiles dialog: profiles on the left, the selected one's form on the right.

Everything that touches a store or the session is an operation of ``tasks/connection_ops``:
keys are read and written on a worker (the keyring blocks on D-Bus) and only when the agent
presses Save; "Use this profile" is ``connection_ops.activate`` (connect + remember), deleting is
``connection_ops.delete_profile`` (which also forgets an active profile). When the keyring is
missing or refuses, a plain explanation appears with a "Use for this session only" choice;
nothing is ever written to a file instead. "Test connection" probes the typed values (saved or
not) and lists findings. The shell opens it with ``ProfilesDialog(ctx, parent=window).open()``;
``profile_activated`` fires once the session is already connected.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.keys import KeyLocation
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import SecretStoreError
from contiple_desktop.tasks import connection_ops as ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.profiles.confirm import confirm
from contiple_desktop.ui.profiles.findings import FindingsView, KeyringNotice
from contiple_desktop.ui.profiles.form import ProfileForm
from contiple_desktop.ui.profiles.profile_list import EditTracker, ProfileList, push_button
from contiple_desktop.ui.shell.style import mark_primary
from contiple_desktop.ui.shell.windowing import resize_for_screen
from contiple_desktop.ui.task_scope import TaskScope


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
        self, ctx: AppContext, parent: QWidget | None = None, *, select_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = TaskScope(self, "profiles")
        self._loaded_key = ""
        self._keyring_available: bool | None = None
        self._keyring_description = ""
        self._activate_after_save = False
        self._new_id = ""
        self.setWindowTitle(self.tr("Connection profiles"))
        self.setAccessibleName(self.tr("Connection profiles"))
        resize_for_screen(self, 960, 640)
        self.form = ProfileForm(self, ctx)
        self.edits = EditTracker(lambda: (self.form.profile(), self.form.key_text()))
        self.profile_list = ProfileList(
            lambda: ops.saved_profiles(ctx),
            lambda: ops.active_profile_id(ctx),
            self._unless_unsaved,
            self._is_dirty,
            self.edits.reset,
            self,
        )
        self._build()
        self.profile_list.reload(select_id or ops.active_profile_id(ctx) or None)
        if not ops.saved_profiles(ctx):
            self._add()
        self.tasks.track(ops.check_keyring(ctx, self._on_keyring_checked))

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        # the list and the form scroll (Close stays) when the screen is smaller than they are:
        # 1366×768 at 200 % is 683×384 logical pixels
        scroller = QScrollArea(self)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        inner = QWidget(scroller)
        body = QHBoxLayout(inner)
        body.setContentsMargins(0, 0, 0, 0)
        scroller.setWidget(inner)
        root.addWidget(scroller, 1)
        plist = self.profile_list
        plist.shown.connect(self._show_id)
        plist.add_requested.connect(self._add)
        plist.duplicate_requested.connect(self._duplicate)
        plist.delete_requested.connect(self._ask_delete)
        plist.use_requested.connect(self._use_current)
        # the list's widgets, under the names the dialog always had
        self.list, self.add_button, self.use_button = plist.list, plist.add_button, plist.use_button
        self.duplicate_button, self.delete_button = plist.duplicate_button, plist.delete_button
        body.addWidget(plist, 1)

        right = QVBoxLayout()
        self.form.edited.connect(self.message_clear)
        right.addWidget(self.form)
        self.notice = KeyringNotice(self)
        right.addWidget(self.notice)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.message)
        actions = QHBoxLayout()
        self.test_button = push_button(
            self, self.tr("&Test connection"), self.tr("Test connection"), self._test
        )
        self.save_button = push_button(self, self.tr("Save"), self.tr("Save profile"), self._save)
        self.save_button.setDefault(True)
        mark_primary(self.save_button)
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

    @Slot()
    def message_clear(self) -> None:
        self.message.clear()

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.profile_list.set_buttons_enabled(has)
        for b in (self.test_button, self.save_button):
            b.setEnabled(has)
        self.form.setEnabled(has)

    # -- unsaved changes -------------------------------------------------------------------
    def _is_dirty(self) -> bool:
        enabled = self.form.isEnabled()
        return self.edits.dirty(enabled) or (enabled and self.form.lookup_key_dirty())

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

    # -- showing one profile ---------------------------------------------------------------
    @Slot(str)
    def _show_id(self, profile_id: str) -> None:
        profile = self.profile_list.profile(profile_id) if profile_id else None
        if profile is not None:
            self._show(profile)
        self._update_buttons()

    def _show(self, profile: ConnectionProfile) -> None:
        profile_id = profile.profile_id
        self.message.clear()
        self.findings.clear()
        self._loaded_key = ""
        self.form.set_profile(profile)
        self.edits.reset()
        if self.profile_list.is_draft(profile_id):
            self.form.set_key_status(self.tr("Not stored"))
            return
        self.form.set_key_status(self.tr("Checking the keyring\u2026"))
        self.tasks.track(
            ops.load_key(
                self.ctx,
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
            self.edits.accept_key(self._loaded_key)
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
        # a new profile not saved yet is open (leaving it drops it): Add goes back to its name
        # instead of making a second, identical "New profile (not saved)"
        if self._new_id in self.profile_list.drafts and self._new_id == self.profile_list.current_id():
            self.form.name.setFocus()
            self.form.name.selectAll()
            return
        draft = ConnectionProfile(
            name=self.tr("New profile"),
            service_id="",
            organization_id="",
            environment=Environment.REAL,
            profile_id=uuid.uuid4().hex,
        )
        self._new_id = draft.profile_id
        self._open_draft(draft, "")
        self.form.name.setFocus()
        self.form.name.selectAll()

    @Slot()
    def _duplicate(self) -> None:
        source = self.form.profile()
        key = self.form.key_text()
        lookup_key = self.form.lookup_key_text()
        copy = source.with_changes(
            name=self.tr("%1 (copy)").replace("%1", source.name), profile_id=uuid.uuid4().hex
        )
        self._open_draft(copy, key)
        self.form.set_lookup_key_text(lookup_key)

    def _open_draft(self, draft: ConnectionProfile, key: str) -> None:
        self.profile_list.add_draft(draft)
        self.form.set_key_text(key)
        self.edits.reset()

    @Slot()
    def _ask_delete(self) -> None:
        profile_id = self.profile_list.current_id()
        if not profile_id:
            return
        if self.profile_list.is_draft(profile_id):
            self.profile_list.drop_draft(profile_id)
            return
        confirm(
            self,
            title=self.tr("Delete profile"),
            text=self.tr(
                "Delete the profile \u201c%1\u201d? Its API key is removed from the keyring too."
            ).replace("%1", self.form.profile().name),
            accessible_name=self.tr("Confirm deletion"),
            yes=QMessageBox.StandardButton.Yes,
            no=QMessageBox.StandardButton.No,
            then=lambda: self._delete(profile_id),
        )

    def _delete(self, profile_id: str) -> None:
        self.tasks.track(
            ops.delete_profile(self.ctx, profile_id, self._on_deleted, on_failure=self._on_failure)
        )

    def _on_deleted(self, problem: SecretStoreError | None) -> None:
        self.profile_list.reload(None)
        if problem is not None:
            self.message.setText(
                self.tr(
                    "The profile was deleted, but its API key could not be removed from the keyring: %1"
                ).replace("%1", str(problem))
            )
        self.profiles_changed.emit()

    # -- save / use ------------------------------------------------------------------------
    @Slot()
    def _save(self) -> None:
        problems = self.form.problems()
        self.form.show_problems(problems)
        if problems:
            self._say_problems(problems)
            self._activate_after_save = False
            return
        key = self.form.key_text()
        session_only = self.notice.isVisible() and self.notice.session_only.isChecked()
        changed = key != self._loaded_key or session_only
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving\u2026"))
        self.tasks.track(
            ops.save_profile_with_key(
                self.ctx,
                self.form.profile(),
                key if changed else None,
                lambda outcome: self._on_saved(outcome, key),
                session_only=session_only,
                on_failure=self._on_failure,
                lookup_key=self.form.lookup_key_change(),
            )
        )

    def _on_saved(self, outcome: ops.SaveOutcome, key: str) -> None:
        self.save_button.setEnabled(True)
        profile_id = outcome.profile.profile_id
        self.profile_list.drop_draft(profile_id, select=profile_id)
        self.profiles_changed.emit()
        self.form.lookup_key_saved(outcome.lookup_location, outcome.lookup_key_error is not None)
        if outcome.key_error is not None:
            self.notice.show_problem(outcome.key_error)
            self.form.set_key_text(key)
            self.form.set_key_status(self.tr("Not stored"))
            self.message.setText(self.tr("The profile was saved, but not its API key."))
            self._activate_after_save = False
            return
        self._loaded_key = key if outcome.location is not KeyLocation.NONE else ""
        self.form.set_key_text(key)
        self.edits.reset()
        self.form.set_key_status(self._status_text(outcome.location))
        if outcome.location is KeyLocation.KEYRING:
            self.notice.hide()
        if outcome.lookup_key_error is not None:
            self.notice.show_problem(outcome.lookup_key_error)
            self.message.setText(self.tr("Saved, but not the caller lookup's security key."))
        else:
            self.message.setText(self.tr("Saved."))
        if self._activate_after_save:
            self._activate_after_save = False
            self._activate(outcome.profile, key)

    @Slot()
    def _use_current(self) -> None:
        stored = next(
            (p for p in ops.saved_profiles(self.ctx) if p.profile_id == self.profile_list.current_id()), None
        )
        unsaved = self.form.key_text() != self._loaded_key or self.form.lookup_key_dirty()
        if stored is None or stored != self.form.profile() or unsaved:
            self._activate_after_save = True
            self._save()
            return
        self._activate(stored, self.form.key_text())

    def _activate(self, profile: ConnectionProfile, key: str) -> None:
        if not key:
            self.message.setText(self.tr("Enter the API key before using this profile."))
            self.form.api_key.setFocus()
            return
        ops.activate(
            self.ctx,
            profile,
            key,
            on_done=self._activated,
            on_failure=lambda exc: self.message.setText(describe(exc).message),
        )

    def _activated(self, profile: ConnectionProfile) -> None:
        self.profile_activated.emit(profile)
        self.accept()

    # -- test ------------------------------------------------------------------------------
    def _say_problems(self, problems: list[tuple[QWidget, str]]) -> None:
        """Every problem is under its field; the message counts them and the first one takes
        the focus (a caller-lookup problem has no field on this page: the message is its text)."""
        lookup = self.form.lookup
        elsewhere = [text for widget, text in problems if widget is lookup or lookup.isAncestorOf(widget)]
        if len(problems) == 1 and elsewhere:
            self.message.setText(elsewhere[0])
        else:  # the count, and what has no field on this page in words
            count = self.tr("%n field(s) need attention.", "", len(problems))
            self.message.setText(" ".join([count, *elsewhere]))
        problems[0][0].setFocus()

    @Slot()
    def _test(self) -> None:
        problems = self.form.problems(connection_only=True)
        self.form.show_problems(problems)
        if problems:  # nothing to test yet: say everything that is missing, under each field
            self.findings.clear()
            self._say_problems(problems)
            return
        self.test_button.setEnabled(False)
        self.findings.set_busy(True)
        self.tasks.track(
            ops.test_connection(self.ctx, self.form.profile(), self.form.key_text(), self._on_report)
        )

    def _on_report(self, report: ops.ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        self.findings.show_report(report)

    def _on_failure(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._activate_after_save = False
        self.message.clear()
        self.ctx.report_error(exc)

    def done(self, result: int) -> None:
        self.tasks.cancel_all()
        super().done(result)
