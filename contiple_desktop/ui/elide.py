"""Eliding that keeps the useful end of a text: inquiry paths lose their middle, not their leaf.

``ElideDelegate(ElideLeft)`` for a view column ("…결제 오류 > 카드 승인 실패"); the model gives
the full text as ``Qt.ToolTipRole``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class ElideDelegate(QStyledItemDelegate):
    """Paints its column's cells elided with ``mode`` instead of the view's. Signals: none."""

    def __init__(self, mode: Qt.TextElideMode, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = mode

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = self.mode  # type: ignore[attr-defined]
