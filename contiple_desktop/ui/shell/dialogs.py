"""Help ▸ About, Help ▸ Keyboard shortcuts (generated from the actions table), the restart prompt."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop import APP_NAME, __version__
from contiple_desktop.ui.formatting import join_list
from contiple_desktop.ui.shell.actions import ACTIONS, LOCAL_KEYS, action_text, menu_title, plain
from contiple_desktop.ui.shell.calm_style import plain_item_view


class ShortcutsDialog(QDialog):
    """Lists every shortcut of the actions table. Signals: none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = [s for s in ACTIONS if s.shortcut]
        table = plain_item_view(QTableWidget(len(rows) + len(LOCAL_KEYS), 3, self))
        table.setAccessibleName(self.tr("Shortcut list"))
        table.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Command"), self.tr("Menu")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab reaches the Close button
        table.setAlternatingRowColors(True)
        for row, spec in enumerate(rows):
            keys = join_list(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                for k in (spec.shortcut, *spec.alternates)
            )
            menu = " \u25b8 ".join(plain(menu_title(p)) for p in _menu_chain(spec.menu))
            for col, text in enumerate((keys, plain(action_text(spec)), menu)):
                table.setItem(row, col, QTableWidgetItem(text))
        for row, local in enumerate(LOCAL_KEYS, start=len(rows)):
            keys = join_list(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in local.keys
            )
            where = QCoreApplication.translate("Actions", local.area)
            for col, text in enumerate((keys, QCoreApplication.translate("Actions", local.text), where)):
                table.setItem(row, col, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 380)


def _menu_chain(path: str) -> list[str]:
    parts = path.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


class AboutDialog(QDialog):
    """Name, version and the components it runs on. Signals: none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setAccessibleName(self.tr("About"))
        title = QLabel(f"<h2>{APP_NAME}</h2>", self)
        body = QLabel(
            self.tr(
                "Version %1<br><br>A workstation for help-desk agents on NHN Cloud Contiple: "
                "Help Center, tickets on behalf of callers and customer history.<br><br>"
                "Qt %2 \u00b7 PySide6 %3"
            )
            .replace("%1", __version__)
            .replace("%2", qVersion())
            .replace("%3", pyside_version),
            self,
        )
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


def show_restart_prompt(parent: QWidget) -> None:
    """View ▸ Interface language: the new language is used after a restart (non-modal)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Interface language"),
        QCoreApplication.translate(
            "MainWindow", "The new interface language is used after Contiple Desktop restarts."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("restart-prompt")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
