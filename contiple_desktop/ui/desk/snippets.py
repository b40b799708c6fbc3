"""Reply snippets: Help Center answers kept as plain text, inserted into a follow-up.

``SnippetPicker`` lists the profile's snippets in a ``TypeAheadPicker``
(``domain.snippets.matching_snippets``: title first, then text) and hands the chosen text to
an insert function — the follow-up composer's ``insert_text`` (its "Reply snippet…" button,
``SnippetButton``), or ``Bus.request_insert`` (Tools ▸ Insert reply snippet, which the shell
routes to the active editor). Snippets are saved from a Help Center answer ("Save as reply
snippet", ``ui.helpcenter.detail``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from contiple_desktop.domain.snippets import Snippet, matching_snippets
from contiple_desktop.tasks import template_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.template_ops import SnippetList
from contiple_desktop.ui.desk.picker import Entry, TypeAheadPicker
from contiple_desktop.ui.task_scope import TaskScope

Insert = Callable[[str], bool]


class SnippetPicker(QObject):
    """Loads the snippets and shows the picker.

    Signals:
        inserted(str): a snippet's title was inserted; not_inserted(): no editor took it.
    """

    inserted = Signal(str)
    not_inserted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host = parent
        self.tasks = TaskScope(self, "snippets")
        self.snippets: list[Snippet] = []
        self.picker: TypeAheadPicker | None = None
        self._insert: Insert = lambda _text: False

    def open(self, anchor: QWidget, insert: Insert) -> None:
        """Show the picker over ``anchor``; the chosen text goes to ``insert``."""
        self._insert = insert

        def loaded(result: SnippetList) -> None:
            self.snippets = result.snippets
            self._show(anchor)

        self.tasks.track(
            template_ops.load_snippets(
                self.ctx, on_success=loaded, on_failure=lambda _exc: self._show(anchor)
            )
        )

    def _show(self, anchor: QWidget) -> None:
        if self.picker is None:
            self.picker = TypeAheadPicker(
                self.tr("Insert a reply snippet"), self.tr("Type to find a snippet"), self.host
            )
            self.picker.chosen.connect(self._chosen)
        self.picker.set_source(
            self._entries,
            self.tr(
                "No reply snippets yet. Open a Help Center answer and choose "
                "\u201cSave as reply snippet\u201d."
            ),
        )
        self.picker.popup(anchor)

    def _entries(self, typed: str) -> list[Entry]:
        return [
            (s.title, s.text[:120].replace("\n", " "), s) for s in matching_snippets(self.snippets, typed)
        ]

    @Slot(object)
    def _chosen(self, snippet: object) -> None:
        if not isinstance(snippet, Snippet):
            return
        if self._insert(snippet.text):
            self.inserted.emit(snippet.title)
        else:
            self.not_inserted.emit()


class SnippetButton(QPushButton):
    """ "Reply snippet…" beside "Send follow-up". Signals: clicked() (QPushButton's)."""

    def __init__(self, ctx: AppContext, insert: Insert, parent: QWidget) -> None:
        super().__init__(self.tr("Reply s&nippet\u2026"), parent)
        self.setAccessibleName(self.tr("Insert a reply snippet"))
        self.setToolTip(self.tr("Insert a saved Help Center answer (Ctrl+Shift+S)"))
        self.setAutoDefault(False)
        self.picker = SnippetPicker(ctx, parent)
        self.clicked.connect(lambda: self.picker.open(parent, insert))
