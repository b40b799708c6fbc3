"""The "Caller lookup" page of a connection profile: the organization's customer-info API.

What the admin configured in Contiple ([Customer Info Management] → [Customer Info Integration]
→ [API Settings], contiple-api.md §3.20) is entered here: the address, the request field that
carries the phone number and the constant fields (``name=value`` lines), the result items that
hold user code, name, e-mail and phone, and "API encryption" with its security key — a password
field whose value goes to the OS keyring only (saved by the dialog with the profile). Problems
are shown inline as the agent types. "Test lookup" asks the typed settings (saved or not) about
a phone number and shows the answer with phone and e-mail masked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from contiple_desktop.domain.keys import KeyLocation
from contiple_desktop.domain.lookup import (
    DEFAULT_ITEMS,
    DEFAULT_PHONE_FIELD,
    CallerLookupConfig,
    check_lookup_url,
)
from contiple_desktop.domain.phone import PhoneFormat
from contiple_desktop.domain.privacy import mask_email, mask_phone
from contiple_desktop.errors import ConfigurationError
from contiple_desktop.tasks import caller_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.profiles.secret_row import SecretRow
from contiple_desktop.ui.task_scope import TaskScope

ITEM_PARTS = ("usercode", "name", "email", "phone")


def parse_constants(text: str) -> tuple[list[tuple[str, str]], int | None]:
    """``name=value`` lines → pairs; the 1-based number of the first malformed line, or None."""
    pairs: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name, eq, value = line.partition("=")
        if not eq or not name.strip():
            return pairs, number
        pairs.append((name.strip(), value.strip()))
    return pairs, None


class _EnterLineEdit(QLineEdit):
    """Enter runs this field's action (``returnPressed``) and does not also press the dialog's
    default button (Save)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class CallerLookupForm(QGroupBox):
    """Edits one profile's ``CallerLookupConfig`` (None when unchecked) and its security key.

    Signals:
        edited(): any field changed.
    """

    edited = Signal()

    def __init__(
        self, ctx: AppContext | None, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = TaskScope(self, "lookup-form")
        self._language = language
        self._loading = False
        self._profile_id = ""
        self._loaded_key = ""
        self._pending_key = ""
        self.setTitle(self.tr("Look callers up by phone"))
        self.setAccessibleName(self.tr("Look callers up by phone"))
        self.setCheckable(True)
        self.setChecked(False)
        self.toggled.connect(self._on_changed)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.url = self._line(self.tr("Lookup address"), "https://crm.example.com/contiple/customer")
        layout.addRow(self.tr("&Web address:"), self.url)
        self.phone_field = self._line(self.tr("Request field for the phone number"), DEFAULT_PHONE_FIELD)
        layout.addRow(self.tr("Phone &field:"), self.phone_field)
        self.phone_format = QComboBox(self)
        self.phone_format.setAccessibleName(self.tr("Number format in the request"))
        for label, fmt in (
            (self.tr("Digits only (01010015007)"), PhoneFormat.NATIONAL_DIGITS),
            (self.tr("National (010-1001-5007)"), PhoneFormat.NATIONAL),
            (self.tr("E.164 (+821010015007)"), PhoneFormat.E164),
            (self.tr("International (+82 10-1001-5007)"), PhoneFormat.INTERNATIONAL),
        ):
            self.phone_format.addItem(label, fmt.value)
        self.phone_format.currentIndexChanged.connect(self._on_changed)
        layout.addRow(self.tr("Nu&mber format:"), self.phone_format)
        self.constants = QPlainTextEdit(self)
        self.constants.setAccessibleName(self.tr("Constant fields"))
        self.constants.setPlaceholderText(self.tr("One name=value per line, e.g. nation=korea"))
        self.constants.setTabChangesFocus(True)
        self.constants.setFixedHeight(self.constants.fontMetrics().lineSpacing() * 4 + 12)
        self.constants.textChanged.connect(self._on_changed)
        layout.addRow(self.tr("Constant fields:"), self.constants)

        self.items: dict[str, QLineEdit] = {}
        for part, label, accessible in (
            ("usercode", self.tr("User code item:"), self.tr("Result item for the user code")),
            ("name", self.tr("Name item:"), self.tr("Result item for the name")),
            ("email", self.tr("E-mail item:"), self.tr("Result item for the e-mail address")),
            ("phone", self.tr("Phone item:"), self.tr("Result item for the phone number")),
        ):
            self.items[part] = self._line(accessible, DEFAULT_ITEMS[part])
            layout.addRow(label, self.items[part])

        self.encryption = QCheckBox(
            self.tr("API encryption (requests are signed with the security key)"), self
        )
        self.encryption.setAccessibleName(self.tr("API encryption"))
        self.encryption.toggled.connect(self._on_changed)
        layout.addRow("", self.encryption)
        self.security_key = self._line(self.tr("Security key"))
        self.secret = SecretRow(
            self, layout, self.tr("Securit&y key:"), self.security_key,
            (self.tr("Show security key"), self.tr("Hide security key")), self.tr("Security key status"),
        )  # fmt: skip
        self.show_key, self.key_status = self.secret.button, self.secret.status

        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Caller lookup problem"))
        self.problem.setWordWrap(True)
        layout.addRow("", self.problem)

        self.test_phone = _EnterLineEdit(self)
        self.test_phone.setAccessibleName(self.tr("Phone number to test"))
        self.test_phone.setPlaceholderText("010-1001-5007")
        self.test_phone.returnPressed.connect(self._test)
        self.test_button = QPushButton(self.tr("Test lookup"), self)
        self.test_button.setAccessibleName(self.tr("Test lookup"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self._test)
        test_row = QHBoxLayout()
        test_row.setContentsMargins(0, 0, 0, 0)
        test_row.addWidget(self.test_phone, 1)
        test_row.addWidget(self.test_button)
        layout.addRow(self.tr("Test num&ber:"), test_row)
        test_label = layout.labelForField(test_row)
        if isinstance(test_label, QLabel):
            test_label.setBuddy(self.test_phone)
        self.test_result = QLabel(self)
        self.test_result.setAccessibleName(self.tr("Lookup test result"))
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addRow("", self.test_result)
        self._update_derived()

    def _line(self, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_changed)
        return edit

    # -- values ----------------------------------------------------------------------------
    def set_config(self, config: CallerLookupConfig | None, profile_id: str) -> None:
        """Show ``config`` (None: off) for ``profile_id``; its stored security key is read."""
        self._loading = True
        try:
            self.tasks.cancel_all()
            self._profile_id = profile_id
            self._loaded_key = ""
            self.setChecked(config is not None)
            shown = config or CallerLookupConfig(url="")
            self.url.setText(shown.url)
            self.phone_field.setText(shown.phone_field)
            self.phone_format.setCurrentIndex(max(0, self.phone_format.findData(shown.phone_format.value)))
            self.constants.setPlainText("\n".join(f"{name}={value}" for name, value in shown.constant_fields))
            for part in ITEM_PARTS:
                self.items[part].setText(getattr(shown, f"{part}_item"))
            self.encryption.setChecked(shown.encryption)
            self.security_key.clear()
            self.secret.hide()
            self.test_result.clear()
            self.key_status.setText(self.tr("Not stored"))
        finally:
            self._loading = False
        self._update_derived()
        if self.ctx is not None and profile_id:
            self.tasks.track(caller_ops.load_lookup_key(
                self.ctx, profile_id, lambda r: self._key_loaded(profile_id, r),
                on_failure=lambda _exc: self._key_unavailable(profile_id),
            ))

    def _raw_config(self) -> CallerLookupConfig:
        constants, _bad = parse_constants(self.constants.toPlainText())
        return CallerLookupConfig(
            url=self.url.text().strip(),
            phone_field=self.phone_field.text().strip(),
            constant_fields=tuple(constants),
            usercode_item=self.items["usercode"].text().strip(),
            name_item=self.items["name"].text().strip(),
            email_item=self.items["email"].text().strip(),
            phone_item=self.items["phone"].text().strip(),
            encryption=self.encryption.isChecked(),
            phone_format=PhoneFormat(self.phone_format.currentData()),
        )

    def config(self) -> CallerLookupConfig | None:
        """The settings as typed (cleaned when valid; see ``problems``); None when switched off."""
        if not self.isChecked():
            return None
        raw = self._raw_config()
        try:
            return raw.validated()
        except ConfigurationError:
            return raw

    def problems(self) -> list[tuple[QWidget, str]]:
        """What must be fixed before saving: (widget to focus, translated message)."""
        if not self.isChecked():
            return []
        out: list[tuple[QWidget, str]] = []
        url = self.url.text().strip()
        try:
            check_lookup_url(url)
        except ConfigurationError:
            text = (self.tr("Enter the address of the customer lookup.") if not url else
                    self.tr("Enter an https:// address without user name or #fragment "
                            "(plain http only for this computer)."))
            out.append((self.url, text))
        if not self.phone_field.text().strip():
            out.append((self.phone_field, self.tr("Enter the request field that carries the phone number "
                                                  "(e.g. callNum).")))
        constants, bad_line = parse_constants(self.constants.toPlainText())
        names = [self.phone_field.text().strip()] + [name for name, _value in constants]
        if bad_line is not None:
            out.append((self.constants, self.tr("Write each constant field as name=value on its own line "
                                                "(line %1).").replace("%1", str(bad_line))))
        elif len(set(names)) != len(names):
            out.append((self.constants, self.tr("A request field is given twice.")))
        if not any(edit.text().strip() for edit in self.items.values()):
            text = self.tr("Name at least one result item (e.g. id for the user code).")
            out.append((self.items["usercode"], text))
        if self.encryption.isChecked() and not self.key_text():
            out.append((self.security_key, self.tr("Enter the security key, or turn API encryption off.")))
        if not out:
            try:
                self._raw_config().validated()
            except ConfigurationError:
                out.append(
                    (self.url, self.tr("These caller lookup settings cannot be used; check every field."))
                )
        return out

    # -- the security key ------------------------------------------------------------------
    def key_text(self) -> str:
        return self.security_key.text().strip()

    def set_key_text(self, key: str) -> None:
        self._loading = True
        try:
            self.security_key.setText(key)
        finally:
            self._loading = False
        self._update_derived()

    def key_change(self) -> str | None:
        """What to store on save: the typed key, "" to delete the stored one (lookup or
        encryption switched off, or the field emptied), None to leave the keyring alone."""
        wanted = self.key_text() if self.isChecked() and self.encryption.isChecked() else ""
        self._pending_key = wanted
        return None if wanted == self._loaded_key else wanted

    def key_dirty(self) -> bool:
        wanted = self.key_text() if self.isChecked() and self.encryption.isChecked() else ""
        return wanted != self._loaded_key

    def key_saved(self, location: KeyLocation | None, failed: bool) -> None:
        """The dialog saved the profile with the last ``key_change()`` (and may have reloaded
        this form since); ``location``: where the key is now (None: left unchanged)."""
        if location is None:
            return
        saved = self._pending_key
        if failed:
            self.set_key_text(saved)  # still typed: the agent can retry or use it for the session
            self.key_status.setText(self.tr("Not stored (the keyring refused it)"))
            return
        self._loaded_key = saved if location is not KeyLocation.NONE else ""
        self.set_key_text(self._loaded_key)
        self._show_location(location)

    def _key_loaded(self, profile_id: str, result: tuple[str | None, KeyLocation]) -> None:
        if profile_id != self._profile_id:
            return
        key, location = result
        self._loaded_key = key or ""
        if not self.key_text():
            self.set_key_text(self._loaded_key)
        self._show_location(location)

    def _key_unavailable(self, profile_id: str) -> None:
        if profile_id == self._profile_id:
            self.key_status.setText(self.tr("Not available (the keyring is locked or missing)"))

    def _show_location(self, location: KeyLocation) -> None:
        if location is KeyLocation.KEYRING:
            self.key_status.setText(self.tr("Stored in the system keyring"))
        elif location is KeyLocation.SESSION:
            self.key_status.setText(self.tr("Session only (not saved; enter it again next time)"))
        else:
            self.key_status.setText(self.tr("Not stored"))

    # -- test ------------------------------------------------------------------------------
    @Slot()
    def _test(self) -> None:
        problems: list[tuple[QWidget, str]] = (
            self.problems() if self.isChecked() else [(self, self.tr("Switch the caller lookup on first."))]
        )
        if problems:
            widget, text = problems[0]
            self.test_result.setText(text)
            widget.setFocus()
            return
        config = self.config()
        if self.ctx is None or config is None:
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Looking up\u2026"))
        self.tasks.track(caller_ops.test_lookup(
            self.ctx, config, self.key_text(), self.test_phone.text(), self._language(), self._tested,
            on_failure=self._test_failed,
        ))

    def _tested(self, result: caller_ops.CallerLookupResult) -> None:
        self.test_button.setEnabled(True)
        outcome = caller_ops.LookupOutcome
        if result.outcome is outcome.FOUND and result.identity is not None:
            who = result.identity
            parts = [
                self.tr("user code %1").replace("%1", who.usercode) if who.usercode else "",
                who.name or "",
                mask_email(who.email) if who.email else "",
                mask_phone(who.phone) if who.phone else "",
            ]
            found = " \u00b7 ".join(p for p in parts if p)
            self.test_result.setText(self.tr("Found: %1").replace("%1", found))
        elif result.outcome is outcome.NOT_FOUND:
            self.test_result.setText(self.tr("The lookup answered: no customer has this number."))
        elif result.outcome is outcome.INVALID_PHONE:
            self.test_result.setText(self.tr("Enter a valid phone number to test with."))
            self.test_phone.setFocus()
        elif result.error is not None:
            self.test_result.setText(describe(result.error).message)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(describe(exc).message)

    # -- live updates ----------------------------------------------------------------------
    @Slot()
    def _on_changed(self) -> None:
        self._update_derived()
        if not self._loading:
            self.test_result.clear()
            self.edited.emit()

    def _update_derived(self) -> None:
        encrypted = self.encryption.isChecked()
        self.security_key.setEnabled(encrypted)
        self.show_key.setEnabled(encrypted)
        problems = self.problems()
        # Inline: the first problem, once the agent has started (an empty address is not news).
        show = problems and (self.url.text().strip() or problems[0][0] is not self.url)
        self.problem.setText(problems[0][1] if show else "")
