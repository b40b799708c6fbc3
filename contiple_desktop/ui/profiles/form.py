"""The right-hand side of the profiles dialog: one connection profile as an editable form.

Two tabs: "Connection" and "Caller lookup" (``lookup_form.CallerLookupForm``). The base URL that
results from environment + domain (or the custom URL) is shown live; the domain row shows only
for Real/Beta/Alpha and the custom URL row only for "Custom URL" (the environment that uses it).
``show_problems`` puts every problem under its own field at once (red, hidden while none); a
field's message goes away as soon as the field is fixed. The API key sits in a
password field with a show/hide toggle; its status line says where the key is ("Stored in GNOME
Keyring (Secret Service)", "Not stored", "Session only"). The form never touches the keyring
itself: the dialog saves through ``tasks/connection_ops`` (the lookup page reads its security key
through ``tasks/caller_ops``). ``profile()`` edits the profile that was loaded, so what the form
does not show (the demo flag, fields added later) survives a save.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.keys import KeyLocation
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.profiles.lookup_form import CallerLookupForm

ORG_ID_RE = re.compile(r"[A-Za-z0-9]{16}")
LANGUAGES = (("ko", "한국어"), ("en", "English"), ("ja", "日本語"), ("zh", "中文"), ("th", "ไทย"))


class ProfileForm(QWidget):
    """Edits one ``ConnectionProfile`` plus its API key and caller-lookup security key.

    ``ctx`` (optional) lets the caller-lookup page read the stored security key and run
    "Test lookup".

    Signals:
        edited(): any field changed (the dialog enables Save).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self._profile_id = ""
        self._loaded: ConnectionProfile | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Profile settings"))
        self.tabs.tabBar().setAccessibleName(self.tr("Profile settings pages"))
        outer.addWidget(self.tabs)
        page = QWidget(self.tabs)
        self.tabs.addTab(page, self.tr("Connect&ion"))
        layout = QFormLayout(page)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self._layout = layout
        self._errors: dict[QWidget, QLabel] = {}
        self.name = self._line(self.tr("Profile name"))
        layout.addRow(self.tr("&Name:"), self.name)
        self._error_row(self.name, self.tr("Profile name problem"))

        self.environment = QComboBox(self)
        self.environment.setAccessibleName(self.tr("Environment"))
        for label, env in (
            (self.tr("Real (production)"), Environment.REAL),
            (self.tr("Beta (production test)"), Environment.BETA),
            (self.tr("Alpha (development test)"), Environment.ALPHA),
            (self.tr("Custom URL"), Environment.CUSTOM),
        ):
            self.environment.addItem(label, env.value)
        self.environment.currentIndexChanged.connect(self._on_changed)
        layout.addRow(self.tr("&Environment:"), self.environment)

        self.domain = self._line(self.tr("Domain"), self.tr("e.g. nhn-cs"))
        layout.addRow(self.tr("&Domain:"), self.domain)
        self._error_row(self.domain, self.tr("Domain problem"))
        self.custom_url = self._line(self.tr("Custom URL"), "https://")
        layout.addRow(self.tr("Custom U&RL:"), self.custom_url)
        self._error_row(self.custom_url, self.tr("Custom URL problem"))

        self.base_url = QLabel(self)
        self.base_url.setAccessibleName(self.tr("Resulting address"))
        self.base_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addRow(self.tr("Address:"), self.base_url)

        self.service_id = self._line(self.tr("Service ID"), self.tr("e.g. APISimple"))
        layout.addRow(self.tr("&Service ID:"), self.service_id)
        self._error_row(self.service_id, self.tr("Service ID problem"))
        self.organization_id = self._line(self.tr("Organization ID"), "AbcdE1fghIj23K4x")
        self.organization_id.setMaxLength(32)
        layout.addRow(self.tr("&Organization ID:"), self.organization_id)
        self.organization_hint = QLabel(self)
        self.organization_hint.setAccessibleName(self.tr("Organization ID hint"))
        layout.addRow("", self.organization_hint)
        self._error_row(self.organization_id, self.tr("Organization ID problem"))

        self.oucode = self._line(self.tr("Agent user code (optional)"), self.tr("optional"))
        layout.addRow(self.tr("A&gent user code:"), self.oucode)

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Content language"))
        for code, native in LANGUAGES:
            self.language.addItem(f"{native} ({code})", code)
        self.language.currentIndexChanged.connect(self._on_changed)
        layout.addRow(self.tr("Content &language:"), self.language)
        self.spam_blocking = QCheckBox(self.tr("Spam in&quiry blocking is on: warn before the limits"), self)
        self.spam_blocking.setAccessibleName(self.tr("The service blocks spam"))
        self.spam_blocking.setToolTip(
            self.tr("3 tickets a minute or 10 a day from one address are refused (1001/1002)")
        )
        self.spam_blocking.toggled.connect(self._on_changed)
        layout.addRow(self.tr("Spam protection:"), self.spam_blocking)

        self.api_key = self._line(self.tr("API key"))
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        self.show_key = QToolButton(self)
        self.show_key.setCheckable(True)
        self.show_key.setText(self.tr("Show"))
        self.show_key.setAccessibleName(self.tr("Show API key"))
        self.show_key.toggled.connect(self._on_show_key)
        key_row = QHBoxLayout()
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.api_key, 1)
        key_row.addWidget(self.show_key)
        layout.addRow(self.tr("API &key:"), key_row)
        key_label = layout.labelForField(key_row)
        if isinstance(key_label, QLabel):
            key_label.setBuddy(self.api_key)
        self.key_status = QLabel(self.tr("Not stored"), self)
        self.key_status.setAccessibleName(self.tr("API key status"))
        layout.addRow("", self.key_status)

        self.lookup = CallerLookupForm(ctx, lambda: str(self.language.currentData()), self.tabs)
        self.lookup.edited.connect(self._on_changed)
        self.tabs.addTab(self.lookup, self.tr("&Caller lookup"))
        self._update_derived()

    def _error_row(self, field: QWidget, accessible: str) -> None:
        """A red message under ``field``, shown only while that field has a problem."""
        label = QLabel(self)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setStyleSheet("color: #b91c1c;")
        label.setContentsMargins(0, -5, 0, 0)  # right under its field, not half a row away
        self._layout.addRow("", label)
        self._layout.setRowVisible(label, False)
        self._errors[field] = label

    def _line(self, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_changed)
        return edit

    # -- values ----------------------------------------------------------------------------
    @property
    def profile_id(self) -> str:
        return self._profile_id

    def set_profile(self, profile: ConnectionProfile, api_key: str = "") -> None:
        """Show ``profile``; the key field gets ``api_key`` (masked)."""
        self._loading = True
        try:
            self._profile_id = profile.profile_id
            self._loaded = profile
            self.name.setText(profile.name)
            self.environment.setCurrentIndex(max(0, self.environment.findData(profile.environment.value)))
            self.domain.setText(profile.domain)
            self.custom_url.setText(profile.custom_url)
            self.service_id.setText(profile.service_id)
            self.organization_id.setText(profile.organization_id)
            self.oucode.setText(profile.oucode)
            index = self.language.findData(profile.language)
            self.language.setCurrentIndex(index if index >= 0 else 0)
            self.spam_blocking.setChecked(profile.spam_blocking)
            self.api_key.setText(api_key)
            self.show_key.setChecked(False)
            self.lookup.set_config(profile.caller_lookup, profile.profile_id)
        finally:
            self._loading = False
        self._update_derived()

    def profile(self) -> ConnectionProfile:
        """The profile as currently typed (may be invalid: see ``problems``): the loaded one
        with the fields of this form changed, so nothing it does not show is lost."""
        values = {
            "name": self.name.text().strip(),
            "service_id": self.service_id.text().strip(),
            "organization_id": self.organization_id.text().strip(),
            "environment": Environment(self.environment.currentData()),
            "domain": self.domain.text().strip(),
            "custom_url": self.custom_url.text().strip(),
            "oucode": self.oucode.text().strip(),
            "language": str(self.language.currentData()),
            "profile_id": self._profile_id,
            "caller_lookup": self.lookup.config(),
            "spam_blocking": self.spam_blocking.isChecked(),
        }
        if self._loaded is None:
            return ConnectionProfile(**values)  # type: ignore[arg-type]
        return self._loaded.with_changes(**values)

    def key_text(self) -> str:
        return self.api_key.text().strip()

    def set_key_text(self, key: str) -> None:
        self._loading = True
        try:
            self.api_key.setText(key)
        finally:
            self._loading = False

    def set_key_status(self, text: str) -> None:
        self.key_status.setText(text)

    # The caller lookup's security key (keyring only, saved by the dialog with the profile).
    def lookup_key_text(self) -> str:
        return self.lookup.key_text()

    def set_lookup_key_text(self, key: str) -> None:
        self.lookup.set_key_text(key)

    def lookup_key_change(self) -> str | None:
        """For ``save_profile_with_key(lookup_key=…)``: the key, "" to delete, None unchanged."""
        return self.lookup.key_change()

    def lookup_key_dirty(self) -> bool:
        return self.lookup.key_dirty()

    def lookup_key_saved(self, location: KeyLocation | None, failed: bool) -> None:
        self.lookup.key_saved(location, failed)

    def problems(self, *, connection_only: bool = False) -> list[tuple[QWidget, str]]:
        """What must be fixed before saving (``connection_only``: before a connection test, so
        without the name and the caller lookup): (widget to focus, translated message), in form
        order. When the first one is on the other tab, that tab is shown (so the widget can take
        the focus)."""
        out = self._connection_problems(with_name=not connection_only)
        if not connection_only:
            out += self.lookup.problems()
        if out:
            first = out[0][0]
            on_lookup = first is self.lookup or self.lookup.isAncestorOf(first)
            self.tabs.setCurrentIndex(self.tabs.indexOf(self.lookup) if on_lookup else 0)
        return out

    def _connection_problems(self, *, with_name: bool) -> list[tuple[QWidget, str]]:
        out: list[tuple[QWidget, str]] = []
        if with_name and not self.name.text().strip():
            out.append((self.name, self.tr("Enter a name for this profile.")))
        env = Environment(self.environment.currentData())
        problem = self.profile().base_url_problem()
        if problem is not None:
            widget = self.custom_url if env is Environment.CUSTOM else self.domain
            out.append((widget, self._url_problem(env, problem)))
        if not self.service_id.text().strip():
            out.append((self.service_id, self.tr("Enter the service ID.")))
        if not ORG_ID_RE.fullmatch(self.organization_id.text().strip()):
            out.append(
                (self.organization_id, self.tr("The organization ID has exactly 16 letters and digits."))
            )
        return out

    def show_problems(self, problems: list[tuple[QWidget, str]]) -> None:
        """Every problem under its own field at once (the caller lookup's stay on its page);
        every other field's message goes away."""
        wanted = dict(problems)
        for field, label in self._errors.items():
            text = wanted.get(field, "")
            label.setText(text)
            self._layout.setRowVisible(label, bool(text))

    def shown_problems(self) -> list[str]:
        """The messages under the fields now, in form order."""
        return [label.text() for label in self._errors.values() if label.text()]

    def _refresh_problems(self) -> None:
        """An edit clears (or rewords) the messages of fields already marked, never adds any."""
        marked = {field for field, label in self._errors.items() if label.text()}
        if marked:
            self.show_problems([(w, t) for w, t in self._connection_problems(with_name=True) if w in marked])

    def _url_problem(self, env: Environment, detail: str) -> str:
        if env is not Environment.CUSTOM:
            return self.tr("Enter the Contiple domain: letters, digits and hyphens (e.g. nhn-cs).")
        if "plain http" in detail:
            return self.tr("Plain http is allowed only for this computer; use an https address.")
        return self.tr("Enter a web address that starts with https://")

    # -- live updates ----------------------------------------------------------------------
    @Slot()
    def _on_changed(self) -> None:
        self._update_derived()
        if self._loading:
            self.show_problems([])
        else:
            self._refresh_problems()
            self.edited.emit()

    @Slot(bool)
    def _on_show_key(self, shown: bool) -> None:
        self.api_key.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_key.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.show_key.setAccessibleName(self.tr("Hide API key") if shown else self.tr("Show API key"))

    def _update_derived(self) -> None:
        custom = Environment(self.environment.currentData()) is Environment.CUSTOM
        self.custom_url.setEnabled(custom)
        self.domain.setEnabled(not custom)
        self._layout.setRowVisible(self.custom_url, custom)  # only the environment that uses it
        self._layout.setRowVisible(self.domain, not custom)
        url = self.profile().base_url_or_none()
        self.base_url.setText(url if url is not None else self.tr("(incomplete)"))
        org = self.organization_id.text().strip()
        if not org or ORG_ID_RE.fullmatch(org):
            self.organization_hint.setText(
                self.tr("16 letters and digits (Global Management \u2192 Contract Service Status).")
            )
        else:
            self.organization_hint.setText(
                self.tr("%1 of 16 characters; only letters and digits are allowed.").replace(
                    "%1", str(len(org))
                )
            )
