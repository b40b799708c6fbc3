"""Every error type becomes translated, actionable text: a title, a message and a hint.

The single error presenter and inline error labels (form fields, attachment rows) all use
``describe``; nothing else in the UI formats exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from contiple_desktop import errors as E


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorText", text)


@dataclass(frozen=True, slots=True)
class ErrorText:
    title: str
    message: str
    hint: str = ""


def describe(exc: BaseException) -> ErrorText:
    """Translated text for ``exc``; unknown exceptions get a generic, honest message."""
    if isinstance(exc, E.LocalFileError):
        return _describe_file_rule(exc.rule, exc.file_name)
    if isinstance(exc, E.UploadRejectedError):
        return _describe_file_rule(exc.rule, "")
    if isinstance(exc, E.ContipleError):
        return ErrorText(_tr("Something went wrong"), str(exc))
    return ErrorText(
        _tr("Unexpected error"),
        _tr("An unexpected error occurred: %1").replace("%1", type(exc).__name__),
        _tr("Use \u201cCopy details\u201d and send the text to your IT support."),
    )


def _describe_file_rule(rule: E.FileRule, file_name: str) -> ErrorText:
    messages = {
        E.FileRule.TOO_LARGE: _tr("Files must be smaller than 10 MB."),
        E.FileRule.NAME_TOO_LONG: _tr("File names must be shorter than 100 characters."),
        E.FileRule.EXTENSION: _tr("This file type cannot be attached."),
        E.FileRule.CONTENT: _tr("The file's content does not match its type, or it is damaged."),
        E.FileRule.TOO_MANY: _tr("At most 5 files can be attached."),
        E.FileRule.UNREADABLE: _tr("The file cannot be read."),
    }
    title = _tr("File not attached") if not file_name else file_name
    return ErrorText(title, messages[rule])
