"""Inline banners of the new-ticket panel: submit results and the draft-restore offer.

Both are inline (no modal dialogs) so an agent on the phone keeps typing; confirmations
(discarding a draft) are an inline second step.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.drafts import DamagedDraft, Draft
from contiple_desktop.ui.inline_error import CopyDetailsButton, can_retry, details_text, error_icon
from contiple_desktop.ui.shell.calm_style import plain_item_view

_STYLES = {
    "success": "QFrame#result-banner { background: #e6f4ea; border: 1px solid #34a853; border-radius: 4px; }",
    "error": "QFrame#result-banner { background: #fce8e6; border: 1px solid #d93025; border-radius: 4px; }",
    "info": "QFrame#result-banner { background: #e8f0fe; border: 1px solid #4285f4; border-radius: 4px; }",
}


def _button(text: str, parent: QWidget, accessible: str | None = None) -> QPushButton:
    b = QPushButton(text, parent)
    b.setAccessibleName(accessible or text)
    b.setAutoDefault(False)
    return b


class ResultBanner(QFrame):
    """What happened to the last submit.

    Signals:
        show_history(str): the agent wants the customer's history (user code).
        send_again(): the agent chose to send the same ticket again after an unclear failure.
    """

    show_history = Signal(str)
    send_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("result-banner")
        self.setAccessibleName(self.tr("Submit result"))
        self.kind = ""
        self._usercode = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.icon = QLabel(self)  # the inline error's icon, shown for errors
        self.icon.setPixmap(error_icon(self))
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Submit result message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.message, 1)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.ticket_id = QLineEdit(self)
        self.ticket_id.setReadOnly(True)
        self.ticket_id.setAccessibleName(self.tr("Ticket ID"))
        font = self.ticket_id.font()
        font.setBold(True)
        self.ticket_id.setFont(font)
        sample = "T0000000000000WWWWW"
        self.ticket_id.setMinimumWidth(self.ticket_id.fontMetrics().horizontalAdvance(sample) + 24)
        self.copy_button = _button(self.tr("Copy"), self, self.tr("Copy ticket ID"))
        self.history_button = _button(self.tr("Show customer history"), self)
        self.again_button = _button(self.tr("Send again"), self)
        self.retry_button = _button(self.tr("Retry"), self)  # a load that failed (types, form)
        self._retry: Callable[[], None] | None = None
        self.close_button = _button("\u00d7", self, self.tr("Close message"))
        self.close_button.setFlat(True)
        self._extras: tuple[QWidget, ...] = (
            self.ticket_id, self.copy_button, self.history_button, self.again_button, self.retry_button,
        )  # fmt: skip
        for w in self._extras:
            row.addWidget(w)
        row.addStretch(1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.details_button = _button(self.tr("Details"), self)  # as in every inline error
        self.details_button.setCheckable(True)
        self.details_button.setFlat(True)
        row.addWidget(self.details_button)
        layout.addLayout(row)
        self.details = QLabel(self)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.copy_details_button = CopyDetailsButton(self.details, self)
        layout.addWidget(self.copy_details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button.clicked.connect(self.copy_ticket_id)
        self.history_button.clicked.connect(lambda: self.show_history.emit(self._usercode))
        self.again_button.clicked.connect(self.send_again)
        self.retry_button.clicked.connect(self._retry_now)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def _show(self, kind: str, text: str) -> None:
        self.kind = kind
        if self.styleSheet() != _STYLES[kind]:  # setting it re-polishes the banner's widgets
            self.setStyleSheet(_STYLES[kind])
        self.message.setText(text)
        self.icon.setVisible(kind == "error")
        for w in self._extras:
            w.hide()
        self._retry = None
        self.details_button.setChecked(False)
        self.details_button.hide()
        self.details.hide()
        self.copy_details_button.hide()
        self.show()

    def show_success(self, ticket_id: str, usercode: str, note: str = "") -> None:
        text = self.tr("Ticket %1 was created. Read the ID back to the caller.").replace("%1", ticket_id)
        self._show("success", f"{text} {note}".strip())
        self._usercode = usercode
        self.ticket_id.setText(ticket_id)
        self.ticket_id.show()
        self.copy_button.show()
        self.history_button.setVisible(bool(usercode))

    def show_error(
        self,
        text: str,
        *,
        offer_send_again: bool = False,
        error: BaseException | None = None,
        retry: Callable[[], None] | None = None,
    ) -> None:
        """An error; with ``error`` its facts are one "Details" click away; with ``retry`` (a load
        that failed and may work again) a Retry button runs it."""
        self._show("error", text)
        self.again_button.setVisible(offer_send_again)
        if error is not None:
            self.details.setText(details_text(error))
            self.details_button.show()
        self._retry = retry if retry is not None and (error is None or can_retry(error)) else None
        self.retry_button.setVisible(self._retry is not None)

    def _retry_now(self) -> None:
        action, self._retry = self._retry, None
        self.hide()  # shown again if it fails again
        if action is not None:
            action()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.copy_details_button.reset()
        self.copy_details_button.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Details"))

    def show_info(self, text: str) -> None:
        self._show("info", text)

    def copy_ticket_id(self) -> None:
        QGuiApplication.clipboard().setText(self.ticket_id.text())


def _when(ms: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ms / 1000)) if ms else ""


class DraftBanner(QFrame):
    """Offers unsent ticket drafts found at start-up, and says which draft files were damaged.

    A damaged file is never deleted: the store moved it aside, and the banner names the place
    ("One draft could not be read. It was kept in …") so nothing is silently lost. One draft is
    a one-line offer ("Unsent draft: caller — subject — time" with Restore / Discard… / Later);
    only several are listed to choose from.

    Signals:
        restore_requested(object): restore this ``Draft``.
        discard_requested(object): the agent confirmed discarding this ``Draft``.
    """

    restore_requested = Signal(object)
    discard_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft-banner")
        self.setAccessibleName(self.tr("Unsent drafts"))
        self.setStyleSheet(
            "QFrame#draft-banner { background: #fef7e0; border: 1px solid #f9ab00; border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.damaged_note = QLabel(self)
        self.damaged_note.setWordWrap(True)
        self.damaged_note.setAccessibleName(self.tr("Damaged drafts"))
        self.damaged_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.damaged_note.hide()
        layout.addWidget(self.damaged_note)
        self.damaged: list[DamagedDraft] = []
        self.list = plain_item_view(QListWidget(self))
        self.list.setAccessibleName(self.tr("Unsent drafts list"))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.offer = QLabel(self)  # one draft: the whole offer on the buttons' line
        self.offer.setAccessibleName(self.tr("Unsent draft"))
        self.offer.setTextFormat(Qt.TextFormat.PlainText)
        self.offer.setWordWrap(True)  # a long subject takes a second line, never the window's width
        row.addWidget(self.offer, 10)
        self.restore_button = _button(self.tr("Restore"), self, self.tr("Restore draft"))
        self.discard_button = _button(self.tr("Discard…"), self, self.tr("Discard draft"))
        self.later_button = _button(self.tr("Later"), self, self.tr("Hide drafts"))
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(self.later_button)
        layout.addLayout(row)
        self.confirm = QFrame(self)
        confirm_row = QHBoxLayout(self.confirm)
        confirm_row.setContentsMargins(0, 0, 0, 0)
        self.confirm_label = QLabel(self.tr("Discard the selected draft for good? This cannot be undone."))
        self.confirm_yes = _button(self.tr("Discard"), self.confirm, self.tr("Confirm discard"))
        self.confirm_no = _button(self.tr("Keep"), self.confirm, self.tr("Keep draft"))
        confirm_row.addWidget(self.confirm_label, 1)
        confirm_row.addWidget(self.confirm_yes)
        confirm_row.addWidget(self.confirm_no)
        layout.addWidget(self.confirm)
        self.confirm.hide()
        self.restore_button.clicked.connect(self._restore)
        self.list.itemActivated.connect(lambda _i: self._restore())
        self.discard_button.clicked.connect(self._ask_discard)
        self.confirm_yes.clicked.connect(self._discard)
        self.confirm_no.clicked.connect(self.confirm.hide)
        self.later_button.clicked.connect(self._later)
        self.hide()

    def set_drafts(self, drafts: list[Draft]) -> None:
        self.list.clear()
        for d in drafts:
            caller = d.summary.get("caller") or self.tr("(no caller)")
            subject = d.summary.get("subject") or self.tr("(no subject)")
            item = QListWidgetItem(f"{caller} \u2014 {subject} \u2014 {_when(d.updated_ms)}")
            item.setData(Qt.ItemDataRole.UserRole, d)
            item.setToolTip(d.summary.get("type", ""))
            self.list.addItem(item)
        if drafts:
            self.list.setCurrentRow(0)
            self.title.setText(
                self.tr(
                    "%n unsent ticket draft(s) found. Restore one to continue where you left off.",
                    "",
                    len(drafts),
                )
            )
        self._fit_list()
        self.confirm.hide()
        self._update_visibility()

    def _fit_list(self) -> None:
        """As tall as its rows (up to four), so one draft takes one line."""
        rows = min(4, self.list.count())
        row_height = self.list.sizeHintForRow(0) if rows else 0
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() if rows else 0)

    def _update_visibility(self) -> None:
        count = self.list.count()
        for w in (self.restore_button, self.discard_button):
            w.setVisible(count > 0)
        self.title.setVisible(count > 1)  # several: the count, and the list to choose from
        self.list.setVisible(count > 1)
        only = self.list.item(0) if count == 1 else None
        self.offer.setVisible(only is not None)
        if only is not None:
            self.offer.setText(self.tr("Unsent draft: %1").replace("%1", only.text()))
            self.offer.setToolTip(only.toolTip())
        self.setVisible(count > 0 or bool(self.damaged))

    def add_damaged(self, damaged: list[DamagedDraft]) -> None:
        """Say which draft files could not be read and where each one was kept."""
        known = {d.kept_at for d in self.damaged}
        self.damaged.extend(d for d in damaged if d.kept_at not in known)
        if not self.damaged:
            self.damaged_note.hide()
            self._update_visibility()
            return
        places = ", ".join(str(d.kept_at) for d in self.damaged)
        text = self.tr(
            "%n draft(s) could not be read (the file is damaged). Nothing was deleted: "
            "it was kept in %1 for your IT support.",
            "",
            len(self.damaged),
        ).replace("%1", places)
        self.damaged_note.setText(text)
        self.damaged_note.show()
        self._update_visibility()

    def _later(self) -> None:
        self.damaged = []  # the agent has read it; the files stay where they were kept
        self.damaged_note.hide()
        self.hide()

    def selected(self) -> Draft | None:
        item = self.list.currentItem()
        draft = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return draft if isinstance(draft, Draft) else None

    def _restore(self) -> None:
        draft = self.selected()
        if draft is not None:
            self._remove_current()
            self.restore_requested.emit(draft)

    def _ask_discard(self) -> None:
        if self.selected() is not None:
            self.confirm.show()
            self.confirm_no.setFocus()

    def _discard(self) -> None:
        draft = self.selected()
        self.confirm.hide()
        if draft is not None:
            self._remove_current()
            self.discard_requested.emit(draft)

    def _remove_current(self) -> None:
        self.list.takeItem(self.list.currentRow())
        self._fit_list()
        self._update_visibility()
