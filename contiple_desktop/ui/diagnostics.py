"""Help ▸ Copy diagnostics: versions, paths, the active profile (never the key) and recent log lines.

Everything returned here has passed through ``log.redact``; it is meant for the clipboard and a
support ticket.
"""

from __future__ import annotations

import json
import platform
import sys
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, qVersion

from contiple_desktop import APP_NAME, __version__
from contiple_desktop.log import recent_lines, redact
from contiple_desktop.tasks.context import AppContext

LOG_LINES = 200


def version_info() -> dict[str, str]:
    """App, Qt, PySide, Python and platform versions (shared with "Copy details")."""
    return {
        "app": f"{APP_NAME} {__version__}",
        "platform": platform.platform(),
        "qt": qVersion(),
        "pyside": pyside_version,
        "python": sys.version.split()[0],
        "locale": QLocale.system().name(),
    }


def diagnostics(ctx: AppContext, *, log_lines: int = LOG_LINES) -> dict[str, Any]:
    """A JSON-able snapshot of the running app for support."""
    session = ctx.session
    profile = session.profile
    profile_info: dict[str, object] | None = None
    if profile is not None:
        profile_info = {**profile.to_dict(), "demo": profile.demo}
    paths = ctx.paths
    return {
        "versions": version_info(),
        "paths": {
            "config": str(paths.config_dir),
            "data": str(paths.data_dir),
            "cache": str(paths.cache_dir),
            "log": str(paths.log_dir),
            "temporary": paths.temporary,
        },
        "profile": profile_info,
        "content_language": session.content_language,
        "ui_language": QLocale().name(),
        "tasks_running": ctx.runner.active_count,
        "log": recent_lines(log_lines),
    }


def diagnostics_text(ctx: AppContext, *, log_lines: int = LOG_LINES) -> str:
    """``diagnostics`` as indented JSON, redacted."""
    return redact(json.dumps(diagnostics(ctx, log_lines=log_lines), ensure_ascii=False, indent=2))
