"""Building a form's rows without stalling the GUI thread: chunks of a few milliseconds.

``RowBuilder.start`` builds and shows the first chunk at once (the first screenful of rows, about
six), and ``build_through`` builds and shows up to a given row at once (whoever names a row
may focus it or scroll to it right away); the rest follow on a zero timer, one step per
event-loop turn, in a cycle of three:

1. *build* a chunk — as many rows as fit in the budget — into a hidden container;
2. *insert* it into the form;
3. *settle*: Qt shows, polishes and lays the chunk out at the start of this turn (posted events
   come before timers), so this step does nothing else but measure it.

Each is a GUI step of its own, so a key press waits for one of them, never for a build and a
layout together.

Why it is cheap as well: a chunk joins the form as one hidden container, so Qt shows and lays
out each row once (adding rows one by one to a visible layout re-lays out the whole form per
row); every row label gets the same width, so the chunks line up as one form; and once the first
chunk is laid out, the form reserves its estimated final height, so later chunks do not resize
(and repaint) everything around the form. The budget adapts: the next build may take as long
as the last chunk's show and layout allow within ``STEP_MS``. A rebuild frees the old rows one
chunk per turn, too. Each later chunk's Tab stops are chained right after the rows above it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.tab_order import set_tab_order, tab_stops
from contiple_desktop.ui.ticket.field_base import FieldWidget, field_title

FIRST_CHUNK_MS = 3.0
"""Build budget of the first chunk (built and inserted inside ``start``). It shares its GUI step
with the caller's own work (the panel attaches the tray and chains Tab) and with the chunk's
show, layout and first paint, which cost about as much again: 3 ms build about six rows, the
first screenful (the next chunk is on screen a few turns later)."""
STEP_MS = 6.0
"""What one later GUI step may cost: a chunk's build, or its show and layout. Measured steps
overshoot it (a late paint or timer in the same turn), so it keeps well below one 16 ms frame."""
MAX_CHUNK_MS = 5.0
MIN_CHUNK_MS = 1.0
LABEL_CHARS = 28
"""Row labels share one width: the widest title, at most this many average characters (longer
titles wrap)."""

MakeRow = Callable[[FieldDefinition, int, QWidget], FieldWidget]


def label_text(defn: FieldDefinition) -> str:
    title = field_title(defn)
    return f"{title} *" if defn.required and defn.problem is None else title


def _next_tab_stop(widget: QWidget) -> QWidget | None:
    """The next widget after ``widget`` in the focus chain that Tab could land on."""
    w = widget.nextInFocusChain()
    while w is not None and w is not widget:
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return w
        w = w.nextInFocusChain()
    return None


class RowBuilder(QObject):
    """Builds rows for ``host`` (a widget whose ``layout`` gets one container of all rows).

    Signals:
        built(): every row exists and is in the form (after the last chunk).
        inserted(list): a chunk of rows joined the form; the argument is its Tab stops, top to
            bottom (owners set up the new rows' inputs here, a chunk at a time).
    """

    built = Signal()
    inserted = Signal(list)

    def __init__(self, host: QWidget, layout: QVBoxLayout, make_row: MakeRow) -> None:
        super().__init__(host)
        self._host = host
        self._host_layout = layout
        self._make_row = make_row
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self.rows: list[FieldDefinition] = []
        self.next = 0  # rows built so far
        self._body: QWidget | None = None
        self._body_layout: QVBoxLayout | None = None
        self._staged: QWidget | None = None  # built, not inserted yet
        self._retired: list[QWidget] = []  # old rows, freed one chunk per turn
        self._label_width = 0
        self._wrapped: set[int] = set()
        self._last_stop: QWidget | None = None  # the last Tab stop of the rows inserted so far
        self._built_ms = 0.0  # build time of the last chunk
        self._inserted_at = 0.0
        self._shown_ms = 0.0  # what the last chunk's show and layout took
        self._reserved = False
        self._announced = False
        self._settling = False

    # -- the form's calls ------------------------------------------------------------------
    def start(self, rows: Sequence[FieldDefinition]) -> None:
        """Replace every row: build and show the first chunk now, the rest in later turns."""
        self._timer.stop()
        self._staged = None  # a child of the old rows: freed with them
        self.rows = list(rows)
        self.next = 0
        self._last_stop = None
        self._reserved = self._announced = False
        self._settling = True
        self._shown_ms = 0.0
        start = time.perf_counter()
        self._measure_labels()
        self._replace_body()  # hiding hundreds of old rows takes a while: the first chunk waits
        spent = (time.perf_counter() - start) * 1000
        self._insert(self._build(max(MIN_CHUNK_MS, FIRST_CHUNK_MS - spent)))
        if self._body is not None:
            self._host_layout.addWidget(self._body)
            if self._host.isVisible():  # now, not at the next turn: the caller may focus a row
                self._body.show()
        self._after_step()

    def is_built(self) -> bool:
        return self.next >= len(self.rows) and self._staged is None

    def build_through(self, index: int) -> None:
        """Make rows up to ``index`` exist and be in the form, synchronously."""
        if self._staged is not None and index >= 0:
            self._insert(self._staged, show=True)
        if index >= self.next:
            self._insert(self._build(None, until=index), show=True)
        self._after_step()

    # -- steps -----------------------------------------------------------------------------
    @Slot()
    def _tick(self) -> None:
        if self._settling:  # the inserted chunk was shown and laid out at this turn's start
            self._settling = False
            if self._reserved:  # (the first chunk's show also pays for the first paint)
                self._shown_ms = (time.perf_counter() - self._inserted_at) * 1000
            self._reserve_height()
        elif self._staged is not None:
            self._insert(self._staged)
            self._settling = True
        elif self.next < len(self.rows):
            self._staged = self._build(self._next_budget())
        elif self._retired:
            self._retired.pop(0).deleteLater()
        self._after_step()

    def _after_step(self) -> None:
        done = self.is_built()
        if done and self._body is not None and self._body.minimumHeight():
            self._body.setMinimumHeight(0)  # the reservation is no longer needed
        if done and not self._retired:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()
        if done and not self._announced:
            self._announced = True
            self.built.emit()

    def _next_budget(self) -> float:
        """Neither the next build nor its show/layout (proportional to the build, as measured
        for the last chunk) may exceed STEP_MS."""
        built = max(self._built_ms, 0.5)
        return min(MAX_CHUNK_MS, max(MIN_CHUNK_MS, STEP_MS * built / max(built, self._shown_ms)))

    def _reserve_height(self) -> None:
        """Hold the estimated final height once the first chunk is laid out: a form that grows
        with every chunk resizes (and repaints) everything around it each time."""
        body, layout = self._body, self._body_layout
        if self._reserved or body is None or layout is None or not 0 < self.next < len(self.rows):
            return
        self._reserved = True
        item = layout.itemAt(0)
        first = item.widget() if item is not None else None
        if first is not None:
            body.setMinimumHeight(body.height() + first.height() * (len(self.rows) - self.next) // self.next)

    def _replace_body(self) -> None:
        """A new container for the rows (it joins the form once its first chunk is in)."""
        old = self._body
        if old is not None:
            old.hide()
            old.setParent(None)  # out of the tree at once (findChildren, focus chain)
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            self._retired += [*old.findChildren(QWidget, options=direct), old]
        body = QWidget(self._host)
        body.setObjectName("ticket-form-rows")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)  # chunks go above it: a reserved height stays below the rows
        self._body, self._body_layout = body, layout  # joins the host once its first chunk is in

    def _measure_labels(self) -> None:
        metrics = self._host.fontMetrics()
        widths = [metrics.horizontalAdvance(label_text(d)) + 2 for d in self.rows]
        self._label_width = min(max(widths, default=0), metrics.averageCharWidth() * LABEL_CHARS)
        self._wrapped = {i for i, w in enumerate(widths) if w > self._label_width}

    def _build(self, budget_ms: float | None, until: int = -1) -> QWidget:
        """A hidden container with the next rows: ``budget_ms`` worth, or through ``until``."""
        start = time.perf_counter()
        chunk = QWidget(self._body)  # hidden until inserted: shown and laid out once
        layout = QFormLayout(chunk)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        width, wrapped, make_row = self._label_width, self._wrapped, self._make_row
        while self.next < len(self.rows):
            index = self.next
            defn = self.rows[index]
            widget = make_row(defn, index, chunk)
            label = QLabel(chunk)
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles are plain text (the parser strips tags)
            label.setText(label_text(defn))
            label.setFixedWidth(width)
            if index in wrapped:
                label.setWordWrap(True)
            label.setAlignment(top_left)
            label.setBuddy(widget.input_widget())
            layout.addRow(label, widget)
            self.next = index + 1
            if budget_ms is None:
                if index >= until:
                    break
            elif (time.perf_counter() - start) * 1000 >= budget_ms:
                break
        self._built_ms = (time.perf_counter() - start) * 1000
        return chunk

    def _insert(self, chunk: QWidget, *, show: bool = False) -> None:
        """Add a built chunk below the rows; ``show`` shows it at once (else Qt does at the
        start of the next turn)."""
        self._staged = None
        body_layout = self._body_layout
        if body_layout is None:
            return
        if body_layout.count() == 1:  # only the stretch so far
            form_layout = chunk.layout()
            if isinstance(form_layout, QFormLayout):
                body_layout.setSpacing(form_layout.verticalSpacing())
        body_layout.insertWidget(body_layout.count() - 1, chunk)
        if show and self._host.isVisible():  # (showing a hidden form's rows would only
            chunk.show()  # polish and lay them out early)
        stops = tab_stops(chunk)
        if stops:
            if self._last_stop is not None and _next_tab_stop(self._last_stop) is not stops[0]:
                # something was created since the rows above (new widgets join the end of the
                # window's focus chain): chain this chunk right after them
                set_tab_order([self._last_stop, *stops])
            self._last_stop = stops[-1]
            self.inserted.emit(stops)
        self._inserted_at = time.perf_counter()
