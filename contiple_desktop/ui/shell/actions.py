"""The one actions table: every menu command with its id, text, shortcut, menu and handler.

Menus, the keyboard-shortcuts dialog and the tests all read ``ACTIONS``; nothing else creates
a QAction for the shell. ``menu`` is a path ("View/Content language"); ``handler`` is the name
of a method on the main window, called with ``arg`` when one is given. Texts are English
source strings (context "Actions"), translated when the QActions are built.

Work-area commands (Search, Refresh, Submit, Attach files, the jump-to keys) are window-wide
actions that the main window dispatches to the *current* panel (``ui.shell.work_area.WorkArea``);
panels bind no shortcuts of their own, so no key is ever ambiguous. The Call menu (New call, Next
caller, Follow up on the newest open ticket, Insert call summary, Call notes) is carried out by
``ui.shell.call_commands.CallCommands``. ``alternates`` are extra keys for the same
action (Ctrl+Enter on the keypad next to Ctrl+Return).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from contiple_desktop.i18n import QT_TRANSLATE_NOOP

_C = "Actions"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command. ``group`` makes exclusive checkable items (radio-style)."""

    id: str
    text: str
    shortcut: str
    menu: str
    handler: str
    arg: str | None = None
    group: str | None = None
    alternates: tuple[str, ...] = ()


MENUS: dict[str, str] = {
    "File": QT_TRANSLATE_NOOP("Actions", "&File"),
    "Go": QT_TRANSLATE_NOOP("Actions", "&Go"),
    "Call": QT_TRANSLATE_NOOP("Actions", "&Call"),
    "View": QT_TRANSLATE_NOOP("Actions", "&View"),
    "View/Content language": QT_TRANSLATE_NOOP("Actions", "&Content language"),
    "View/Interface language": QT_TRANSLATE_NOOP("Actions", "&Interface language"),
    "Tools": QT_TRANSLATE_NOOP("Actions", "&Tools"),
    "Help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}

LANGUAGE_NAMES = {"ko": "한국어", "en": "English", "ja": "日本語"}

def _spec(
    id: str, text: str, shortcut: str, menu: str, handler: str, arg: str | None = None
) -> ActionSpec:
    return ActionSpec(id, text, shortcut, menu, handler, arg)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("submit", QT_TRANSLATE_NOOP("Actions", "&Submit ticket / send follow-up"), "Ctrl+Return",
               "File", "submit_area", alternates=("Ctrl+Enter",)),
    _spec("attach_files", QT_TRANSLATE_NOOP("Actions", "&Attach files\u2026"), "Ctrl+Shift+A", "File",
          "attach_files"),
    _spec("profiles", QT_TRANSLATE_NOOP("Actions", "Connection &profiles\u2026"), "Ctrl+,", "File",
          "show_profiles"),
    _spec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q", "File", "close"),
    _spec("go_helpcenter", QT_TRANSLATE_NOOP("Actions", "&Help Center"), "Ctrl+1", "Go", "go",
          "helpcenter"),
    _spec("go_ticket", QT_TRANSLATE_NOOP("Actions", "&New ticket"), "Ctrl+2", "Go", "go", "ticket"),
    _spec("go_history", QT_TRANSLATE_NOOP("Actions", "Customer hi&story"), "Ctrl+3", "Go", "go",
          "history"),
    _spec("find_caller", QT_TRANSLATE_NOOP("Actions", "&Find caller\u2026"), "Ctrl+L", "Go",
          "find_caller"),
    _spec("search", QT_TRANSLATE_NOOP("Actions", "Search in this &area"), "Ctrl+F", "Go", "focus_search"),
    _spec("ticket_caller", QT_TRANSLATE_NOOP("Actions", "Ticket &caller"), "Ctrl+Shift+U", "Go",
          "focus_ticket_caller"),
    _spec("ticket_type", QT_TRANSLATE_NOOP("Actions", "Ticket inquiry &type"), "Ctrl+Shift+T", "Go",
          "focus_ticket_type"),
    _spec("new_call", QT_TRANSLATE_NOOP("Actions", "New &call"), "Ctrl+N", "Call", "new_call"),
    _spec("next_caller", QT_TRANSLATE_NOOP("Actions", "&Next caller"), "Ctrl+Shift+N", "Call", "next_caller"),
    _spec("follow_up_newest", QT_TRANSLATE_NOOP("Actions", "&Follow up on the newest open ticket"),
          "Ctrl+Shift+O", "Call", "follow_up_newest"),
    _spec("insert_call_summary", QT_TRANSLATE_NOOP("Actions", "&Insert call summary"), "Ctrl+Shift+I",
          "Call", "insert_call_summary"),
    _spec("call_notes", QT_TRANSLATE_NOOP("Actions", "Call n&otes"), "Ctrl+Shift+M", "Call",
          "focus_call_notes"),
    _spec("refresh", QT_TRANSLATE_NOOP("Actions", "&Refresh"), "F5", "View", "refresh_area"),
    *(
        ActionSpec(f"content_lang_{code}", name, "", "View/Content language", "set_content_language",
                   code, "content_lang")
        for code, name in LANGUAGE_NAMES.items()
    ),
    *(
        ActionSpec(f"ui_lang_{code}", name, "", "View/Interface language", "set_interface_language",
                   code, "ui_lang")
        for code, name in LANGUAGE_NAMES.items()
    ),
    # -- the desk (issue 13): outbox, watch list, templates, reply snippets (ui/desk/shell.py)
    _spec("outbox", QT_TRANSLATE_NOOP("Actions", "&Outbox\u2026"), "Ctrl+Shift+B", "Tools", "desk", "outbox"),
    _spec("watched", QT_TRANSLATE_NOOP("Actions", "&Watched tickets\u2026"), "", "Tools", "desk", "watched"),
    _spec("latest_update", QT_TRANSLATE_NOOP("Actions", "&Latest ticket update"), "Ctrl+Shift+W", "Tools",
          "desk", "latest_update"),
    _spec("apply_template", QT_TRANSLATE_NOOP("Actions", "Apply &template\u2026"), "Ctrl+T", "Tools", "desk",
          "apply_template"),
    _spec("save_template", QT_TRANSLATE_NOOP("Actions", "&Save form as template\u2026"), "", "Tools", "desk",
          "save_template"),
    _spec("manage_templates", QT_TRANSLATE_NOOP("Actions", "&Manage templates\u2026"), "", "Tools", "desk",
          "manage_templates"),
    _spec("insert_snippet", QT_TRANSLATE_NOOP("Actions", "Insert reply s&nippet\u2026"), "Ctrl+Shift+S",
          "Tools", "desk", "insert_snippet"),
    _spec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "F1", "Help",
          "show_shortcuts"),
    _spec("copy_diagnostics", QT_TRANSLATE_NOOP("Actions", "Copy &diagnostics"), "", "Help",
          "copy_diagnostics"),
    _spec("about", QT_TRANSLATE_NOOP("Actions", "&About Contiple Desktop"), "", "Help", "show_about"),
)


