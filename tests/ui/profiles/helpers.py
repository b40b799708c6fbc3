"""Finding and driving the profiles dialog the way a user does (accessible names, keys)."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from contiple_desktop.tasks.context import AppContext

W = TypeVar("W", bound=QWidget)


def by_name(root: QWidget, cls: type[W], name: str) -> W:
    """The one visible-or-not child of ``cls`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {cls.__name__} named {name!r}"
    return found[0]


def type_into(qtbot: QtBot, root: QWidget, name: str, text: str) -> None:
    edit = by_name(root, QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def wait_idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: all(lane.active_count == 0 for lane in ctx.lanes), timeout=10_000)


def using(ctx: AppContext, profiles: object, keys: object) -> AppContext:
    """``ctx`` with these stores (a test's own profile store and key store) as its services."""
    ctx.profiles = profiles  # type: ignore[assignment]
    ctx.keys = keys  # type: ignore[assignment]
    return ctx


def answer_message_box(qtbot: QtBot, button: QMessageBox.StandardButton) -> None:
    """Click ``button`` on the confirmation box the dialog opened (window-modal)."""

    def box() -> QMessageBox | None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                return w
        return None

    qtbot.waitUntil(lambda: box() is not None)
    found = box()
    assert found is not None
    found.button(button).click()


def files_containing(base: Path, secret: str) -> list[Path]:
    needle = secret.encode("utf-8")
    return [p for p in base.rglob("*") if p.is_file() and needle in p.read_bytes()]
