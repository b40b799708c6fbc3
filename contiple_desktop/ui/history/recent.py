"""``RecentTicketsWidget``: a caller's latest tickets, small enough to sit beside a form.

Embedding (e.g. in the new-ticket panel, next to the form)::

    from contiple_desktop.ui.history.recent import RecentTicketsWidget

    recent = RecentTicketsWidget(ctx, parent, limit=5)
    layout.addWidget(recent)
    usercode_edit.textChanged.connect(recent.set_usercode)   # debounced (400 ms) inside

The widget loads page 1 of ``customer_tickets`` sorted by ``updatedDt:desc`` on the runner
(newest wins per widget), shows status + subject + date, and offers "Open history", which emits
``ctx.bus.show_customer(usercode)``; activating a row emits ``ticket_activated`` and
``ctx.bus.show_ticket(usercode, ticket_id)`` (the history opens with that ticket shown).
``refresh()`` reloads (the new-ticket panel calls it on ``ctx.bus.ticket_created``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from contiple_desktop.domain.models import Page, TicketSummary
from contiple_desktop.errors import NotFoundError
from contiple_desktop.tasks import history_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.history_ops import TicketQuery
from contiple_desktop.ui.formatting import format_date, nowrap
from contiple_desktop.ui.history.status import status_label
from contiple_desktop.ui.inline_error import InlineError
from contiple_desktop.ui.shell.calm_style import plain_item_view
from contiple_desktop.ui.task_scope import TaskScope


class RecentTicketsWidget(QWidget):
    """The latest tickets of one caller.

    Signals:
        loaded(int): a list was shown; the argument is the caller's total ticket count.
        ticket_activated(str, str): (usercode, ticket_id) the agent activated a row.
    """

    loaded = Signal(int)
    ticket_activated = Signal(str, str)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, limit: int = 5, delay_ms: int = 400
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.limit = limit
        self.usercode = ""
        self._key = f"history:recent:{id(self)}"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Recent tickets of this caller"), self)
        self.title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.title)
        self.list = plain_item_view(QListWidget(self))
        self.list.setAccessibleName(self.tr("Recent tickets"))
        # a narrow side column: wrap long subjects instead of scrolling sideways
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.title.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Recent tickets status"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.error = InlineError(self, name=self.tr("Recent tickets error"))
        layout.addWidget(self.error)
        self.open_button = QPushButton(self.tr("Open history"), self)
        self.open_button.setAccessibleName(self.tr("Open history"))
        self.open_button.clicked.connect(self._open_history)
        layout.addWidget(self.open_button)
        self._guard = TaskScope(self, "history")
        self.set_usercode("")

    def set_usercode(self, usercode: str) -> None:
        """Show ``usercode``'s tickets after a short pause in typing (empty clears)."""
        code = usercode.strip()
        if code == self.usercode and self.list.count():
            return
        self.error.clear()
        self.usercode = code
        self.open_button.setEnabled(bool(code))
        if not code:
            self._timer.stop()
            self.ctx.runner.cancel_key(self._key)
            self.list.clear()
            self.message.setText(self.tr("Enter a user code to see the caller's tickets."))
            return
        self.message.setText(self.tr("Loading\u2026"))
        self._timer.start()

    def refresh(self) -> None:
        code = self.usercode
        if not code:
            return
        self._guard.track(
            history_ops.load_ticket_page(
                self.ctx,
                TicketQuery(usercode=code, sort="updatedDt:desc"),
                1,
                self.limit,
                on_success=lambda page: self._show(code, page),
                on_failure=lambda exc: self._failed(code, exc),
                key=self._key,
            )
        )

    def _show(self, code: str, page: Page[TicketSummary]) -> None:
        if code != self.usercode:
            return
        self.error.clear()
        self.list.clear()
        for t in page.items:
            when = nowrap(format_date(t.updated_ms or t.created_ms))  # "2026. 11. 12." on one line
            item = QListWidgetItem(f"[{status_label(t.status, t.status_name)}] {t.subject} \u00b7 {when}")
            item.setData(Qt.ItemDataRole.UserRole, t.ticket_id)
            item.setToolTip(f"{t.ticket_id}\n{t.category_full_name}")
            self.list.addItem(item)
        if page.items:
            self.message.setText(self.tr("%n ticket(s) in total", "", page.total))
        else:
            self.message.setText(self.tr("No earlier tickets for %1.").replace("%1", code))
        self.loaded.emit(page.total)

    def _failed(self, code: str, exc: BaseException) -> None:
        if code != self.usercode:
            return
        self.list.clear()
        if isinstance(exc, NotFoundError):
            self.message.setText(self.tr("No earlier tickets for %1.").replace("%1", code))
            self.loaded.emit(0)
            return
        self.message.setText("")  # the inline error says it, with Retry
        self.error.show_error(exc, retry=self.refresh)

    def _activated(self, item: QListWidgetItem) -> None:
        ticket_id = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if ticket_id and self.usercode:
            self.ticket_activated.emit(self.usercode, ticket_id)
            self.ctx.bus.show_ticket.emit(self.usercode, ticket_id)

    def _open_history(self) -> None:
        if self.usercode:
            self.ctx.bus.show_customer.emit(self.usercode)
