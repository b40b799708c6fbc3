"""Manage templates: rename, delete, import and export (a small non-modal window).

Tools ▸ Manage templates. Templates are plain JSON per connection profile; a team lead exports
a set and each desk imports it (merged by name, or replacing the current set). An import is
checked whole first: any problem refuses the file, names the template and field, and leaves
the current templates as they were. The file dialogs are non-blocking (``QFileDialog.open``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.templates import (
    ImportIssue,
    ImportMode,
    ImportProblem,
    ImportResult,
    Template,
    TemplateFileError,
)
from contiple_desktop.i18n import QT_TRANSLATE_NOOP
from contiple_desktop.tasks import template_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.template_ops import TemplateList
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.formatting import fill
from contiple_desktop.ui.shell.calm_style import plain_item_view
from contiple_desktop.ui.shell.windowing import resize_for_screen
from contiple_desktop.ui.task_scope import TaskScope

_C = "TemplateManager"
ISSUES = {
    ImportIssue.UNREADABLE: QT_TRANSLATE_NOOP("TemplateManager", "the file cannot be read or is not JSON"),
    ImportIssue.TOO_LARGE: QT_TRANSLATE_NOOP("TemplateManager", "the file is too large"),
    ImportIssue.NOT_A_TEMPLATE_FILE: QT_TRANSLATE_NOOP("TemplateManager", "it is not a template file"),
    ImportIssue.UNSUPPORTED_VERSION: QT_TRANSLATE_NOOP("TemplateManager", "it was made by a newer version"),
    ImportIssue.WRONG_SHAPE: QT_TRANSLATE_NOOP("TemplateManager", "a value is missing or of the wrong kind"),
    ImportIssue.DUPLICATE_NAME: QT_TRANSLATE_NOOP("TemplateManager", "two templates have the same name"),
    ImportIssue.TOO_MANY: QT_TRANSLATE_NOOP("TemplateManager", "it holds too many templates"),
}
FILE_FILTER = QT_TRANSLATE_NOOP("TemplateManager", "Template files (*.json)")


def problem_text(problem: ImportProblem) -> str:
    """ "template 3, field values.subject: a value is missing or of the wrong kind"."""
    what = QCoreApplication.translate(_C, ISSUES[problem.issue])
    where = []
    if problem.index is not None:
        where.append(fill(QCoreApplication.translate("TemplateManager", "template %1"), problem.index + 1))
    if problem.field:
        where.append(fill(QCoreApplication.translate("TemplateManager", "field %1"), problem.field))
    return f"{', '.join(where)}: {what}" if where else what


class TemplateManager(QWidget):
    """The profile's templates. Signals: apply_requested(object): apply this ``Template`` now."""

    apply_requested = Signal(object)

    def __init__(
        self, ctx: AppContext, type_name: Callable[[int], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.type_name = type_name or (lambda _cid: "")
        self.tasks = TaskScope(self, "template-manager")
        self.templates: list[Template] = []
        self.dialog: QFileDialog | None = None
        self.setObjectName("template-manager")
        self.setWindowTitle(self.tr("Templates"))
        self.setAccessibleName(self.tr("Templates"))
        resize_for_screen(self, 640, 460)
        layout = QVBoxLayout(self)
        self.list = plain_item_view(QListWidget(self))
        self.list.setAccessibleName(self.tr("Template list"))
        layout.addWidget(self.list, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Templates message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        rename = QHBoxLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("New template name"))
        self.rename_button = self._button(self.tr("&Rename"), self.tr("Rename template"))
        rename.addWidget(self.name_edit, 1)
        rename.addWidget(self.rename_button)
        layout.addLayout(rename)
        row = QHBoxLayout()
        self.apply_button = self._button(self.tr("&Apply to the form"), self.tr("Apply template to the form"))
        self.delete_button = self._button(self.tr("&Delete\u2026"), self.tr("Delete template"))
        self.confirm_delete = self._button(
            self.tr("Really delete? Click to confirm"), self.tr("Confirm delete")
        )
        self.confirm_delete.hide()
        self.import_button = self._button(self.tr("&Import\u2026"), self.tr("Import templates"))
        self.replace_box = QCheckBox(self.tr("Imp&ort replaces all my templates"), self)
        self.replace_box.setAccessibleName(self.tr("Import replaces all my templates"))
        self.export_button = self._button(self.tr("&Export\u2026"), self.tr("Export templates"))
        for button in (self.apply_button, self.delete_button, self.confirm_delete):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        files = QHBoxLayout()  # a row of its own: both rows fit a 683 px wide screen (200 %)
        files.addWidget(self.import_button)
        files.addWidget(self.replace_box)
        files.addStretch(1)
        files.addWidget(self.export_button)
        layout.addLayout(files)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.list.itemActivated.connect(lambda _i: self._apply())
        self.rename_button.clicked.connect(self._rename)
        self.name_edit.returnPressed.connect(self._rename)
        self.apply_button.clicked.connect(self._apply)
        self.delete_button.clicked.connect(self._ask_delete)
        self.confirm_delete.clicked.connect(self._delete)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.reload()

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    # -- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        def loaded(result: TemplateList) -> None:
            self.show_templates(result.templates)

        self.tasks.track(template_ops.load_templates(self.ctx, on_success=loaded, on_failure=self._failed))

    def show_templates(self, templates: list[Template]) -> None:
        current = self.current()
        self.templates = templates
        self.list.clear()
        for template in templates:
            kind = self.type_name(template.category_id) or fill(
                self.tr("inquiry type %1"), template.category_id
            )
            item = QListWidgetItem(f"{template.name}\n{kind} \u00b7 {template.subject}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, template.template_id)
            if current is not None and template.template_id == current.template_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if not templates:
            self.message.setText(
                self.tr("No templates yet. Fill in a form and choose Tools \u25b8 Save form as template.")
            )
        self._selected()

    def current(self) -> Template | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((t for t in self.templates if t.template_id == wanted), None)

    def select(self, name: str) -> bool:
        for row, template in enumerate(self.templates):
            if template.name == name:
                self.list.setCurrentRow(row)
                return True
        return False

    def _selected(self) -> None:
        template = self.current()
        self.confirm_delete.hide()
        self.name_edit.setText(template.name if template is not None else "")
        for widget in (self.name_edit, self.rename_button, self.apply_button, self.delete_button):
            widget.setEnabled(template is not None)
        self.export_button.setEnabled(bool(self.templates))

    # -- changes ---------------------------------------------------------------------------
    @Slot()
    def _rename(self) -> None:
        template, name = self.current(), self.name_edit.text().strip()
        if template is None or not name or name == template.name:
            return
        if any(t.name.casefold() == name.casefold() and t is not template for t in self.templates):
            self.message.setText(fill(self.tr("A template named \u201c%1\u201d exists already."), name))
            return
        self._save(replace(template, name=name))

    def _save(self, template: Template) -> None:
        def saved(templates: list[Template]) -> None:
            self.show_templates(templates)
            self.select(template.name)
            self.message.setText(fill(self.tr("Renamed to \u201c%1\u201d."), template.name))

        self.tasks.track(
            template_ops.save_template(self.ctx, template, on_success=saved, on_failure=self._failed)
        )

    @Slot()
    def _apply(self) -> None:
        template = self.current()
        if template is not None:
            self.apply_requested.emit(template)

    @Slot()
    def _ask_delete(self) -> None:
        if self.current() is not None:
            self.confirm_delete.show()
            self.confirm_delete.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _delete(self) -> None:
        template = self.current()
        self.confirm_delete.hide()
        if template is None:
            return

        def deleted(templates: list[Template]) -> None:
            self.show_templates(templates)
            self.message.setText(fill(self.tr("Deleted \u201c%1\u201d."), template.name))

        self.tasks.track(
            template_ops.delete_template(
                self.ctx, template.template_id, on_success=deleted, on_failure=self._failed
            )
        )

    # -- files -----------------------------------------------------------------------------
    def _file_dialog(
        self, title: str, mode: QFileDialog.AcceptMode, done: Callable[[str], None]
    ) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("template-file-dialog")
        dialog.setAcceptMode(mode)
        dialog.setNameFilter(QCoreApplication.translate(_C, FILE_FILTER))
        dialog.setDefaultSuffix("json")
        if mode is QFileDialog.AcceptMode.AcceptOpen:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.fileSelected.connect(done)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def ask_import(self) -> QFileDialog:
        return self._file_dialog(
            self.tr("Import templates"), QFileDialog.AcceptMode.AcceptOpen, self.import_file
        )

    @Slot()
    def ask_export(self) -> QFileDialog:
        return self._file_dialog(
            self.tr("Export templates"), QFileDialog.AcceptMode.AcceptSave, self.export_file
        )

    def import_file(self, path: str) -> None:
        mode = ImportMode.REPLACE if self.replace_box.isChecked() else ImportMode.MERGE

        def imported(result: ImportResult) -> None:
            self.show_templates(result.templates)
            self.message.setText(
                fill(self.tr("Imported: %1 added, %2 replaced by name."), result.added, result.replaced)
            )

        self.tasks.track(
            template_ops.import_templates(
                self.ctx, Path(path), mode, on_success=imported, on_failure=self._failed
            )
        )

    def export_file(self, path: str) -> None:
        def exported(count: int) -> None:
            self.message.setText(self.tr("Exported %n template(s) to %1.", "", count).replace("%1", path))

        self.tasks.track(
            template_ops.export_templates(self.ctx, Path(path), on_success=exported, on_failure=self._failed)
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, TemplateFileError):
            problems = "; ".join(problem_text(p) for p in exc.problems[:5])
            self.message.setText(
                fill(
                    self.tr("This file cannot be imported (%1). Your templates were not changed."),
                    problems or "?",
                )
            )
            return
        text = describe(exc)
        self.message.setText(f"{text.title}: {text.message}".strip())
