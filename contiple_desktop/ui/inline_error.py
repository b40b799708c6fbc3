"""The one inline error of every area: icon, plain words, Retry where it helps, details on demand.

``InlineError.show_error(exc, retry=…, context=…)`` words ``exc`` with ``ui.error_text.describe``
(title, message, what to do). It never opens a window and never takes the focus: errors the agent
did not just cause (background loads, refreshes, polls) are shown where the data would have been.

* **Retry** shows when a ``retry`` callable is given and trying again can help (the network, a
  busy or failing server); a refusal that needs an administrator (key, IP, clock) or a document
  that does not exist gets no Retry. Enter or Space on the focused button retries.
* **Busy** (``RetryLaterError``, 503 with ``Retry-After``): the message counts down and the
  widget retries by itself when the time has come (once per failure).
* **Details** (collapsed) shows the redacted facts (type, endpoint, HTTP status, result code)
  as selectable text for IT, with **Copy details** (``CopyDetailsButton``) beside them, as the
  hints say.

``error_icon(widget, size)`` is the same warning icon for other inline messages (the ticket
form's result banner).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop import errors
from contiple_desktop.domain.privacy import mask_personal
from contiple_desktop.log import redact
from contiple_desktop.ui.error_text import describe

BACKGROUND, BORDER, TEXT = "#fce8e6", "#d93025", "#3c1512"
"""The error's colours: painted by ``InlineError.paintEvent`` and set in its labels' palettes.
No style sheet: a sheet on a widget puts its whole subtree behind Qt's style-sheet style,
which made each error (most are never shown) cost twice as much to build."""


def error_icon(widget: QWidget, size: int = 20) -> QPixmap:
    """The warning icon every inline error shows."""
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)


RETRY_LOOKUP = frozenset({
    errors.CallerLookupReason.SERVER_ERROR, errors.CallerLookupReason.MALFORMED,
    errors.CallerLookupReason.TIMEOUT, errors.CallerLookupReason.NETWORK,
})  # fmt: skip


def can_retry(exc: BaseException) -> bool:
    """Whether trying the same request again may help (network, busy or failing server)."""
    if isinstance(exc, errors.CallerLookupError):
        return exc.reason in RETRY_LOOKUP
    return isinstance(exc, (errors.TransportError, errors.ServerError, errors.SecretStoreError))


def details_text(exc: BaseException) -> str:
    """Redacted ``key: value`` lines for "Details" (no key, no signature, no phone number)."""
    facts: dict[str, object] = (
        exc.details() if isinstance(exc, errors.ContipleError) else {"type": type(exc).__name__}
    )
    lines = [f"{k}: {v}" for k, v in facts.items() if v not in (None, "")]
    return mask_personal(redact("\n".join(lines)))


class CopyDetailsButton(QPushButton):
    """"Copy details": puts ``source``'s text (the redacted details) on the clipboard, as the
    error hints ask ("use Copy details and send the text to your IT support"); says "Copied"
    until ``reset``. Shown with the details. Signals: QPushButton's."""

    def __init__(self, source: QLabel, parent: QWidget) -> None:
        super().__init__(self.tr("Copy details"), parent)
        self.setAccessibleName(self.tr("Copy details"))
        self.setAutoDefault(False)
        self.setFlat(True)
        self.setVisible(False)
        self._source = source
        self.clicked.connect(self.copy)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._source.text())
        self.setText(self.tr("Copied"))

    def reset(self) -> None:
        self.setText(self.tr("Copy details"))


class InlineError(QFrame):
    """An error shown in place. Hidden until ``show_error``.

    Signals:
        retried(): Retry was pressed (or the busy countdown ended) and ``retry`` was called.
    """

    retried = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("inline-error")
        self.setAccessibleName(name or self.tr("Error"))
        self.setFrameShape(QFrame.Shape.NoFrame)  # the border is painted (``paintEvent``)
        self._retry: Callable[[], None] | None = None
        self._retry_at_ms = 0
        self._message = ""
        self._context = ""
        self.icon = QLabel(self)
        self.icon.setPixmap(error_icon(self))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self)
        self.title.setAccessibleName(self.tr("Error title"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Error message"))
        self.hint = QLabel(self)
        self.hint.setAccessibleName(self.tr("What to do"))
        self.details = QLabel(self)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setVisible(False)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        for label in (self.title, self.message, self.hint, self.details):
            label.setPalette(palette)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setAccessibleName(self.tr("Retry"))
        self.retry_button.setAutoDefault(False)
        self.details_button = QPushButton(self.tr("Details"), self)
        self.details_button.setAccessibleName(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.setFlat(True)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        for label in (self.title, self.message, self.hint):
            texts.addWidget(label)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.copy_button = CopyDetailsButton(self.details, self)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)

        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self.retry_button.clicked.connect(self.retry)
        self.details_button.toggled.connect(self._toggle_details)
        self.setVisible(False)

    # -- public ----------------------------------------------------------------------------------
    def show_error(
        self, exc: BaseException, *, retry: Callable[[], None] | None = None, context: str = ""
    ) -> None:
        """Show ``exc``; ``context`` ("Could not load: %1") wraps its message."""
        text = describe(exc)
        message = context.replace("%1", text.message) if context else text.message
        self._message = mask_personal(message)  # never a caller's phone number or e-mail
        self._context = context
        self.title.setText(mask_personal(text.title))
        self.message.setText(self._message)
        self.hint.setText(mask_personal(text.hint))
        self.hint.setVisible(bool(text.hint))
        self.details.setText(details_text(exc))
        self.details_button.setChecked(False)
        self._retry = retry if retry is not None and can_retry(exc) else None
        self.retry_button.setVisible(self._retry is not None)
        self._retry_at_ms = exc.retry_at_ms if isinstance(exc, errors.RetryLaterError) else 0
        if self._retry_at_ms and self._retry is not None:
            self._countdown.start()
            self._tick()
        else:
            self._countdown.stop()
        self.setAccessibleDescription(" ".join(t for t in (text.title, self._message, text.hint) if t))
        self.setVisible(True)

    def clear(self) -> None:
        """Hide the error (the data arrived, or the view moved on)."""
        self._countdown.stop()
        self._retry = None
        self.setVisible(False)

    @property
    def text(self) -> str:
        """The shown message (with its context)."""
        return self.message.text() if not self.isHidden() else ""

    @Slot()
    def retry(self) -> None:
        """Try again now (Retry, or the end of a busy countdown)."""
        action = self._retry
        if action is None:
            return
        self._countdown.stop()
        action()
        self.retried.emit()

    # -- internals -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.setBrush(QColor(BACKGROUND))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)

    @Slot()
    def _tick(self) -> None:
        left_ms = self._retry_at_ms - QDateTime.currentMSecsSinceEpoch()
        if left_ms <= 0:
            self.retry()
            return
        seconds = max(1, (left_ms + 999) // 1000)
        waiting = self.tr("Trying again in %n s\u2026", "", seconds)  # instead of "try again in…"
        self.message.setText(self._context.replace("%1", waiting) if self._context else waiting)

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.copy_button.reset()
        self.copy_button.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Details"))
