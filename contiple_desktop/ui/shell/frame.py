"""The main window's widgets and where they sit: sidebar (brand, navigation) | banner, header,
work-area stack | status bar. ``MainWindow`` builds this once (at once, or in steps right after
its first frame: ``frame_stages``) and keeps the parts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop import APP_NAME
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.desk.shell import DeskShell
from contiple_desktop.ui.shell.demo_banner import DemoBanner
from contiple_desktop.ui.shell.navigation import NavigationList
from contiple_desktop.ui.shell.status_bar import ShellStatusBar
from contiple_desktop.ui.shell.style import HEADER_SHEET, SIDEBAR_SHEET, STATUS_SHEET


class CurrentPageStack(QStackedWidget):
    """The work areas, as small as the *shown* one allows (a ``QStackedWidget`` needs the largest
    page's minimum: the Help Center's lists kept the New ticket area from fitting a 683 px wide
    screen). Signals: QStackedWidget's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._page_changed)

    @Slot(int)
    def _page_changed(self, _index: int) -> None:
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())


class ShellLayout(QHBoxLayout):
    """The shell's top layout (sidebar | content) inside the shell's scroll area: its height for a
    width is the *least* height the shell needs at that width. A scroll area that resizes its
    widget asks a height-for-width widget for that height and scrolls when the window is
    shorter; Qt's box layout answers with its preferred height, so one wrapped error message
    under the follow-up made the whole shell scroll at 1366×768 and hid the Send button below the
    window. With the least height the shell fills the window, and still scrolls where wrapped
    text could not fit otherwise (1366×768 at 200 %). Signals: none."""

    _asking = False  # Qt's minimumHeightForWidth calls heightForWidth to fill its cache

    def heightForWidth(self, width: int) -> int:
        if self._asking:
            return super().heightForWidth(width)
        self._asking = True
        try:
            return self.minimumHeightForWidth(width)
        finally:
            self._asking = False


@dataclass(eq=False)
class ShellParts:
    navigation: NavigationList
    banner: DemoBanner
    header: QLabel
    stack: QStackedWidget
    status: ShellStatusBar


FRAME_STAGES = 3
"""``frame_stages`` yields this many times; the last yield is the ``ShellParts``."""


def finish_frame(stages: Iterator[ShellParts | None]) -> ShellParts:
    """Run what is left of ``stages``; the parts."""
    parts = None
    for parts in stages:  # noqa: B007  # the last one is the result
        pass
    assert parts is not None, "frame_stages ended before its parts"
    return parts


def frame_stages(window: QMainWindow, ctx: AppContext) -> Iterator[ShellParts | None]:
    """The shell's widgets in three stages, each a GUI step of its own at start-up (the window
    runs all but the last one before it needs the parts): the sidebar and stack, the banner and
    the scrolling body, the status bar with the desk's parts. Yields None, None, the parts."""
    stack = CurrentPageStack(window)
    stack.setObjectName("work-area")
    navigation = NavigationList(window)
    header = QLabel(window)
    header.setObjectName("area-header")
    header.setAccessibleName(QCoreApplication.translate("MainWindow", "Current work area"))
    header.setStyleSheet(HEADER_SHEET)

    sidebar = QFrame(window)
    sidebar.setObjectName("sidebar")
    sidebar.setStyleSheet(SIDEBAR_SHEET)  # the shell's sheets sit on their widgets (style.py)
    brand = QLabel(APP_NAME, sidebar)
    brand.setObjectName("brand")
    side = QVBoxLayout(sidebar)
    side.setContentsMargins(10, 16, 10, 10)
    side.setSpacing(12)
    side.addWidget(brand)
    side.addWidget(navigation, 1)
    yield None

    banner = DemoBanner(window)
    content = QWidget(window)
    content.setObjectName("content")
    body = QVBoxLayout(content)
    body.setContentsMargins(0, 0, 0, 0)
    body.setSpacing(0)
    body.addWidget(banner)
    header_box = QVBoxLayout()
    header_box.setContentsMargins(18, 14, 18, 4)
    header_box.addWidget(header)
    body.addLayout(header_box)
    stack_box = QVBoxLayout()
    stack_box.setContentsMargins(10, 0, 10, 6)
    stack_box.addWidget(stack, 1)
    body.addLayout(stack_box, 1)

    root = QWidget(window)
    layout = ShellLayout(root)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(sidebar)
    layout.addWidget(content, 1)
    # On a screen smaller than the shell's minimum (1366×768 at 200 %: 683×384 logical pixels)
    # the whole shell scrolls instead of the window growing past the screen; otherwise no
    # scroll bar shows and nothing changes.
    scroller = QScrollArea(window)
    scroller.setObjectName("shell-scroller")
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setWidgetResizable(True)
    scroller.setWidget(root)
    window.setCentralWidget(scroller)
    yield None
    status = ShellStatusBar(ctx.session, ctx.runner, window, link=ctx.link)
    status.setStyleSheet(STATUS_SHEET)
    window.setStatusBar(status)
    DeskShell(window, ctx, status, navigation)  # the outbox count, watch badge, Tools (ui/desk/shell.py)
    yield ShellParts(navigation, banner, header, stack, status)