@dataclass(frozen=True, slots=True)
class LocalKey:
    """A key that only works inside one work area's widget (no menu entry, never window-wide,
    so it cannot clash with ``ACTIONS``); listed by the keyboard-shortcuts dialog."""

    keys: tuple[str, ...]
    text: str
    area: str


LOCAL_KEYS: tuple[LocalKey, ...] = (
    LocalKey(("Alt+Left", "Backspace"), QT_TRANSLATE_NOOP("Actions", "Back to the previous document"),
             QT_TRANSLATE_NOOP("Actions", "Help Center")),
    LocalKey(("Return",), QT_TRANSLATE_NOOP("Actions", "Open the selected document or ticket"),
             QT_TRANSLATE_NOOP("Actions", "Lists")),
    LocalKey(("Alt+U",), QT_TRANSLATE_NOOP("Actions", "Customer user code"),
             QT_TRANSLATE_NOOP("Actions", "Customer history")),
    LocalKey(("Return",), QT_TRANSLATE_NOOP("Actions", "In the user code or phone: look the caller up"),
             QT_TRANSLATE_NOOP("Actions", "New ticket")),
    LocalKey(("Escape",), QT_TRANSLATE_NOOP("Actions", "Fold the inquiry types away again"),
             QT_TRANSLATE_NOOP("Actions", "New ticket")),
)


DESK = "desk"
"""Handler of the Tools entries: the window's ``ui.desk.shell.DeskShell`` runs them (``arg``)."""


def _desk_command(owner: QObject, command: str | None) -> Callable[..., None]:
    def run(*_: object) -> None:
        from contiple_desktop.ui.desk.shell import desk_shell

        desk = desk_shell(owner)
        if desk is not None and command is not None:
            desk.run(command)

    return run


def action_text(spec: ActionSpec) -> str:
    if spec.group is not None:  # language names are shown in their own language
        return spec.text
    return QCoreApplication.translate(_C, spec.text)


def menu_title(path: str) -> str:
    return QCoreApplication.translate(_C, MENUS[path])


_CJK_MNEMONIC = re.compile(r"\s*[(\uff08]&[^&\s][)\uff09]")  # "파일(&F)", "ファイル(&F)"


def plain(text: str) -> str:
    """Menu text without the mnemonic marker and ellipsis (for accessible names and lists):
    "&File" is "File", and the Korean/Japanese "파일(&F)" is "파일", not "파일(F)"."""
    text = _CJK_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("\u2026")


def build_menus(
    menubar: QMenuBar, owner: QObject, resolve: Callable[[ActionSpec], Callable[..., None]]
) -> dict[str, QAction]:
    """Create the menus and QActions for ``ACTIONS`` in table order; returns actions by id."""
    menus: dict[str, QMenu] = {}
    groups: dict[str, QActionGroup] = {}
    actions: dict[str, QAction] = {}

    def menu_for(path: str) -> QMenu:
        if path in menus:
            return menus[path]
        parent_path, _, _ = path.rpartition("/")
        title = menu_title(path)
        menu = menu_for(parent_path).addMenu(title) if parent_path else menubar.addMenu(title)
        menu.setObjectName(f"menu:{path}")
        menu.setAccessibleName(plain(title))
        menus[path] = menu
        return menu

    for spec in ACTIONS:
        menu = menu_for(spec.menu)
        action = QAction(action_text(spec), owner)
        action.setObjectName(f"action:{spec.id}")
        if spec.shortcut:
            keys = [QKeySequence(k) for k in (spec.shortcut, *spec.alternates)]
            action.setShortcuts(keys)
            action.setShortcutVisibleInContextMenu(True)
        if spec.group is not None:
            action.setCheckable(True)
            group = groups.get(spec.group)
            if group is None:
                group = groups[spec.group] = QActionGroup(owner)
                group.setExclusive(True)
            group.addAction(action)
        if spec.id == "quit":
            action.setMenuRole(QAction.MenuRole.QuitRole)
        elif spec.id == "about":
            action.setMenuRole(QAction.MenuRole.AboutRole)
        action.triggered.connect(resolve(spec) if spec.handler != DESK else _desk_command(owner, spec.arg))
        menu.addAction(action)
        separated = ("attach_files", "profiles", "find_caller", "next_caller", "refresh", "latest_update",
                     "manage_templates")  # fmt: skip
        if spec.id in separated:
            menu.addSeparator()
        actions[spec.id] = action
    return actions
