"""The shared attachment tray (new-ticket form and follow-up composer); see ``tray``."""

from __future__ import annotations

from contiple_desktop.ui.attachments.row import Status, TrayItem
from contiple_desktop.ui.attachments.tray import AttachmentTray

__all__ = ["AttachmentTray", "Status", "TrayItem"]
