"""The new-ticket panel's widgets and where they sit; the panel wires and drives them.

Banners on top (unsent drafts, submit result); a splitter with the inquiry-type picker, the
scrollable form and a side column; a bar with "Recent tickets", the draft status, "Discard
draft…" and "Submit ticket".

* The **picker** column is shown while no inquiry type is chosen (or the agent reopens it);
  once a type is chosen it folds away and the form starts with a one-line **breadcrumb** (the
  path and "Change…"), so the path is printed once and the form gets the width.
* The **form** column: breadcrumb, caller box, a status line (shown only when it says
  something), the text waiting for the Details field ("Insert into ticket" before a type was
  chosen), the generated fields.
* The **side** column: the call card (timer, identity, lookup notice, open tickets, notes) and
  the caller's recent tickets; hidden while there is neither a call nor a user code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.tasks.call_session import call_session
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachments import AttachmentTray
from contiple_desktop.ui.attachments.row import ElidedLabel
from contiple_desktop.ui.history.recent import RecentTicketsWidget
from contiple_desktop.ui.shell.style import mark_primary
from contiple_desktop.ui.steps import Stages
from contiple_desktop.ui.ticket.banners import DraftBanner, ResultBanner
from contiple_desktop.ui.ticket.call_view import CallCard
from contiple_desktop.ui.ticket.caller import CallerBox
from contiple_desktop.ui.ticket.form import TicketForm
from contiple_desktop.ui.ticket.type_picker import TypePicker

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterButton(QPushButton):
    """A push button that Enter/Return also presses (outside dialogs only Space does)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.isEnabled():
                self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class TicketLayout:
    """Builds the panel's widgets (children of ``panel``) and keeps references. Signals: none."""

    def build(self, ctx: AppContext, panel: QWidget) -> Stages:
        """Build the widgets in stages (the banners and picker, the form column, the call card,
        the recent tickets, the tray and the bar): ``yield`` between them (``ui/steps.next_stage``)."""
        outer = QVBoxLayout(panel)
        self.drafts = DraftBanner(panel)
        self.result = ResultBanner(panel)
        outer.addWidget(self.drafts)
        outer.addWidget(self.result)
        split = QSplitter(Qt.Orientation.Horizontal, panel)
        self.picker = TypePicker(split)
        self.picker.setMinimumWidth(220)
        yield
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(4, 0, 4, 4)
        col.setSpacing(6)
        self._build_breadcrumb(body)
        self.caller = CallerBox(body)
        self.type_label = QLabel(body)
        self.type_label.setWordWrap(True)
        self.type_label.setAccessibleName(QCoreApplication.translate("NewTicketPanel", "Form status"))
        self.type_label.hide()
        self.waiting = QLabel(body)
        self.waiting.setObjectName("waiting-text")
        self.waiting.setWordWrap(True)
        self.waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.waiting.setAccessibleName(
            QCoreApplication.translate("NewTicketPanel", "Text waiting to be inserted")
        )
        self.waiting.setStyleSheet(
            "QLabel#waiting-text { background: #e8f0fe; border: 1px solid #4285f4; border-radius: 4px;"
            " padding: 4px; }"
        )
        self.waiting.hide()
        self.form = TicketForm(body)
        col.addWidget(self.breadcrumb)
        col.addWidget(self.caller)
        col.addWidget(self.type_label)
        col.addWidget(self.waiting)
        col.addWidget(self.form)
        col.addStretch(1)
        self.scroll_area = QScrollArea(split)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its rows are the tab stops
        self.scroll_area.setWidget(body)
        # The form keeps its width as it grows (files added, a long type chosen): with the
        # scroll bar shown only when needed, its appearing narrowed and re-laid out every row
        # and repainted the whole column (~100 widgets, 20 ms). The body paints nothing of its
        # own, so a taller body repaints only what moved or is new.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        body.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        yield
        # The side column scrolls rather than squeezing its wrapped texts on a short screen.
        self.side = QScrollArea(split)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_body = QWidget()
        side = QVBoxLayout(side_body)
        side.setContentsMargins(0, 0, 0, 0)
        self.call_card = CallCard(call_session(ctx), side_body)
        yield
        self.recent = RecentTicketsWidget(ctx, side_body, limit=5, delay_ms=0)
        rows = self.recent.list  # takes the height that is left (three rows at least), not 192 px
        rows.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        rows.setMinimumHeight(rows.fontMetrics().lineSpacing() * 5)
        side.addWidget(self.call_card)
        side.addWidget(self.recent, 1)
        side.addStretch(0)  # takes the height while the recent list is hidden: the card stays compact
        self.side.setWidget(side_body)
        self.side.setMinimumWidth(220)
        yield
        split.addWidget(self.picker)
        split.addWidget(self.scroll_area)
        split.addWidget(self.side)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        split.setCollapsible(1, False)
        split.setSizes([260, 640, 260])
        self.splitter = split
        outer.addWidget(split, 1)
        self.tray = AttachmentTray(ctx, panel)
        self.tray.hide()
        bar = QHBoxLayout()
        self.status = QLabel(panel)
        self.status.setAccessibleName(QCoreApplication.translate("NewTicketPanel", "Draft status"))
        self.discard_button = QPushButton(
            QCoreApplication.translate("NewTicketPanel", "Discard draft…"), panel
        )
        self.discard_button.setAccessibleName(
            QCoreApplication.translate("NewTicketPanel", "Discard this ticket draft")
        )
        self.confirm_discard = QPushButton(
            QCoreApplication.translate("NewTicketPanel", "Really discard? Click to confirm"), panel
        )
        self.confirm_discard.setAccessibleName(
            QCoreApplication.translate("NewTicketPanel", "Confirm discarding this ticket draft")
        )
        self.confirm_discard.hide()
        self.submit_button = EnterButton(QCoreApplication.translate("NewTicketPanel", "Submit ticket"), panel)
        self.submit_button.setAccessibleName(QCoreApplication.translate("NewTicketPanel", "Submit ticket"))
        self.submit_button.setToolTip(QCoreApplication.translate("NewTicketPanel", "Submit (Ctrl+Enter)"))
        mark_primary(self.submit_button)  # the area's one primary action, drawn filled
        self.recent_toggle = QToolButton(panel)
        self.recent_toggle.setText(QCoreApplication.translate("NewTicketPanel", "Recent tickets"))
        self.recent_toggle.setAccessibleName(
            QCoreApplication.translate("NewTicketPanel", "Show the caller's recent tickets")
        )
        self.recent_toggle.setToolTip(
            QCoreApplication.translate(
                "NewTicketPanel", "Show or hide the caller's recent tickets beside the form"
            )
        )
        self.recent_toggle.setCheckable(True)
        self.recent_toggle.setChecked(True)
        bar.addWidget(self.recent_toggle)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.confirm_discard)
        bar.addWidget(self.submit_button)
        outer.addLayout(bar)

    def _build_breadcrumb(self, body: QWidget) -> None:
        """The chosen inquiry type in one line, and "Change…" to reopen the picker."""
        self.breadcrumb = QWidget(body)
        row = QHBoxLayout(self.breadcrumb)
        row.setContentsMargins(0, 0, 0, 0)
        self.type_path = ElidedLabel("", self.breadcrumb)  # one line: a wrapped one costs layout passes
        self.type_path.setAccessibleName(QCoreApplication.translate("NewTicketPanel", "Inquiry type"))
        self.type_path.setTextFormat(Qt.TextFormat.PlainText)
        font = self.type_path.font()
        font.setBold(True)
        self.type_path.setFont(font)
        self.change_type = QPushButton(
            QCoreApplication.translate("NewTicketPanel", "Change\u2026"), self.breadcrumb
        )
        self.change_type.setAccessibleName(
            QCoreApplication.translate("NewTicketPanel", "Change inquiry type")
        )
        self.change_type.setToolTip(
            QCoreApplication.translate("NewTicketPanel", "Choose another inquiry type (Ctrl+Shift+T)")
        )
        self.change_type.setAutoDefault(False)
        row.addWidget(self.type_path, 1)
        row.addWidget(self.change_type, 0, Qt.AlignmentFlag.AlignTop)
        self.breadcrumb.hide()
