"""Why a file is not attached, in words an agent with a caller on the line can act on.

``describe_refusal`` covers what ``ui.error_text.describe`` does not know in detail: a path that
is no regular file (a folder, pipe, socket or device) or a link to one, and a broken link.
Every other error is described by ``ui.error_text``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contiple_desktop.domain.files import FileKind, NotAFileError
from contiple_desktop.errors import LocalFileError, UploadRejectedError
from contiple_desktop.ui.error_text import describe


def describe_not_a_file(exc: NotAFileError) -> str:
    if exc.kind is FileKind.BROKEN_LINK:
        return QCoreApplication.translate(
            "AttachmentTray", "This link points to a file that does not exist (any more)."
        )
    if exc.kind is FileKind.DIRECTORY:
        if exc.link:
            return QCoreApplication.translate(
                "AttachmentTray", "This link points to a folder, not a file. Attach the files inside it."
            )
        return QCoreApplication.translate(
            "AttachmentTray", "This is a folder, not a file. Attach the files inside it."
        )
    if exc.link:
        return QCoreApplication.translate(
            "AttachmentTray",
            "This link points to a pipe, socket or device, not a file; it cannot be attached.",
        )
    return QCoreApplication.translate(
        "AttachmentTray", "This is a pipe, socket or device, not a file; it cannot be attached."
    )


def is_refusal(exc: BaseException) -> bool:
    """A documented rule said no (never sent, Retry would not help)."""
    return isinstance(exc, LocalFileError | UploadRejectedError)


def describe_refusal(exc: BaseException) -> str:
    """One line (it may wrap) for the row: the rule, or the trouble and what to do."""
    if isinstance(exc, NotAFileError):
        return describe_not_a_file(exc)
    text = describe(exc)
    return text.message if is_refusal(exc) else f"{text.title}: {text.message}"
