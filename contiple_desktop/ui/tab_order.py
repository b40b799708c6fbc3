"""Tab order for widgets built after their window: Qt appends new widgets to the end of the
window's focus chain, so a form generated at run time must be put back in reading order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

_TAB_POLICIES = frozenset(
    {Qt.FocusPolicy.TabFocus, Qt.FocusPolicy.StrongFocus, Qt.FocusPolicy.WheelFocus}
)  # the policies with TabFocus: a set lookup, not a Python flag operation per widget


def tab_stops(root: QWidget) -> list[QWidget]:
    """Widgets under ``root`` that Tab visits, parents before children.

    A container with a focus proxy (a checkbox group) is visited too: Tab lands on its proxy.
    """
    window = root.window()

    def visited(w: QWidget) -> bool:
        proxy = w.focusProxy()
        if proxy is not None:  # a container handing focus to a child, not a viewport to its view
            return w.isAncestorOf(proxy)
        return w.focusPolicy() in _TAB_POLICIES

    return [
        w for w in root.findChildren(QWidget)
        if visited(w) and w.window() is window  # not a combo box's popup list
    ]  # fmt: skip


def set_tab_order(order: Sequence[QWidget]) -> None:
    """Chain ``order`` as given, one widget at a time.

    ``setTabOrder`` skips NoFocus widgets and moves a proxied container together with its
    children, so containers get a plain Tab focus policy meanwhile and keep their own place.
    """
    saved = {w: (w.focusProxy(), w.focusPolicy()) for w in order if w.focusProxy() is not None}
    for w in saved:
        w.setFocusProxy(None)  # type: ignore[arg-type]  # None clears it (Qt API)
        w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
    for w, (proxy, policy) in saved.items():
        w.setFocusPolicy(policy)
        w.setFocusProxy(proxy)  # type: ignore[arg-type]
