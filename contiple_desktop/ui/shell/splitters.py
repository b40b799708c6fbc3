"""Splitter panes sized from the screen and remembered across runs (``ctx.settings``, by name).

``remember(splitter, settings, "history", (0.55, 0.45))`` restores the positions the agent left
(``QSplitter.saveState`` under ``splitters/<name>``); without them, the first time the splitter
has its real width the panes get ``fractions`` of it (each at least its minimum size), so a
1366 px window and a 1920 px one both start with sensible panes instead of fixed pixel sizes.
Every move the agent makes is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QSplitter


class SplitterSettings(Protocol):
    def splitter_state(self, name: str) -> bytes: ...
    def set_splitter_state(self, name: str, state: bytes) -> None: ...


def fractional_sizes(total: int, fractions: Sequence[float], minimums: Sequence[int]) -> list[int]:
    """``total`` split by ``fractions``, each pane at least its minimum (taken from the others)."""
    weight = sum(fractions) or 1.0
    sizes = [max(int(total * f / weight), m) for f, m in zip(fractions, minimums, strict=True)]
    excess = sum(sizes) - total
    for i in sorted(range(len(sizes)), key=lambda i: -(sizes[i] - minimums[i])):
        if excess <= 0:
            break
        give = min(excess, sizes[i] - minimums[i])
        sizes[i] -= give
        excess -= give
    return sizes


class SplitterMemory(QObject):
    """Keeps one splitter's positions. Signals: none."""

    def __init__(
        self, splitter: QSplitter, settings: SplitterSettings, name: str, fractions: Sequence[float]
    ) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.settings = settings
        self.name = name
        self.fractions = tuple(fractions)
        self.preferred: dict[int, tuple[int, float]] = {}
        saved = settings.splitter_state(name)
        self._sized = bool(saved) and splitter.restoreState(QByteArray(saved))
        self._agent = self._sized  # the agent's own positions: never overridden
        if not self._sized:
            splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._moved)

    def _length(self) -> int:
        horizontal = self.splitter.orientation() == Qt.Orientation.Horizontal
        handles = self.splitter.handleWidth() * max(0, self.splitter.count() - 1)
        return (self.splitter.width() if horizontal else self.splitter.height()) - handles

    def _minimums(self) -> list[int]:
        horizontal = self.splitter.orientation() == Qt.Orientation.Horizontal
        found = []
        for i in range(self.splitter.count()):
            pane = self.splitter.widget(i)
            if pane is None:
                found.append(0)
                continue
            hint = pane.minimumSizeHint().expandedTo(pane.minimumSize())
            found.append(hint.width() if horizontal else hint.height())
        return found

    def size_from_fractions(self) -> None:
        length = self._length()
        if length <= 0 or self.splitter.count() != len(self.fractions):
            return
        minimums = self._minimums()
        sizes = fractional_sizes(length, self.fractions, minimums)
        for index, (pixels, cap) in self.preferred.items():
            want = min(pixels, int(length * cap))
            if want > sizes[index]:  # from the widest other pane, down to its minimum
                donor = max(
                    (i for i in range(len(sizes)) if i != index), key=lambda i: sizes[i] - minimums[i]
                )
                give = min(want - sizes[index], sizes[donor] - minimums[donor])
                sizes[index] += give
                sizes[donor] -= give
        self.splitter.setSizes(sizes)

    def prefer(self, index: int, pixels: int, cap: float) -> None:
        """Pane ``index`` would like ``pixels`` (its content's width), up to ``cap`` of the whole;
        applied unless the agent has placed the dividers."""
        self.preferred[index] = (pixels, cap)
        if self._sized and not self._agent:
            self.size_from_fractions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize and not self._sized:
            if self._length() > 0 and self.splitter.window().isVisible():
                self._sized = True
                self.splitter.removeEventFilter(self)
                self.size_from_fractions()
        return False

    @Slot(int, int)
    def _moved(self, _pos: int, _index: int) -> None:
        self._sized = self._agent = True
        self.settings.set_splitter_state(self.name, bytes(self.splitter.saveState().data()))


def remember(
    splitter: QSplitter, settings: SplitterSettings, name: str, fractions: Sequence[float]
) -> SplitterMemory:
    """Restore ``splitter`` by ``name`` (else size it by ``fractions`` once shown); save each move."""
    return SplitterMemory(splitter, settings, name, fractions)
